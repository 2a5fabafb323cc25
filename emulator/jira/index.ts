// Public surface of the in-process Jira Cloud used by the emulator host and the web shell.
export type {
  Actor,
  EntityPropertyIndex,
  JiraEvent,
  JiraEventType,
  JiraHooks,
  JiraRequest,
  JiraResponse,
  JiraSiteOptions,
  SeedName,
  SiteUser,
  TransitionCheck,
  TransitionVerdict,
} from './types';
export {
  CONTRACT_VIOLATION_HEADER,
  DEFAULT_APP_ACCOUNT_ID,
  DEFAULT_BASE_URL,
  JiraSite,
  NOT_IMPLEMENTED_HEADER,
  type SiteRequest,
} from './site';
export {
  createOpenApiValidator,
  type OpenApiValidator,
  type RequestCheck,
  type ResponseCheck,
} from '../openapi/validator';
export { DEFAULT_JIRA_SPEC_PATH } from '../openapi/spec-path';

// The contract between the in-process Jira and the emulator host (server, Forge runtime, web shell).

export type Actor =
  | { kind: 'user'; accountId: string } // a person (REST caller, or the app acting asUser)
  | { kind: 'app' }; // the app acting asApp(): the app user, with every permission its scopes grant

export interface JiraRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string; // e.g. '/rest/api/3/issue/CHG-1' (no query string, still URL-encoded as sent)
  query: Record<string, string | string[]>;
  body?: unknown; // parsed JSON or undefined
  actor: Actor;
}

export interface JiraResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface EntityPropertyIndex {
  propertyKey: string;
  path: string;
  type: 'number' | 'string' | 'text' | 'user' | 'date';
  searchAlias?: string;
}

export interface TransitionCheck {
  issueKey: string;
  issueId: string;
  transition: { id: string; name: string; from: { id: string }; to: { id: string } };
  validatorModuleKeys: string[]; // the Forge validator module keys configured on that transition
  actor: Actor;
  /** The fields the transition screen set (the request's `fields`), which validators see before they apply. */
  modifiedFields?: Record<string, unknown>;
}

export type JiraEventType =
  | 'avi:jira:created:issue'
  | 'avi:jira:updated:issue'
  | 'avi:jira:deleted:issue'
  | 'avi:jira:commented:issue'
  | 'avi:jira:created:issuelink'
  | 'avi:jira:deleted:issuelink';

export interface JiraEvent {
  eventType: JiraEventType;
  cause: Actor; // who caused it (the host applies ignoreSelf)
  causedByApp: boolean; // true when the request came from the app (asApp or asUser)
  payload: Record<string, unknown>; // exactly as Forge delivers it
}

export type TransitionVerdict = { ok: true } | { ok: false; errorMessage: string };

export interface JiraHooks {
  emit(event: JiraEvent): void; // called synchronously when the change is committed
  validateTransition(check: TransitionCheck): Promise<TransitionVerdict>;
  entityPropertyIndexes(): EntityPropertyIndex[]; // from the manifest's jira:entityProperty modules
  searchLagMs?(): number; // how long a write takes to reach the app's JQL searches (0 or absent: at once)
}

export interface JiraSiteOptions {
  appAccountId?: string;
  baseUrl?: string;
  now?: () => Date;
  specPath?: string;
  /** The site's default language as Jira writes it, e.g. `it_IT`; default `en_US`. */
  defaultLocale?: string;
}

export interface SiteUser {
  accountId: string;
  displayName: string;
  accountType: 'atlassian' | 'app';
  siteAdmin: boolean;
  groups: string[];
}

export type SeedName = 'demo' | 'empty';

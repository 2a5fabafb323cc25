// The in-process Jira Cloud site: every REST call is checked against Atlassian's OpenAPI
// document, then answered from the site's state with Jira's semantics and permissions.
import { createOpenApiValidator, type OpenApiValidator } from '../openapi/validator';
import type { Ctx, Operation } from './context';
import { jiraError } from './http';
import { bulkFetchIssues } from './ops/bulkfetch';
import { getBulkChangelogs } from './ops/changelog';
import { bulkSetIssuePropertiesByIssue, getTask } from './ops/bulk-properties';
import { addIssueComment, getIssueComments } from './ops/comments';
import { createIssue, createIssues, createIssuesInBulk } from './ops/issue-create';
import {
  deleteIssueProperty,
  getIssueProperty,
  getIssuePropertyKeys,
  setIssueProperty,
} from './ops/issue-properties';
import { deleteIssue, editIssue, getIssue } from './ops/issue-read-edit';
import {
  addIssueTypesToIssueTypeScheme,
  createIssueType,
  getCreateIssueMetaIssueTypes,
  getIssueAllTypes,
  getIssueTypeSchemeForProjects,
  getIssueTypesForProject,
} from './ops/issue-types';
import { deleteIssueLink, getIssueLink, getIssueLinkTypes, linkIssues } from './ops/links';
import {
  getAllProjectRoles,
  getProject,
  getProjectRole,
  getProjectRoles,
  searchProjects,
} from './ops/projects';
import { searchJqlGet, searchJqlPost, searchRemoved } from './ops/search';
import { doTransition, getTransitions } from './ops/transitions';
import {
  findGroups,
  findUsers,
  getAllUsers,
  getBulkPermissions,
  getCurrentUser,
  getMyPermissions,
  getUser,
  getUserGroups,
  getUsersFromGroup,
} from './ops/users';
import { getApplicationProperty } from './ops/application-properties';
import type { LagSource } from './search-visibility';
import { buildSeed } from './seed/site';
import { SiteModel } from './site-model';
import { SiteState } from './state';
import type {
  JiraHooks,
  JiraRequest,
  JiraResponse,
  JiraSiteOptions,
  SeedName,
  SiteUser,
} from './types';

export const CONTRACT_VIOLATION_HEADER = 'x-emulator-contract-violation';
export const NOT_IMPLEMENTED_HEADER = 'x-emulator-not-implemented';
export const DEFAULT_APP_ACCOUNT_ID = 'change-governance-app';
export const DEFAULT_BASE_URL = 'http://localhost:4100';

const OPERATIONS: Readonly<Record<string, Operation>> = {
  getCurrentUser,
  // Answered in handle(), which knows the site's default language; listed so it counts as implemented.
  getApplicationProperty: () => jiraError(500, ['answered by JiraSite.handle']),
  getUser,
  findUsers,
  getAllUsers,
  getUserGroups,
  getUsersFromGroup,
  findGroups,
  getMyPermissions,
  getBulkPermissions,
  searchProjects,
  getProject,
  getProjectRoles,
  getProjectRole,
  getAllProjectRoles,
  getIssueAllTypes,
  createIssueType,
  getIssueTypesForProject,
  getIssueTypeSchemeForProjects,
  addIssueTypesToIssueTypeScheme,
  getCreateIssueMetaIssueTypes,
  createIssue,
  createIssues,
  getIssue,
  bulkFetchIssues,
  getBulkChangelogs,
  editIssue,
  deleteIssue,
  getIssuePropertyKeys,
  getIssueProperty,
  setIssueProperty,
  deleteIssueProperty,
  bulkSetIssuePropertiesByIssue,
  getTask,
  getTransitions,
  doTransition,
  getComments: getIssueComments,
  addComment: addIssueComment,
  linkIssues,
  getIssueLinkTypes,
  getIssueLink,
  deleteIssueLink,
  searchAndReconsileIssuesUsingJql: searchJqlGet,
  searchAndReconsileIssuesUsingJqlPost: searchJqlPost,
  searchForIssuesUsingJql: searchRemoved,
  searchForIssuesUsingJqlPost: searchRemoved,
};

export interface SiteRequest extends JiraRequest {
  fromApp?: boolean;
  // Fault injection by the host: entries of a bulk create that fail as Jira reports failures.
  bulkFailIndexes?: number[];
}

export class JiraSite {
  readonly appAccountId: string;
  private readonly baseUrl: string;
  private readonly clock: () => Date;
  private readonly specPath: string | undefined;
  /** The site's default language as Jira names it (`it_IT`), read by Get application property. */
  defaultLocale: string;
  private validator: OpenApiValidator | undefined;
  private site: SiteModel;
  /** The search-lag fault, on the site's clock. */
  private readonly searchLag: LagSource = {
    lagMs: () => this.hooks.searchLagMs?.() ?? 0,
    now: () => this.clock().getTime(),
  };

  constructor(
    private readonly hooks: JiraHooks,
    options: JiraSiteOptions = {},
  ) {
    this.appAccountId = options.appAccountId ?? DEFAULT_APP_ACCOUNT_ID;
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.clock = options.now ?? (() => new Date());
    this.specPath = options.specPath;
    this.defaultLocale = options.defaultLocale ?? 'en_US';
    this.site = new SiteModel(buildSeed('demo', this.appAccountId), this.searchLag);
  }

  private contract(): OpenApiValidator {
    this.validator ??= createOpenApiValidator(this.specPath);
    return this.validator;
  }

  async handle(req: SiteRequest): Promise<JiraResponse> {
    const check = this.contract().validateRequest(req);
    if (!check.ok) {
      const status = check.kind === 'unknown-endpoint' ? 404 : 400;
      return jiraError(status, [check.reason], {}, { [CONTRACT_VIOLATION_HEADER]: check.reason });
    }
    const operation = OPERATIONS[check.operationId];
    if (!operation) {
      const reason = `The emulator does not implement ${req.method} ${check.pathTemplate} (${check.operationId}).`;
      return jiraError(501, [reason], {}, { [NOT_IMPLEMENTED_HEADER]: check.operationId });
    }
    const actorId = req.actor.kind === 'app' ? this.appAccountId : req.actor.accountId;
    if (!this.site.user(actorId)?.active) {
      return jiraError(401, ['Client must be authenticated to access this resource.']);
    }
    const ctx: Ctx = {
      site: this.site,
      actor: req.actor,
      actorId,
      fromApp: req.fromApp ?? false,
      now: this.clock().getTime(),
      baseUrl: this.baseUrl,
      appAccountId: this.appAccountId,
      hooks: this.hooks,
      query: req.query,
      params: check.params,
      body: req.body,
    };
    if (check.operationId === 'createIssues')
      return createIssuesInBulk(ctx, req.bulkFailIndexes ?? []);
    if (check.operationId === 'getApplicationProperty')
      return getApplicationProperty(ctx, this.defaultLocale);
    return operation(ctx);
  }

  reset(seed: SeedName): void {
    this.site = new SiteModel(buildSeed(seed, this.appAccountId), this.searchLag);
  }

  exportState(): unknown {
    return structuredClone(this.site.state);
  }

  importState(state: unknown): void {
    this.site = new SiteModel(SiteState.parse(structuredClone(state)), this.searchLag);
  }

  users(): SiteUser[] {
    const admins = new Set(this.site.state.siteAdmins);
    return this.site.state.users.map((u) => ({
      accountId: u.accountId,
      displayName: u.displayName,
      accountType: u.accountType,
      siteAdmin: admins.has(u.accountId),
      groups: this.site.groupsOf(u.accountId).map((g) => g.name),
    }));
  }
}

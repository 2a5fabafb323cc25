// A site with recording hooks and a client that checks every successful response against
// the OpenAPI document, so a test fails as soon as the emulator answers something Jira could not.
import { createOpenApiValidator } from '../../openapi/validator';
import { JiraSite, type SiteRequest } from '../site';
import type {
  Actor,
  EntityPropertyIndex,
  JiraEvent,
  JiraHooks,
  JiraResponse,
  JiraSiteOptions,
  TransitionCheck,
  TransitionVerdict,
} from '../types';

export type Method = SiteRequest['method'];

export interface CallOptions {
  body?: unknown;
  fromApp?: boolean;
  bulkFailIndexes?: number[];
}

export interface CheckedSite {
  site: JiraSite;
  events: JiraEvent[];
  transitionChecks: TransitionCheck[];
  setVerdict(
    verdict: (check: TransitionCheck) => TransitionVerdict | Promise<TransitionVerdict>,
  ): void;
  setIndexes(indexes: EntityPropertyIndex[]): void;
  /** The search-lag fault: how long writes take to reach the app's JQL searches. */
  setSearchLag(ms: number): void;
  call(
    actor: Actor | string,
    method: Method,
    pathAndQuery: string,
    options?: CallOptions,
  ): Promise<JiraResponse>;
}

export class ResponseContractError extends Error {}

function parseTarget(pathAndQuery: string): {
  path: string;
  query: Record<string, string | string[]>;
} {
  const [path = '', search = ''] = pathAndQuery.split('?', 2);
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    const existing = query[name];
    query[name] =
      existing === undefined
        ? value
        : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return { path, query };
}

export function createCheckedSite(options: JiraSiteOptions = {}): CheckedSite {
  const events: JiraEvent[] = [];
  const transitionChecks: TransitionCheck[] = [];
  let verdict: (check: TransitionCheck) => TransitionVerdict | Promise<TransitionVerdict> = () => ({
    ok: true,
  });
  let indexes: EntityPropertyIndex[] = [];
  let searchLag = 0;
  const hooks: JiraHooks = {
    emit: (event) => {
      events.push(event);
    },
    validateTransition: async (check) => {
      transitionChecks.push(check);
      return verdict(check);
    },
    entityPropertyIndexes: () => indexes,
    searchLagMs: () => searchLag,
  };
  const site = new JiraSite(hooks, options);
  const contract = createOpenApiValidator(options.specPath);
  return {
    site,
    events,
    transitionChecks,
    setVerdict: (next) => {
      verdict = next;
    },
    setIndexes: (next) => {
      indexes = next;
    },
    setSearchLag: (ms) => {
      searchLag = ms;
    },
    async call(actor, method, pathAndQuery, callOptions = {}) {
      const { path, query } = parseTarget(pathAndQuery);
      const request: SiteRequest = {
        method,
        path,
        query,
        ...(callOptions.body === undefined ? {} : { body: callOptions.body }),
        actor: typeof actor === 'string' ? { kind: 'user', accountId: actor } : actor,
        ...(callOptions.fromApp === undefined ? {} : { fromApp: callOptions.fromApp }),
        ...(callOptions.bulkFailIndexes === undefined
          ? {}
          : { bulkFailIndexes: callOptions.bulkFailIndexes }),
      };
      const response = await site.handle(request);
      if (response.status >= 200 && response.status < 300) {
        const check = contract.validateRequest(request);
        if (!check.ok)
          throw new ResponseContractError(
            `a request that broke the contract succeeded: ${check.reason}`,
          );
        // A body-less success is checked as such: the document says which statuses carry content.
        const verdictOnBody = contract.validateResponse(
          check.operationId,
          response.status,
          response.body ?? null,
        );
        if (!verdictOnBody.ok) throw new ResponseContractError(verdictOnBody.reason);
      }
      return response;
    },
  };
}

/** The one way the app talks to Jira: a small port so the core runs against the emulator or a real site alike. */
import type { Route } from '@forge/api';
import {
  IssueWritePacer,
  isQuotaRefusal,
  issueWrittenBy,
  QuotaWatch,
  secondsUntilReset,
  type QuotaExhaustion,
  type RateLimitInfo,
} from './rate-limits';

export { QUOTA_REASONS, type QuotaExhaustion, type RateLimitInfo } from './rate-limits';

export interface JiraResponse {
  status: number;
  retryAfterSeconds: number | null;
  body: unknown;
  /** Which limit refused a 429, and when it lets calls through again (Jira's rate-limit headers). */
  rateLimit?: RateLimitInfo;
  /** The `Location` header (a 303 to an asynchronous task). */
  location?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What goes with a route: no method means GET, as in `requestJira` itself. */
export interface JiraRequest {
  method?: HttpMethod;
  body?: unknown;
}

export interface JiraHttp {
  /**
   * Shaped like `requestJira` in `@forge/api`, and called the same way at every call site:
   * `http.requestJira(route\`/rest/api/3/...\`, { method: 'POST', body })`. The `route` tag escapes what is
   * interpolated (and refuses a value that would change the path), and Atlassian's linter reads the call's
   * path and method there to check the app's scopes; a path assembled elsewhere would hide both.
   */
  requestJira(route: Route, request?: JiraRequest): Promise<JiraResponse>;
}

/** A Jira answer the app did not expect: a technical failure, caught once per handler. */
export class JiraRequestError extends Error {
  constructor(
    readonly method: HttpMethod,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
    /** Jira's `Retry-After` when it throttled the request. */
    readonly retryAfterSeconds: number | null = null,
    /** Which limit throttled it, and when it resets. */
    readonly rateLimit: RateLimitInfo | null = null,
  ) {
    super(
      `Jira answered ${String(status)} to ${method} ${path.split('?')[0] ?? path}: ${summarise(body)}`,
    );
    this.name = 'JiraRequestError';
  }
}

function summarise(body: unknown): string {
  if (body && typeof body === 'object') {
    const { errorMessages, errors } = body as { errorMessages?: unknown; errors?: unknown };
    const parts = [
      ...(Array.isArray(errorMessages) ? errorMessages.map(String) : []),
      ...(errors && typeof errors === 'object'
        ? Object.entries(errors).map(([k, v]) => `${k}: ${String(v)}`)
        : []),
    ];
    if (parts.length > 0) return parts.join('; ');
  }
  return typeof body === 'string' ? body.slice(0, 200) : 'no details';
}

/**
 * A query string for the end of a route (`route\`/rest/api/3/issue/${key}?${searchParams({ ... })}\``),
 * form-encoded by URLSearchParams; parameters whose value is undefined are left out.
 */
export const searchParams = (
  params: Record<string, string | number | undefined>,
): URLSearchParams => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) search.set(key, String(value));
  return search;
};

export interface RetryPolicy {
  sleep(ms: number): Promise<void>;
  /** Attempts for server errors (and for throttling, unless the work has a deadline), the first included. */
  maxAttempts: number;
  /** Longest single wait the caller can afford. */
  maxWaitMs: number;
  /** [0, 1), as Math.random: spreads the retries of callers Jira throttled at the same moment. */
  random?: () => number;
  /** Epoch milliseconds, as Date.now. */
  now?: () => number;
}

/** A client that retries, and can be told when the work it serves must be over. */
export interface RetryingJiraHttp extends JiraHttp {
  /**
   * The same client for work that must end by `deadline` (epoch ms). Throttling is then waited out
   * however often Jira asks, as long as the wait ends before the deadline; past that, Jira's refusal is
   * the answer, so the caller can stop in time and resume later instead of being stopped by the platform.
   */
  until(deadline: number): JiraHttp;
  /** Set once Jira said the hourly quota is spent: every later call is refused at once until the reset. */
  quotaExhausted(): QuotaExhaustion | null;
}

const isRetrying = (http: JiraHttp): http is RetryingJiraHttp =>
  'until' in http && 'quotaExhausted' in http;

/** `http` bounded by `deadline` when it retries; a client that never waits needs no bound. */
export const boundedBy = (http: JiraHttp, deadline: number): JiraHttp =>
  isRetrying(http) ? http.until(deadline) : http;

/**
 * When the work behind `http` should come back, if Jira said the app's hourly quota is spent (or `error`
 * carries that refusal): the deferral's length and the reset time a user is shown.
 */
export function quotaExhaustion(http: JiraHttp, error?: unknown): QuotaExhaustion | null {
  const watched = isRetrying(http) ? http.quotaExhausted() : null;
  if (watched !== null) return watched;
  if (error instanceof JiraRequestError && isQuotaRefusal(error.status, error.rateLimit)) {
    const seconds = error.retryAfterSeconds ?? 60;
    return {
      retryAfterSeconds: seconds,
      resetAt: error.rateLimit?.resetAt ?? new Date(Date.now() + seconds * 1000).toISOString(),
    };
  }
  return null;
}

const isRetryable = (status: number) =>
  status === 429 || status === 502 || status === 503 || status === 504 || status === 500;

/** POSTs that only read: Jira does nothing when it answers them, so sending one twice is harmless. */
const READ_ONLY_POSTS = ['/rest/api/3/issue/bulkfetch', '/rest/api/3/changelog/bulkfetch'];

/**
 * Reads, PUTs and DELETEs have the same effect when sent twice; a POST (bulk create, comment, transition)
 * may not, unless it is a search or another read sent as a POST.
 */
const isSafeToRepeat = (method: HttpMethod, path: string) => {
  if (method !== 'POST') return true;
  const bare = path.split('?')[0] ?? path;
  return bare.startsWith('/rest/api/3/search/') || READ_ONLY_POSTS.includes(bare);
};

/** Atlassian asks for jitter on every retry; without it, callers throttled together retry together. */
const MAX_JITTER_MS = 1000;

/**
 * Honours each of Atlassian's limits as its guide asks: a per-second (`jira-burst-based`) or per-issue
 * (`jira-per-issue-on-write`) 429 is waited out for its Retry-After (or until X-RateLimit-Reset) with jitter;
 * the hourly quota (`jira-quota-*-based`) is not waited out at all: its refusal goes back to the caller at
 * once, and every later call of this client is refused without reaching Jira until the reset, so the caller
 * defers the work (see quotaExhaustion). Writes to one issue are spaced (IssueWritePacer). Backs off on 5xx;
 * a 5xx or a dropped connection is retried only for a request that is safe to send twice (isSafeToRepeat).
 * Other answers (including 4xx) go back to the caller untouched.
 */
export function withRetries(http: JiraHttp, policy: RetryPolicy): RetryingJiraHttp {
  const random = policy.random ?? Math.random;
  const now = policy.now ?? Date.now;
  const quota = new QuotaWatch(now);
  const pacer = new IssueWritePacer(now);

  /** How long to wait before the next attempt, or null when the caller cannot wait that long. */
  const waitBefore = (response: JiraResponse, failures: number): number | null => {
    const named = response.status === 429 ? secondsUntilReset(response, now()) : null;
    if (named !== null) {
      // Sooner than Retry-After would only be refused again (Jira may lengthen the wait).
      const base = named * 1000;
      if (base > policy.maxWaitMs) return null;
      return base + random() * Math.min(MAX_JITTER_MS, base / 2);
    }
    const backoff = Math.min(policy.maxWaitMs, 250 * 2 ** Math.max(0, failures - 1));
    return backoff / 2 + (random() * backoff) / 2;
  };

  const client = (deadline: number | undefined): RetryingJiraHttp => ({
    until: (next) => client(deadline === undefined ? next : Math.min(deadline, next)),
    quotaExhausted: () => quota.state(),
    async requestJira(route, request = {}) {
      const method = request.method ?? 'GET';
      const path = route.value;
      const issue = issueWrittenBy(method, path);
      // Attempts that count against maxAttempts: all of them, except throttling that named its wait
      // while a deadline bounds the work.
      let failures = 0;
      for (;;) {
        const spent = quota.refusal();
        if (spent !== null) return spent;
        if (issue !== undefined) {
          const pace = pacer.waitFor(issue);
          if (pace > 0) await policy.sleep(pace);
          pacer.record(issue);
        }
        let response: JiraResponse;
        try {
          response = await http.requestJira(route, request);
        } catch (error) {
          // Network-level failures (timeouts, proxy errors) are as transient as a 503, but Jira may have
          // done the work without our seeing the answer: only a request that is safe to repeat is repeated.
          // Anything else fails the handler, and its retry re-reads what exists before acting again.
          failures += 1;
          if (failures >= policy.maxAttempts || !isSafeToRepeat(method, path)) throw error;
          const wait = waitBefore({ status: 503, retryAfterSeconds: null, body: null }, failures);
          if (wait === null || (deadline !== undefined && now() + wait > deadline)) throw error;
          await policy.sleep(wait);
          continue;
        }
        if (!isRetryable(response.status)) return response;
        if (isQuotaRefusal(response.status, response.rateLimit)) {
          quota.note(response);
          return response;
        }
        // A 5xx may come after Jira did the work (a gateway timing out on a bulk create that went through):
        // re-sending a create would make it twice. 429 is different: Jira refused before doing anything.
        if (response.status !== 429 && !isSafeToRepeat(method, path)) return response;
        const namedWait = response.status === 429 && (response.retryAfterSeconds ?? 0) > 0;
        if (!(namedWait && deadline !== undefined)) failures += 1;
        if (failures >= policy.maxAttempts) return response;
        const wait = waitBefore(response, failures);
        if (wait === null || (deadline !== undefined && now() + wait > deadline)) return response;
        await policy.sleep(wait);
      }
    },
  });
  return client(undefined);
}

/**
 * The same client, insisting on a 2xx answer: it gives back the body, and any other answer is a
 * JiraRequestError. Called like the port itself, so the route stays at the call site:
 * `await expectOk(http).requestJira(route\`/rest/api/3/issuetype\`)`.
 */
export const expectOk = (http: JiraHttp) => ({
  async requestJira(route: Route, request: JiraRequest = {}): Promise<unknown> {
    const response = await http.requestJira(route, request);
    if (response.status < 200 || response.status >= 300) {
      throw new JiraRequestError(
        request.method ?? 'GET',
        route.value,
        response.status,
        response.body,
        response.retryAfterSeconds,
        response.rateLimit ?? null,
      );
    }
    return response.body;
  },
});

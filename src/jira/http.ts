/** The one way the app talks to Jira: a small port so the core runs against the emulator or a real site alike. */
export interface JiraResponse {
  status: number;
  retryAfterSeconds: number | null;
  body: unknown;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface JiraHttp {
  /** `path` is built with `jiraPath`, so every dynamic part is already encoded. */
  send(method: HttpMethod, path: string, body?: unknown): Promise<JiraResponse>;
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

/** Encodes every interpolated value, so an issue key or property key can never change the path. */
export function jiraPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce(
    (path, part, i) =>
      path + part + (i < values.length ? encodeURIComponent(String(values[i])) : ''),
    '',
  );
}

export const query = (params: Record<string, string | number | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
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
}

const isRetrying = (http: JiraHttp): http is RetryingJiraHttp => 'until' in http;

/** `http` bounded by `deadline` when it retries; a client that never waits needs no bound. */
export const boundedBy = (http: JiraHttp, deadline: number): JiraHttp =>
  isRetrying(http) ? http.until(deadline) : http;

const isRetryable = (status: number) =>
  status === 429 || status === 502 || status === 503 || status === 504 || status === 500;

/** Reads, PUTs and DELETEs have the same effect when sent twice; a POST (bulk create, comment, transition) may not. */
const isSafeToRepeat = (method: HttpMethod, path: string) =>
  method !== 'POST' || path.startsWith('/rest/api/3/search/');

/** Atlassian asks for jitter on every retry; without it, callers throttled together retry together. */
const MAX_JITTER_MS = 1000;

/**
 * Honours Retry-After on 429 and backs off on 5xx, as Atlassian asks of apps under load.
 * Other answers (including 4xx) go back to the caller untouched.
 */
export function withRetries(http: JiraHttp, policy: RetryPolicy): RetryingJiraHttp {
  const random = policy.random ?? Math.random;
  const now = policy.now ?? Date.now;

  /** How long to wait before the next attempt, or null when the caller cannot wait that long. */
  const waitBefore = (response: JiraResponse, failures: number): number | null => {
    const retryAfter = response.retryAfterSeconds;
    if (retryAfter !== null && Number.isFinite(retryAfter) && retryAfter >= 0) {
      // Sooner than Retry-After would only be refused again (Jira may lengthen the wait).
      const base = retryAfter * 1000;
      if (base > policy.maxWaitMs) return null;
      return base + random() * Math.min(MAX_JITTER_MS, base / 2);
    }
    const backoff = Math.min(policy.maxWaitMs, 250 * 2 ** Math.max(0, failures - 1));
    return backoff / 2 + (random() * backoff) / 2;
  };

  const client = (deadline: number | undefined): RetryingJiraHttp => ({
    until: (next) => client(deadline === undefined ? next : Math.min(deadline, next)),
    async send(method, path, body) {
      // Attempts that count against maxAttempts: all of them, except throttling that named its wait
      // while a deadline bounds the work.
      let failures = 0;
      for (;;) {
        let response: JiraResponse;
        try {
          response = await http.send(method, path, body);
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

/** Sends and insists on a 2xx answer. */
export async function expectOk(
  http: JiraHttp,
  method: HttpMethod,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await http.send(method, path, body);
  if (response.status < 200 || response.status >= 300) {
    throw new JiraRequestError(
      method,
      path,
      response.status,
      response.body,
      response.retryAfterSeconds,
    );
  }
  return response.body;
}

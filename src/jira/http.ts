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
  /** Attempts for throttling and server errors, the first included. */
  maxAttempts: number;
  /** Longest single wait the caller can afford. */
  maxWaitMs: number;
}

const isRetryable = (status: number) =>
  status === 429 || status === 502 || status === 503 || status === 504 || status === 500;

/** Reads, PUTs and DELETEs have the same effect when sent twice; a POST (bulk create, comment, transition) may not. */
const isSafeToRepeat = (method: HttpMethod, path: string) =>
  method !== 'POST' || path.startsWith('/rest/api/3/search/');

/**
 * Honours Retry-After on 429 and backs off on 5xx, as Atlassian asks of apps under load.
 * Other answers (including 4xx) go back to the caller untouched.
 */
export function withRetries(http: JiraHttp, policy: RetryPolicy): JiraHttp {
  return {
    async send(method, path, body) {
      let attempt = 1;
      for (;;) {
        let response: JiraResponse;
        try {
          response = await http.send(method, path, body);
        } catch (error) {
          // Network-level failures (timeouts, proxy errors) are as transient as a 503, but Jira may have
          // done the work without our seeing the answer: only a request that is safe to repeat is repeated.
          // Anything else fails the handler, and its retry re-reads what exists before acting again.
          if (attempt >= policy.maxAttempts || !isSafeToRepeat(method, path)) throw error;
          response = { status: 503, retryAfterSeconds: null, body: String(error) };
        }
        if (!isRetryable(response.status) || attempt >= policy.maxAttempts) return response;
        const backoff = Math.min(policy.maxWaitMs, 250 * 2 ** (attempt - 1));
        const wait =
          response.status === 429 && response.retryAfterSeconds !== null
            ? Math.min(policy.maxWaitMs, response.retryAfterSeconds * 1000)
            : backoff;
        await policy.sleep(wait);
        attempt += 1;
      }
    },
  };
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
    throw new JiraRequestError(method, path, response.status, response.body);
  }
  return response.body;
}

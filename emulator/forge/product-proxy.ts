// The Forge proxy in front of the products: maps asUser/asApp to Jira actors, injects faults, logs the app's calls.
import type { FaultController } from './faults';
import type { FetchMeta, Invocation } from './invocation';
import {
  header,
  isHttpMethod,
  splitPath,
  toFetchResponse,
  type Actor,
  type HttpMethod,
  type ProductResponse,
  type ProductSite,
} from './product';
import type { RequestLog } from './request-log';

export interface ProductProxyDeps {
  products: { jira: ProductSite; confluence: ProductSite };
  faults: FaultController;
  log: RequestLog;
  knownUser(accountId: string): boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function parseBody(init: RequestInit | undefined): unknown {
  const body = init?.body;
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'string') {
    throw new Error(
      'Forge emulator: product calls must send a string body (JSON.stringify it); streams and form data are not emulated',
    );
  }
  if (body === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

function waitOrAbort(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new DOMException('The operation was aborted.', 'AbortError'));
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The operation was aborted.', 'AbortError'));
    });
  });
}

const jiraError = (
  status: number,
  message: string,
  extra: Record<string, string> = {},
): ProductResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...extra },
  body: { errorMessages: [message], errors: {} },
});

export class ProductProxy {
  constructor(private readonly deps: ProductProxyDeps) {}

  async call(
    remote: 'jira' | 'confluence',
    meta: FetchMeta,
    pathWithQuery: string,
    init: RequestInit | undefined,
    invocation: Invocation,
  ): Promise<Response> {
    const method = (init?.method ?? 'GET').toUpperCase();
    if (!isHttpMethod(method))
      throw new Error(
        `Forge emulator: ${method} is not an HTTP method the emulated products answer`,
      );
    const provider = meta.provider === 'user' ? 'user' : 'app';
    let actor: Actor;
    if (provider === 'user') {
      const accountId = meta.accountId ?? invocation.accountId;
      if (accountId === undefined) {
        throw new Error(
          `Forge emulator: asUser() was called in ${invocation.kind} ${invocation.moduleKey}, which has no user to act as; use asApp() or asUser(accountId)`,
        );
      }
      if (!this.deps.knownUser(accountId)) {
        throw new Error(
          `Forge emulator: asUser('${accountId}') names a user this site does not have`,
        );
      }
      actor = { kind: 'user', accountId };
    } else {
      actor = { kind: 'app' };
    }
    const { path, query } = splitPath(pathWithQuery);
    const body = parseBody(init);
    const target = { method, path };
    const faults = this.deps.faults;
    const product = this.deps.products[remote];
    const send = (bulkFailIndexes?: number[]): Promise<ProductResponse> =>
      product.handle({
        method,
        path,
        query,
        body,
        actor,
        fromApp: true,
        ...(bulkFailIndexes === undefined ? {} : { bulkFailIndexes }),
      });

    const latency = faults.latency();
    if (latency > 0) await sleep(latency);

    let response: ProductResponse;
    let fault: string | undefined;
    // Jira's rate limiter answers before anything else looks at the request.
    const throttled = faults.rateLimit(target);
    if (throttled !== undefined) {
      const resetAt = new Date(Date.now() + throttled.retryAfterSeconds * 1000);
      response = jiraError(429, 'Rate limit exceeded.', {
        'Retry-After': String(throttled.retryAfterSeconds),
        'X-RateLimit-Reset': resetAt.toISOString(),
      });
      this.record(remote, method, path, query, 429, provider, actor, invocation, {}, 'rate-limit');
      return toFetchResponse(response);
    }
    const timeout = faults.timeout(target);
    const http = timeout === undefined ? faults.http(target) : undefined;
    const partial =
      timeout === undefined && http === undefined && remote === 'jira'
        ? faults.partialBulk(target)
        : undefined;
    if (timeout !== undefined) {
      fault = 'timeout';
      if (timeout.applied) await send();
      try {
        await waitOrAbort(timeout.ms, init?.signal);
      } catch (e) {
        this.record(
          remote,
          method,
          path,
          query,
          499,
          provider,
          actor,
          invocation,
          {},
          'timeout (caller aborted)',
        );
        throw e;
      }
      response = {
        status: 504,
        headers: { 'forge-proxy-error': 'TIMEOUT' },
        body: { message: 'The product did not answer in time' },
      };
    } else if (http !== undefined) {
      fault = `http ${String(http.status)}`;
      const extra: Record<string, string> =
        http.status === 429 ? { 'Retry-After': String(http.retryAfterSeconds ?? 1) } : {};
      response = jiraError(
        http.status,
        `Injected fault: ${method} ${path} answered ${String(http.status)}`,
        extra,
      );
    } else if (partial !== undefined) {
      fault = `partial-bulk [${partial.failIndexes.join(', ')}]`;
      // Jira fails exactly those entries and reports them where it reports real failures (`errors[]`).
      response = await send(partial.failIndexes);
    } else {
      response = await send();
    }
    this.record(
      remote,
      method,
      path,
      query,
      response.status,
      provider,
      actor,
      invocation,
      response.headers,
      fault,
    );
    return toFetchResponse(response);
  }

  private record(
    remote: 'jira' | 'confluence',
    method: HttpMethod,
    path: string,
    query: Record<string, string | string[]>,
    status: number,
    provider: 'user' | 'app',
    actor: Actor,
    invocation: Invocation,
    headers: Record<string, string>,
    fault: string | undefined,
  ): void {
    const violation = header(headers, 'x-emulator-contract-violation');
    this.deps.log.add({
      method,
      path,
      status,
      query,
      remote,
      provider,
      ...(actor.kind === 'user' ? { accountId: actor.accountId } : {}),
      moduleKey: invocation.moduleKey,
      functionKey: invocation.functionKey,
      ...(violation === undefined ? {} : { contractViolation: violation }),
      ...(fault === undefined ? {} : { fault }),
      at: new Date().toISOString(),
    });
  }
}

// The Forge proxy in front of the products: maps asUser/asApp to Jira actors, injects faults, logs the app's calls.
import type { FaultController } from './faults';
import { pointsFor } from './points';
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
    const send = (bulkFailIndexes?: readonly number[]): Promise<ProductResponse> =>
      product.handle({
        method,
        path,
        query,
        body,
        actor,
        fromApp: true,
        ...(bulkFailIndexes === undefined ? {} : { bulkFailIndexes: [...bulkFailIndexes] }),
      });

    const latency = faults.latency();
    if (latency > 0) await sleep(latency);

    const logged = (
      status: number,
      points: number,
      headers: Record<string, string>,
      fault: string | undefined,
    ): void => {
      this.record(
        { remote, method, path, query, status, points, provider, actor, invocation },
        headers,
        fault,
      );
    };

    // Jira's rate limiters answer before anything else looks at the request; a refusal costs nothing.
    const refused = faults.refuse(target);
    if (refused !== undefined) {
      const response = jiraError(429, 'Rate limit exceeded.', {
        'Retry-After': String(refused.retryAfterSeconds),
        'X-RateLimit-Reset': new Date(refused.resetAt).toISOString(),
        ...refused.headers,
      });
      logged(429, 0, {}, refused.fault);
      return toFetchResponse(response);
    }
    /** The product did the work: its cost is charged to the quotas, whatever the app is answered. */
    const charged = (res: ProductResponse): { points: number; headers: Record<string, string> } => {
      const points = pointsFor(method, path, res.status, res.body);
      return { points, headers: faults.charge(points) };
    };

    const timeout = faults.timeout(target);
    const committed = timeout === undefined ? faults.commitThenFail(target) : undefined;
    const http = timeout === undefined && committed === undefined ? faults.http(target) : undefined;
    const partial =
      timeout === undefined && committed === undefined && http === undefined && remote === 'jira'
        ? faults.partialBulk(target)
        : undefined;
    if (timeout !== undefined) {
      // Not applied: the product never got to it, so it cost nothing.
      const work = timeout.applied ? charged(await send()) : { points: 0, headers: {} };
      try {
        await waitOrAbort(timeout.ms, init?.signal);
      } catch (e) {
        logged(499, work.points, {}, 'timeout (caller aborted)');
        throw e;
      }
      logged(504, work.points, {}, 'timeout');
      return toFetchResponse({
        status: 504,
        headers: { 'forge-proxy-error': 'TIMEOUT' },
        body: { message: 'The product did not answer in time' },
      });
    }
    if (committed !== undefined) {
      const work = charged(await send());
      if (committed.status === 0) {
        logged(0, work.points, {}, 'commit-then-fail (connection dropped)');
        // What fetch (undici) throws when the other side closes the socket before answering.
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
        });
      }
      logged(committed.status, work.points, {}, `commit-then-fail ${String(committed.status)}`);
      return toFetchResponse(
        jiraError(
          committed.status,
          `Injected fault: ${method} ${path} was done, then answered ${String(committed.status)}`,
        ),
      );
    }
    if (http !== undefined) {
      // Jira answered the error itself: the request reached it and costs the base.
      const extra: Record<string, string> =
        http.status === 429
          ? {
              'Retry-After': String(http.retryAfterSeconds ?? 1),
              'X-RateLimit-Reset': new Date(
                faults.now() + (http.retryAfterSeconds ?? 1) * 1000,
              ).toISOString(),
            }
          : {};
      faults.charge(1);
      logged(http.status, 1, {}, `http ${String(http.status)}`);
      return toFetchResponse(
        jiraError(
          http.status,
          `Injected fault: ${method} ${path} answered ${String(http.status)}`,
          extra,
        ),
      );
    }
    // A partial bulk: Jira fails exactly those entries and reports them where it reports real failures (`errors[]`).
    const response = await send(partial?.failIndexes);
    const work = charged(response);
    const answer = { ...response, headers: { ...response.headers, ...work.headers } };
    logged(
      response.status,
      work.points,
      response.headers,
      partial === undefined ? undefined : `partial-bulk [${partial.failIndexes.join(', ')}]`,
    );
    return toFetchResponse(answer);
  }

  private record(
    call: {
      remote: 'jira' | 'confluence';
      method: HttpMethod;
      path: string;
      query: Record<string, string | string[]>;
      status: number;
      points: number;
      provider: 'user' | 'app';
      actor: Actor;
      invocation: Invocation;
    },
    headers: Record<string, string>,
    fault: string | undefined,
  ): void {
    const violation = header(headers, 'x-emulator-contract-violation');
    this.deps.log.add({
      method: call.method,
      path: call.path,
      status: call.status,
      points: call.points,
      query: call.query,
      remote: call.remote,
      provider: call.provider,
      ...(call.actor.kind === 'user' ? { accountId: call.actor.accountId } : {}),
      moduleKey: call.invocation.moduleKey,
      functionKey: call.invocation.functionKey,
      ...(violation === undefined ? {} : { contractViolation: violation }),
      ...(fault === undefined ? {} : { fault }),
      at: new Date(this.deps.faults.now()).toISOString(),
    });
  }
}

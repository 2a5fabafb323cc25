// Fault injection: each kind hits only the app's own calls and the events it receives, exactly `times` times.
import { ProxyRequestError } from '@forge/api';
import type { Emulator } from '../../emulator';
import { FaultController } from '../../emulator/forge/faults';
import { FIXED_NOW, fixtureEmulator } from '../fixtures/fixture-emulator';

jest.setTimeout(60_000);

let emulator: Emulator;
// The site's clock: limits and Retry-After run on it, so the tests move it instead of waiting.
let clockMs = FIXED_NOW.getTime();

beforeAll(async () => {
  emulator = await fixtureEmulator({ now: () => new Date(clockMs) });
}, 180_000);

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await emulator.reset('empty');
});

const call = (functionKey: string, payload?: unknown): Promise<unknown> =>
  emulator.invoke({
    moduleKey: 'fixture-admin',
    accountId: 'admin',
    functionKey,
    ...(payload === undefined ? {} : { payload }),
  });

async function issueCount(): Promise<number> {
  const res = await emulator.rest('admin', 'POST', '/rest/api/3/search/jql', {
    jql: 'project = CHG',
    fields: ['summary'],
    maxResults: 100,
  });
  expect(res.status).toBe(200);
  return (res.body as { issues: unknown[] }).issues.length;
}

test('http: the next matching calls get the status (429 with Retry-After), then calls go through again', async () => {
  emulator.setFaults([
    {
      kind: 'http',
      method: 'POST',
      pathPrefix: '/rest/api/3/issue',
      status: 429,
      times: 2,
      retryAfterSeconds: 7,
    },
  ]);
  const first = (await call('create-issue', { as: 'app' })) as {
    status: number;
    retryAfter: string | null;
  };
  // A retry before Retry-After is over is refused again, without spending the rule's `times`.
  clockMs += 6_000;
  const early = (await call('create-issue', { as: 'app' })) as {
    status: number;
    retryAfter: string | null;
  };
  clockMs += 1_000;
  const second = (await call('create-issue', { as: 'app' })) as { status: number };
  clockMs += 7_000;
  const third = (await call('create-issue', { as: 'app' })) as { status: number };
  expect(first).toMatchObject({ status: 429, retryAfter: '7' });
  expect(early).toMatchObject({ status: 429, retryAfter: '1' });
  expect(second.status).toBe(429);
  expect(third.status).toBe(201);
  expect(await issueCount()).toBe(1);
  expect(emulator.requests().map((r) => [r.status, r.fault ?? null])).toEqual([
    [429, 'http 429'],
    [429, 'http 429 (retried before Retry-After)'],
    [429, 'http 429'],
    [201, null],
  ]);
});

test('rate-limit: a token bucket over the app’s calls answers 429 with Retry-After once it is empty', async () => {
  // Slow enough that the calls below cannot earn a token back while they run.
  emulator.setFaults([{ kind: 'rate-limit', perSecond: 0.2, burst: 2 }]);
  const myself = async () => ((await call('myself', { as: 'app' })) as { status: number }).status;
  expect(await myself()).toBe(200);
  expect(await myself()).toBe(200);
  const refused = (await call('create-issue', { as: 'app' })) as {
    status: number;
    retryAfter: string | null;
  };
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(refused.retryAfter)).toBeLessThanOrEqual(5);
  expect(await issueCount()).toBe(0);
  // The rule has no `times`: it stays until the rules are replaced.
  expect(emulator.faults()).toEqual([{ kind: 'rate-limit', perSecond: 0.2, burst: 2 }]);
  emulator.setFaults([]);
  expect(((await call('create-issue', { as: 'app' })) as { status: number }).status).toBe(201);
  expect(emulator.requests().map((r) => [r.status, r.fault ?? null])).toEqual([
    [200, null],
    [200, null],
    [429, 'rate-limit'],
    [201, null],
  ]);
});

test('rate-limit: a rule with a method or path prefix meters only those calls', async () => {
  emulator.setFaults([
    { kind: 'rate-limit', method: 'POST', pathPrefix: '/rest/api/3/issue', perSecond: 0.1 },
  ]);
  const status = async (functionKey: string) =>
    ((await call(functionKey, { as: 'app' })) as { status: number }).status;
  expect(await status('create-issue')).toBe(201);
  expect(await status('myself')).toBe(200);
  expect(await status('myself')).toBe(200);
  expect(await status('create-issue')).toBe(429);
  expect(() => {
    emulator.setFaults([{ kind: 'rate-limit', perSecond: 0 }]);
  }).toThrow();
});

test('rate-limit: Retry-After is the whole seconds until the next token', () => {
  let now = 0;
  const faults = new FaultController(() => now);
  faults.set([{ kind: 'rate-limit', perSecond: 0.5, burst: 2 }]);
  const target = { method: 'GET', path: '/rest/api/3/myself' };
  expect(faults.rateLimit(target)).toBeUndefined();
  expect(faults.rateLimit(target)).toBeUndefined();
  expect(faults.rateLimit(target)).toEqual({ retryAfterSeconds: 2 });
  now += 1_500;
  expect(faults.rateLimit(target)).toEqual({ retryAfterSeconds: 1 });
  now += 500;
  expect(faults.rateLimit(target)).toBeUndefined();
  // A quiet spell refills the bucket only up to its burst.
  now += 60_000;
  expect(faults.rateLimit(target)).toBeUndefined();
  expect(faults.rateLimit(target)).toBeUndefined();
  expect(faults.rateLimit(target)).toEqual({ retryAfterSeconds: 2 });
});

test('http: a rule only matches its method and path prefix; 5xx statuses work the same way', async () => {
  emulator.setFaults([
    { kind: 'http', method: 'GET', pathPrefix: '/rest/api/3/myself', status: 503, times: 1 },
  ]);
  expect(((await call('create-issue', { as: 'app' })) as { status: number }).status).toBe(201);
  expect(((await call('myself', { as: 'app' })) as { status: number }).status).toBe(503);
  expect(((await call('myself', { as: 'app' })) as { status: number }).status).toBe(200);
});

test('faults never touch a caller’s own REST calls', async () => {
  emulator.setFaults([
    { kind: 'http', status: 500, times: 5 },
    { kind: 'latency', ms: 400 },
  ]);
  const started = Date.now();
  const res = await emulator.rest('admin', 'GET', '/rest/api/3/myself');
  expect(res.status).toBe(200);
  expect(Date.now() - started).toBeLessThan(400);
  expect(emulator.faults()).toHaveLength(2);
});

test('partial-bulk: a bulk create succeeds except the listed entries, reported in errors as Jira does', async () => {
  emulator.setFaults([{ kind: 'partial-bulk', failIndexes: [1, 3], times: 1 }]);
  const res = (await call('bulk-create', { count: 5 })) as {
    status: number;
    body: { issues: unknown[]; errors: Array<{ failedElementNumber: number; status: number }> };
  };
  expect(res.status).toBe(201);
  expect(res.body.issues).toHaveLength(3);
  expect(res.body.errors.map((e) => e.failedElementNumber)).toEqual([1, 3]);
  expect(await issueCount()).toBe(3);
  const again = (await call('bulk-create', { count: 2 })) as {
    status: number;
    body: { issues: unknown[]; errors: unknown[] };
  };
  expect(again.body).toMatchObject({ errors: [] });
  expect(again.body.issues).toHaveLength(2);
});

test('latency: every product call the app makes waits that long', async () => {
  emulator.setFaults([{ kind: 'latency', ms: 250 }]);
  const started = Date.now();
  await call('myself', { as: 'app' });
  await call('myself', { as: 'user' });
  expect(Date.now() - started).toBeGreaterThanOrEqual(500);
});

test('timeout: the call hangs, then fails as a 504 proxy error (ProxyRequestError in @forge/api)', async () => {
  emulator.setFaults([{ kind: 'timeout', pathPrefix: '/rest/api/3/myself', times: 1, ms: 200 }]);
  const result = (await call('proxy-error')) as {
    thrown: boolean;
    name: string;
    status: number;
    errorCode: string;
  };
  expect(result).toEqual({
    thrown: true,
    name: new ProxyRequestError(504, 'TIMEOUT').name,
    status: 504,
    errorCode: 'TIMEOUT',
  });
  expect(await call('proxy-error')).toEqual({ thrown: false });
});

test('timeout: a caller that runs out of patience first aborts its own request', async () => {
  emulator.setFaults([{ kind: 'timeout', times: 1, ms: 5000 }]);
  expect(await call('timed-call', { patienceMs: 100 })).toEqual({ outcome: 'AbortError' });
});

test('timeout with applied: the product did the work although the app never saw the answer', async () => {
  emulator.setFaults([
    {
      kind: 'timeout',
      method: 'POST',
      pathPrefix: '/rest/api/3/issue',
      times: 1,
      ms: 50,
      applied: true,
    },
  ]);
  await expect(call('create-issue', { as: 'app' })).rejects.toThrow(/504/);
  expect(await issueCount()).toBe(1);
});

test('kvs-conflict: the next transactions fail as conflicts, the way @forge/kvs reports them', async () => {
  emulator.setFaults([{ kind: 'kvs-conflict', times: 1 }]);
  expect(await call('kvs-transaction')).toEqual({
    ok: false,
    code: 'TRANSACTION_CONFLICT',
    status: 409,
  });
  expect(await call('kvs-transaction')).toEqual({ ok: true });
});

test('rules are validated: an unknown kind or a bad field is refused, [] clears them', () => {
  expect(() => {
    emulator.setFaults([{ kind: 'gremlins' } as never]);
  }).toThrow();
  expect(() => {
    emulator.setFaults([{ kind: 'http', status: 200 }]);
  }).toThrow();
  emulator.setFaults([{ kind: 'latency', ms: 10 }]);
  expect(emulator.faults()).toEqual([{ kind: 'latency', ms: 10 }]);
  emulator.setFaults([]);
  expect(emulator.faults()).toEqual([]);
});

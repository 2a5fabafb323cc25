// The per-change-request lock on storage that behaves as Forge documents it: a value whose TTL has
// passed stays readable (and blocks a create-only write) until deletion catches up, up to 48 hours.
import { EXPIRED_LINGER_MAX_MS, KvsStore } from '../../emulator/forge/kvs-store';
import { exclusively } from '../../src/governance/lock';
import type { KeyValueStore } from '../../src/storage/key-value-store';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** One clock for the platform's storage and the app: tests move it. */
function world() {
  let at = Date.parse('2026-03-02T09:00:00.000Z');
  const kvs = new KvsStore(() => new Date(at));
  const call = (op: string, body: unknown) => kvs.handle(`/api/v1/${op}`, body);
  const store: KeyValueStore = {
    get(key) {
      const res = call('get', { key });
      return Promise.resolve(
        res.status === 200 ? (res.body as { value: unknown }).value : undefined,
      );
    },
    set(key, value, options) {
      const ttl = options?.ttlSeconds;
      call('set', {
        key,
        value,
        options: ttl === undefined ? {} : { ttl: { value: ttl, unit: 'SECONDS' } },
      });
      return Promise.resolve();
    },
    setIfAbsent(key, value, options) {
      const ttl = options?.ttlSeconds;
      const res = call('set', {
        key,
        value,
        options: {
          keyPolicy: 'FAIL_IF_EXISTS',
          ...(ttl === undefined ? {} : { ttl: { value: ttl, unit: 'SECONDS' } }),
        },
      });
      return Promise.resolve(res.status < 300);
    },
    delete(key) {
      call('delete', { key });
      return Promise.resolve();
    },
    listByPrefix(prefix, limit = 100) {
      const res = call('query', {
        limit: Math.min(limit, 100),
        where: [{ property: 'key', condition: 'BEGINS_WITH', values: [prefix] }],
      });
      const data = (res.body as { data: Array<{ key: string; value: unknown }> }).data;
      return Promise.resolve(data.map(({ key, value }) => ({ key, value })));
    },
  };
  return {
    kvs,
    store,
    now: () => at,
    advance: (ms: number) => {
      at += ms;
    },
  };
}

/** Work that starts and never finishes: the invocation holding the lock died. */
const crashed = (started: () => void) => () =>
  new Promise<never>(() => {
    started();
  });

test('storage keeps an expired value readable and create-blocking until the linger is over', () => {
  const { kvs, advance } = world();
  const set = (value: string) =>
    kvs.handle('/api/v1/set', {
      key: 'k',
      value,
      options: { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 60, unit: 'SECONDS' } },
    }).status;
  expect(set('first')).toBe(204);
  advance(2 * MINUTE);
  expect(kvs.handle('/api/v1/get', { key: 'k' })).toMatchObject({ status: 200 });
  expect(set('second')).toBe(409);
  advance(EXPIRED_LINGER_MAX_MS);
  expect(kvs.handle('/api/v1/get', { key: 'k' })).toMatchObject({ status: 404 });
  expect(set('third')).toBe(204);

  kvs.setExpiredLinger(0);
  advance(2 * MINUTE);
  expect(kvs.handle('/api/v1/get', { key: 'k' })).toMatchObject({ status: 404 });
  expect(() => {
    kvs.setExpiredLinger(EXPIRED_LINGER_MAX_MS + 1);
  }).toThrow(/48|172800000/);
});

test("a crashed holder's lock lingers in storage, and governance still runs at once when its lease is over", async () => {
  const { store, now, advance } = world();
  let started = false;
  void exclusively(
    store,
    'CHG-1',
    crashed(() => {
      started = true;
    }),
    now,
  );
  await new Promise((resolve) => setImmediate(resolve));
  expect(started).toBe(true);

  // While the holder may still be working, a second delivery leaves it a re-run instead.
  expect(await exclusively(store, 'CHG-1', () => Promise.resolve('second'), now)).toEqual({
    ran: false,
  });

  // Hours later: the TTL has passed, Forge has not deleted the value yet.
  advance(3 * HOUR);
  expect((await store.listByPrefix('lock:CHG-1')).length).toBeGreaterThan(0);
  expect(await exclusively(store, 'CHG-1', () => Promise.resolve('governed'), now)).toEqual({
    ran: true,
    result: 'governed',
  });
});

test("a slow holder's unlock does not release the lock its successor now holds", async () => {
  const { store, now, advance } = world();
  let finishSlow: () => void = () => undefined;
  const slow = exclusively(
    store,
    'CHG-2',
    () =>
      new Promise<string>((resolve) => {
        finishSlow = () => {
          resolve('slow');
        };
      }),
    now,
  );
  await new Promise((resolve) => setImmediate(resolve));

  advance(HOUR);
  let finishNext: () => void = () => undefined;
  let nextCalls = 0;
  const next = exclusively(
    store,
    'CHG-2',
    () => {
      nextCalls += 1;
      if (nextCalls > 1) return Promise.resolve('re-run');
      return new Promise<string>((resolve) => {
        finishNext = () => {
          resolve('next');
        };
      });
    },
    now,
  );
  await new Promise((resolve) => setImmediate(resolve));

  // The slow holder finishes and unlocks while its successor is still working.
  finishSlow();
  expect(await slow).toEqual({ ran: true, result: 'slow' });
  const third = await exclusively(store, 'CHG-2', () => Promise.resolve('third'), now);
  expect(third).toEqual({ ran: false });

  finishNext();
  // The successor still held the lock: it finds the re-run the third delivery left and does it.
  expect(await next).toEqual({ ran: true, result: 're-run' });
  expect(await exclusively(store, 'CHG-2', () => Promise.resolve('later'), now)).toEqual({
    ran: true,
    result: 'later',
  });
});

test('of many contenders at once, exactly one runs', async () => {
  const { store, now } = world();
  let running = 0;
  let most = 0;
  const work = async () => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setImmediate(resolve));
    running -= 1;
    return 'done';
  };
  const results = await Promise.all(
    Array.from({ length: 8 }, () => exclusively(store, 'CHG-3', work, now)),
  );
  expect(most).toBe(1);
  expect(results.filter((r) => r.ran).length).toBeGreaterThanOrEqual(1);
});

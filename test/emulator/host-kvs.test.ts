// The real @forge/kvs against the emulator's storage: values, secrets, queries, entities, transactions and limits.
import type { Emulator } from '../../emulator';
import { fixtureEmulator } from '../fixtures/fixture-emulator';

jest.setTimeout(60_000);

let emulator: Emulator;

beforeAll(async () => {
  emulator = await fixtureEmulator();
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

test('set, get, query by prefix with a cursor, delete, secrets', async () => {
  expect(await call('kvs-roundtrip')).toEqual({
    a: { n: 1 },
    first: ['fixture:a'],
    second: ['fixture:b'],
    gone: null,
    secret: 's3cret',
  });
});

test('compare-and-set: of two owners racing for one lock, exactly one wins; the other sees a failed condition', async () => {
  const [a, b] = (await Promise.all([
    call('kvs-cas', { owner: 'alice' }),
    call('kvs-cas', { owner: 'bob' }),
  ])) as Array<{ acquired: boolean; holder?: string; code?: string; status?: number }>;
  const winners = [a, b].filter((r) => r?.acquired === true);
  const losers = [a, b].filter((r) => r?.acquired === false);
  expect(winners).toHaveLength(1);
  expect(losers).toEqual([{ acquired: false, code: 'CONDITIONAL_CHECK_FAILED', status: 409 }]);
  expect(['alice', 'bob']).toContain(winners[0]?.holder);
  expect(await call('kvs-cas', { owner: 'carol', key: 'request-2' })).toEqual({
    acquired: true,
    holder: 'carol',
  });
});

test('limits: values over 240 KiB, bad keys and transactions over 25 operations are refused loudly', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const codes = await call('kvs-limits');
  expect(codes).toEqual({
    tooBig: 'MAX_SIZE',
    justFits: 'ok',
    badKey: 'INVALID_KEY',
    longKey: 'KEY_TOO_LONG',
    tooManyOps: 'TOO_MANY_OPERATIONS',
    maxOps: 'ok',
  });
  expect(errors).toHaveBeenCalledWith(expect.stringContaining('KVS refused'));
  errors.mockRestore();
});

test('storage starts empty after a reset, apart from what the app set up on install', async () => {
  await call('kvs-roundtrip');
  await emulator.reset('empty');
  expect(await call('read', { key: 'fixture:a' })).toBeNull();
  expect(await call('read', { key: 'lifecycle' })).toEqual([
    { eventType: 'avi:forge:installed:app', installer: 'admin' },
  ]);
});

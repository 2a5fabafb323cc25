// The contract check cannot be hidden: a violation the app made while the site was seeded, or before a test
// cleared the request log, is still reported by the check every emulator-based suite runs after each test.
import type { Emulator } from '../../emulator';
import { fixtureEmulator } from '../fixtures/fixture-emulator';
import { ContractWatch } from '../support/contract-watch';

jest.setTimeout(60_000);

let emulator: Emulator;

beforeAll(async () => {
  emulator = await fixtureEmulator();
}, 180_000);

afterAll(async () => {
  await emulator.close();
});

/** A create whose `fields` is not an object: Jira's OpenAPI contract refuses it. */
const breakTheContract = async (): Promise<void> => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const answer = (await emulator.invoke({
    moduleKey: 'fixture-panel',
    accountId: 'requester',
    functionKey: 'raw',
    payload: { method: 'POST', path: '/rest/api/3/issue', body: { fields: 'not an object' } },
    extension: {},
  })) as { status: number };
  errors.mockRestore();
  expect(answer.status).toBe(400);
};

/** A call that keeps to the contract. */
const keepTheContract = async (): Promise<void> => {
  await emulator.invoke({
    moduleKey: 'fixture-panel',
    accountId: 'requester',
    functionKey: 'raw',
    payload: { method: 'GET', path: '/rest/api/3/myself' },
    extension: {},
  });
};

test('a violation made while the site is seeded is reported, though the reset cleared the request log', async () => {
  const watch = new ContractWatch(emulator);
  watch.fresh(); // what earlier tests of this file did on the shared site
  await breakTheContract();
  // What seeding does last: a reset empties the request log the tests read.
  await emulator.reset('demo');
  expect(emulator.requests()).toEqual([]);
  expect(() => {
    watch.check('while the demo site was seeded');
  }).toThrow(
    /while the demo site was seeded broke the Jira OpenAPI contract:\n {2}POST \/rest\/api\/3\/issue/,
  );
});

test('a violation before a test cleared the request log is reported once, at the next check', async () => {
  const watch = new ContractWatch(emulator);
  watch.fresh(); // what earlier tests of this file did on the shared site
  await breakTheContract();
  await keepTheContract();
  emulator.clearRequests();
  await keepTheContract();
  expect(emulator.requests().filter((r) => r.contractViolation !== undefined)).toEqual([]);
  expect(() => {
    watch.check('during this test');
  }).toThrow(/1 request\(s\) the app made during this test broke/);
  // Reported once: the next test starts clean, and a later violation is reported again.
  expect(() => {
    watch.check('during the next test');
  }).not.toThrow();
  await breakTheContract();
  expect(watch.fresh().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /rest/api/3/issue']);
});

test('a site whose requests kept the contract passes the check', async () => {
  const watch = new ContractWatch(emulator);
  watch.fresh(); // what earlier tests of this file did on the shared site
  await keepTheContract();
  emulator.clearRequests();
  expect(() => {
    watch.check('during this test');
  }).not.toThrow();
});

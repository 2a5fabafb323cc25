// The sweep's own bookkeeping, with the clock and the governing stubbed: it pages through every open change
// request, stops starting work when its time budget runs out (the next run picks up the rest), and completes
// interrupted provisionings of requests no longer open. Jira is the emulated site, read as the admin.
import { Temporal } from 'temporal-polyfill';
import type { Emulator } from '../../emulator';
import type { GovernOutcome } from '../../src/governance/govern-change-request';
import type { GovernancePorts } from '../../src/governance/ports';
import { sweepChangeRequests, type SweepReport } from '../../src/governance/sweep';
import type { JiraHttp } from '../../src/jira/http';
import { storageKey, type KeyValueStore } from '../../src/storage/key-value-store';
import { describeSweep } from '../../src/triggers/sweep';
import {
  expectNoContractViolations,
  inDays,
  ok,
  raiseChangeRequest,
  startEmulator,
  TIER_ANSWERS,
} from './harness';

let emu: Emulator;
const raised: string[] = [];
beforeAll(async () => {
  emu = await startEmulator();
  for (let i = 0; i < 3; i += 1)
    raised.push(
      await raiseChangeRequest(emu, { launchDate: inDays(300 + i), answers: TIER_ANSWERS[4] }),
    );
  // Their intakes change behind the app's back (a property write emits no event): all three are stale.
  for (const key of raised)
    await ok(
      emu,
      'requester',
      'PUT',
      `/rest/api/3/issue/${key}/properties/change-governance.intake`,
      {
        launchDate: inDays(350),
        answers: TIER_ANSWERS[3],
      },
    );
}, 120_000);
afterEach(() => {
  expectNoContractViolations(emu);
});
afterAll(() => emu.close());

function memoryStore(entries: Array<[string, unknown]> = []): KeyValueStore {
  const data = new Map<string, unknown>(entries);
  return {
    get: (key) => Promise.resolve(data.get(key)),
    set: (key, value) => {
      data.set(key, value);
      return Promise.resolve();
    },
    setIfAbsent: (key, value) => {
      if (data.has(key)) return Promise.resolve(false);
      data.set(key, value);
      return Promise.resolve(true);
    },
    delete: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
    listByPrefix: (prefix, limit = 100) =>
      Promise.resolve(
        [...data.keys()]
          .filter((k) => k.startsWith(prefix))
          .sort()
          .slice(0, limit)
          .map((key) => ({ key, value: data.get(key) })),
      ),
  };
}

/** Jira as the admin sees it; `failSearch` answers every search 503. */
const adminJira = (failSearch = false): JiraHttp => ({
  async requestJira(route, { method = 'GET', body } = {}) {
    if (failSearch && route.value.startsWith('/rest/api/3/search/'))
      return { status: 503, retryAfterSeconds: null, body: { errorMessages: ['Down'] } };
    const res = await emu.rest('admin', method, route.value, body);
    return { status: res.status, retryAfterSeconds: null, body: res.body };
  },
});

const portsWith = (store: KeyValueStore, jira = adminJira()): GovernancePorts => ({
  jira,
  store,
  today: () => Temporal.Now.plainDateISO('UTC'),
  nowIso: () => new Date().toISOString(),
});

/** A stand-in for governing that only notes what it was asked, and spends one time unit per request. */
function stubGovern(clock: { spent: number }) {
  const governed: string[] = [];
  const govern = (_ports: GovernancePorts, key: string): Promise<GovernOutcome> => {
    governed.push(key);
    clock.spent += 1;
    return Promise.resolve({ outcome: 'deferred' });
  };
  return { governed, govern };
}

async function run(store: KeyValueStore, budget: number, jira?: JiraHttp) {
  const clock = { spent: 0 };
  const stub = stubGovern(clock);
  const report: SweepReport = await sweepChangeRequests(portsWith(store, jira), {
    timeLeftMs: () => budget - clock.spent,
    reserveMs: 1,
    govern: stub.govern,
  });
  return { report, governed: stub.governed };
}

describe('the sweep within its time budget', () => {
  it('with time for everything, every stale open change request is governed once, in key order', async () => {
    const { report, governed } = await run(memoryStore(), 100);
    expect(governed).toEqual(raised);
    expect(report.end).toEqual({ kind: 'complete' });
    expect(report.stale['intake-changed']).toBe(3);
    expect(report.deferred).toEqual(raised);
    expect(describeSweep(report)).toContain('every selected change request was looked at');
  }, 60_000);

  it('stops starting work when the budget runs out, and says how much it left to the next run', async () => {
    const { report, governed } = await run(memoryStore(), 2);
    expect(governed).toEqual(raised.slice(0, 2));
    expect(report.end).toEqual({ kind: 'time-budget', notAttempted: 1 });
    expect(describeSweep(report)).toContain('the time budget ran out (1 stale request(s)');
  }, 60_000);

  it('with no time at all it does not even search', async () => {
    emu.clearRequests();
    const { report, governed } = await run(memoryStore(), 0);
    expect(governed).toEqual([]);
    expect(report.pages).toBe(0);
    expect(report.end).toEqual({ kind: 'time-budget', notAttempted: 0 });
  }, 60_000);

  it('completes an interrupted provisioning of a request that is no longer open, after the open ones', async () => {
    const closed = 'CHG-9999';
    const store = memoryStore([[storageKey('provisioning', closed), true]]);
    const { report, governed } = await run(store, 100);
    expect(governed).toEqual([...raised, closed]);
    expect(report.stale['provisioning-interrupted']).toBe(1);
  }, 60_000);

  it('a search Jira keeps failing ends the run with the reason, governing nothing', async () => {
    const { report, governed } = await run(memoryStore(), 100, adminJira(true));
    expect(governed).toEqual([]);
    expect(report.end).toMatchObject({ kind: 'search-failed' });
    expect(describeSweep(report)).toContain('the search failed');
  }, 60_000);
});

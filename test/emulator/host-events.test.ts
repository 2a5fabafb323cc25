// Events, queues, schedules and lifecycle: delivered the way Forge delivers them, and `drain()` waits for all of it.
import type { Emulator } from '../../emulator';
import { fixtureEmulator, stored } from '../fixtures/fixture-emulator';

jest.setTimeout(60_000);

let emulator: Emulator;

beforeAll(async () => {
  emulator = await fixtureEmulator();
}, 180_000);

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await emulator.reset('demo');
});

interface Seen {
  issueKey: string;
  eventType: string;
  summary: string;
  selfGenerated: boolean;
  installContext: string;
}

const seen = async (moduleKey: string): Promise<Seen[]> =>
  ((await stored(emulator, `events:${moduleKey}`)) as Seen[] | null) ?? [];

async function createIssue(summary: string, accountId = 'requester'): Promise<string> {
  const res = await emulator.rest(accountId, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary },
  });
  expect(res.status).toBe(201);
  return (res.body as { key: string }).key;
}

describe('product events to triggers', () => {
  test('are delivered asynchronously: nothing has run when the REST call returns, everything after drain', async () => {
    const key = await createIssue('Plain change');
    expect(await seen('issue-events-all')).toEqual([]);
    await emulator.drain();
    const all = await seen('issue-events-all');
    expect(all).toEqual([
      expect.objectContaining({
        issueKey: key,
        eventType: 'avi:jira:created:issue',
        selfGenerated: false,
      }),
    ]);
    expect(all[0]?.installContext).toMatch(/^ari:cloud:jira::site\//);
    expect(await seen('issue-events-ignoring-self')).toHaveLength(1);
  });

  test('ignoreSelf drops the events the app caused itself; a trigger without the filter still gets them', async () => {
    const key = await createIssue('Edit me [app-edit]');
    await emulator.drain();
    const ignoring = await seen('issue-events-ignoring-self');
    const all = await seen('issue-events-all');
    expect(ignoring.map((e) => e.eventType)).toEqual(['avi:jira:created:issue']);
    expect(all.map((e) => e.eventType).sort()).toEqual([
      'avi:jira:created:issue',
      'avi:jira:updated:issue',
    ]);
    expect(all.find((e) => e.eventType === 'avi:jira:updated:issue')).toMatchObject({
      issueKey: key,
      selfGenerated: true,
    });
  });

  test('a trigger that throws is logged and retried, without holding back other deliveries', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const flaky = await createIssue('Flaky [fail-once]');
    await emulator.drain();
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('retrying'));
    errors.mockRestore();
    const all = await seen('issue-events-all');
    expect(all.filter((e) => e.issueKey === flaky)).toHaveLength(1);
    expect(await seen('issue-events-ignoring-self')).toHaveLength(1);
  });

  test('duplicate-events delivers each of the next events twice, to every trigger', async () => {
    emulator.setFaults([{ kind: 'duplicate-events', times: 1 }]);
    await createIssue('Twice');
    await createIssue('Once');
    await emulator.drain();
    const summaries = (await seen('issue-events-all')).map((e) => e.summary).sort();
    expect(summaries).toEqual(['Once', 'Twice', 'Twice']);
    expect(emulator.faults()).toEqual([]);
  });

  test('late-events delivers the next events after later ones (out of order), and drain still waits for them', async () => {
    emulator.setFaults([{ kind: 'late-events', times: 1, delayMs: 300 }]);
    await createIssue('First, delivered late');
    await createIssue('Second, delivered first');
    await emulator.drain();
    expect((await seen('issue-events-all')).map((e) => e.summary)).toEqual([
      'Second, delivered first',
      'First, delivered late',
    ]);
  });
});

describe('lifecycle and schedules', () => {
  test('reset installs the app: the installed lifecycle event reaches it once; upgrade sends the upgraded event', async () => {
    expect(await stored(emulator, 'lifecycle')).toEqual([
      { eventType: 'avi:forge:installed:app', installer: 'admin' },
    ]);
    await emulator.upgrade();
    expect(await stored(emulator, 'lifecycle')).toEqual([
      { eventType: 'avi:forge:installed:app', installer: 'admin' },
      { eventType: 'avi:forge:upgraded:app', installer: 'admin' },
    ]);
  });

  test('a scheduled trigger runs on demand, as the app', async () => {
    await emulator.runScheduledTrigger('nightly-run');
    expect(await stored(emulator, 'nightly')).toEqual([{ status: 200, moduleKey: 'nightly-run' }]);
    await expect(emulator.runScheduledTrigger('no-such-trigger')).rejects.toThrow(
      /no scheduledTrigger/,
    );
  });
});

describe('@forge/events queue', () => {
  test('a pushed event reaches the consumer; an InvocationError asks for retries with the retry context', async () => {
    const { jobId } = (await emulator.invoke({
      moduleKey: 'fixture-admin',
      accountId: 'admin',
      functionKey: 'push',
      payload: { failTimes: 2 },
    })) as { jobId: string };
    expect(jobId).toEqual(expect.any(String));
    await emulator.drain();
    expect(await stored(emulator, 'work')).toEqual([
      { body: { failTimes: 2 }, retryCount: 0, retryReason: null },
      { body: { failTimes: 2 }, retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST' },
      { body: { failTimes: 2 }, retryCount: 2, retryReason: 'FUNCTION_RETRY_REQUEST' },
    ]);
    const stats = await emulator.invoke({
      moduleKey: 'fixture-admin',
      accountId: 'admin',
      functionKey: 'job-stats',
      payload: { jobId },
    });
    expect(stats).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  test('a consumer that keeps asking for retries is retried for 24 hours (backoff up to 15 minutes), then the job counts it failed', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { jobId } = (await emulator.invoke({
      moduleKey: 'fixture-admin',
      accountId: 'admin',
      functionKey: 'push',
      payload: { failTimes: 999 },
    })) as { jobId: string };
    await emulator.drain();
    errors.mockRestore();
    // Forge's documented policy: exponential backoff from 1 s, capped at 15 min, for 24 hours.
    let tries = 1;
    for (let waited = 0, delay = 1; waited + delay <= 24 * 3600; tries += 1) {
      waited += delay;
      delay = Math.min(900, delay * 2);
    }
    expect(tries).toBeGreaterThan(100);
    expect(((await stored(emulator, 'work')) as unknown[]).length).toBe(tries);
    expect(
      await emulator.invoke({
        moduleKey: 'fixture-admin',
        accountId: 'admin',
        functionKey: 'job-stats',
        payload: { jobId },
      }),
    ).toEqual({
      success: 0,
      inProgress: 0,
      failed: 1,
    });
  });
});

describe('@forge/events cyclic invocation limit', () => {
  let limited: Emulator;
  beforeAll(async () => {
    limited = await fixtureEmulator({ limits: { asyncChainPushes: 4 } });
  }, 180_000);
  afterAll(async () => {
    await limited.close();
  });

  test('a chain started by one invocation gets that many pushes; the next throws InvocationLimitReachedError', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // The resolver's push is the chain's first; each consumer run pushes the next link.
    await limited.invoke({
      moduleKey: 'fixture-admin',
      accountId: 'admin',
      functionKey: 'push',
      payload: { hops: 10 },
    });
    await limited.drain();
    errors.mockRestore();
    expect(await stored(limited, 'chain')).toEqual(['pushed', 'pushed', 'pushed', 'limit']);

    // A new invocation starts a new chain, with the whole limit again.
    await limited.invoke({
      moduleKey: 'fixture-admin',
      accountId: 'admin',
      functionKey: 'push',
      payload: { hops: 2 },
    });
    await limited.drain();
    expect(await stored(limited, 'chain')).toEqual([
      'pushed',
      'pushed',
      'pushed',
      'limit',
      'pushed',
      'pushed',
    ]);
  });
});

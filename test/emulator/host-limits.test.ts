// Atlassian's 2026 limits and points, commit-then-fail and search lag, as the app sees them through
// @forge/api; the site's clock is moved instead of waiting.
import type { Emulator } from '../../emulator';
import { FIXED_NOW, fixtureEmulator } from '../fixtures/fixture-emulator';

jest.setTimeout(60_000);

let emulator: Emulator;
let clockMs = FIXED_NOW.getTime();

beforeAll(async () => {
  emulator = await fixtureEmulator({ now: () => new Date(clockMs) });
}, 180_000);

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await emulator.reset('empty');
  emulator.clearRequests();
});

interface Answer {
  status: number;
  body: unknown;
}
const raw = async (method: string, path: string, body?: unknown): Promise<Answer> =>
  (await emulator.invoke({
    moduleKey: 'fixture-admin',
    accountId: 'admin',
    functionKey: 'raw',
    payload: { method, path, ...(body === undefined ? {} : { body }) },
  })) as Answer;

async function createTasks(count: number): Promise<Array<{ id: string; key: string }>> {
  const made: Array<{ id: string; key: string }> = [];
  for (let i = 0; i < count; i += 1) {
    const res = await emulator.rest('admin', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: 'Task' },
        summary: `Task ${String(i)}`,
      },
    });
    made.push(res.body as { id: string; key: string });
  }
  return made;
}

const log = () =>
  emulator.requests().map((r) => [r.method, r.path, r.status, r.points, r.fault ?? null]);

test('points: 1 per request, plus 1 per object a read returns; writes cost the base', async () => {
  const [task] = await createTasks(3);
  await raw('GET', '/rest/api/3/myself'); // one user: 1 + 1
  await raw('POST', '/rest/api/3/search/jql', { jql: 'project = CHG', fields: ['summary'] }); // 3 issues: 1 + 3
  await raw('POST', '/rest/api/3/search/jql', { jql: 'summary ~ "nothing"', fields: ['summary'] }); // none: 1
  await raw('GET', `/rest/api/3/issue/${task?.key ?? ''}`); // one issue: 1 + 1
  await raw('GET', `/rest/api/3/issue/${task?.key ?? ''}/transitions`); // To Do offers Start, Won't do: 1 + 2
  await raw('PUT', `/rest/api/3/issue/${task?.key ?? ''}/properties/x`, { a: 1 }); // write: 1
  await raw('GET', '/rest/api/3/issue/CHG-999'); // a read that failed: 1
  expect(emulator.requests().map((r) => r.points)).toEqual([2, 4, 1, 2, 3, 1, 1]);
});

test('atlassian-limits: the hourly quota refuses with jira-quota-global-based until the hour resets; a too-early retry is refused again', async () => {
  clockMs = Date.parse('2026-03-02T09:59:00.000Z');
  emulator.setFaults([{ kind: 'atlassian-limits', pointsPerHour: 5 }]);
  expect(emulator.faults()).toEqual([
    {
      kind: 'atlassian-limits',
      pointsPerHour: 5,
      perSecond: 100,
      issueWrites: [
        [20, 2],
        [100, 30],
      ],
      quota: 'global',
    },
  ]);
  for (let i = 0; i < 3; i += 1) expect((await raw('GET', '/rest/api/3/myself')).status).toBe(200);
  expect((await raw('GET', '/rest/api/3/myself')).status).toBe(429);
  clockMs += 30_000;
  expect((await raw('POST', '/rest/api/3/issue', { fields: {} })).status).toBe(429);
  clockMs += 30_000; // 10:00: a new hour
  expect((await raw('GET', '/rest/api/3/myself')).status).toBe(200);
  expect(log()).toEqual([
    ['GET', '/rest/api/3/myself', 200, 2, null],
    ['GET', '/rest/api/3/myself', 200, 2, null],
    ['GET', '/rest/api/3/myself', 200, 2, null],
    ['GET', '/rest/api/3/myself', 429, 0, 'atlassian-limits jira-quota-global-based'],
    ['POST', '/rest/api/3/issue', 429, 0, 'atlassian-limits jira-quota-global-based'],
    ['GET', '/rest/api/3/myself', 200, 2, null],
  ]);
});

test('atlassian-limits: per-second limits per endpoint and method (jira-burst-based)', async () => {
  clockMs = FIXED_NOW.getTime();
  emulator.setFaults([{ kind: 'atlassian-limits', perSecond: 2 }]);
  const statuses: number[] = [];
  for (let i = 0; i < 3; i += 1) statuses.push((await raw('GET', '/rest/api/3/myself')).status);
  // Another endpoint is not affected.
  statuses.push((await raw('GET', '/rest/api/3/issue/CHG-1')).status);
  clockMs += 1_000;
  statuses.push((await raw('GET', '/rest/api/3/myself')).status);
  expect(statuses).toEqual([200, 200, 429, 404, 200]);
  expect(emulator.requests()[2]?.fault).toBe('atlassian-limits jira-burst-based');
});

test('atlassian-limits: per-issue write windows (jira-per-issue-on-write); reads and other issues pass', async () => {
  clockMs = FIXED_NOW.getTime();
  const [a, b] = await createTasks(2);
  emulator.setFaults([{ kind: 'atlassian-limits', issueWrites: [[2, 2]] }]);
  const put = async (key: string) =>
    (await raw('PUT', `/rest/api/3/issue/${key}/properties/p`, { n: 1 })).status;
  const statuses = [
    await put(a?.key ?? ''),
    await put(a?.key ?? ''),
    await put(a?.key ?? ''),
    (await raw('GET', `/rest/api/3/issue/${a?.key ?? ''}`)).status,
    await put(b?.key ?? ''),
  ];
  clockMs += 2_000;
  statuses.push(await put(a?.key ?? ''));
  expect(statuses).toEqual([201, 200, 429, 200, 201, 200]);
  expect(emulator.requests()[2]?.fault).toBe('atlassian-limits jira-per-issue-on-write');
});

test('commit-then-fail: Jira creates the issue, then answers 504; status 0 drops the connection', async () => {
  emulator.setFaults([
    { kind: 'commit-then-fail', method: 'POST', pathPrefix: '/rest/api/3/issue', status: 504 },
  ]);
  const answer = (await emulator.invoke({
    moduleKey: 'fixture-admin',
    accountId: 'admin',
    functionKey: 'create-issue',
    payload: { as: 'app' },
  })) as Answer;
  expect(answer.status).toBe(504);
  emulator.setFaults([{ kind: 'commit-then-fail', pathPrefix: '/rest/api/3/issue', status: 0 }]);
  await expect(
    emulator.invoke({
      moduleKey: 'fixture-admin',
      accountId: 'admin',
      functionKey: 'create-issue',
      payload: { as: 'app' },
    }),
  ).rejects.toThrow(/fetch failed/);
  const found = await emulator.rest('admin', 'POST', '/rest/api/3/search/jql', {
    jql: 'project = CHG',
    fields: ['summary'],
  });
  expect((found.body as { issues: unknown[] }).issues).toHaveLength(2);
  expect(log()).toEqual([
    ['POST', '/rest/api/3/issue', 504, 1, 'commit-then-fail 504'],
    ['POST', '/rest/api/3/issue', 0, 1, 'commit-then-fail (connection dropped)'],
  ]);
});

test('search-lag: the app’s searches miss a new issue until the lag is over; reconcileIssues finds it at once', async () => {
  clockMs = FIXED_NOW.getTime();
  emulator.setFaults([{ kind: 'search-lag', ms: 5_000 }]);
  const [task] = await createTasks(1);
  const search = async (extra: Record<string, unknown> = {}) =>
    (
      (await raw('POST', '/rest/api/3/search/jql', { jql: 'project = CHG', ...extra })).body as {
        issues: unknown[];
      }
    ).issues.length;
  expect(await search()).toBe(0);
  expect(await search({ reconcileIssues: [Number(task?.id)] })).toBe(1);
  expect((await raw('GET', `/rest/api/3/issue/${task?.key ?? ''}`)).status).toBe(200);
  clockMs += 5_000;
  expect(await search()).toBe(1);
});

test('Withdraw: the app (asApp) withdraws an approval; a user is refused', async () => {
  await emulator.reset('demo');
  const change = await emulator.rest('admin', 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, issuetype: { name: 'Change Request' }, summary: 'Change' },
  });
  const approval = await emulator.rest('admin', 'POST', '/rest/api/3/issue', {
    fields: {
      project: { key: 'CHG' },
      issuetype: { name: 'Change Approval' },
      summary: 'Approval',
      parent: { key: (change.body as { key: string }).key },
    },
  });
  const key = (approval.body as { key: string }).key;
  const byUser = await emulator.rest('requester', 'POST', `/rest/api/3/issue/${key}/transitions`, {
    transition: { id: '31' },
  });
  expect(byUser.status).toBe(400);
  const byApp = await raw('POST', `/rest/api/3/issue/${key}/transitions`, {
    transition: { id: '31' },
  });
  expect(byApp.status).toBe(204);
  const after = await emulator.rest('admin', 'GET', `/rest/api/3/issue/${key}?fields=status`);
  expect(after.body).toMatchObject({ fields: { status: { name: 'Withdrawn' } } });
});

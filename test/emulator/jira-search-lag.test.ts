// Search lag: what is written reaches the app's JQL searches only later; reconcileIssues and single
// GETs see it at once; callers' own searches are never lagged.
import { APP_PROPERTY_INDEXES, TestClock } from '../../emulator/jira/testing/builders';
import { createCheckedSite, type CheckedSite } from '../../emulator/jira/testing/checked-client';

const APP = { kind: 'app' } as const;

function newSite(): { t: CheckedSite; clock: TestClock } {
  const clock = new TestClock('2026-11-23T10:15:00.000Z');
  const t = createCheckedSite({ now: clock.now });
  t.setIndexes(APP_PROPERTY_INDEXES);
  t.setSearchLag(5_000);
  return { t, clock };
}

async function createTask(t: CheckedSite, summary: string): Promise<{ id: string; key: string }> {
  const res = await t.call('requester', 'POST', '/rest/api/3/issue', {
    body: { fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary } },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; key: string };
}

async function appSearch(
  t: CheckedSite,
  jql: string,
  reconcileIssues?: number[],
): Promise<string[]> {
  const res = await t.call(APP, 'POST', '/rest/api/3/search/jql', {
    body: { jql, fields: ['summary'], ...(reconcileIssues ? { reconcileIssues } : {}) },
    fromApp: true,
  });
  expect(res.status).toBe(200);
  return (res.body as { issues: Array<{ key: string }> }).issues.map((i) => i.key);
}

test('a new issue reaches the app’s searches only after the lag; a caller’s own search sees it at once', async () => {
  const { t, clock } = newSite();
  const { key } = await createTask(t, 'Fresh');
  expect(await appSearch(t, 'project = CHG')).toEqual([]);
  const own = await t.call('requester', 'POST', '/rest/api/3/search/jql', {
    body: { jql: 'project = CHG', fields: ['summary'] },
  });
  expect((own.body as { issues: Array<{ key: string }> }).issues.map((i) => i.key)).toEqual([key]);
  clock.advance(4_999);
  expect(await appSearch(t, 'project = CHG')).toEqual([]);
  clock.advance(1);
  expect(await appSearch(t, 'project = CHG')).toEqual([key]);
});

test('reconcileIssues sees the named issues at once; single GETs are never lagged', async () => {
  const { t } = newSite();
  const fresh = await createTask(t, 'Fresh');
  const other = await createTask(t, 'Other');
  expect(await appSearch(t, 'project = CHG', [Number(fresh.id)])).toEqual([fresh.key]);
  expect(await appSearch(t, 'project = CHG')).toEqual([]);
  const got = await t.call(APP, 'GET', `/rest/api/3/issue/${other.key}?fields=summary`, {
    fromApp: true,
  });
  expect(got.status).toBe(200);
});

test('a property write is searchable by its indexed value only after the lag; until then the old value matches', async () => {
  const { t, clock } = newSite();
  const { key } = await createTask(t, 'Assessed');
  clock.advance(5_000);
  const write = (tier: number) =>
    t.call(APP, 'PUT', `/rest/api/3/issue/${key}/properties/change-governance.assessment`, {
      body: { tier, status: 'assessed' },
      fromApp: true,
    });
  expect((await write(2)).status).toBe(201);
  clock.advance(5_000);
  expect(await appSearch(t, 'changeTier = 2')).toEqual([key]);
  expect((await write(1)).status).toBe(200);
  clock.advance(1_000);
  expect(await appSearch(t, 'changeTier = 1')).toEqual([]);
  // The hit is shown as it is now, though it matched as the index knew it.
  const stale = await t.call(APP, 'POST', '/rest/api/3/search/jql', {
    body: { jql: 'changeTier = 2', properties: ['change-governance.assessment'] },
    fromApp: true,
  });
  expect(stale.body).toMatchObject({
    issues: [{ key, properties: { 'change-governance.assessment': { tier: 1 } } }],
  });
  clock.advance(4_000);
  expect(await appSearch(t, 'changeTier = 1')).toEqual([key]);
  expect(await appSearch(t, 'changeTier = 2')).toEqual([]);
});

test('without the lag every write is searchable at once', async () => {
  const { t } = newSite();
  t.setSearchLag(0);
  const { key } = await createTask(t, 'Fresh');
  expect(await appSearch(t, 'project = CHG')).toEqual([key]);
});

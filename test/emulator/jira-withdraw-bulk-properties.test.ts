// The Change Approval's Withdraw only the app may take; an approved change can go back to review;
// bulk property sets answer 303 with a task that reports its progress.
import { TestClock } from '../../emulator/jira/testing/builders';
import { createCheckedSite, type CheckedSite } from '../../emulator/jira/testing/checked-client';

const APP = { kind: 'app' } as const;

function newSite(): CheckedSite {
  return createCheckedSite({ now: new TestClock('2026-11-23T10:15:00.000Z').now });
}

async function create(
  t: CheckedSite,
  fields: Record<string, unknown>,
): Promise<{ id: string; key: string }> {
  const res = await t.call('admin', 'POST', '/rest/api/3/issue', {
    body: { fields: { project: { key: 'CHG' }, summary: 'Under test', ...fields } },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; key: string };
}

async function transitions(t: CheckedSite, key: string, actor: string | typeof APP) {
  const res = await t.call(actor, 'GET', `/rest/api/3/issue/${key}/transitions`);
  expect(res.status).toBe(200);
  return (res.body as { transitions: Array<{ id: string; name: string }> }).transitions;
}

async function status(t: CheckedSite, key: string): Promise<{ name: string; category: string }> {
  const res = await t.call('admin', 'GET', `/rest/api/3/issue/${key}?fields=status`);
  const s = (res.body as { fields: { status: { name: string; statusCategory: { key: string } } } })
    .fields.status;
  return { name: s.name, category: s.statusCategory.key };
}

async function approval(t: CheckedSite): Promise<string> {
  const change = await create(t, { issuetype: { name: 'Change Request' } });
  const { key } = await create(t, {
    issuetype: { name: 'Change Approval' },
    parent: { key: change.key },
  });
  return key;
}

test('Withdraw is offered to the app only; a person who tries it is refused, the app withdraws to a done status', async () => {
  const t = newSite();
  const key = await approval(t);
  for (const person of ['requester', 'admin']) {
    expect((await transitions(t, key, person)).map((tr) => tr.name)).toEqual([
      'Approve',
      'Decline',
    ]);
    const refused = await t.call(person, 'POST', `/rest/api/3/issue/${key}/transitions`, {
      body: { transition: { id: '31' } },
    });
    expect(refused.status).toBe(400);
  }
  expect(await status(t, key)).toEqual({ name: 'Pending', category: 'new' });
  const offered = await transitions(t, key, APP);
  expect(offered.map((tr) => tr.name)).toEqual(['Approve', 'Decline', 'Withdraw']);
  const withdraw = offered.find((tr) => tr.name === 'Withdraw');
  const res = await t.call(APP, 'POST', `/rest/api/3/issue/${key}/transitions`, {
    body: { transition: { id: withdraw?.id } },
    fromApp: true,
  });
  expect(res.status).toBe(204);
  expect(await status(t, key)).toEqual({ name: 'Withdrawn', category: 'done' });
  // Withdraw runs no approver validator: the app is not the approver.
  expect(t.transitionChecks).toEqual([]);
});

test('an approved change request can go back to review; Submit, Approve, Schedule, Done and Decline stay', async () => {
  const t = newSite();
  const { key } = await create(t, { issuetype: { name: 'Change Request' } });
  expect((await transitions(t, key, 'admin')).map((tr) => tr.name)).toEqual(['Submit', 'Decline']);
  const move = async (name: string) => {
    const tr = (await transitions(t, key, 'admin')).find((x) => x.name === name);
    const res = await t.call('admin', 'POST', `/rest/api/3/issue/${key}/transitions`, {
      body: { transition: { id: tr?.id } },
    });
    expect(res.status).toBe(204);
  };
  await move('Submit');
  await move('Approve');
  expect((await transitions(t, key, 'admin')).map((tr) => tr.name)).toEqual([
    'Schedule',
    'Decline',
    'Back to review',
  ]);
  await move('Back to review');
  expect(await status(t, key)).toEqual({ name: 'In review', category: 'indeterminate' });
});

test('bulk set issue properties: 303 to a task that runs, then completes; the properties are set', async () => {
  const t = newSite();
  const a = await create(t, { issuetype: { name: 'Task' } });
  const b = await create(t, { issuetype: { name: 'Task' } });
  const res = await t.call(APP, 'POST', '/rest/api/3/issue/properties/multi', {
    body: {
      issues: [
        { issueID: Number(a.id), properties: { 'change-governance.assessment': { tier: 2 } } },
        { issueID: Number(b.id), properties: { 'change-governance.assessment': { tier: 4 } } },
        // Jira ignores an issue it cannot find.
        { issueID: 99999, properties: { 'change-governance.assessment': { tier: 1 } } },
      ],
    },
    fromApp: true,
  });
  expect(res.status).toBe(303);
  const location = res.headers.Location ?? '';
  expect(location).toMatch(/\/rest\/api\/3\/task\/\d+$/);
  const taskPath = new URL(location).pathname;
  const first = await t.call(APP, 'GET', taskPath);
  expect(first.body).toMatchObject({ status: 'RUNNING' });
  const second = await t.call(APP, 'GET', taskPath);
  expect(second.body).toMatchObject({ status: 'COMPLETE', progress: 100 });
  for (const [issue, tier] of [
    [a, 2],
    [b, 4],
  ] as const) {
    const prop = await t.call(
      'admin',
      'GET',
      `/rest/api/3/issue/${issue.key}/properties/change-governance.assessment`,
    );
    expect(prop.body).toEqual({ key: 'change-governance.assessment', value: { tier } });
  }
  // Another user cannot read the app's task.
  expect((await t.call('requester', 'GET', taskPath)).status).toBe(404);
});

test('bulk set issue properties refuses more than 100 issues', async () => {
  const t = newSite();
  const issues = Array.from({ length: 101 }, (_, i) => ({
    issueID: 10000 + i,
    properties: { 'change-governance.assessment': { tier: 1 } },
  }));
  const res = await t.call(APP, 'POST', '/rest/api/3/issue/properties/multi', {
    body: { issues },
    fromApp: true,
  });
  expect(res.status).toBe(400);
});

// The seeds, state persistence and the Forge event payloads of the in-process Jira.
import { createOpenApiValidator, JiraSite, type JiraEvent } from '../../emulator/jira';
import { createCheckedSite } from '../../emulator/jira/testing/checked-client';
import { TestClock } from '../../emulator/jira/testing/builders';

const ROLE_IDS = [
  'cx-lead',
  'pr-lead',
  'finance-partner',
  'legal',
  'vp-cx',
  'vp-comms',
  'finance-director',
  'comms-manager',
  'cx-director',
  'cx-team-lead',
  'cx-manager',
  'team-lead',
];

function typeNames(body: unknown): string[] {
  return (body as Array<{ name: string }>).map((t) => t.name);
}

describe('the demo seed', () => {
  it('has the admin, the requester, one person per role and the app user', () => {
    const { site } = createCheckedSite();
    const users = site.users();
    expect(users.map((u) => u.accountId)).toEqual([
      'admin',
      'requester',
      ...ROLE_IDS,
      'change-governance-app',
    ]);
    expect(users.find((u) => u.accountId === 'admin')).toMatchObject({
      siteAdmin: true,
      groups: ['jira-administrators', 'jira-users'],
    });
    expect(users.find((u) => u.accountId === 'requester')).toMatchObject({
      siteAdmin: false,
      groups: ['jira-users'],
    });
    expect(users.find((u) => u.accountId === 'cx-manager')?.groups).toEqual([
      'jira-users',
      'cx-leadership',
    ]);
    expect(users.find((u) => u.accountId === 'change-governance-app')).toMatchObject({
      accountType: 'app',
      groups: [],
    });
    for (const user of users) expect(user.displayName).not.toBe(user.accountId);
  });

  it('has project CHG with the app’s issue types in its scheme', async () => {
    const t = createCheckedSite();
    const project = await t.call('requester', 'GET', '/rest/api/3/project/CHG');
    expect(project.body).toMatchObject({
      id: '10000',
      key: 'CHG',
      name: 'Customer Changes',
      style: 'classic',
      lead: { accountId: 'admin' },
    });
    const types = await t.call('requester', 'GET', '/rest/api/3/issuetype/project?projectId=10000');
    expect(typeNames(types.body)).toEqual([
      'Task',
      'Sub-task',
      'Change Request',
      'Change Approval',
    ]);
    expect(types.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Change Approval', subtask: true, hierarchyLevel: -1 }),
        expect.objectContaining({ name: 'Change Request', subtask: false, hierarchyLevel: 0 }),
      ]),
    );
    const members = await t.call('requester', 'GET', '/rest/api/3/project/CHG/role/10003');
    const memberIds = (
      members.body as { actors: Array<{ actorUser: { accountId: string } }> }
    ).actors.map((a) => a.actorUser.accountId);
    expect(memberIds).toEqual(['requester', ...ROLE_IDS]);
  });

  it('has the Change Request workflow the acceptance checks drive', async () => {
    const t = createCheckedSite();
    const created = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: {
        fields: {
          project: { key: 'CHG' },
          issuetype: { name: 'Change Request' },
          summary: 'Walk the workflow',
        },
      },
    });
    const key = (created.body as { key: string }).key;
    const seen: string[] = [];
    for (const name of ['Submit', 'Approve', 'Schedule', 'Done']) {
      const res = await t.call('requester', 'GET', `/rest/api/3/issue/${key}/transitions`);
      const transition = (
        res.body as { transitions: Array<{ id: string; name: string; to: { name: string } }> }
      ).transitions.find((tr) => tr.name === name);
      expect(transition).toBeDefined();
      await t.call('requester', 'POST', `/rest/api/3/issue/${key}/transitions`, {
        body: { transition: { id: transition?.id } },
      });
      seen.push(transition?.to.name ?? '');
    }
    expect(seen).toEqual(['In review', 'Approved', 'Scheduled', 'Done']);
    const done = await t.call('requester', 'GET', `/rest/api/3/issue/${key}?fields=status`);
    expect(done.body).toMatchObject({ fields: { status: { statusCategory: { key: 'done' } } } });
  });
});

describe('the empty seed', () => {
  it('has the same people and project, but only Task and Sub-task', async () => {
    const t = createCheckedSite();
    t.site.reset('empty');
    expect(t.site.users()).toHaveLength(15);
    const types = await t.call('admin', 'GET', '/rest/api/3/issuetype');
    expect(typeNames(types.body)).toEqual(['Task', 'Sub-task']);
    const search = await t.call('admin', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = CHG' },
    });
    expect(search.body).toEqual({ issues: [], isLast: true });
  });
});

describe('state', () => {
  it('survives export and import, including counters', async () => {
    const clock = new TestClock('2026-11-23T10:15:00.000Z');
    const first = createCheckedSite({ now: clock.now });
    await first.call('requester', 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary: 'Kept' } },
    });
    const saved = JSON.parse(JSON.stringify(first.site.exportState())) as unknown;

    const second = createCheckedSite({ now: clock.now });
    second.site.importState(saved);
    const kept = await second.call(
      'requester',
      'GET',
      '/rest/api/3/issue/CHG-1?fields=summary,created',
    );
    expect(kept.body).toMatchObject({
      fields: { summary: 'Kept', created: '2026-11-23T10:15:00.000+0000' },
    });
    const next = await second.call('requester', 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary: 'Next' } },
    });
    expect(next.body).toMatchObject({ id: '10001', key: 'CHG-2' });
  });

  it('refuses state that is not a site', () => {
    const { site } = createCheckedSite();
    expect(() => {
      site.importState({ version: 1, issues: 'nope' });
    }).toThrow();
  });

  it('reset forgets issues and starts numbering again', async () => {
    const t = createCheckedSite();
    await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary: 'x' } },
    });
    t.site.reset('demo');
    const again = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary: 'y' } },
    });
    expect(again.body).toMatchObject({ id: '10000', key: 'CHG-1' });
  });
});

describe('Forge event payloads', () => {
  it('issue created carries the issue as Forge shapes it and who caused it', async () => {
    const events: JiraEvent[] = [];
    const site = new JiraSite(
      {
        emit: (e) => events.push(e),
        validateTransition: () => Promise.resolve({ ok: true }),
        entityPropertyIndexes: () => [],
      },
      {
        appAccountId: 'my-app',
        baseUrl: 'https://example.test',
        now: () => new Date('2026-11-23T10:15:00Z'),
      },
    );
    expect(site.appAccountId).toBe('my-app');
    const res = await site.handle({
      method: 'POST',
      path: '/rest/api/3/issue',
      query: {},
      body: {
        fields: {
          project: { key: 'CHG' },
          issuetype: { name: 'Change Request' },
          summary: 'Launch',
          labels: ['x'],
        },
      },
      actor: { kind: 'user', accountId: 'requester' },
      fromApp: true,
    });
    expect(res.status).toBe(201);
    expect(createOpenApiValidator().validateResponse('createIssue', res.status, res.body)).toEqual({
      ok: true,
    });
    expect(events).toEqual([
      {
        eventType: 'avi:jira:created:issue',
        cause: { kind: 'user', accountId: 'requester' },
        causedByApp: true,
        payload: {
          eventType: 'avi:jira:created:issue',
          atlassianId: 'requester',
          associatedUsers: { associatedUsers: [{ accountId: 'requester' }] },
          issue: {
            id: '10000',
            key: 'CHG-1',
            fields: expect.objectContaining({
              summary: 'Launch',
              issuetype: expect.objectContaining({
                id: '10003',
                name: 'Change Request',
                self: 'https://example.test/rest/api/3/issuetype/10003',
              }),
              project: expect.objectContaining({ id: '10000', key: 'CHG' }),
              status: expect.objectContaining({
                name: 'Draft',
                statusCategory: expect.objectContaining({ key: 'new' }),
              }),
              creator: { accountId: 'requester' },
              reporter: { accountId: 'requester' },
              assignee: null,
              created: '2026-11-23T10:15:00.000+0000',
              updated: '2026-11-23T10:15:00.000+0000',
              labels: ['x'],
            }),
          },
        },
      },
    ]);
  });
});

// Who may see and do what: 404 for what a caller cannot browse, 403 for what they may see but not do.
import type { SiteState } from '../../emulator/jira/state';
import { createCheckedSite, type CheckedSite } from '../../emulator/jira/testing/checked-client';
import { adfDoc, TestClock } from '../../emulator/jira/testing/builders';

const APP = { kind: 'app' } as const;

// Adds `outsider` (a site user outside the project) and `viewer` (may only browse CHG).
function siteWithStrangers(): CheckedSite {
  const t = createCheckedSite({ now: new TestClock('2026-11-23T10:15:00.000Z').now });
  const state = t.site.exportState() as SiteState;
  for (const accountId of ['outsider', 'viewer']) {
    state.users.push({
      accountId,
      displayName: `The ${accountId}`,
      accountType: 'atlassian',
      active: true,
      timeZone: 'UTC',
    });
    state.groups.find((g) => g.name === 'jira-users')?.members.push(accountId);
  }
  state.roles.push({ id: 10010, name: 'Viewers', description: 'Read-only access.' });
  state.permissionGrants.project.BROWSE_PROJECTS = [
    ...(state.permissionGrants.project.BROWSE_PROJECTS ?? []),
    'Viewers',
  ];
  for (const project of state.projects)
    project.roleActors['10010'] = { users: ['viewer'], groups: [] };
  t.site.importState(state);
  return t;
}

async function createTask(t: CheckedSite, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.call('requester', 'POST', '/rest/api/3/issue', {
    body: {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: 'Task' },
        summary: 'Visible to members',
        ...extra,
      },
    },
  });
  expect(res.status).toBe(201);
  return (res.body as { key: string }).key;
}

const NOT_FOUND = {
  errorMessages: ['Issue does not exist or you do not have permission to see it.'],
  errors: {},
};

describe('browse permission', () => {
  it('an issue the caller cannot browse does not exist for them', async () => {
    const t = siteWithStrangers();
    const key = await createTask(t);
    expect(await t.call('outsider', 'GET', `/rest/api/3/issue/${key}`)).toMatchObject({
      status: 404,
      body: NOT_FOUND,
    });
    expect(await t.call('outsider', 'GET', `/rest/api/3/issue/${key}/properties`)).toMatchObject({
      status: 404,
    });
    expect(await t.call('outsider', 'GET', `/rest/api/3/issue/${key}/transitions`)).toMatchObject({
      status: 404,
    });
    expect(
      await t.call('outsider', 'PUT', `/rest/api/3/issue/${key}`, {
        body: { fields: { summary: 'x' } },
      }),
    ).toMatchObject({ status: 404 });
    expect(await t.call('outsider', 'GET', '/rest/api/3/project/CHG')).toMatchObject({
      status: 404,
    });
  });

  it('search returns only issues the caller can browse', async () => {
    const t = siteWithStrangers();
    await createTask(t);
    const mine = await t.call('viewer', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = CHG' },
    });
    expect((mine.body as { issues: unknown[] }).issues).toHaveLength(1);
    const theirs = await t.call('outsider', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'issuetype = Task' },
    });
    expect(theirs.body).toEqual({ issues: [], isLast: true });
    const projects = await t.call('outsider', 'GET', '/rest/api/3/project/search');
    expect(projects.body).toMatchObject({ total: 0, values: [] });
  });

  it('an outsider cannot create in the project or be assigned there', async () => {
    const t = siteWithStrangers();
    const create = await t.call('outsider', 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary: 'x' } },
    });
    expect(create.status).toBe(400);
    expect(create.body).toMatchObject({ errors: { project: 'Specify a valid project ID or key' } });
    const assign = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: {
        fields: {
          project: { key: 'CHG' },
          issuetype: { name: 'Task' },
          summary: 'x',
          assignee: { accountId: 'outsider' },
        },
      },
    });
    expect(assign.status).toBe(400);
    expect(assign.body).toMatchObject({
      errors: { assignee: "User 'The outsider' cannot be assigned issues." },
    });
  });
});

describe('what a browse-only caller may not do', () => {
  it('answers 403 for create, edit, transition, comment, property and link changes', async () => {
    const t = siteWithStrangers();
    const key = await createTask(t);
    const other = await createTask(t);
    expect(await t.call('viewer', 'GET', `/rest/api/3/issue/${key}`)).toMatchObject({
      status: 200,
    });
    const attempts = await Promise.all([
      t.call('viewer', 'POST', '/rest/api/3/issue', {
        body: { fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary: 'x' } },
      }),
      t.call('viewer', 'PUT', `/rest/api/3/issue/${key}`, { body: { fields: { summary: 'x' } } }),
      t.call('viewer', 'POST', `/rest/api/3/issue/${key}/transitions`, {
        body: { transition: { id: '11' } },
      }),
      t.call('viewer', 'POST', `/rest/api/3/issue/${key}/comment`, {
        body: { body: adfDoc('hi') },
      }),
      t.call('viewer', 'PUT', `/rest/api/3/issue/${key}/properties/note`, { body: 1 }),
      t.call('viewer', 'POST', '/rest/api/3/issueLink', {
        body: { type: { name: 'Relates' }, inwardIssue: { key }, outwardIssue: { key: other } },
      }),
      t.call('viewer', 'DELETE', `/rest/api/3/issue/${key}`),
    ]);
    expect(attempts.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
    const transitions = await t.call('viewer', 'GET', `/rest/api/3/issue/${key}/transitions`);
    expect(transitions.body).toMatchObject({ transitions: [] });
  });
});

describe('administration', () => {
  it('issue types, schemes and roles are for Jira administrators and the app', async () => {
    const t = siteWithStrangers();
    expect(
      (await t.call('requester', 'POST', '/rest/api/3/issuetype', { body: { name: 'X' } })).status,
    ).toBe(403);
    expect(
      (await t.call('requester', 'GET', '/rest/api/3/issuetypescheme/project?projectId=10000'))
        .status,
    ).toBe(403);
    expect(
      (
        await t.call('requester', 'PUT', '/rest/api/3/issuetypescheme/10001/issuetype', {
          body: { issueTypeIds: ['10001'] },
        })
      ).status,
    ).toBe(403);
    expect((await t.call('requester', 'GET', '/rest/api/3/role')).status).toBe(403);
    expect((await t.call('admin', 'GET', '/rest/api/3/role')).status).toBe(200);
    expect(
      (await t.call(APP, 'GET', '/rest/api/3/issuetypescheme/project?projectId=10000')).status,
    ).toBe(200);
  });

  it('deleting needs Delete issues, and sub-tasks only go with deleteSubtasks=true', async () => {
    const t = siteWithStrangers();
    const parent = await createTask(t);
    await createTask(t, { issuetype: { name: 'Sub-task' }, parent: { key: parent } });
    expect((await t.call('requester', 'DELETE', `/rest/api/3/issue/${parent}`)).status).toBe(403);
    expect((await t.call('admin', 'DELETE', `/rest/api/3/issue/${parent}`)).status).toBe(400);
    t.events.length = 0;
    expect(
      (await t.call('admin', 'DELETE', `/rest/api/3/issue/${parent}?deleteSubtasks=true`)).status,
    ).toBe(204);
    expect(t.events.map((e) => e.eventType)).toEqual(['avi:jira:deleted:issue']);
    expect((await t.call('admin', 'GET', '/rest/api/3/issue/CHG-2')).status).toBe(404);
  });
});

describe('mypermissions and permissions/check', () => {
  const permissionsOf = async (t: CheckedSite, actor: string | typeof APP, query: string) => {
    const res = await t.call(actor, 'GET', `/rest/api/3/mypermissions?${query}`);
    expect(res.status).toBe(200);
    const permissions = (res.body as { permissions: Record<string, { havePermission: boolean }> })
      .permissions;
    return Object.fromEntries(Object.entries(permissions).map(([k, v]) => [k, v.havePermission]));
  };
  const ALL =
    'permissions=BROWSE_PROJECTS,CREATE_ISSUES,EDIT_ISSUES,TRANSITION_ISSUES,ADD_COMMENTS,ADMINISTER_PROJECTS,ADMINISTER';

  it('reports each caller’s permissions in a project', async () => {
    const t = siteWithStrangers();
    expect(await permissionsOf(t, 'requester', `${ALL}&projectKey=CHG`)).toEqual({
      BROWSE_PROJECTS: true,
      CREATE_ISSUES: true,
      EDIT_ISSUES: true,
      TRANSITION_ISSUES: true,
      ADD_COMMENTS: true,
      ADMINISTER_PROJECTS: false,
      ADMINISTER: false,
    });
    expect(await permissionsOf(t, 'admin', `${ALL}&projectKey=CHG`)).toEqual({
      BROWSE_PROJECTS: true,
      CREATE_ISSUES: true,
      EDIT_ISSUES: true,
      TRANSITION_ISSUES: true,
      ADD_COMMENTS: true,
      ADMINISTER_PROJECTS: true,
      ADMINISTER: true,
    });
    expect(await permissionsOf(t, 'viewer', `${ALL}&projectKey=CHG`)).toMatchObject({
      BROWSE_PROJECTS: true,
      EDIT_ISSUES: false,
    });
    expect(await permissionsOf(t, 'outsider', ALL)).toMatchObject({
      BROWSE_PROJECTS: false,
      CREATE_ISSUES: false,
    });
    expect(Object.values(await permissionsOf(t, APP, ALL)).every(Boolean)).toBe(true);
  });

  it('answers per issue, and 404 for an issue the caller cannot see', async () => {
    const t = siteWithStrangers();
    const key = await createTask(t);
    expect(await permissionsOf(t, 'cx-lead', `permissions=EDIT_ISSUES&issueKey=${key}`)).toEqual({
      EDIT_ISSUES: true,
    });
    expect(
      (
        await t.call(
          'outsider',
          'GET',
          `/rest/api/3/mypermissions?permissions=EDIT_ISSUES&issueKey=${key}`,
        )
      ).status,
    ).toBe(404);
    expect(
      (await t.call('requester', 'GET', '/rest/api/3/mypermissions?permissions=FLY')).status,
    ).toBe(400);
    expect((await t.call('requester', 'GET', '/rest/api/3/mypermissions')).status).toBe(400);
  });

  it('checks another user’s permissions only for administrators', async () => {
    const t = siteWithStrangers();
    const body = {
      accountId: 'viewer',
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'], projects: [10000] }],
    };
    const asAdmin = await t.call('admin', 'POST', '/rest/api/3/permissions/check', { body });
    expect(asAdmin.body).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'BROWSE_PROJECTS', projects: [10000], issues: [] },
        { permission: 'EDIT_ISSUES', projects: [], issues: [] },
      ],
    });
    expect(
      (await t.call('requester', 'POST', '/rest/api/3/permissions/check', { body })).status,
    ).toBe(403);
  });
});

describe('users and groups', () => {
  it('finds users, their groups and group members', async () => {
    const t = siteWithStrangers();
    const me = await t.call('cx-director', 'GET', '/rest/api/3/myself?expand=groups');
    expect(me.body).toMatchObject({
      accountId: 'cx-director',
      groups: { items: [{ name: 'jira-users' }, { name: 'cx-leadership' }] },
    });
    const found = await t.call('requester', 'GET', '/rest/api/3/user/search?query=Casey');
    expect(found.body).toEqual([expect.objectContaining({ accountId: 'cx-lead' })]);
    const members = await t.call(
      'requester',
      'GET',
      '/rest/api/3/group/member?groupname=cx-leadership',
    );
    expect(
      (members.body as { values: Array<{ accountId: string }> }).values.map((u) => u.accountId),
    ).toEqual(['cx-director', 'cx-manager', 'cx-team-lead']);
    const missing = await t.call('requester', 'GET', '/rest/api/3/user?accountId=nobody');
    expect(missing.status).toBe(404);
    const role = await t.call('requester', 'GET', '/rest/api/3/project/CHG/role/10002');
    expect(role.body).toMatchObject({
      name: 'Administrators',
      actors: [{ actorUser: { accountId: 'admin' } }],
    });
  });
});

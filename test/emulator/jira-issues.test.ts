// Creating and editing issues: the Jira semantics the app depends on.
import { createCheckedSite, type CheckedSite } from '../../emulator/jira/testing/checked-client';
import { adfDoc, TestClock } from '../../emulator/jira/testing/builders';

const APP = { kind: 'app' } as const;

function newSite(seed: 'demo' | 'empty' = 'demo'): CheckedSite {
  const checked = createCheckedSite({ now: new TestClock('2026-11-23T10:15:00.000Z').now });
  checked.site.reset(seed);
  return checked;
}

function issueBody(
  fields: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { fields: { project: { key: 'CHG' }, summary: 'A change', ...fields }, ...extra };
}

async function createKey(
  t: CheckedSite,
  fields: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.call('requester', 'POST', '/rest/api/3/issue', {
    body: issueBody(fields, extra),
  });
  expect(res.status).toBe(201);
  return (res.body as { key: string }).key;
}

describe('creating an issue', () => {
  it('answers id, key and self, numbering keys per project and ids from 10000', async () => {
    const t = newSite();
    const first = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: issueBody({ issuetype: { name: 'Change Request' } }),
    });
    const second = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: issueBody({ issuetype: { id: '10001' } }),
    });
    expect(first.body).toEqual({
      id: '10000',
      key: 'CHG-1',
      self: expect.stringContaining('/rest/api/3/issue/10000'),
    });
    expect(second.body).toMatchObject({ id: '10001', key: 'CHG-2' });
  });

  it('renders the fields Jira renders, with timestamps from the site clock', async () => {
    const t = newSite();
    const key = await createKey(t, {
      issuetype: { name: 'Change Request' },
      description: adfDoc('Raise the price of the basic plan'),
      labels: ['pricing', 'q3'],
      duedate: '2027-03-01',
      assignee: { accountId: 'cx-lead' },
    });
    const res = await t.call('requester', 'GET', `/rest/api/3/issue/${key}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      key,
      fields: {
        summary: 'A change',
        description: adfDoc('Raise the price of the basic plan'),
        issuetype: { name: 'Change Request', subtask: false, hierarchyLevel: 0 },
        project: { key: 'CHG', name: 'Customer Changes' },
        status: { name: 'Draft', statusCategory: { key: 'new' } },
        reporter: { accountId: 'requester' },
        creator: { accountId: 'requester' },
        assignee: { accountId: 'cx-lead', displayName: 'Casey Lead (CX lead)' },
        duedate: '2027-03-01',
        labels: ['pricing', 'q3'],
        subtasks: [],
        issuelinks: [],
        created: '2026-11-23T10:15:00.000+0000',
        updated: '2026-11-23T10:15:00.000+0000',
      },
    });
  });

  it('needs a summary, a valid project and an issue type', async () => {
    const t = newSite();
    const noSummary = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' } } },
    });
    expect(noSummary.status).toBe(400);
    expect(noSummary.body).toMatchObject({
      errors: { summary: 'You must specify a summary of the issue.' },
    });
    const noProject = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'NOPE' }, issuetype: { name: 'Task' }, summary: 'x' } },
    });
    expect(noProject.status).toBe(400);
    expect(noProject.body).toMatchObject({
      errors: { project: 'Specify a valid project ID or key' },
    });
  });

  it('accepts only issue types in the project’s scheme', async () => {
    const t = newSite('empty');
    const unknown = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: issueBody({ issuetype: { name: 'Change Request' } }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      errors: { issuetype: 'The issue type selected is invalid.' },
    });

    // An admin creates the type: it joins the default scheme, not the project's.
    const created = await t.call(APP, 'POST', '/rest/api/3/issuetype', {
      body: { name: 'Change Request', type: 'standard' },
    });
    expect(created.status).toBe(201);
    const typeId = (created.body as { id: string }).id;
    const stillRefused = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: issueBody({ issuetype: { id: typeId } }),
    });
    expect(stillRefused.status).toBe(400);

    const schemes = await t.call(APP, 'GET', '/rest/api/3/issuetypescheme/project?projectId=10000');
    const schemeId = (schemes.body as { values: Array<{ issueTypeScheme: { id: string } }> })
      .values[0]?.issueTypeScheme.id;
    expect(schemeId).toBeDefined();
    const added = await t.call(
      APP,
      'PUT',
      `/rest/api/3/issuetypescheme/${schemeId ?? ''}/issuetype`,
      { body: { issueTypeIds: [typeId] } },
    );
    expect(added.status).toBe(204);
    const again = await t.call(
      APP,
      'PUT',
      `/rest/api/3/issuetypescheme/${schemeId ?? ''}/issuetype`,
      { body: { issueTypeIds: [typeId] } },
    );
    expect(again.status).toBe(400);

    const accepted = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: issueBody({ issuetype: { id: typeId } }),
    });
    expect(accepted.status).toBe(201);
    // A new type gets the project's default (Task) workflow.
    const issue = await t.call(
      'requester',
      'GET',
      `/rest/api/3/issue/${(accepted.body as { key: string }).key}?fields=status`,
    );
    expect(issue.body).toMatchObject({ fields: { status: { name: 'To Do' } } });
  });

  it('refuses a duplicate issue type name and non-admin type creation', async () => {
    const t = newSite();
    const duplicate = await t.call('admin', 'POST', '/rest/api/3/issuetype', {
      body: { name: 'change request' },
    });
    expect(duplicate.status).toBe(409);
    const notAdmin = await t.call('requester', 'POST', '/rest/api/3/issuetype', {
      body: { name: 'Another' },
    });
    expect(notAdmin.status).toBe(403);
    const subtask = await t.call('admin', 'POST', '/rest/api/3/issuetype', {
      body: { name: 'Checklist item', hierarchyLevel: -1 },
    });
    expect(subtask.body).toMatchObject({ subtask: true, hierarchyLevel: -1 });
  });

  describe('sub-task hierarchy', () => {
    it('a sub-task needs a parent', async () => {
      const t = newSite();
      const res = await t.call('requester', 'POST', '/rest/api/3/issue', {
        body: issueBody({ issuetype: { name: 'Change Approval' } }),
      });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        errorMessages: ['Issue type is a sub-task but parent issue key or id not specified.'],
        errors: {},
      });
    });

    it('a sub-task’s parent cannot itself be a sub-task', async () => {
      const t = newSite();
      const parent = await createKey(t, { issuetype: { name: 'Change Request' } });
      const child = await createKey(t, {
        issuetype: { name: 'Change Approval' },
        parent: { key: parent },
      });
      const res = await t.call('requester', 'POST', '/rest/api/3/issue', {
        body: issueBody({ issuetype: { name: 'Sub-task' }, parent: { key: child } }),
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        errors: { parentId: 'Given parent work item does not belong to appropriate hierarchy.' },
      });
    });

    it('a standard issue cannot take a standard issue as parent', async () => {
      const t = newSite();
      const other = await createKey(t, { issuetype: { name: 'Task' } });
      const res = await t.call('requester', 'POST', '/rest/api/3/issue', {
        body: issueBody({ issuetype: { name: 'Task' }, parent: { key: other } }),
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        errors: { parentId: expect.stringContaining('appropriate hierarchy') },
      });
    });

    it('a sub-task under a standard issue shows on both sides', async () => {
      const t = newSite();
      const parent = await createKey(t, { issuetype: { name: 'Change Request' } });
      const child = await createKey(t, {
        issuetype: { name: 'Change Approval' },
        parent: { id: '10000' },
      });
      const parentView = await t.call(
        'requester',
        'GET',
        `/rest/api/3/issue/${parent}?fields=subtasks`,
      );
      expect(parentView.body).toMatchObject({
        fields: { subtasks: [{ key: child, fields: { issuetype: { name: 'Change Approval' } } }] },
      });
      const childView = await t.call(
        'requester',
        'GET',
        `/rest/api/3/issue/${child}?fields=parent,status`,
      );
      expect(childView.body).toMatchObject({
        fields: { parent: { key: parent }, status: { name: 'Pending' } },
      });
    });

    it('an unknown parent is refused', async () => {
      const t = newSite();
      const res = await t.call('requester', 'POST', '/rest/api/3/issue', {
        body: issueBody({ issuetype: { name: 'Sub-task' }, parent: { key: 'CHG-99' } }),
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ errors: { parent: expect.any(String) } });
    });
  });

  describe('due dates', () => {
    it.each(['2027-13-01', '2027-02-30', '01/03/2027', '2027-3-1', '2027-03-01T00:00:00Z'])(
      'refuses %s',
      async (duedate) => {
        const t = newSite();
        const res = await t.call('requester', 'POST', '/rest/api/3/issue', {
          body: issueBody({ issuetype: { name: 'Task' }, duedate }),
        });
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({
          errors: { duedate: `Error parsing date string: ${duedate}` },
        });
      },
    );

    it('accepts a real calendar date, including 29 February of a leap year', async () => {
      const t = newSite();
      const key = await createKey(t, { issuetype: { name: 'Task' }, duedate: '2028-02-29' });
      const res = await t.call('requester', 'GET', `/rest/api/3/issue/${key}?fields=duedate`);
      expect(res.body).toMatchObject({ fields: { duedate: '2028-02-29' } });
    });
  });

  it('takes rich text only as an Atlassian Document', async () => {
    const t = newSite();
    const plain = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: issueBody({ issuetype: { name: 'Task' }, description: 'plain text' }),
    });
    expect(plain.status).toBe(400);
    expect(plain.body).toMatchObject({
      errors: { description: expect.stringContaining('Atlassian Document') },
    });
    const badNode = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: issueBody({
        issuetype: { name: 'Task' },
        description: { type: 'doc', version: 1, content: [{ type: 'paragraf' }] },
      }),
    });
    expect(badNode.status).toBe(400);
  });

  it('assigns only to people who can be assigned in the project', async () => {
    const t = newSite();
    const ghost = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: issueBody({ issuetype: { name: 'Task' }, assignee: { accountId: 'ghost' } }),
    });
    expect(ghost.status).toBe(400);
    expect(ghost.body).toMatchObject({ errors: { assignee: expect.any(String) } });
    const appUser = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: issueBody({
        issuetype: { name: 'Task' },
        assignee: { accountId: t.site.appAccountId },
      }),
    });
    expect(appUser.status).toBe(400);
  });

  it('refuses fields it cannot set', async () => {
    const t = newSite();
    const res = await t.call('requester', 'POST', '/rest/api/3/issue', {
      body: issueBody({
        issuetype: { name: 'Task' },
        status: { name: 'Done' },
        customfield_10099: 'x',
      }),
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      errors: {
        status: "Field 'status' cannot be set. It is not on the appropriate screen, or unknown.",
        customfield_10099: expect.stringContaining('cannot be set'),
      },
    });
  });

  it('creates links given in update.issuelinks, with the new issue on the requested side', async () => {
    const t = newSite();
    const cr = await createKey(t, { issuetype: { name: 'Change Request' } });
    const task = await createKey(
      t,
      { issuetype: { name: 'Task' } },
      {
        update: { issuelinks: [{ add: { type: { name: 'Blocks' }, outwardIssue: { key: cr } } }] },
      },
    );
    const taskView = await t.call(
      'requester',
      'GET',
      `/rest/api/3/issue/${task}?fields=issuelinks`,
    );
    expect(taskView.body).toMatchObject({
      fields: { issuelinks: [{ type: { name: 'Blocks' }, outwardIssue: { key: cr } }] },
    });
    const crView = await t.call('requester', 'GET', `/rest/api/3/issue/${cr}?fields=issuelinks`);
    expect(crView.body).toMatchObject({
      fields: { issuelinks: [{ type: { name: 'Blocks' }, inwardIssue: { key: task } }] },
    });
  });
});

describe('issue properties', () => {
  it('round-trips through the create body, the property endpoints and properties= expansion', async () => {
    const t = newSite();
    const intake = { launchDate: '2027-06-01', answers: { reach: 3 } };
    const key = await createKey(
      t,
      { issuetype: { name: 'Change Request' } },
      { properties: [{ key: 'change-governance.intake', value: intake }] },
    );

    const one = await t.call(
      'requester',
      'GET',
      `/rest/api/3/issue/${key}/properties/change-governance.intake`,
    );
    expect(one.body).toEqual({ key: 'change-governance.intake', value: intake });

    const set = await t.call(
      'requester',
      'PUT',
      `/rest/api/3/issue/${key}/properties/change-governance.assessment`,
      { body: { tier: 2 } },
    );
    expect(set.status).toBe(201);
    const reset = await t.call(
      'requester',
      'PUT',
      `/rest/api/3/issue/${key}/properties/change-governance.assessment`,
      { body: { tier: 1 } },
    );
    expect(reset.status).toBe(200);

    const keys = await t.call('requester', 'GET', `/rest/api/3/issue/${key}/properties`);
    expect(keys.body).toMatchObject({
      keys: [{ key: 'change-governance.intake' }, { key: 'change-governance.assessment' }],
    });

    const expanded = await t.call(
      'requester',
      'GET',
      `/rest/api/3/issue/${key}?fields=summary&properties=change-governance.assessment`,
    );
    expect(expanded.body).toMatchObject({
      properties: { 'change-governance.assessment': { tier: 1 } },
    });
    expect(
      (expanded.body as { properties: Record<string, unknown> }).properties,
    ).not.toHaveProperty('change-governance.intake');
    const all = await t.call(
      'requester',
      'GET',
      `/rest/api/3/issue/${key}?fields=summary&properties=*all`,
    );
    expect(
      Object.keys((all.body as { properties: Record<string, unknown> }).properties),
    ).toHaveLength(2);
    const none = await t.call('requester', 'GET', `/rest/api/3/issue/${key}`);
    expect(none.body).not.toHaveProperty('properties');

    const removed = await t.call(
      'requester',
      'DELETE',
      `/rest/api/3/issue/${key}/properties/change-governance.assessment`,
    );
    expect(removed.status).toBe(204);
    const gone = await t.call(
      'requester',
      'GET',
      `/rest/api/3/issue/${key}/properties/change-governance.assessment`,
    );
    expect(gone.status).toBe(404);
  });

  it('decodes a property key sent with an encoded slash', async () => {
    const t = newSite();
    const key = await createKey(t, { issuetype: { name: 'Task' } });
    const put = await t.call(
      'requester',
      'PUT',
      `/rest/api/3/issue/${key}/properties/team%2Fnotes`,
      { body: ['a'] },
    );
    expect(put.status).toBe(201);
    const get = await t.call(
      'requester',
      'GET',
      `/rest/api/3/issue/${key}/properties/team%2Fnotes`,
    );
    expect(get.body).toEqual({ key: 'team/notes', value: ['a'] });
  });

  it('refuses a value over 32 KB', async () => {
    const t = newSite();
    const key = await createKey(t, { issuetype: { name: 'Task' } });
    const res = await t.call('requester', 'PUT', `/rest/api/3/issue/${key}/properties/big`, {
      body: { text: 'x'.repeat(33_000) },
    });
    expect(res.status).toBe(400);
    const fits = await t.call('requester', 'PUT', `/rest/api/3/issue/${key}/properties/big`, {
      body: { text: 'x'.repeat(32_000) },
    });
    expect(fits.status).toBe(201);
  });

  it('setting a property emits no event and leaves updated alone', async () => {
    const t = newSite();
    const key = await createKey(t, { issuetype: { name: 'Task' } });
    const before = t.events.length;
    await t.call('requester', 'PUT', `/rest/api/3/issue/${key}/properties/change-governance.step`, {
      body: { kind: 'comms' },
    });
    expect(t.events).toHaveLength(before);
  });
});

describe('editing an issue', () => {
  it('applies fields and update operations and emits one updated event with a changelog', async () => {
    const t = newSite();
    const key = await createKey(t, { issuetype: { name: 'Task' }, labels: ['a'] });
    t.events.length = 0;
    const res = await t.call('requester', 'PUT', `/rest/api/3/issue/${key}`, {
      body: {
        fields: {
          summary: 'Renamed',
          duedate: '2027-01-15',
          assignee: { accountId: 'cx-manager' },
        },
        update: { labels: [{ add: 'b' }, { remove: 'a' }] },
      },
    });
    expect(res.status).toBe(204);
    expect(t.events).toHaveLength(1);
    const [event] = t.events;
    expect(event).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      cause: { kind: 'user', accountId: 'requester' },
      causedByApp: false,
      payload: {
        eventType: 'avi:jira:updated:issue',
        atlassianId: 'requester',
        issue: { key, fields: { summary: 'Renamed' } },
        changelog: {
          items: expect.arrayContaining([
            {
              field: 'summary',
              fieldtype: 'jira',
              fieldId: 'summary',
              from: null,
              fromString: 'A change',
              to: null,
              toString: 'Renamed',
            },
            {
              field: 'duedate',
              fieldtype: 'jira',
              fieldId: 'duedate',
              from: null,
              fromString: null,
              to: '2027-01-15',
              toString: '2027-01-15 00:00:00.0',
            },
            {
              field: 'assignee',
              fieldtype: 'jira',
              fieldId: 'assignee',
              from: null,
              fromString: null,
              to: 'cx-manager',
              toString: 'Jordan Mills (CX manager)',
            },
            {
              field: 'labels',
              fieldtype: 'jira',
              fieldId: 'labels',
              from: null,
              fromString: 'a',
              to: null,
              toString: 'b',
            },
          ]),
        },
      },
    });
    const view = await t.call(
      'requester',
      'GET',
      `/rest/api/3/issue/${key}?expand=changelog&fields=labels`,
    );
    expect(view.body).toMatchObject({ fields: { labels: ['b'] }, changelog: { total: 1 } });
  });

  it('an edit that changes nothing emits nothing; returnIssue answers the issue', async () => {
    const t = newSite();
    const key = await createKey(t, { issuetype: { name: 'Task' } });
    t.events.length = 0;
    const res = await t.call('requester', 'PUT', `/rest/api/3/issue/${key}?returnIssue=true`, {
      body: { fields: { summary: 'A change' } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ key, fields: { summary: 'A change' } });
    expect(t.events).toHaveLength(0);
  });

  it('validates edits like creates', async () => {
    const t = newSite();
    const key = await createKey(t, { issuetype: { name: 'Task' } });
    const res = await t.call('requester', 'PUT', `/rest/api/3/issue/${key}`, {
      body: { fields: { duedate: 'tomorrow', issuetype: { name: 'Sub-task' } } },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      errors: { duedate: 'Error parsing date string: tomorrow', issuetype: expect.any(String) },
    });
  });

  it('events from the app say so', async () => {
    const t = newSite();
    await t.call(APP, 'POST', '/rest/api/3/issue', {
      body: issueBody({ issuetype: { name: 'Task' } }),
      fromApp: true,
    });
    expect(t.events[0]).toMatchObject({
      eventType: 'avi:jira:created:issue',
      cause: { kind: 'app' },
      causedByApp: true,
      payload: {
        atlassianId: t.site.appAccountId,
        issue: { key: 'CHG-1', fields: { reporter: { accountId: t.site.appAccountId } } },
      },
    });
  });
});

describe('bulk create', () => {
  const task = (summary: string, fields: Record<string, unknown> = {}) =>
    issueBody({ issuetype: { name: 'Task' }, summary, ...fields });

  it('creates up to 50 issues in order', async () => {
    const t = newSite();
    const issueUpdates = Array.from({ length: 50 }, (_, i) => task(`Step ${i + 1}`));
    const res = await t.call(APP, 'POST', '/rest/api/3/issue/bulk', { body: { issueUpdates } });
    expect(res.status).toBe(201);
    const body = res.body as { issues: Array<{ key: string }>; errors: unknown[] };
    expect(body.issues).toHaveLength(50);
    expect(body.issues[49]?.key).toBe('CHG-50');
    expect(body.errors).toEqual([]);
  });

  it('refuses more than 50 without creating anything', async () => {
    const t = newSite();
    const issueUpdates = Array.from({ length: 51 }, (_, i) => task(`Step ${i + 1}`));
    const res = await t.call(APP, 'POST', '/rest/api/3/issue/bulk', { body: { issueUpdates } });
    expect(res.status).toBe(400);
    const search = await t.call('admin', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = CHG' },
    });
    expect(search.body).toMatchObject({ issues: [] });
  });

  it('reports failed entries by index next to the created ones', async () => {
    const t = newSite();
    const res = await t.call(APP, 'POST', '/rest/api/3/issue/bulk', {
      body: {
        issueUpdates: [task('ok 1'), task('bad due', { duedate: '2027-02-31' }), task('ok 2')],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      issues: [
        expect.objectContaining({ key: 'CHG-1' }),
        expect.objectContaining({ key: 'CHG-2' }),
      ],
      errors: [
        {
          status: 400,
          elementErrors: {
            errorMessages: [],
            errors: { duedate: 'Error parsing date string: 2027-02-31' },
            status: 400,
          },
          failedElementNumber: 1,
        },
      ],
    });
  });

  it('answers 400 when every entry fails', async () => {
    const t = newSite();
    const res = await t.call(APP, 'POST', '/rest/api/3/issue/bulk', {
      body: {
        issueUpdates: [
          issueBody({ issuetype: { name: 'Sub-task' } }),
          issueBody({ issuetype: { name: 'Nope' } }),
        ],
      },
    });
    expect(res.status).toBe(400);
    expect((res.body as { errors: unknown[] }).errors).toHaveLength(2);
  });

  it('fails injected entries the way Jira reports failures', async () => {
    const t = newSite();
    const res = await t.call(APP, 'POST', '/rest/api/3/issue/bulk', {
      body: { issueUpdates: [task('a'), task('b'), task('c'), task('d')] },
      bulkFailIndexes: [1, 3],
    });
    expect(res.status).toBe(201);
    const body = res.body as {
      issues: Array<{ key: string }>;
      errors: Array<{ failedElementNumber: number }>;
    };
    expect(body.issues.map((i) => i.key)).toEqual(['CHG-1', 'CHG-2']);
    expect(body.errors.map((e) => e.failedElementNumber)).toEqual([1, 3]);
  });

  it('carries sub-tasks, properties and links in one payload', async () => {
    const t = newSite();
    const cr = await createKey(t, { issuetype: { name: 'Change Request' } });
    const res = await t.call(APP, 'POST', '/rest/api/3/issue/bulk', {
      body: {
        issueUpdates: [
          {
            fields: {
              project: { key: 'CHG' },
              issuetype: { name: 'Change Approval' },
              summary: 'Approval',
              parent: { key: cr },
              assignee: { accountId: 'cx-director' },
            },
            properties: [
              {
                key: 'change-governance.step',
                value: { changeRequest: cr, kind: 'approval', stepId: 'cx-director' },
              },
            ],
          },
          {
            fields: {
              project: { key: 'CHG' },
              issuetype: { name: 'Task' },
              summary: 'Customer notice',
              duedate: '2027-01-01',
            },
            update: {
              issuelinks: [{ add: { type: { name: 'Relates' }, inwardIssue: { key: cr } } }],
            },
            properties: [
              {
                key: 'change-governance.step',
                value: { changeRequest: cr, kind: 'comms', stepId: 'notice' },
              },
            ],
          },
        ],
      },
      fromApp: true,
    });
    expect(res.status).toBe(201);
    const view = await t.call(
      'requester',
      'GET',
      `/rest/api/3/issue/${cr}?fields=subtasks,issuelinks`,
    );
    expect(view.body).toMatchObject({
      fields: {
        subtasks: [{ key: 'CHG-2' }],
        issuelinks: [{ type: { name: 'Relates' }, outwardIssue: { key: 'CHG-3' } }],
      },
    });
    expect(t.events.map((e) => e.eventType)).toEqual([
      'avi:jira:created:issue',
      'avi:jira:created:issue',
      'avi:jira:created:issue',
      'avi:jira:created:issuelink',
    ]);
  });
});

describe('comments and links', () => {
  it('adds and lists ADF comments and emits commented events', async () => {
    const t = newSite();
    const key = await createKey(t, { issuetype: { name: 'Task' } });
    const added = await t.call('cx-lead', 'POST', `/rest/api/3/issue/${key}/comment`, {
      body: { body: adfDoc('Looks fine') },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      author: { accountId: 'cx-lead' },
      body: adfDoc('Looks fine'),
    });
    const empty = await t.call('cx-lead', 'POST', `/rest/api/3/issue/${key}/comment`, {
      body: { body: 'plain' },
    });
    expect(empty.status).toBe(400);
    const list = await t.call('requester', 'GET', `/rest/api/3/issue/${key}/comment`);
    expect(list.body).toMatchObject({ total: 1, comments: [{ body: adfDoc('Looks fine') }] });
    expect(t.events.at(-1)).toMatchObject({
      eventType: 'avi:jira:commented:issue',
      payload: { issue: { key }, comment: { author: { accountId: 'cx-lead' } } },
    });
  });

  it('links two issues: inwardIssue is the one that "blocks", as Jira Cloud does', async () => {
    const t = newSite();
    const a = await createKey(t, { issuetype: { name: 'Task' } });
    const b = await createKey(t, { issuetype: { name: 'Task' } });
    const res = await t.call('requester', 'POST', '/rest/api/3/issueLink', {
      body: { type: { name: 'Blocks' }, inwardIssue: { key: a }, outwardIssue: { key: b } },
    });
    expect(res.status).toBe(201);
    const aView = await t.call('requester', 'GET', `/rest/api/3/issue/${a}?fields=issuelinks`);
    expect(aView.body).toMatchObject({
      fields: { issuelinks: [{ type: { outward: 'blocks' }, outwardIssue: { key: b } }] },
    });
    expect(t.events.at(-1)).toMatchObject({
      eventType: 'avi:jira:created:issuelink',
      payload: {
        sourceIssueId: '10000',
        destinationIssueId: '10001',
        issueLinkType: { name: 'Blocks' },
      },
    });
    const linkId =
      (aView.body as { fields: { issuelinks: Array<{ id: string }> } }).fields.issuelinks[0]?.id ??
      '';
    const link = await t.call('requester', 'GET', `/rest/api/3/issueLink/${linkId}`);
    expect(link.body).toMatchObject({
      type: { name: 'Blocks' },
      inwardIssue: { key: a },
      outwardIssue: { key: b },
    });
    const removed = await t.call('requester', 'DELETE', `/rest/api/3/issueLink/${linkId}`);
    expect(removed.status).toBe(204);
    expect(t.events.at(-1)).toMatchObject({
      eventType: 'avi:jira:deleted:issuelink',
      payload: { id: linkId },
    });
    const bView = await t.call('requester', 'GET', `/rest/api/3/issue/${b}?fields=issuelinks`);
    expect(bView.body).toMatchObject({ fields: { issuelinks: [] } });
    const types = await t.call('requester', 'GET', '/rest/api/3/issueLinkType');
    const names = (types.body as { issueLinkTypes: Array<{ name: string }> }).issueLinkTypes.map(
      (l) => l.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Blocks', 'Relates', 'Cloners']));
  });
});

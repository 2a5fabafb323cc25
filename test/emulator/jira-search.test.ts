// Enhanced JQL search: the JQL the app uses, Jira's errors, and nextPageToken paging.
import { createCheckedSite, type CheckedSite } from '../../emulator/jira/testing/checked-client';
import { APP_PROPERTY_INDEXES, TestClock } from '../../emulator/jira/testing/builders';

const APP = { kind: 'app' } as const;

interface Seeded {
  t: CheckedSite;
  clock: TestClock;
}

// CHG-1..3 change requests, CHG-4 an approval under CHG-1, CHG-5 a comms task.
async function seeded(): Promise<Seeded> {
  const clock = new TestClock('2026-11-23T10:15:00.000Z');
  const t = createCheckedSite({ now: clock.now });
  t.setIndexes(APP_PROPERTY_INDEXES);
  const create = async (
    fields: Record<string, unknown>,
    properties: Array<{ key: string; value: unknown }> = [],
  ) => {
    const res = await t.call(APP, 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'CHG' }, ...fields }, properties },
    });
    expect(res.status).toBe(201);
    clock.advance(60_000);
  };
  await create(
    {
      issuetype: { name: 'Change Request' },
      summary: 'Price increase for all plans',
      labels: ['pricing'],
      duedate: '2027-06-01',
      assignee: { accountId: 'cx-lead' },
    },
    [
      {
        key: 'change-governance.assessment',
        value: {
          status: 'assessed',
          tier: 1,
          score: 70,
          launchDate: '2027-06-01',
          leadTime: { compliant: true },
        },
      },
      {
        key: 'change-governance.intake',
        value: {
          launchDate: '2027-06-01',
          segments: ['smb', 'enterprise'],
          touchpoints: ['billing'],
        },
      },
    ],
  );
  await create({ issuetype: { name: 'Change Request' }, summary: 'Checkout copy tweak' }, [
    {
      key: 'change-governance.assessment',
      value: {
        status: 'assessed',
        tier: 3,
        score: 30,
        launchDate: '2027-02-01',
        leadTime: { compliant: false },
      },
    },
    { key: 'change-governance.intake', value: { launchDate: '2027-02-01', segments: ['smb'] } },
  ]);
  await create(
    {
      issuetype: { name: 'Change Request' },
      summary: 'Retire the legacy app',
      labels: ['pricing', 'beta'],
      duedate: '2027-01-15',
    },
    [
      {
        key: 'change-governance.assessment',
        value: { status: 'needs-input', missing: ['answers.history'] },
      },
    ],
  );
  await create(
    {
      issuetype: { name: 'Change Approval' },
      summary: 'Approval: VP Customer Experience',
      parent: { key: 'CHG-1' },
      assignee: { accountId: 'vp-cx' },
    },
    [
      {
        key: 'change-governance.step',
        value: { changeRequest: 'CHG-1', kind: 'approval', stepId: 'vp-cx' },
      },
    ],
  );
  await create(
    { issuetype: { name: 'Task' }, summary: 'First customer notice', duedate: '2026-12-01' },
    [
      {
        key: 'change-governance.step',
        value: { changeRequest: 'CHG-1', kind: 'comms', stepId: 'first-notice' },
      },
    ],
  );
  return { t, clock };
}

async function keys(
  t: CheckedSite,
  jql: string,
  actor: string | typeof APP = 'requester',
): Promise<string[]> {
  const res = await t.call(actor, 'POST', '/rest/api/3/search/jql', {
    body: { jql, fields: ['key'], maxResults: 100 },
  });
  if (res.status !== 200) throw new Error(`${jql} → ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { issues: Array<{ key: string }> }).issues.map((i) => i.key);
}

async function errorsOf(t: CheckedSite, jql: string): Promise<string[]> {
  const res = await t.call('requester', 'POST', '/rest/api/3/search/jql', { body: { jql } });
  expect(res.status).toBe(400);
  return (res.body as { errorMessages: string[] }).errorMessages;
}

let site: Seeded;
beforeAll(async () => {
  site = await seeded();
});

describe('JQL fields', () => {
  it.each([
    ['project = CHG', ['CHG-5', 'CHG-4', 'CHG-3', 'CHG-2', 'CHG-1']],
    ['project = "Customer Changes" AND issuetype = "Change Request"', ['CHG-3', 'CHG-2', 'CHG-1']],
    ['issuetype in ("Change Approval", Task)', ['CHG-5', 'CHG-4']],
    ['type = 10004', ['CHG-4']],
    ['issuetype in subTaskIssueTypes()', ['CHG-4']],
    ['status = Draft', ['CHG-3', 'CHG-2', 'CHG-1']],
    ['status = Pending OR status = "To Do"', ['CHG-5', 'CHG-4']],
    ['statusCategory = "To Do"', ['CHG-5', 'CHG-4', 'CHG-3', 'CHG-2', 'CHG-1']],
    ['statusCategory != new', []],
    ['key = CHG-2', ['CHG-2']],
    ['issuekey in (CHG-1, CHG-3)', ['CHG-3', 'CHG-1']],
    ['key > CHG-3', ['CHG-5', 'CHG-4']],
    ['key <= CHG-2 AND project = CHG', ['CHG-2', 'CHG-1']],
    ['parent = CHG-1', ['CHG-4']],
    ['parent in (CHG-2, CHG-1)', ['CHG-4']],
    ['project = CHG AND parent is EMPTY AND issuetype = Task', ['CHG-5']],
    ['assignee = cx-lead', ['CHG-1']],
    ['assignee is EMPTY', ['CHG-5', 'CHG-3', 'CHG-2']],
    ['assignee != cx-lead', ['CHG-4']],
    [
      'assignee in membersOf("jira-users") AND reporter = change-governance-app',
      ['CHG-4', 'CHG-1'],
    ],
    ['labels = pricing', ['CHG-3', 'CHG-1']],
    ['labels not in (beta)', ['CHG-1']],
    ['labels is EMPTY', ['CHG-5', 'CHG-4', 'CHG-2']],
    ['duedate >= "2027-01-01"', ['CHG-3', 'CHG-1']],
    ['duedate < 2027-01-01', ['CHG-5']],
    ['due = "2027/01/15"', ['CHG-3']],
    ['duedate is EMPTY', ['CHG-4', 'CHG-2']],
    ['created >= "2026-11-23 10:17"', ['CHG-5', 'CHG-4', 'CHG-3']],
    ['created < "2026-11-23 10:16" AND created >= startOfDay()', ['CHG-1']],
    ['summary ~ "copy"', ['CHG-2']],
    ['summary ~ "price plans"', ['CHG-1']],
    ['summary !~ notice AND project = CHG', ['CHG-4', 'CHG-3', 'CHG-2', 'CHG-1']],
    ['text ~ legacy', ['CHG-3']],
  ])('%s', async (jql, expected) => {
    expect(await keys(site.t, jql)).toEqual(expected);
  });

  it('currentUser() is the caller', async () => {
    expect(await keys(site.t, 'assignee = currentUser()', 'vp-cx')).toEqual(['CHG-4']);
    expect(await keys(site.t, 'reporter = currentUser()', APP)).toHaveLength(5);
  });
});

describe('entity properties in JQL', () => {
  it.each([
    ['issue.property[change-governance.assessment].tier = 1', ['CHG-1']],
    ['issue.property["change-governance.assessment"].tier in (1, 3)', ['CHG-2', 'CHG-1']],
    ['changeTier > 1', ['CHG-2']],
    ['changeTier <= 3 AND changeScore >= 50', ['CHG-1']],
    ['changeTier is EMPTY AND project = CHG', ['CHG-5', 'CHG-4', 'CHG-3']],
    ['changeAssessmentStatus = "needs-input"', ['CHG-3']],
    ['changeAssessmentStatus != assessed', ['CHG-3']],
    ['changeLeadTimeCompliant = "true"', ['CHG-1']],
    // `false` is a JQL reserved word, so it is quoted as in Jira.
    ['issue.property[change-governance.assessment].leadTime.compliant = "false"', ['CHG-2']],
    ['changeSegment = smb', ['CHG-2', 'CHG-1']],
    ['changeSegment = enterprise', ['CHG-1']],
    ['changeSegment != enterprise', ['CHG-2']],
    ['changeSegment in (enterprise, startup)', ['CHG-1']],
    ['changeLaunchDate < "2027-03-01"', ['CHG-2']],
    ['changeIntakeLaunchDate >= 2027-06-01', ['CHG-1']],
    ['changeStepKind = comms AND changeStepRequest = CHG-1', ['CHG-5']],
    ['changeStepRequest = CHG-1 ORDER BY changeStepKind ASC', ['CHG-4', 'CHG-5']],
  ])('%s', async (jql, expected) => {
    expect(await keys(site.t, jql)).toEqual(expected);
  });

  it('refuses a property path no entity property module declares', async () => {
    expect(
      await errorsOf(site.t, 'issue.property[change-governance.assessment].configVersion = 1'),
    ).toEqual([
      "Field 'issue.property[change-governance.assessment].configVersion' does not exist or you do not have permission to view it.",
    ]);
  });

  it('types values as declared', async () => {
    expect(await errorsOf(site.t, 'changeTier = high')).toEqual([
      "Value 'high' is invalid for the 'changeTier' field.",
    ]);
    expect(await errorsOf(site.t, 'changeLaunchDate > soon')).toEqual([
      expect.stringContaining("Date value 'soon' for field 'changeLaunchDate' is invalid"),
    ]);
  });
});

describe('ORDER BY', () => {
  it.each([
    ['project = CHG ORDER BY key ASC', ['CHG-1', 'CHG-2', 'CHG-3', 'CHG-4', 'CHG-5']],
    ['project = CHG ORDER BY created DESC', ['CHG-5', 'CHG-4', 'CHG-3', 'CHG-2', 'CHG-1']],
    // Issues without a value sort last ascending and first descending.
    ['project = CHG ORDER BY duedate ASC', ['CHG-5', 'CHG-3', 'CHG-1', 'CHG-4', 'CHG-2']],
    ['project = CHG ORDER BY duedate DESC', ['CHG-4', 'CHG-2', 'CHG-1', 'CHG-3', 'CHG-5']],
    ['issuetype = "Change Request" ORDER BY changeTier DESC', ['CHG-3', 'CHG-2', 'CHG-1']],
    [
      'issuetype = "Change Request" ORDER BY issue.property[change-governance.assessment].tier ASC',
      ['CHG-1', 'CHG-2', 'CHG-3'],
    ],
    [
      'project = CHG ORDER BY issuetype ASC, summary DESC',
      ['CHG-4', 'CHG-3', 'CHG-1', 'CHG-2', 'CHG-5'],
    ],
    ['project = CHG ORDER BY assignee ASC, key ASC', ['CHG-1', 'CHG-4', 'CHG-2', 'CHG-3', 'CHG-5']],
  ])('%s', async (jql, expected) => {
    expect(await keys(site.t, jql)).toEqual(expected);
  });

  it('refuses a field that cannot sort', async () => {
    expect(await errorsOf(site.t, 'project = CHG ORDER BY labels')).toEqual([
      "Field 'labels' does not support sorting.",
    ]);
  });
});

describe('JQL logic', () => {
  it.each([
    ['project = CHG AND NOT (issuetype = Task OR labels = pricing)', ['CHG-4', 'CHG-2']],
    ['labels = beta OR assignee = vp-cx AND issuetype = "Change Approval"', ['CHG-4', 'CHG-3']],
    ['(labels = beta OR assignee = vp-cx) AND issuetype = "Change Approval"', ['CHG-4']],
    [
      'project = CHG AND issuetype != "Change Request" AND status not in (Done, "Won\'t do")',
      ['CHG-5', 'CHG-4'],
    ],
  ])('%s', async (jql, expected) => {
    expect(await keys(site.t, jql)).toEqual(expected);
  });
});

describe('JQL errors', () => {
  it('answers a syntax error in Jira’s style', async () => {
    const [message] = await errorsOf(site.t, 'project = CHG AND (');
    expect(message).toMatch(/^Error in the JQL Query: .* \(line 1, character \d+\)$/);
  });

  it.each([
    [
      'fixVersion = 1.0',
      "Field 'fixVersion' does not exist or you do not have permission to view it.",
    ],
    ['status = Shipped', "The value 'Shipped' does not exist for the field 'status'."],
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['key = CHG-999', "An issue with key 'CHG-999' does not exist for field 'key'."],
    ['assignee = ghost', "The value 'ghost' does not exist for the field 'assignee'."],
    ['summary = "Price increase"', "The operator '=' is not supported by the 'summary' field."],
    ['project ~ CHG', "The operator '~' is not supported by the 'project' field."],
    ['assignee = nobodyKnows()', "Unable to find JQL function 'nobodyKnows()'."],
    [
      'duedate > "next week"',
      expect.stringContaining("Date value 'next week' for field 'duedate' is invalid"),
    ],
  ])('%s', async (jql, message) => {
    expect(await errorsOf(site.t, jql)).toEqual([message]);
  });

  it('refuses an unbounded query', async () => {
    expect(await errorsOf(site.t, 'ORDER BY key DESC')).toEqual([
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    ]);
    expect(await errorsOf(site.t, '')).toHaveLength(1);
  });

  it('reports every problem it finds', async () => {
    expect(await errorsOf(site.t, 'status = Shipped AND foo = bar')).toHaveLength(2);
  });
});

describe('search results', () => {
  it('returns ids only by default, the requested fields and properties otherwise', async () => {
    const byDefault = await site.t.call(
      'requester',
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent('key = CHG-1')}`,
    );
    expect(byDefault.body).toEqual({
      isLast: true,
      issues: [expect.not.objectContaining({ fields: expect.anything() })],
    });
    expect(byDefault.body).toMatchObject({ issues: [{ id: '10000', key: 'CHG-1' }] });

    const chosen = await site.t.call('requester', 'POST', '/rest/api/3/search/jql', {
      body: {
        jql: 'key = CHG-1',
        fields: ['summary', 'status'],
        properties: ['change-governance.assessment'],
        expand: 'names',
      },
    });
    expect(chosen.body).toMatchObject({
      issues: [
        {
          key: 'CHG-1',
          fields: { summary: 'Price increase for all plans', status: { name: 'Draft' } },
          properties: { 'change-governance.assessment': { tier: 1 } },
        },
      ],
      names: { summary: 'Summary', status: 'Status' },
    });
    const fields =
      (chosen.body as { issues: Array<{ fields: Record<string, unknown> }> }).issues[0]?.fields ??
      {};
    expect(Object.keys(fields).sort()).toEqual(['status', 'summary']);

    const allButComments = await site.t.call(
      'requester',
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent('key = CHG-1')}&fields=*all,-comment`,
    );
    const all =
      (allButComments.body as { issues: Array<{ fields: Record<string, unknown> }> }).issues[0]
        ?.fields ?? {};
    expect(all).toHaveProperty('issuelinks');
    expect(all).not.toHaveProperty('comment');
  });

  it('limits a request to 5 properties', async () => {
    const res = await site.t.call('requester', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = CHG', properties: ['a', 'b', 'c', 'd', 'e', 'f'] },
    });
    expect(res.status).toBe(400);
  });
});

describe('paging', () => {
  it('walks the result with nextPageToken until isLast', async () => {
    const jql = 'project = CHG ORDER BY key ASC';
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    for (;;) {
      const res = await site.t.call('requester', 'POST', '/rest/api/3/search/jql', {
        body: {
          jql,
          maxResults: 2,
          fields: ['key'],
          ...(token === undefined ? {} : { nextPageToken: token }),
        },
      });
      expect(res.status).toBe(200);
      const body = res.body as {
        issues: Array<{ key: string }>;
        isLast: boolean;
        nextPageToken?: string;
      };
      pages += 1;
      seen.push(...body.issues.map((i) => i.key));
      if (body.isLast) {
        expect(body.nextPageToken).toBeUndefined();
        break;
      }
      expect(body.nextPageToken).toEqual(expect.any(String));
      token = body.nextPageToken;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['CHG-1', 'CHG-2', 'CHG-3', 'CHG-4', 'CHG-5']);
  });

  it('refuses a token that belongs to another query', async () => {
    const first = await site.t.call('requester', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = CHG', maxResults: 1 },
    });
    const token = (first.body as { nextPageToken: string }).nextPageToken;
    const other = await site.t.call('requester', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'issuetype = Task', maxResults: 1, nextPageToken: token },
    });
    expect(other.status).toBe(400);
  });

  it('takes maxResults between 1 and 5000, defaulting to 50', async () => {
    for (const maxResults of [0, 5001]) {
      const res = await site.t.call('requester', 'POST', '/rest/api/3/search/jql', {
        body: { jql: 'project = CHG', maxResults },
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        errorMessages: ['The max results parameter has to be between 1 and 5,000.'],
      });
    }
    const max = await site.t.call('requester', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = CHG', maxResults: 5000 },
    });
    expect(max.status).toBe(200);
  });

  it('pages 50 by default and at most 100 when fields are requested', async () => {
    const clock = new TestClock('2026-11-23T10:15:00.000Z');
    const t = createCheckedSite({ now: clock.now });
    for (let batch = 0; batch < 3; batch += 1) {
      const issueUpdates = Array.from({ length: 40 }, (_, i) => ({
        fields: {
          project: { key: 'CHG' },
          issuetype: { name: 'Task' },
          summary: `Task ${batch * 40 + i + 1}`,
        },
      }));
      const res = await t.call(APP, 'POST', '/rest/api/3/issue/bulk', { body: { issueUpdates } });
      expect(res.status).toBe(201);
    }
    const ids = await t.call('requester', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = CHG' },
    });
    expect((ids.body as { issues: unknown[] }).issues).toHaveLength(50);
    const idsOnly = await t.call('requester', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = CHG', maxResults: 1000 },
    });
    expect(idsOnly.body).toMatchObject({ isLast: true });
    expect((idsOnly.body as { issues: unknown[] }).issues).toHaveLength(120);
    const withFields = await t.call('requester', 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = CHG', maxResults: 1000, fields: ['summary'] },
    });
    expect((withFields.body as { issues: unknown[] }).issues).toHaveLength(100);
    expect(withFields.body).toMatchObject({ isLast: false, nextPageToken: expect.any(String) });
  });
});

// Equalities are answered from indexes; every change to an issue must reach them before the next search.
describe('searches after changes', () => {
  it('sees property writes, edits, re-parenting and deletions at once', async () => {
    const { t } = await seeded();
    const step = (changeRequest: string) => ({ changeRequest, kind: 'comms', stepId: 'x' });
    const byRequest = (key: string) => keys(t, `changeStepRequest = ${key} ORDER BY key ASC`, APP);
    expect(await byRequest('CHG-1')).toEqual(['CHG-4', 'CHG-5']);

    const put = await t.call(
      APP,
      'PUT',
      '/rest/api/3/issue/CHG-5/properties/change-governance.step',
      {
        body: step('CHG-2'),
      },
    );
    expect(put.status).toBe(200);
    expect(await byRequest('CHG-1')).toEqual(['CHG-4']);
    expect(await byRequest('CHG-2')).toEqual(['CHG-5']);

    const edit = await t.call(APP, 'PUT', '/rest/api/3/issue/CHG-2', {
      body: { properties: [{ key: 'change-governance.step', value: step('CHG-3') }] },
    });
    expect(edit.status).toBe(204);
    expect(await byRequest('CHG-3')).toEqual(['CHG-2']);

    const removed = await t.call(
      APP,
      'DELETE',
      '/rest/api/3/issue/CHG-5/properties/change-governance.step',
    );
    expect(removed.status).toBe(204);
    expect(await byRequest('CHG-2')).toEqual([]);
    expect(await keys(t, 'changeStepRequest in (CHG-1, CHG-3) OR key = CHG-5', APP)).toEqual([
      'CHG-5',
      'CHG-4',
      'CHG-2',
    ]);

    const created = await t.call(APP, 'POST', '/rest/api/3/issue', {
      body: {
        fields: {
          project: { key: 'CHG' },
          issuetype: { name: 'Change Approval' },
          summary: 'Approval: finance',
          parent: { key: 'CHG-2' },
        },
        properties: [{ key: 'change-governance.step', value: step('CHG-1') }],
      },
    });
    expect(created.status).toBe(201);
    expect(await byRequest('CHG-1')).toEqual(['CHG-4', 'CHG-6']);
    expect(await keys(t, 'parent = CHG-2', APP)).toEqual(['CHG-6']);
    expect(
      await keys(t, 'parent in (CHG-1, CHG-2) AND issuetype = "Change Approval"', APP),
    ).toEqual(['CHG-6', 'CHG-4']);

    const deleted = await t.call(APP, 'DELETE', '/rest/api/3/issue/CHG-4');
    expect(deleted.status).toBe(204);
    expect(await byRequest('CHG-1')).toEqual(['CHG-6']);
    expect(await keys(t, 'parent = CHG-1', APP)).toEqual([]);
    // EMPTY among the values also matches issues without one, which no index lists.
    expect(await keys(t, 'changeStepRequest in (CHG-3, EMPTY) AND issuetype = Task', APP)).toEqual([
      'CHG-5',
    ]);
  });
});

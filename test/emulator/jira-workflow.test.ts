// Workflows: transitions per status, Forge validators that can refuse, and the events a move emits.
import { createCheckedSite, type CheckedSite } from '../../emulator/jira/testing/checked-client';
import { adfDoc, TestClock } from '../../emulator/jira/testing/builders';

function newSite(): { t: CheckedSite; clock: TestClock } {
  const clock = new TestClock('2026-11-23T10:15:00.000Z');
  return { t: createCheckedSite({ now: clock.now }), clock };
}

async function create(
  t: CheckedSite,
  type: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.call('requester', 'POST', '/rest/api/3/issue', {
    body: {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: type },
        summary: `${type} under test`,
        ...extra,
      },
    },
  });
  expect(res.status).toBe(201);
  return (res.body as { key: string }).key;
}

async function transitionNames(
  t: CheckedSite,
  key: string,
  actor = 'requester',
): Promise<string[]> {
  const res = await t.call(actor, 'GET', `/rest/api/3/issue/${key}/transitions`);
  expect(res.status).toBe(200);
  return (res.body as { transitions: Array<{ name: string }> }).transitions.map((tr) => tr.name);
}

async function statusOf(t: CheckedSite, key: string): Promise<unknown> {
  const res = await t.call('requester', 'GET', `/rest/api/3/issue/${key}?fields=status`);
  return (res.body as { fields: { status: unknown } }).fields.status;
}

async function move(
  t: CheckedSite,
  key: string,
  id: string,
  actor = 'requester',
  extra: Record<string, unknown> = {},
) {
  return t.call(actor, 'POST', `/rest/api/3/issue/${key}/transitions`, {
    body: { transition: { id }, ...extra },
  });
}

describe('the Change Request workflow', () => {
  it('offers the transitions of the current status, with their target statuses', async () => {
    const { t } = newSite();
    const key = await create(t, 'Change Request');
    const res = await t.call('requester', 'GET', `/rest/api/3/issue/${key}/transitions`);
    expect(res.body).toMatchObject({
      transitions: [
        {
          id: '11',
          name: 'Submit',
          to: { name: 'In review', statusCategory: { key: 'indeterminate' } },
        },
        { id: '51', name: 'Decline', to: { name: 'Declined', statusCategory: { key: 'done' } } },
      ],
    });
    expect(await move(t, key, '11')).toMatchObject({ status: 204 });
    expect(await transitionNames(t, key)).toEqual(['Approve', 'Decline']);
  });

  it('runs the Approve validator and refuses with its message, changing nothing', async () => {
    const { t } = newSite();
    const key = await create(t, 'Change Request');
    await move(t, key, '11');
    t.events.length = 0;
    t.setVerdict(() => ({ ok: false, errorMessage: 'Approvals are still pending: CHG-2' }));
    const refused = await move(t, key, '21', 'requester', {
      update: { comment: [{ add: { body: adfDoc('please') } }] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errorMessages: ['Approvals are still pending: CHG-2'],
      errors: {},
    });
    expect(await statusOf(t, key)).toMatchObject({ name: 'In review' });
    expect(t.events).toHaveLength(0);
    const comments = await t.call('requester', 'GET', `/rest/api/3/issue/${key}/comment`);
    expect(comments.body).toMatchObject({ total: 0 });
    expect(t.transitionChecks.at(-1)).toEqual({
      issueKey: key,
      issueId: '10000',
      transition: { id: '21', name: 'Approve', from: { id: '10001' }, to: { id: '10002' } },
      validatorModuleKeys: ['approvals-complete-validator'],
      actor: { kind: 'user', accountId: 'requester' },
      // The transition screen's edits, which validators receive: none in this request.
      modifiedFields: {},
    });
  });

  it('moves when the validators allow it and emits an updated event with the status change', async () => {
    const { t, clock } = newSite();
    const key = await create(t, 'Change Request');
    await move(t, key, '11');
    clock.advance(60_000);
    t.events.length = 0;
    const res = await move(t, key, '21');
    expect(res.status).toBe(204);
    expect(await statusOf(t, key)).toMatchObject({
      name: 'Approved',
      statusCategory: { key: 'indeterminate' },
    });
    expect(t.events).toEqual([
      expect.objectContaining({
        eventType: 'avi:jira:updated:issue',
        payload: expect.objectContaining({
          issue: expect.objectContaining({ key }),
          changelog: {
            id: expect.any(String),
            items: [
              {
                field: 'status',
                fieldtype: 'jira',
                fieldId: 'status',
                from: '10001',
                fromString: 'In review',
                to: '10002',
                toString: 'Approved',
              },
            ],
          },
        }),
      }),
    ]);
    const view = await t.call('requester', 'GET', `/rest/api/3/issue/${key}?fields=updated`);
    expect(view.body).toMatchObject({ fields: { updated: '2026-11-23T10:16:00.000+0000' } });
  });

  it('runs the lead-time validator on Schedule only, and no validator on Submit', async () => {
    const { t } = newSite();
    const key = await create(t, 'Change Request');
    await move(t, key, '11');
    await move(t, key, '21');
    await move(t, key, '31');
    expect(t.transitionChecks.map((c) => c.validatorModuleKeys)).toEqual([
      ['approvals-complete-validator'],
      ['lead-time-validator'],
    ]);
    expect(await statusOf(t, key)).toMatchObject({ name: 'Scheduled' });
  });

  it('refuses a transition the current status does not offer', async () => {
    const { t } = newSite();
    const key = await create(t, 'Change Request');
    const res = await move(t, key, '41');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errorMessages: ["Transition id '41' is not valid for this issue."],
      errors: {},
    });
  });

  it('can decline from Draft, In review and Approved, not from Scheduled', async () => {
    const { t } = newSite();
    const key = await create(t, 'Change Request');
    expect(await transitionNames(t, key)).toContain('Decline');
    await move(t, key, '11');
    await move(t, key, '21');
    expect(await transitionNames(t, key)).toContain('Decline');
    await move(t, key, '31');
    expect(await transitionNames(t, key)).toEqual(['Done']);
  });

  it('adds a comment given with the transition and emits commented as well', async () => {
    const { t } = newSite();
    const key = await create(t, 'Change Request');
    t.events.length = 0;
    const res = await move(t, key, '11', 'requester', {
      update: { comment: [{ add: { body: adfDoc('Ready for review') } }] },
    });
    expect(res.status).toBe(204);
    expect(t.events.map((e) => e.eventType)).toEqual([
      'avi:jira:updated:issue',
      'avi:jira:commented:issue',
    ]);
  });
});

describe('the Change Approval workflow', () => {
  it('runs the approver validator on Approve and Decline and ends in done statuses', async () => {
    const { t } = newSite();
    const parent = await create(t, 'Change Request');
    const approval = await create(t, 'Change Approval', {
      parent: { key: parent },
      assignee: { accountId: 'cx-director' },
    });
    t.setVerdict((check) =>
      check.actor.kind === 'user' && check.actor.accountId === 'cx-director'
        ? { ok: true }
        : { ok: false, errorMessage: 'Only the assigned approver can decide this approval.' },
    );
    const byOther = await move(t, approval, '11', 'requester');
    expect(byOther.status).toBe(400);
    expect(byOther.body).toMatchObject({
      errorMessages: ['Only the assigned approver can decide this approval.'],
    });
    const byApprover = await move(t, approval, '11', 'cx-director');
    expect(byApprover.status).toBe(204);
    expect(await statusOf(t, approval)).toMatchObject({
      name: 'Approved',
      statusCategory: { key: 'done' },
    });
    expect(t.transitionChecks.at(-1)?.validatorModuleKeys).toEqual(['approver-only-validator']);
  });
});

describe('the Task workflow', () => {
  it("goes To Do → In Progress → Done, and Won't do closes it from either open status", async () => {
    const { t } = newSite();
    const key = await create(t, 'Task');
    expect(await transitionNames(t, key)).toEqual(['Start', "Won't do"]);
    await move(t, key, '11');
    expect(await transitionNames(t, key)).toEqual(['Done', "Won't do"]);
    await move(t, key, '31');
    expect(await statusOf(t, key)).toMatchObject({
      name: "Won't do",
      statusCategory: { key: 'done' },
    });
    expect(await transitionNames(t, key)).toEqual([]);
    expect(t.transitionChecks).toHaveLength(0);
  });

  it('is resolved when it reaches Done: resolution and resolution date, on search too', async () => {
    const { t, clock } = newSite();
    const key = await create(t, 'Task');
    const read = async () =>
      (
        (
          await t.call('requester', 'POST', '/rest/api/3/search/jql', {
            body: {
              jql: `key = ${key}`,
              fields: ['resolution', 'resolutiondate', 'statuscategorychangedate'],
            },
          })
        ).body as { issues: Array<{ fields: Record<string, unknown> }> }
      ).issues[0]?.fields;
    expect(await read()).toMatchObject({ resolution: null, resolutiondate: null });
    clock.advance(86_400_000);
    await move(t, key, '11');
    // In progress is not done: still unresolved, though the status category moved.
    expect(await read()).toMatchObject({
      resolutiondate: null,
      statuscategorychangedate: '2026-11-24T10:15:00.000+0000',
    });
    clock.advance(2 * 86_400_000);
    await move(t, key, '21');
    expect(await read()).toEqual({
      resolution: expect.objectContaining({ name: 'Done' }) as unknown,
      resolutiondate: '2026-11-26T10:15:00.000+0000',
      statuscategorychangedate: '2026-11-26T10:15:00.000+0000',
    });
  });

  it('lists transitions with expand=transitions on the issue itself', async () => {
    const { t } = newSite();
    const key = await create(t, 'Task');
    const res = await t.call(
      'requester',
      'GET',
      `/rest/api/3/issue/${key}?expand=transitions&fields=status`,
    );
    expect(res.body).toMatchObject({ transitions: [{ name: 'Start' }, { name: "Won't do" }] });
  });
});

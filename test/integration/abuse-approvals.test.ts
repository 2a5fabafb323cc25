// The approval gate as a requester would attack it, through Jira REST exactly as a browser could (issue "Nobody
// can approve their own change"). Each case got past the gate before the app kept its own ticket registry and
// checked who decided; each must now be refused.
import {
  inDays,
  ok,
  raiseChangeRequest,
  ticketsOf,
  TIER_ANSWERS,
  transition,
  useEmulator,
} from '../support';

// The demo site for this file; every request the app makes is checked against Jira's contract.
const emu = useEmulator();

const STEP = 'change-governance.step';
const ASSESSMENT = 'change-governance.assessment';
const errorOf = (res: { body: unknown }) => JSON.stringify(res.body);

/** The Schedule gate as the issue panel shows it to the requester. */
const scheduleGate = async (key: string) => {
  const answer = (await emu.invoke({
    moduleKey: 'change-governance-panel',
    accountId: 'requester',
    functionKey: 'getIssueView',
    payload: {},
    extension: { type: 'jira:issuePanel', issue: { key } },
  })) as { ok: boolean; data?: { gates: { schedule: { pass: boolean; code?: string } } } };
  if (!answer.ok || !answer.data) throw new Error(`getIssueView failed for ${key}`);
  return answer.data.gates.schedule;
};

const issue = (key: string) =>
  ok<{
    id: string;
    fields: {
      status: { name: string; statusCategory: { key: string } };
      assignee: { accountId: string } | null;
      subtasks?: Array<{ key: string }>;
    };
  }>(emu, 'admin', 'GET', `/rest/api/3/issue/${key}?fields=status,assignee,subtasks`);

/** The approval sub-tasks Jira shows under a change request (not the app's own view of them). */
const approvalsUnder = async (key: string) => {
  const subtasks = (await issue(key)).fields.subtasks ?? [];
  return Promise.all(subtasks.map(async (s) => ({ key: s.key, ...(await issue(s.key)).fields })));
};

/** A tier-3 change, submitted, whose one approval (CX manager) is pending. */
async function submittedTier3(): Promise<{ key: string; approval: string }> {
  const key = await raiseChangeRequest(emu, { launchDate: inDays(150), answers: TIER_ANSWERS[3] });
  expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
  const [approval] = (await ticketsOf(emu, key)).filter((t) => t.step.kind === 'approval');
  if (!approval) throw new Error(`${key} has no approval`);
  return { key, approval: approval.key };
}

describe('a requester cannot get a change approved without its approvers', () => {
  it('a forged step property on another change’s approved approval counts for nothing, and the real approval stays open', async () => {
    const victim = await submittedTier3();
    const donor = await submittedTier3();
    expect((await transition(emu, 'cx-manager', donor.approval, 'Approve')).status).toBe(204);
    await emu.drain();

    // The probe: point the donor's approved approval at the victim.
    const forged = await emu.rest(
      'requester',
      'PUT',
      `/rest/api/3/issue/${donor.approval}/properties/${STEP}`,
      { changeRequest: victim.key, kind: 'approval', stepId: 'cx-manager', forTier: 3 },
    );
    expect(forged.status).toBeLessThan(300);
    // Anything that makes the app govern the victim again.
    await ok(emu, 'requester', 'PUT', `/rest/api/3/issue/${victim.key}`, {
      fields: { summary: 'Touched after the forgery' },
    });
    await emu.drain();

    const approve = await transition(emu, 'admin', victim.key, 'Approve');
    expect(approve.status).toBe(400);
    expect(errorOf(approve)).toContain('CX manager');
    // The victim's own approval was not closed as a "duplicate" of the forged one.
    expect((await issue(victim.approval)).fields.status.name).toBe('Pending');
  }, 60_000);

  it('approvals the requester reassigned to themselves and approved are not counted, and are asked again of the approver', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[1],
    });
    expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
    const approvals = await approvalsUnder(key);
    expect(approvals).toHaveLength(3);
    for (const a of approvals) {
      await ok(emu, 'requester', 'PUT', `/rest/api/3/issue/${a.key}`, {
        fields: { assignee: { accountId: 'requester' } },
      });
      // Jira's own approver check only compares the current assignee, so this goes through.
      expect((await transition(emu, 'requester', a.key, 'Approve')).status).toBe(204);
    }

    const approve = await transition(emu, 'admin', key, 'Approve');
    expect(approve.status).toBe(400);
    expect(errorOf(approve)).toMatch(/named approver|Waiting for approval/);

    await emu.drain();
    const after = await approvalsUnder(key);
    // The three self-approved ones stay as history; three new ones wait for the real approvers.
    const open = after.filter((a) => a.status.statusCategory.key !== 'done');
    expect(open.map((a) => a.assignee?.accountId).sort()).toEqual(
      ['finance-director', 'vp-comms', 'vp-cx'].sort(),
    );
    expect(after).toHaveLength(6);
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(400);

    for (const a of open) {
      expect((await transition(emu, a.assignee!.accountId, a.key, 'Approve')).status).toBe(204);
    }
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);
  }, 90_000);

  it('an approved change whose tier a requester raises goes back to review and cannot be scheduled', async () => {
    const { key, approval } = await submittedTier3();
    expect((await transition(emu, 'cx-manager', approval, 'Approve')).status).toBe(204);
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);

    await ok(emu, 'requester', 'PUT', `/rest/api/3/issue/${key}`, {
      properties: [
        {
          key: 'change-governance.intake',
          value: { launchDate: inDays(400), answers: TIER_ANSWERS[1] },
        },
      ],
      fields: { summary: 'Now tier 1' },
    });
    await emu.drain();
    expect((await issue(key)).fields.status.name).toBe('In review');
    expect(await scheduleGate(key)).toMatchObject({ pass: false, code: 'GATE.APPROVALS_PENDING' });
    // Approving again needs the three tier-1 approvers.
    const approve = await transition(emu, 'admin', key, 'Approve');
    expect(approve.status).toBe(400);
    for (const who of ['VP Customer Experience', 'VP Communications', 'Finance director'])
      expect(errorOf(approve)).toContain(who);
  }, 60_000);

  it('an emergency declared on an approved change sends it back to review until the emergency approver decides', async () => {
    const { key, approval } = await submittedTier3();
    expect((await transition(emu, 'cx-manager', approval, 'Approve')).status).toBe(204);
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);

    await ok(emu, 'requester', 'PUT', `/rest/api/3/issue/${key}`, {
      properties: [
        {
          key: 'change-governance.intake',
          value: {
            launchDate: inDays(10),
            answers: TIER_ANSWERS[3],
            emergency: { justification: 'We promised a customer' },
          },
        },
      ],
      fields: { summary: 'Now an emergency' },
    });
    await emu.drain();
    expect((await issue(key)).fields.status.name).toBe('In review');
    expect(await scheduleGate(key)).toMatchObject({ pass: false, code: 'GATE.APPROVALS_PENDING' });
    const approve = await transition(emu, 'admin', key, 'Approve');
    expect(approve.status).toBe(400);
    expect(errorOf(approve)).toContain('Director of Customer Experience');
    const emergency = (await approvalsUnder(key)).find(
      (a) => a.status.statusCategory.key !== 'done' && a.assignee?.accountId === 'cx-director',
    );
    expect(emergency).toBeDefined();
    expect((await transition(emu, 'cx-director', emergency!.key, 'Approve')).status).toBe(204);
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);
    expect((await transition(emu, 'admin', key, 'Schedule')).status).toBe(204);
  }, 60_000);

  it('the app never moves an approval it no longer needs through Approve: it withdraws it', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[1],
    });
    const before = await approvalsUnder(key);
    expect(before).toHaveLength(3);
    // Lowered to tier 3: the three tier-1 approvals leave the plan.
    await ok(emu, 'requester', 'PUT', `/rest/api/3/issue/${key}`, {
      properties: [
        {
          key: 'change-governance.intake',
          value: { launchDate: inDays(400), answers: TIER_ANSWERS[3] },
        },
      ],
      fields: { summary: 'Now tier 3' },
    });
    await emu.drain();
    for (const a of before) {
      const now = await issue(a.key);
      expect(now.fields.status.name).not.toBe('Approved');
      expect(now.fields.status.name).toBe('Withdrawn');
    }
    // Withdrawn approvals count for nothing: the tier-3 approval is what the change now waits for.
    expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
    const approve = await transition(emu, 'admin', key, 'Approve');
    expect(approve.status).toBe(400);
    expect(errorOf(approve)).toContain('CX manager');
  }, 60_000);

  it('a forged assessment property (the indexed tier) changes no decision', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[1],
    });
    expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
    await emu.rest('requester', 'PUT', `/rest/api/3/issue/${key}/properties/${ASSESSMENT}`, {
      status: 'assessed',
      missing: [],
      tier: 4,
      score: 0,
      configVersion: 1,
      provisioned: [],
    });
    const approve = await transition(emu, 'admin', key, 'Approve');
    expect(approve.status).toBe(400);
    expect(errorOf(approve)).toContain('VP Customer Experience');
  }, 60_000);
});

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

const statusOf = async (key: string) =>
  (
    await ok<{ fields: { status: { name: string } } }>(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${key}?fields=status`,
    )
  ).fields.status.name;
const errorOf = (res: { body: unknown }) => JSON.stringify(res.body);

describe('workflow gates', () => {
  it('Approve is refused while approvals are pending and passes once every approver approved', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[1],
    });
    expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);

    const refused = await transition(emu, 'admin', key, 'Approve');
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toContain('Waiting for approval from');
    expect(await statusOf(key)).toBe('In review');

    const approvals = (await ticketsOf(emu, key)).filter((t) => t.step.kind === 'approval');
    for (const a of approvals)
      expect((await transition(emu, a.fields.assignee!.accountId, a.key, 'Approve')).status).toBe(
        204,
      );
    await emu.drain();
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);
  }, 60_000);

  it('Approve is refused when an approval was declined', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
    });
    await transition(emu, 'requester', key, 'Submit');
    const approval = (await ticketsOf(emu, key)).find((t) => t.step.kind === 'approval')!;
    expect((await transition(emu, 'team-lead', approval.key, 'Decline')).status).toBe(204);
    const refused = await transition(emu, 'admin', key, 'Approve');
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toContain('Declined by');
  }, 60_000);

  it('only the assigned approver may approve or decline an approval', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[2],
    });
    const approval = (await ticketsOf(emu, key)).find((t) => t.step.kind === 'approval')!;
    for (const intruder of ['requester', 'admin', 'vp-cx']) {
      const res = await transition(emu, intruder, approval.key, 'Approve');
      expect(res.status).toBe(400);
      expect(errorOf(res)).toContain('Only the assigned approver');
    }
    expect(await statusOf(approval.key)).toBe('Pending');
    expect((await transition(emu, 'cx-director', approval.key, 'Approve')).status).toBe(204);
  }, 60_000);

  it('Schedule is refused inside the lead time, naming the earliest compliant date and the emergency path', async () => {
    const key = await raiseChangeRequest(emu, { launchDate: inDays(20), answers: TIER_ANSWERS[4] });
    await transition(emu, 'requester', key, 'Submit');
    const approval = (await ticketsOf(emu, key)).find((t) => t.step.kind === 'approval')!;
    await transition(emu, 'team-lead', approval.key, 'Approve');
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);
    // Tier 4 needs 14 days: 20 days is compliant.
    expect((await transition(emu, 'admin', key, 'Schedule')).status).toBe(204);

    const tight = await raiseChangeRequest(emu, {
      launchDate: inDays(20),
      answers: TIER_ANSWERS[3],
    });
    await transition(emu, 'requester', tight, 'Submit');
    const a = (await ticketsOf(emu, tight)).find((t) => t.step.kind === 'approval')!;
    await transition(emu, 'cx-manager', a.key, 'Approve');
    expect((await transition(emu, 'admin', tight, 'Approve')).status).toBe(204);
    const refused = await transition(emu, 'admin', tight, 'Schedule');
    expect(refused.status).toBe(400);
    // Tier 3 needs 90 days; the date reads as the panel writes it.
    expect(errorOf(refused)).toContain(
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.parse(inDays(90)),
      ),
    );
    expect(errorOf(refused)).toContain('emergency');
    expect(await statusOf(tight)).toBe('Approved');
  }, 60_000);

  it('the emergency path needs a justification and adds an emergency approval and a post-launch review', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(5),
      answers: TIER_ANSWERS[3],
      emergency: { justification: 'Security incident: the old flow leaks data' },
    });
    const tickets = await ticketsOf(emu, key);
    expect(tickets.map((t) => t.step.stepId)).toEqual(
      expect.arrayContaining(['emergency', 'emergency-review', 'cx-manager']),
    );
    await transition(emu, 'requester', key, 'Submit');
    for (const a of tickets.filter((t) => t.step.kind === 'approval')) {
      expect((await transition(emu, a.fields.assignee!.accountId, a.key, 'Approve')).status).toBe(
        204,
      );
    }
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);
    expect((await transition(emu, 'admin', key, 'Schedule')).status).toBe(204);

    // Without a justification the change is still tiered and governed, but gets no emergency
    // approval or review, and Schedule refuses, asking for the justification.
    const blank = await raiseChangeRequest(emu, {
      launchDate: inDays(5),
      answers: TIER_ANSWERS[3],
      emergency: { justification: ' ' },
    });
    const blankTickets = await ticketsOf(emu, blank);
    const steps = blankTickets.map((t) => t.step.stepId);
    expect(steps).toContain('cx-manager');
    expect(steps).not.toContain('emergency');
    expect(steps).not.toContain('emergency-review');
    await transition(emu, 'requester', blank, 'Submit');
    const approval = blankTickets.find((t) => t.step.kind === 'approval')!;
    expect((await transition(emu, 'cx-manager', approval.key, 'Approve')).status).toBe(204);
    expect((await transition(emu, 'admin', blank, 'Approve')).status).toBe(204);
    const refused = await transition(emu, 'admin', blank, 'Schedule');
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toContain('emergency justification');
    expect(await statusOf(blank)).toBe('Approved');
  }, 60_000);
});

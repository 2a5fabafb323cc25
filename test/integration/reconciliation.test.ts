import {
  assessmentOf,
  editIntake,
  inDays,
  ok,
  openTickets,
  raiseChangeRequest,
  ticketsOf,
  TIER_ANSWERS,
  transition,
  useEmulator,
} from '../support';

// The demo site for this file; every request the app makes is checked against Jira's contract.
const emu = useEmulator();

const commentsOf = async (key: string) =>
  JSON.stringify(await ok(emu, 'admin', 'GET', `/rest/api/3/issue/${key}/comment`));

describe('re-assessment reconciles instead of re-creating', () => {
  it('moving the launch date moves open comms due dates and leaves done work alone', async () => {
    const launch = inDays(300);
    const key = await raiseChangeRequest(emu, { launchDate: launch, answers: TIER_ANSWERS[2] });
    const first = await ticketsOf(emu, key);
    const briefing = first.find((t) => t.step.stepId === 'internal-briefing')!;
    expect((await transition(emu, 'comms-manager', briefing.key, 'Start')).status).toBe(204);
    expect((await transition(emu, 'comms-manager', briefing.key, 'Done')).status).toBe(204);

    const moved = inDays(330);
    await editIntake(emu, key, { launchDate: moved, answers: TIER_ANSWERS[2] });
    const after = await ticketsOf(emu, key);
    expect(after.map((t) => t.key)).toEqual(first.map((t) => t.key));
    const launchNote = after.find((t) => t.step.stepId === 'launch-note')!;
    expect(launchNote.fields.duedate).toBe(moved);
    expect(after.find((t) => t.key === briefing.key)?.fields.duedate).toBe(briefing.fields.duedate);
  }, 60_000);

  it('raising the tier adds what is missing; lowering it closes obsolete open tickets with a comment, never deleting', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[2],
    });
    const tier2 = await ticketsOf(emu, key);
    expect(tier2).toHaveLength(8);

    await editIntake(emu, key, { launchDate: inDays(400), answers: TIER_ANSWERS[1] });
    expect((await assessmentOf(emu, key))?.tier).toBe(1);
    const raised = await ticketsOf(emu, key);
    expect(openTickets(raised)).toHaveLength(11);
    // Steps shared by both plans (help-centre, reminder, final-notice, post-launch-review) were kept, not re-created.
    for (const stepId of ['help-centre', 'reminder', 'final-notice', 'post-launch-review']) {
      expect(raised.filter((t) => t.step.stepId === stepId).map((t) => t.key)).toEqual(
        tier2.filter((t) => t.step.stepId === stepId).map((t) => t.key),
      );
    }
    const retired = raised.filter((t) => t.step.retired === true);
    expect(retired.map((t) => t.step.stepId).sort()).toEqual([
      'customer-notice',
      'cx-director',
      'internal-briefing',
      'launch-note',
    ]);
    for (const t of retired.filter((x) => x.step.kind === 'comms')) {
      expect(t.fields.status.statusCategory.key).toBe('done');
      expect(await commentsOf(t.key)).toContain('no longer includes this step');
    }

    await editIntake(emu, key, { launchDate: inDays(400), answers: TIER_ANSWERS[4] });
    const lowered = await ticketsOf(emu, key);
    expect(
      openTickets(lowered)
        .map((t) => t.step.stepId)
        .sort(),
    ).toEqual(['internal-fyi', 'release-note', 'team-lead']);
    // Nothing was deleted: every ticket ever provisioned is still there.
    expect(lowered.length).toBeGreaterThanOrEqual(raised.length);
  }, 60_000);

  it('an approval given for tier 3 still counts, and is not asked again, once the request is back at tier 3', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[3],
    });
    const approval = (await ticketsOf(emu, key)).find((t) => t.step.kind === 'approval')!;
    expect((await transition(emu, 'cx-manager', approval.key, 'Approve')).status).toBe(204);

    // Still tier 3 but a different score: the decision stands.
    await editIntake(emu, key, {
      launchDate: inDays(400),
      answers: { ...TIER_ANSWERS[3], history: 1 },
    });
    expect((await ticketsOf(emu, key)).filter((t) => t.step.kind === 'approval')).toHaveLength(1);

    // Tier 2 asks cx-director; back to tier 3 asks cx-manager again because the old decision was for another assessment.
    await editIntake(emu, key, {
      launchDate: inDays(400),
      answers: { ...TIER_ANSWERS[3], customerAction: 3 },
    });
    expect((await assessmentOf(emu, key))?.tier).toBe(2);
    await editIntake(emu, key, { launchDate: inDays(400), answers: TIER_ANSWERS[3] });
    const approvals = (await ticketsOf(emu, key)).filter(
      (t) => t.step.kind === 'approval' && t.step.stepId === 'cx-manager',
    );
    // The decision was given for tier 3, and tier 3 is current again: it still counts, nothing re-requested.
    expect(approvals).toHaveLength(1);
    expect(approvals[0]?.fields.status.name).toBe('Approved');
  }, 60_000);

  it('a decision given to an assessment whose tier has since changed is invalidated and asked again', async () => {
    // The emergency approval exists at every tier, so it is where a tier change meets a given decision.
    const emergency = { justification: 'Regulator-imposed deadline' };
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(20),
      answers: TIER_ANSWERS[3],
      emergency,
    });
    const first = (await ticketsOf(emu, key)).find((t) => t.step.stepId === 'emergency')!;
    expect(first.fields.assignee?.accountId).toBe('cx-director');
    expect((await transition(emu, 'cx-director', first.key, 'Approve')).status).toBe(204);

    await editIntake(emu, key, { launchDate: inDays(20), answers: TIER_ANSWERS[2], emergency });
    const after = (await ticketsOf(emu, key)).filter((t) => t.step.stepId === 'emergency');
    expect(after).toHaveLength(2);
    const old = after.find((t) => t.key === first.key)!;
    expect(old.step.retired).toBe(true);
    expect(old.fields.status.name).toBe('Approved');
    expect(await commentsOf(old.key)).toContain('No longer valid');
    const again = after.find((t) => t.key !== first.key)!;
    expect(again.fields.status.statusCategory.key).toBe('new');
    expect(again.step.forTier).toBe(2);
  }, 60_000);
});

// docs/design-contract.md "Lead time": the change request's Jira Due date *is* its launch date, kept equal both ways.
import {
  addDays,
  assessmentOf,
  inDays,
  ok,
  openTickets,
  raiseChangeRequest,
  ticketsOf,
  TIER_ANSWERS,
  useEmulator,
} from '../support';

// The demo site for this file; every request the app makes is checked against Jira's contract.
const emu = useEmulator();

const dueDateOf = async (key: string) =>
  (
    await ok<{ fields: { duedate: string | null } }>(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${key}?fields=duedate`,
    )
  ).fields.duedate;
const intakeLaunchOf = async (key: string) =>
  (
    await ok<{ value: { launchDate?: string } }>(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${key}/properties/change-governance.intake`,
    )
  ).value.launchDate;

describe('the Due date is the launch date', () => {
  it('a launch date in the intake becomes the Due date', async () => {
    const launch = inDays(200);
    const key = await raiseChangeRequest(emu, { launchDate: launch, answers: TIER_ANSWERS[3] });
    expect(await dueDateOf(key)).toBe(launch);
  }, 60_000);

  it('a Due date edited in Jira moves the launch: the intake follows and the comms tickets move', async () => {
    const launch = inDays(200);
    const key = await raiseChangeRequest(emu, { launchDate: launch, answers: TIER_ANSWERS[3] });
    const moved = addDays(launch, 21);
    await ok(emu, 'requester', 'PUT', `/rest/api/3/issue/${key}`, { fields: { duedate: moved } });
    await emu.drain();
    expect(await intakeLaunchOf(key)).toBe(moved);
    expect((await assessmentOf(emu, key))?.leadTime?.actualDays).toBeGreaterThan(200);
    // Tier 3's launch-day release note (offset 0) is due on the new launch.
    const releaseNote = openTickets(await ticketsOf(emu, key)).find(
      (t) => t.step.kind === 'comms' && t.step.stepId === 'release-note',
    );
    expect(releaseNote?.fields.duedate).toBe(moved);
  }, 60_000);

  it('a change request raised with only a Due date (the Create dialog) is assessed with it as its launch', async () => {
    const due = inDays(150);
    const created = await ok<{ key: string }>(emu, 'requester', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: 'Change Request' },
        summary: 'Launch given only as the Due date',
        duedate: due,
      },
      properties: [{ key: 'change-governance.intake', value: { answers: TIER_ANSWERS[4] } }],
    });
    await emu.drain();
    expect(await intakeLaunchOf(created.key)).toBe(due);
    expect(await assessmentOf(emu, created.key)).toMatchObject({ status: 'assessed', tier: 4 });
  }, 60_000);
});

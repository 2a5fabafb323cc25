// Redesign tasks on approval (issue 15 §3): an approved change asks the owner of each touchpoint it touches to
// update the help centre, macros and journey map before launch, and the tasks follow the change afterwards.
import type { Emulator } from '../../emulator';
import {
  addDays,
  configInForce,
  editIntake,
  inDays,
  ok,
  raiseChangeRequest,
  saveConfig,
  ticketsOf,
  TIER_ANSWERS,
  transition,
  useEmulator,
  type Ticket,
} from '../support';

const emu = useEmulator();

const TOUCHED = ['website', 'checkout', 'help-centre'];
// Tier 4 (one approval, by the requesting team's lead); its plan asks redesign 7 days before launch.
const intakeFor = (launchDate: string, touchpoints: string[] = TOUCHED) => ({
  launchDate,
  answers: TIER_ANSWERS[4],
  touchpoints,
});

const redesignOf = (tickets: Ticket[]) => tickets.filter((t) => t.step.kind === 'redesign');
const isOpen = (t: Ticket) => t.fields.status.statusCategory.key !== 'done';

/** Submits the change, has its approver approve, and approves the change itself. */
async function approveChange(site: Emulator, key: string): Promise<void> {
  expect((await transition(site, 'requester', key, 'Submit')).status).toBe(204);
  await site.drain();
  const approval = (await ticketsOf(site, key)).find((t) => t.step.kind === 'approval');
  expect(approval?.fields.assignee?.accountId).toBe('team-lead');
  expect((await transition(site, 'team-lead', approval?.key ?? '', 'Approve')).status).toBe(204);
  await site.drain();
  expect((await transition(site, 'requester', key, 'Approve')).status).toBe(204);
  await site.drain();
}

async function commentsOf(site: Emulator, key: string): Promise<string> {
  const body = await ok<{ comments: unknown[] }>(
    site,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}/comment`,
  );
  return JSON.stringify(body.comments);
}

describe('redesign tasks on approval', () => {
  it('are created only once the change is approved: one per touched touchpoint, for its owner, linked, due launch − 7', async () => {
    const launch = inDays(120);
    const key = await raiseChangeRequest(emu, intakeFor(launch), 'New pricing page');
    expect(redesignOf(await ticketsOf(emu, key))).toEqual([]);

    await approveChange(emu, key);
    const tasks = redesignOf(await ticketsOf(emu, key));
    expect(
      tasks
        .map((t) => [t.step.stepId, t.fields.assignee?.accountId, t.fields.duedate])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['checkout', 'finance-partner', addDays(launch, -7)],
      ['help-centre', 'cx-lead', addDays(launch, -7)],
      ['website', 'pr-lead', addDays(launch, -7)],
    ]);
    for (const t of tasks) {
      expect(t.fields.issuetype.name).toBe('Task');
      expect(JSON.stringify(t.fields.issuelinks)).toContain(key);
      expect(isOpen(t)).toBe(true);
    }
    expect(tasks.find((t) => t.step.stepId === 'website')?.fields.summary).toBe(
      `Update the help-centre article, macros and journey map for Website and pricing page: ${key} New pricing page`,
    );

    // Scheduling keeps them: the change is still approved.
    expect((await transition(emu, 'requester', key, 'Schedule')).status).toBe(204);
    await emu.drain();
    expect(redesignOf(await ticketsOf(emu, key)).filter(isOpen)).toHaveLength(3);
  });

  it('follow the launch, drop a touchpoint no longer touched, and close when the change is declined', async () => {
    const launch = inDays(150);
    const key = await raiseChangeRequest(emu, intakeFor(launch));
    await approveChange(emu, key);

    // The launch moves 10 days later: every open task's due date follows.
    const later = addDays(launch, 10);
    await editIntake(emu, key, intakeFor(later));
    let tasks = redesignOf(await ticketsOf(emu, key));
    expect(tasks).toHaveLength(3);
    expect(tasks.map((t) => t.fields.duedate)).toEqual(Array(3).fill(addDays(later, -7)));

    // The checkout is no longer touched: its task is closed with a comment, never deleted.
    const checkout = tasks.find((t) => t.step.stepId === 'checkout');
    await editIntake(emu, key, intakeFor(later, ['website', 'help-centre']));
    tasks = redesignOf(await ticketsOf(emu, key));
    expect(tasks).toHaveLength(3);
    const closed = tasks.find((t) => t.key === checkout?.key);
    expect(closed?.fields.status.name).toBe("Won't do");
    expect(await commentsOf(emu, closed?.key ?? '')).toContain(
      'The change no longer touches this touchpoint',
    );

    // One task was done meanwhile: declining the change closes the other open one and leaves the done one alone.
    const [done, open] = tasks.filter(isOpen);
    await transition(emu, 'pr-lead', done?.key ?? '', 'Start');
    expect((await transition(emu, 'pr-lead', done?.key ?? '', 'Done')).status).toBe(204);
    expect((await transition(emu, 'requester', key, 'Decline')).status).toBe(204);
    await emu.drain();
    tasks = redesignOf(await ticketsOf(emu, key));
    expect(tasks.find((t) => t.key === done?.key)?.fields.status.name).toBe('Done');
    expect(tasks.find((t) => t.key === open?.key)?.fields.status.name).toBe("Won't do");
    expect(await commentsOf(emu, open?.key ?? '')).toContain('The change was declined');
  });

  it("follow a scheduled change's new tier and a new redesign offset in the configuration", async () => {
    const launch = inDays(170);
    const key = await raiseChangeRequest(emu, intakeFor(launch));
    await approveChange(emu, key);
    expect((await transition(emu, 'requester', key, 'Schedule')).status).toBe(204);
    await emu.drain();

    // Re-tiered to tier 3 once scheduled: its plan asks redesign 14 days before launch.
    await editIntake(emu, key, { ...intakeFor(launch), answers: TIER_ANSWERS[3] });
    let tasks = redesignOf(await ticketsOf(emu, key)).filter(isOpen);
    expect(tasks.map((t) => t.fields.duedate)).toEqual(Array(3).fill(addDays(launch, -14)));

    // The admin moves tier 3's redesign to 30 days before launch: the re-assessment moves the open tasks.
    const config = await configInForce(emu);
    await saveConfig(emu, {
      ...config,
      commsPlans: config.commsPlans.map((p) =>
        p.tier === 3 ? { ...p, redesignOffsetDays: -30 } : p,
      ),
    });
    await emu.drain();
    tasks = redesignOf(await ticketsOf(emu, key)).filter(isOpen);
    expect(tasks.map((t) => t.fields.duedate)).toEqual(Array(3).fill(addDays(launch, -30)));
  });

  it('close when the change goes back to review, and are asked afresh when it is approved again', async () => {
    const key = await raiseChangeRequest(emu, intakeFor(inDays(90)));
    await approveChange(emu, key);
    const first = redesignOf(await ticketsOf(emu, key));
    expect(first.filter(isOpen)).toHaveLength(3);

    expect((await transition(emu, 'requester', key, 'Back to review')).status).toBe(204);
    await emu.drain();
    const back = redesignOf(await ticketsOf(emu, key));
    expect(back.filter(isOpen)).toEqual([]);
    expect(await commentsOf(emu, first[0]?.key ?? '')).toContain('no longer approved');

    expect((await transition(emu, 'requester', key, 'Approve')).status).toBe(204);
    await emu.drain();
    const again = redesignOf(await ticketsOf(emu, key));
    expect(again).toHaveLength(6);
    expect(
      again
        .filter(isOpen)
        .map((t) => t.step.stepId)
        .sort(),
    ).toEqual(['checkout', 'help-centre', 'website']);
  });

  it('approving adds one changelog read and one bulk create for all three tasks to the pass', async () => {
    const key = await raiseChangeRequest(emu, intakeFor(inDays(130)));
    expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
    await emu.drain();
    const approval = (await ticketsOf(emu, key)).find((t) => t.step.kind === 'approval');
    await transition(emu, 'team-lead', approval?.key ?? '', 'Approve');
    await emu.drain();
    emu.clearRequests();
    expect((await transition(emu, 'requester', key, 'Approve')).status).toBe(204);
    await emu.drain();
    const calls = emu.requests();
    const points = calls.reduce((sum, r) => sum + r.points, 0);
    console.log(
      `redesign approval: ${String(calls.length)} calls, ${String(points)} points\n` +
        calls
          .map((r) => `${r.method} ${r.path} ${String(r.status)} ${String(r.points)}`)
          .join('\n'),
    );
    const lines = calls.map((r) => `${r.method} ${r.path}`);
    expect(lines.filter((l) => l === 'POST /rest/api/3/issue/bulk')).toHaveLength(1);
    // The Approve validator reads the approvals' changelog; the pass reads it again to attribute decisions, and
    // the change's own once, to know the statuses it was in before approval. Nothing else is added.
    expect(lines.filter((l) => l === 'POST /rest/api/3/changelog/bulkfetch')).toHaveLength(3);
    expect(calls.length).toBeLessThanOrEqual(9);
    expect(calls.every((r) => r.status < 400)).toBe(true);
    expect(redesignOf(await ticketsOf(emu, key))).toHaveLength(3);
  });

  it('are asked of a change approved before it touched any touchpoint, once it does while scheduled', async () => {
    const launch = inDays(125);
    const key = await raiseChangeRequest(emu, intakeFor(launch, []));
    await approveChange(emu, key);
    expect((await transition(emu, 'requester', key, 'Schedule')).status).toBe(204);
    await emu.drain();
    expect(redesignOf(await ticketsOf(emu, key))).toEqual([]);
    await editIntake(emu, key, intakeFor(launch, ['invoices']));
    const tasks = redesignOf(await ticketsOf(emu, key));
    expect(tasks.map((t) => [t.step.stepId, t.fields.duedate])).toEqual([
      ['invoices', addDays(launch, -7)],
    ]);
  });

  it('cost nothing when the change touches no touchpoint of the registry', async () => {
    // Journey-stage words of intakes written before the registry reach no owner.
    const key = await raiseChangeRequest(emu, intakeFor(inDays(130), ['billing']));
    expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
    await emu.drain();
    const approval = (await ticketsOf(emu, key)).find((t) => t.step.kind === 'approval');
    await transition(emu, 'team-lead', approval?.key ?? '', 'Approve');
    await emu.drain();
    emu.clearRequests();
    expect((await transition(emu, 'requester', key, 'Approve')).status).toBe(204);
    await emu.drain();
    const lines = emu.requests().map((r) => `${r.method} ${r.path}`);
    // The validator and the pass each read the approvals' changelog; nothing else is read or written.
    expect(lines.filter((l) => l === 'POST /rest/api/3/changelog/bulkfetch')).toHaveLength(2);
    expect(lines.filter((l) => !l.startsWith('GET') && !l.endsWith('bulkfetch'))).toEqual([]);
    expect(redesignOf(await ticketsOf(emu, key))).toEqual([]);
  });

  it('are created once when the bulk create commits but its answer is lost, and search lags', async () => {
    const key = await raiseChangeRequest(emu, intakeFor(inDays(140)));
    emu.setFaults([
      {
        kind: 'commit-then-fail',
        method: 'POST',
        pathPrefix: '/rest/api/3/issue/bulk',
        status: 504,
        times: 1,
      },
      { kind: 'search-lag', ms: 5000 },
    ]);
    await approveChange(emu, key);
    emu.setFaults([]);
    const tasks = redesignOf(await ticketsOf(emu, key));
    expect(tasks.map((t) => t.step.stepId).sort()).toEqual(['checkout', 'help-centre', 'website']);
  });

  it('are closed by the hourly sweep when the event of the change going back to review was lost', async () => {
    const key = await raiseChangeRequest(emu, intakeFor(inDays(160)));
    await approveChange(emu, key);
    expect(redesignOf(await ticketsOf(emu, key)).filter(isOpen)).toHaveLength(3);

    // Every read of the tickets fails on every attempt the platform makes: the event is given up.
    emu.setFaults([
      {
        kind: 'http',
        method: 'POST',
        pathPrefix: '/rest/api/3/issue/bulkfetch',
        status: 429,
        retryAfterSeconds: 0,
        times: 1000,
      },
    ]);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect((await transition(emu, 'requester', key, 'Back to review')).status).toBe(204);
      await emu.drain();
    } finally {
      error.mockRestore();
    }
    emu.setFaults([]);
    expect(redesignOf(await ticketsOf(emu, key)).filter(isOpen)).toHaveLength(3);

    await emu.runScheduledTrigger('governance-sweep');
    await emu.drain();
    expect(redesignOf(await ticketsOf(emu, key)).filter(isOpen)).toEqual([]);
  });

  it('are created once under duplicated, concurrent events', async () => {
    const key = await raiseChangeRequest(emu, intakeFor(inDays(200)));
    emu.setFaults([{ kind: 'duplicate-events', times: 20 }]);
    await approveChange(emu, key);
    await editIntake(emu, key, intakeFor(inDays(201)));
    emu.setFaults([]);
    const tasks = redesignOf(await ticketsOf(emu, key));
    expect(tasks.map((t) => t.step.stepId).sort()).toEqual(['checkout', 'help-centre', 'website']);
    expect(tasks.every(isOpen)).toBe(true);
  });

  it('resolve a group owner to a member, and leave a task unassigned with a note when the owner names nobody', async () => {
    const config = await configInForce(emu);
    const journey = structuredClone(config.journey);
    if (!journey) throw new Error('the demo configuration has a journey');
    for (const stage of journey.stages)
      for (const step of stage.steps)
        for (const touchpoint of step.touchpoints) {
          if (touchpoint.id === 'website')
            touchpoint.owner = { kind: 'group', groupName: 'cx-leadership' };
          if (touchpoint.id === 'checkout')
            touchpoint.owner = { kind: 'projectRole', roleName: 'Designers' };
        }
    await saveConfig(emu, { ...config, journey });
    await emu.drain();

    const key = await raiseChangeRequest(emu, intakeFor(inDays(120)));
    await approveChange(emu, key);
    const tasks = redesignOf(await ticketsOf(emu, key));
    const website = tasks.find((t) => t.step.stepId === 'website');
    const checkout = tasks.find((t) => t.step.stepId === 'checkout');
    expect(website?.fields.assignee?.accountId).toBe('cx-director');
    expect(checkout?.fields.assignee ?? null).toBeNull();
    const issue = await ok<{ fields: { description: unknown } }>(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${checkout?.key ?? ''}?fields=description`,
    );
    expect(JSON.stringify(issue.fields.description)).toContain('names nobody who can be assigned');
  });
});

// A declined approval is not a dead end (issue 12, item 3): after addressing the objection, whoever may edit the
// change request asks the role's approver again from the panel. The decline stays as history, both issues record
// it, and the change can be approved once the new approval is given. Decisions go through Jira REST, as a browser
// would take them.
import type { Emulator } from '../../emulator';
import {
  callResolver,
  inDays,
  ok,
  PANEL,
  raiseChangeRequest,
  ticketsOf,
  TIER_ANSWERS,
  transition,
  useEmulator,
} from '../support';

const emu = useEmulator();

const askAgain = (accountId: string, issueKey: string, stepId = 'cx-manager') =>
  callResolver(emu, {
    moduleKey: PANEL,
    accountId,
    functionKey: 'askApprovalAgain',
    payload: { stepId },
    issueKey,
  });

interface RestIssue {
  fields: {
    status: { name: string; statusCategory: { key: string } };
    assignee: { accountId: string } | null;
    subtasks?: Array<{ key: string }>;
  };
}
const issue = (key: string) =>
  ok<RestIssue>(emu, 'admin', 'GET', `/rest/api/3/issue/${key}?fields=status,assignee,subtasks`);

/** The approval sub-tasks Jira shows under a change request, with their status and assignee. */
const approvalsUnder = async (key: string) => {
  const subtasks = (await issue(key)).fields.subtasks ?? [];
  return Promise.all(subtasks.map(async (s) => ({ key: s.key, ...(await issue(s.key)).fields })));
};

const commentsOf = async (key: string): Promise<string> =>
  JSON.stringify(
    await ok<{ comments: unknown[] }>(emu, 'admin', 'GET', `/rest/api/3/issue/${key}/comment`),
  );

/** A tier-3 change, submitted, whose one approval (the CX manager's) the CX manager declined. */
async function declinedTier3(): Promise<{ key: string; declined: string }> {
  const key = await raiseChangeRequest(emu, { launchDate: inDays(150), answers: TIER_ANSWERS[3] });
  expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
  await emu.drain();
  const [approval] = (await ticketsOf(emu, key)).filter((t) => t.step.kind === 'approval');
  if (!approval) throw new Error(`${key} has no approval`);
  expect((await transition(emu, 'cx-manager', approval.key, 'Decline')).status).toBe(204);
  await emu.drain();
  return { key, declined: approval.key };
}

describe('asking a declined approval again', () => {
  it('the requester asks again: a new approval goes to the CX manager, the decline stays as history, and Approve passes once it is given', async () => {
    const { key, declined } = await declinedTier3();
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(400);

    const answer = await askAgain('requester', key);
    expect(answer.ok).toBe(true);
    await emu.drain();

    const approvals = await approvalsUnder(key);
    const old = approvals.find((a) => a.key === declined);
    expect(old?.status.name).toBe('Declined');
    const fresh = approvals.filter(
      (a) => a.key !== declined && a.status.statusCategory.key !== 'done',
    );
    expect(fresh.map((a) => a.assignee?.accountId)).toEqual(['cx-manager']);
    // The audit trail, on both issues.
    expect(await commentsOf(declined)).toContain('asked for this approval again');
    expect(await commentsOf(key)).toContain('asked for this approval again');

    // The panel's answer already shows the new round, not the decline.
    if (!answer.ok) throw new Error('unreachable');
    const view = answer.data as { approvals: Array<{ stepId: string; standing: string }> };
    expect(view.approvals.find((a) => a.stepId === 'cx-manager')?.standing).toBe('pending');

    const [next] = fresh;
    if (!next) throw new Error('no new approval');
    expect((await transition(emu, 'cx-manager', next.key, 'Approve')).status).toBe(204);
    await emu.drain();
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);
  }, 90_000);

  it('asking again when nothing was declined answers APPROVAL.NOT_DECLINED and creates nothing', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(150),
      answers: TIER_ANSWERS[3],
    });
    expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
    await emu.drain();
    const before = (await approvalsUnder(key)).map((a) => a.key);

    expect(await askAgain('requester', key)).toMatchObject({
      ok: false,
      error: { code: 'APPROVAL.NOT_DECLINED' },
    });
    await emu.drain();
    expect((await approvalsUnder(key)).map((a) => a.key)).toEqual(before);
  }, 60_000);

  it('someone who may not edit the change request is refused, and the decline stands', async () => {
    const { key, declined } = await declinedTier3();
    editIssuesForAdministratorsOnly(emu);

    expect(await askAgain('requester', key)).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    });
    await emu.drain();
    const approvals = await approvalsUnder(key);
    expect(approvals.map((a) => a.key)).toEqual([declined]);
    expect(await commentsOf(key)).not.toContain('asked for this approval again');
  }, 60_000);
});

/** The project's permission scheme after a Jira admin left Edit Issues to the Administrators role only. */
function editIssuesForAdministratorsOnly(site: Emulator): void {
  const state = site.jira.exportState() as {
    permissionGrants: { project: Record<string, string[]> };
  };
  state.permissionGrants.project.EDIT_ISSUES = ['Administrators'];
  site.jira.importState(state);
}

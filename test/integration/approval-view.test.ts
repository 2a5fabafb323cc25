// Approvers get context (issue 12, item 8): the panel on a Change Approval the app created shows the change request
// being approved and which approval this is; a sub-task a user made under a change request is not an approval.
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

interface View {
  issueKey: string;
  isChangeRequest: boolean;
  canEdit: boolean;
  assessment: { status: string; tier?: number } | null;
  approvals: Array<{ key: string | null; stepId: string; standing: string }>;
  approvalOf?: { changeRequestKey: string; stepId: string; standing: string };
}

const viewAs = async (accountId: string, issueKey: string): Promise<View> => {
  const answer = await callResolver(emu, {
    moduleKey: PANEL,
    accountId,
    functionKey: 'getIssueView',
    issueKey,
  });
  if (!answer.ok) throw new Error(`getIssueView answered ${JSON.stringify(answer.error)}`);
  return answer.data as View;
};

it('the CX manager opening their approval sees the tier-3 change it decides, and where their approval stands', async () => {
  const key = await raiseChangeRequest(emu, { launchDate: inDays(150), answers: TIER_ANSWERS[3] });
  expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
  await emu.drain();
  const [approval] = (await ticketsOf(emu, key)).filter((t) => t.step.kind === 'approval');
  if (!approval) throw new Error(`${key} has no approval`);

  const view = await viewAs('cx-manager', approval.key);
  expect(view).toMatchObject({
    issueKey: key,
    isChangeRequest: true,
    assessment: { status: 'assessed', tier: 3 },
    approvalOf: { changeRequestKey: key, stepId: 'cx-manager', standing: 'pending' },
  });
  expect(view.approvals.map((a) => a.key)).toEqual([approval.key]);

  expect((await transition(emu, 'cx-manager', approval.key, 'Decline')).status).toBe(204);
  await emu.drain();
  expect((await viewAs('cx-manager', approval.key)).approvalOf?.standing).toBe('declined');
}, 60_000);

it('a sub-task a user made under a change request gets no approval context', async () => {
  const key = await raiseChangeRequest(emu, { launchDate: inDays(150), answers: TIER_ANSWERS[3] });
  const sub = await ok<{ key: string }>(emu, 'requester', 'POST', '/rest/api/3/issue', {
    fields: {
      project: { key: 'CHG' },
      issuetype: { name: 'Sub-task' },
      parent: { key },
      summary: 'Looks like an approval',
    },
  });
  const view = await viewAs('requester', sub.key);
  expect(view.isChangeRequest).toBe(false);
  expect(view.issueKey).toBe(sub.key);
  expect(view.approvalOf).toBeUndefined();
}, 60_000);

// An approver approves their approval in Jira; the change request's panel shows it approved and
// the approval gate waits only for the others. Someone else cannot approve it.
import type { Page } from 'playwright-core';
import {
  appFrame,
  appSiteForSuite,
  eventually,
  MODULES,
  restJson,
  screenshot,
  textOf,
  visible,
  type IssueBean,
} from './app-harness';

jest.setTimeout(180_000);

const site = appSiteForSuite();

/** The seeded tier-1 change request and its three pending approvals. */
const CHANGE = 'CHG-1';

interface Approval {
  key: string;
  assignee: string;
  summary: string;
}

async function approvalsOf(change: string): Promise<Approval[]> {
  const answer = await restJson<IssueBean>(
    site(),
    'admin',
    'GET',
    `/rest/api/3/issue/${change}?fields=subtasks`,
  );
  const approvals: Approval[] = [];
  for (const subtask of answer.body.fields.subtasks ?? []) {
    const issue = await restJson<IssueBean>(
      site(),
      'admin',
      'GET',
      `/rest/api/3/issue/${subtask.key}?fields=assignee,summary,issuetype`,
    );
    if (issue.body.fields.issuetype.name !== 'Change Approval') continue;
    approvals.push({
      key: subtask.key,
      assignee: issue.body.fields.assignee?.accountId ?? '',
      summary: issue.body.fields.summary,
    });
  }
  return approvals;
}

async function statusOf(key: string): Promise<string> {
  return (
    await restJson<IssueBean>(site(), 'admin', 'GET', `/rest/api/3/issue/${key}?fields=status`)
  ).body.fields.status.name;
}

async function clickTransition(page: Page, name: string): Promise<void> {
  await page
    .getByRole('group', { name: 'Workflow transitions' })
    .getByRole('button', { name })
    .click();
}

test('only the assigned approver can approve an approval', async () => {
  const approvals = await approvalsOf(CHANGE);
  const vpCx = approvals.find((a) => a.assignee === 'vp-cx');
  if (!vpCx) throw new Error(`${CHANGE} has no approval for vp-cx`);

  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/browse/${vpCx.key}`);
  await clickTransition(page, 'Approve');
  await visible(page.getByTestId('transition-error'));
  expect(await statusOf(vpCx.key)).toBe('Pending');
  await page.context().close();
});

test('the approver approves in Jira and the change request panel shows it', async () => {
  const approvals = await approvalsOf(CHANGE);
  const vpCx = approvals.find((a) => a.assignee === 'vp-cx');
  if (!vpCx) throw new Error(`${CHANGE} has no approval for vp-cx`);

  const approver = await site().shellPage({ user: 'vp-cx' });
  await approver.goto(`${site().url}/jira/browse/${vpCx.key}`);
  await clickTransition(approver, 'Approve');
  await eventually(async () => {
    expect(await statusOf(vpCx.key)).toBe('Approved');
  });
  await approver.context().close();
  await site().emulator.drain();

  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/browse/${CHANGE}`);
  const panel = appFrame(page, MODULES.panel);
  await panel.getByRole('tab', { name: 'Approvals & comms' }).click();
  const approvalsTable = panel.getByRole('table', { name: 'Approvals this tier requires' });
  const row = approvalsTable.getByRole('row', { name: /^VP Customer Experience/ });
  await visible(row.getByText('Approved'));
  expect(await textOf(row)).toContain(vpCx.key);
  // The others still wait.
  expect(await approvalsTable.getByText('Pending').count()).toBe(2);

  await panel.getByRole('tab', { name: 'Assessment' }).click();
  const gate = await textOf(panel.getByText(/^Waiting for approval from/));
  expect(gate).not.toContain('VP Customer Experience');
  expect(gate).toContain('VP Communications');
  await screenshot(page, 'panel-approved-light');
  await page.context().close();
});

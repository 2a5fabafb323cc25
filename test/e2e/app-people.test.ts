// The people in the loop, in the browser (issue 12, items 3, 8 and 9): an approver opening their approval sees
// what they decide; the requester's panel shows another user's decision without Refresh; after a decline the
// requester asks again from the panel and a new approval waits for the same approver.
import type { Locator } from 'playwright-core';
import { inDays, raiseChangeRequest, ticketsOf, TIER_ANSWERS, transition } from '../support';
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
  pendingApprovalOf,
} from './app-harness';

jest.setTimeout(180_000);

const site = appSiteForSuite();

/** The seeded tier-1 change request, whose three approvals are pending. */
const CHANGE = 'CHG-1';

const approvalOf = (change: string, assignee: string) =>
  pendingApprovalOf(site(), change, assignee);

test('the approver opening their approval sees the change, its tier, who else approves and what their decision does', async () => {
  const approval = await approvalOf(CHANGE, 'vp-cx');
  const page = await site().shellPage({ user: 'vp-cx' });
  await page.goto(`${site().url}/jira/browse/${approval}`);
  const panel = appFrame(page, MODULES.panel);

  const summary = panel.getByRole('region', {
    name: `Approval of ${CHANGE} as VP Customer Experience`,
  });
  await visible(summary);
  expect(await panel.getByText('Not a change request').count()).toBe(0);
  const text = await textOf(summary);
  expect(text).toContain('Tier 1');
  expect(text).toMatch(/Score \d+/);
  // A rule that holds but whose tier the score already gave is said to apply, not left out.
  expect(text).toContain('so it lifts nothing');
  expect(text).toContain('Who else approves');
  expect(text).toContain('VP Communications');
  expect(text).toContain('Approve: your approval counts');
  expect(text).toContain('Decline: the change cannot be approved');
  await screenshot(page, 'panel-approver-context');
  await page.context().close();
});

test('another user’s approval reaches the open panel without Refresh', async () => {
  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/browse/${CHANGE}`);
  const panel = appFrame(page, MODULES.panel);
  await panel.getByRole('tab', { name: 'Approvals & comms' }).click();
  const row = panel
    .getByRole('table', { name: 'Approvals this tier requires' })
    .getByRole('row', { name: /^VP Communications/ });
  await visible(row.getByText('Pending'));

  // The approver decides elsewhere (their own browser); this page is left alone.
  const approval = await approvalOf(CHANGE, 'vp-comms');
  expect((await transition(site().emulator, 'vp-comms', approval, 'Approve')).status).toBe(204);
  await site().emulator.drain();

  await visible(row.getByText('Approved'));
  await page.context().close();
});

test('after a decline the requester asks again from the panel, and a new approval waits for the CX manager', async () => {
  const emu = site().emulator;
  const key = await raiseChangeRequest(emu, { launchDate: inDays(150), answers: TIER_ANSWERS[3] });
  expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
  await emu.drain();
  const [declined] = (await ticketsOf(emu, key)).filter((t) => t.step.kind === 'approval');
  if (!declined) throw new Error(`${key} has no approval`);
  expect((await transition(emu, 'cx-manager', declined.key, 'Decline')).status).toBe(204);
  await emu.drain();

  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/browse/${key}`);
  const panel = appFrame(page, MODULES.panel);
  await panel.getByRole('tab', { name: 'Approvals & comms' }).click();
  await visible(panel.getByText('An approver declined this change'));
  expect(await textOf(panel.getByText(/^Address the objection first/))).toContain('history');
  const row = panel
    .getByRole('table', { name: 'Approvals this tier requires' })
    .getByRole('row', { name: /^CX manager/ });
  await visible(row.getByText('Declined'));
  await screenshot(page, 'panel-declined-ask-again');

  await row.getByRole('button', { name: 'Ask again: CX manager' }).click();
  await visible(row.getByText('Pending'));
  expect(await panel.getByRole('button', { name: /^Ask again/ }).count()).toBe(0);

  await emu.drain();
  await eventually(async () => {
    const next = await approvalOf(key, 'cx-manager');
    expect(next).not.toBe(declined.key);
  });
  // The declined approval is kept, as history.
  const old = await restJson<IssueBean>(
    site(),
    'admin',
    'GET',
    `/rest/api/3/issue/${declined.key}?fields=status`,
  );
  expect(old.body.fields.status.name).toBe('Declined');
  await page.context().close();
});

/** The colour a lozenge shows: the first background up from its text that is not transparent. */
const lozengeColour = (text: Locator) =>
  text.first().evaluate((el) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    return '';
  });

test('a comms step closed as Won’t do is not shown green like an approval given', async () => {
  const emu = site().emulator;
  const [step] = (await ticketsOf(emu, CHANGE)).filter(
    (t) => t.step.kind === 'comms' && t.fields.status.name === 'To Do',
  );
  if (!step) throw new Error(`${CHANGE} has no comms step to do`);
  expect((await transition(emu, 'admin', step.key, "Won't do")).status).toBe(204);
  await emu.drain();

  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/browse/${CHANGE}`);
  const panel = appFrame(page, MODULES.panel);
  await panel.getByRole('tab', { name: 'Approvals & comms' }).click();
  const wontDo = panel
    .getByRole('table', { name: 'Communication steps, by due date' })
    .getByText("Won't do");
  const approved = panel
    .getByRole('table', { name: 'Approvals this tier requires' })
    .getByText('Approved');
  await visible(wontDo);
  // VP Communications approved in the test above: a green to compare with.
  await visible(approved);
  expect(await lozengeColour(wontDo)).not.toBe(await lozengeColour(approved));
  await page.context().close();
});

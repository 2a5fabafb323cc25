// Once a change is approved, its panel lists the redesign tasks: one per touched touchpoint, with its owner, due
// date and the task itself.
import {
  appFrame,
  appSiteForSuite,
  isoDaysFromToday,
  MODULES,
  pendingApprovalOf,
  restJson,
  screenshot,
  seriousA11yFindings,
  textOf,
  visible,
  createChangeRequest,
} from './app-harness';

jest.setTimeout(180_000);

const site = appSiteForSuite();

async function transition(user: string, key: string, name: string): Promise<void> {
  const { body } = await restJson<{ transitions: Array<{ id: string; name: string }> }>(
    site(),
    user,
    'GET',
    `/rest/api/3/issue/${key}/transitions`,
  );
  const id = body.transitions.find((t) => t.name === name)?.id;
  const answer = await restJson(site(), user, 'POST', `/rest/api/3/issue/${key}/transitions`, {
    transition: { id },
  });
  expect(answer.status).toBe(204);
  await site().emulator.drain();
}

test('the tickets tab lists the redesign tasks of an approved change', async () => {
  const key = await createChangeRequest(site(), 'requester', 'New help-centre layout', {
    launchDate: isoDaysFromToday(120),
    // Tier 4: one approval, by the requesting team's lead; redesign due a week before launch.
    answers: {
      reach: 1,
      customerAction: 0,
      financial: 0,
      visibility: 0,
      supportLoad: 0,
      reversibility: 0,
      regulatory: 0,
      history: 0,
    },
    touchpoints: ['website', 'help-centre'],
  });
  await transition('requester', key, 'Submit');
  await transition('team-lead', await pendingApprovalOf(site(), key, 'team-lead'), 'Approve');
  await transition('requester', key, 'Approve');

  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/browse/${key}`);
  const panel = appFrame(page, MODULES.panel);
  await panel.getByRole('tab', { name: 'Approvals & comms' }).click();
  await visible(panel.getByRole('heading', { name: 'Redesign of touched touchpoints' }));
  const table = panel.getByRole('table', {
    name: 'Help-centre articles, macros and journey maps to update before launch, one task per touchpoint',
  });
  const website = table.getByRole('row', { name: /Website and pricing page/ });
  const helpCentre = table.getByRole('row', { name: /Help-centre articles/ });
  expect(await textOf(website)).toContain('Parker Reed');
  expect(await textOf(helpCentre)).toContain('Casey Lead');
  // Each row links its task; the due date is launch − 7 days.
  const due = new Date(`${isoDaysFromToday(113)}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  expect(await textOf(helpCentre)).toContain(due);
  expect(await textOf(helpCentre.getByRole('link'))).toMatch(/^CHG-\d+$/);
  await screenshot(page, 'panel-redesign-light');
  await page.context().close();

  // The tab as its own frame, judged by axe with the redesign table on it.
  const frame = await site().framePage(MODULES.panel, { user: 'requester', issueKey: key });
  await frame.getByRole('tab', { name: 'Approvals & comms' }).click();
  await visible(frame.getByRole('heading', { name: 'Redesign of touched touchpoints' }));
  expect(await seriousA11yFindings(frame)).toEqual([]);
  await frame.context().close();
});

test('a redesign due after launch is refused on its field in the comms plans, before anything is saved', async () => {
  const page = await site().shellPage({ user: 'admin' });
  await page.goto(`${site().url}/jira/settings/apps/${MODULES.admin}`);
  const admin = appFrame(page, MODULES.admin);
  await visible(admin.getByRole('tab', { name: 'Comms plans' }), 30_000);
  await admin.getByRole('tab', { name: 'Comms plans' }).click();
  const field = admin.locator('#cfg-commsPlans-0-redesignOffsetDays');
  expect(await field.inputValue()).toBe('-180');
  await field.fill('5');
  const error = admin.locator('#cfg-commsPlans-0-redesignOffsetDays-error');
  expect(await textOf(error)).toContain('Enter 0 or less.');
  expect(await field.getAttribute('aria-describedby')).toContain(
    'cfg-commsPlans-0-redesignOffsetDays-error',
  );
  await visible(admin.getByRole('heading', { name: 'Problems to fix before saving: 1' }));
  await visible(admin.getByRole('button', { name: 'Comms plan 1 › Redesign due' }));
  await field.fill('-21');
  expect(await admin.getByRole('heading', { name: /Problems to fix/ }).count()).toBe(0);
  await page.context().close();
});

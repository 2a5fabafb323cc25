// The intake filled with the keyboard alone: Tab between fields, arrows in radio groups, Space on
// checkboxes and the toggle, Enter to add list entries and to save.
import type { Page } from 'playwright-core';
import {
  appSiteForSuite,
  createChangeRequest,
  isoDaysFromToday,
  issueProperty,
  MODULES,
  screenshot,
  textOf,
  usDate,
  visible,
} from './app-harness';

jest.setTimeout(180_000);

const site = appSiteForSuite();

/** Presses Tab until the focused element matches `selector`; fails when it never gets there. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Scores 13 of 48 (27): tier 3, Moderate, 30 days of lead time. */
const ANSWERS = {
  reach: 1,
  customerAction: 1,
  financial: 1,
  visibility: 1,
  supportLoad: 1,
  reversibility: 1,
  regulatory: 0,
  history: 0,
};

test('a keyboard-only user fills and saves the intake, emergency included', async () => {
  const key = await createChangeRequest(
    site(),
    'requester',
    'E2E: Fix the invoice rounding before month end',
  );
  const page = await site().framePage(MODULES.panel, { user: 'requester', issueKey: key });
  // A change request without an assessment opens on its intake.
  await visible(page.locator('#intake-launch-date'), 30_000);
  const launch = isoDaysFromToday(10);

  await tabTo(page, '#intake-launch-date');
  await page.keyboard.type(usDate(launch));
  await page.keyboard.press('Enter');

  for (const [criterion, value] of Object.entries(ANSWERS)) {
    // Tab enters a radio group that has no answer on its first option; arrows move and choose.
    await tabTo(page, `input[name="answer-${criterion}"]`);
    if (value === 0) await page.keyboard.press('Space');
    for (let step = 0; step < value; step += 1) await page.keyboard.press('ArrowDown');
  }

  await tabTo(page, '#intake-segments');
  await page.keyboard.type('Finance teams');
  await page.keyboard.press('Enter');
  await tabTo(page, '#intake-channels');
  await page.keyboard.type('Email');
  await page.keyboard.press('Enter');
  await tabTo(page, 'input[name="touchpoints"][value="invoices"]');
  await page.keyboard.press('Space');
  await tabTo(page, '#intake-customer-action');
  await page.keyboard.type('Nothing.');
  await tabTo(page, 'input[name="rollout"]');
  await page.keyboard.press('Space');
  await tabTo(page, '#intake-rollback');
  await page.keyboard.type('Restore the previous rounding rule.');
  await tabTo(page, '#intake-kpis');
  await page.keyboard.type('No rounding complaints');
  await page.keyboard.press('Enter');
  await tabTo(page, '#intake-emergency');
  await page.keyboard.press('Space');
  await tabTo(page, '#intake-justification');
  await page.keyboard.type(
    'Invoices go out on the 1st; the wrong rounding breaks a contract term.',
  );
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');

  await visible(page.getByRole('heading', { name: /Moderate/ }), 30_000);
  expect(await textOf(page.getByText(/^Flagged as an emergency:/))).toContain(
    'Invoices go out on the 1st',
  );
  await visible(page.getByText('Inside the lead time'));
  await visible(page.getByText(/^Earliest compliant launch:/));

  const intake = await issueProperty<Record<string, unknown>>(
    site(),
    key,
    'change-governance.intake',
  );
  expect(intake).toMatchObject({
    launchDate: launch,
    answers: ANSWERS,
    segments: ['Finance teams'],
    channels: ['Email'],
    touchpoints: ['invoices'],
    rollout: 'big-bang',
    kpis: ['No rounding complaints'],
    emergency: {
      justification: 'Invoices go out on the 1st; the wrong rounding breaks a contract term.',
    },
  });
  const assessment = await issueProperty<{ tier: number; leadTime: { compliant: boolean } }>(
    site(),
    key,
    'change-governance.assessment',
  );
  expect(assessment).toMatchObject({ tier: 3, leadTime: { compliant: false } });
  await screenshot(page, 'panel-keyboard-emergency-light');
  await page.context().close();
});

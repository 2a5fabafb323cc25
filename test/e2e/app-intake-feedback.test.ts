// The intake form's feedback as a new requester meets it (issue 12, item 14): nothing is red before the user did
// anything, the "still needed" count is the length of its list, a long segment wraps inside the panel, a long
// description shows how much room is left, and a typed day that is no date is said to be one.
import type { Page } from 'playwright-core';
import {
  appFrame,
  appSiteForSuite,
  createChangeRequest,
  MODULES,
  screenshot,
  textOf,
  visible,
} from './app-harness';

jest.setTimeout(180_000);

const site = appSiteForSuite();

async function openNewRequest(): Promise<Page> {
  const key = await createChangeRequest(site(), 'requester', 'E2E: feedback on a new request');
  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/browse/${key}`);
  return page;
}

test('a new request opens without red fields, and the count of what is still needed is its list', async () => {
  const page = await openNewRequest();
  const panel = appFrame(page, MODULES.panel);
  await visible(panel.getByRole('form', { name: 'Change request intake' }));

  // No field error before the user touched anything or tried to save.
  expect(await panel.locator('[aria-invalid="true"]').count()).toBe(0);
  const notice = panel.getByText(/^Still needed for the assessment: \d+$/);
  const count = Number(/(\d+)$/.exec(await textOf(notice))?.[1]);
  const listed = notice.locator('xpath=ancestor::*[.//ul][1]').locator('li');
  expect(await listed.count()).toBe(count);
  expect(count).toBeGreaterThan(0);
  // The headline above lists the same things, each once.
  const headline = panel.getByText('The change cannot be tiered until these are answered:');
  const headlineItems = headline.locator('xpath=ancestor::*[.//ul][1]').locator('li');
  expect(await headlineItems.count()).toBe(count);

  // Trying to save marks what is missing on its field.
  await panel.getByRole('button', { name: 'Save and assess' }).click();
  await visible(panel.locator('[aria-invalid="true"]'));
  await page.context().close();
});

test('a 200-character segment wraps inside the panel, and the description counts its characters', async () => {
  const page = await openNewRequest();
  const panel = appFrame(page, MODULES.panel);
  const segments = panel.locator('#intake-segments');
  await visible(segments);
  // One unbroken word is the hardest case: nothing to break at but the letters.
  await segments.fill('a'.repeat(200));
  await segments.press('Enter');
  const frame = page.frames().find((f) => f.url().includes(`/emulator/frame/${MODULES.panel}/`));
  if (!frame) throw new Error('the panel frame is missing');
  const overflow = await frame.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // Wrapped, not cut: every part of the tag shows its whole text.
  const cut = await panel
    .locator('.cg-tag-list li')
    .first()
    .evaluate((li) =>
      [li, ...Array.from(li.querySelectorAll('*'))].some(
        (el) => el.scrollWidth > el.clientWidth + 1,
      ),
    );
  expect(cut).toBe(false);

  await panel.locator('#intake-description').fill('x'.repeat(4990));
  await visible(panel.getByText('4,990 of 5,000 characters'));
  await panel.locator('#intake-description').fill('x'.repeat(5000));
  await visible(panel.getByText(/^5,000 of 5,000 characters: the limit/));
  await screenshot(page, 'panel-intake-feedback');
  await page.context().close();
});

test('a typed day that is no date is said to be one, and a real day typed is kept', async () => {
  const page = await openNewRequest();
  const panel = appFrame(page, MODULES.panel);
  const date = panel.locator('#intake-launch-date');
  await visible(date);
  await date.click();
  await page.keyboard.type('31/31/2027');
  // Leaving the picker (its calendar button is still inside it) for another field.
  await panel.locator('#intake-description').click();
  await visible(panel.getByText('“31/31/2027” is not a date', { exact: false }));

  await date.click();
  await page.keyboard.type('3/15/2028');
  await panel.locator('#intake-description').click();
  await visible(panel.getByText(/Mar 15, 2028|3\/15\/2028/));
  expect(await panel.getByText('is not a date', { exact: false }).count()).toBe(0);
  await page.context().close();
});

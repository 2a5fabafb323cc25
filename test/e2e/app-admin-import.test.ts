// Importing a configuration file is reviewed before it goes live: a file with bad values names every
// one of them on its place and saves nothing; a good file shows what changes against the version in
// force and how many open change requests would change tier, and only Confirm saves it.
import type { FrameLocator, Page } from 'playwright-core';
import {
  appFrame,
  appSiteForSuite,
  MODULES,
  screenshot,
  storedConfig,
  textOf,
  visible,
} from './app-harness';

jest.setTimeout(180_000);

const site = appSiteForSuite();

async function openHistory(page: Page): Promise<FrameLocator> {
  await page.goto(`${site().url}/jira/settings/apps/${MODULES.admin}`);
  const admin = appFrame(page, MODULES.admin);
  await visible(admin.getByRole('tab', { name: 'History' }), 30_000);
  await admin.getByRole('tab', { name: 'History' }).click();
  return admin;
}

const upload = (admin: FrameLocator, name: string, config: unknown) =>
  admin.locator('#cfg-import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(config)),
  });

test('a file with two bad values names both on their place and saves nothing', async () => {
  const before = await storedConfig(site());
  const bad = structuredClone(before.config);
  bad.tiers[0]!.leadTimeDays = -5;
  bad.criteria[1]!.weight = 0;
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openHistory(page);
  await upload(admin, 'bad.json', bad);

  const review = admin.getByRole('region', { name: 'Review the import of bad.json' });
  await visible(review, 30_000);
  await visible(review.getByRole('listitem'));
  const text = await textOf(review);
  expect(text).toContain('2 problems in bad.json: nothing was saved');
  expect(await review.getByRole('listitem').count()).toBe(2);
  expect(text).toContain('Tier 1 › Lead time: Enter 0 or more.');
  expect(text).toContain('Criterion 2 › Weight: The weight must be greater than 0.');
  expect(await review.getByRole('button', { name: 'Save as new version' }).count()).toBe(0);
  await screenshot(page, 'admin-import-problems-light');
  expect((await storedConfig(site())).version).toBe(before.version);
  await page.context().close();
});

test('a good file shows the changes and the re-assessment effect; Cancel saves nothing, Confirm saves', async () => {
  const before = await storedConfig(site());
  const edited = structuredClone(before.config);
  const reach = edited.criteria.findIndex((c) => c.id === 'reach');
  const weight = edited.criteria[reach]!.weight;
  edited.criteria[reach]!.weight = weight + 20;
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openHistory(page);

  await upload(admin, 'heavier.json', edited);
  const review = admin.getByRole('region', { name: 'Review the import of heavier.json' });
  await visible(review, 30_000);
  const changes = review.getByRole('region', {
    name: `Changes against version ${String(before.version)}, in force`,
  });
  expect(await textOf(changes.getByRole('listitem'))).toBe(
    `Criterion ${String(reach + 1)} › Weight: ${String(weight)} → ${String(weight + 20)}`,
  );
  const effect = review.getByRole('region', { name: 'Re-assessment' });
  expect(await textOf(effect)).toMatch(/\d+ of \d+ open change requests? would change tier\./);
  await screenshot(page, 'admin-import-review-light');

  await review.getByRole('button', { name: 'Cancel' }).click();
  expect(await admin.getByRole('region', { name: /Review the import/ }).count()).toBe(0);
  expect((await storedConfig(site())).version).toBe(before.version);

  await upload(admin, 'heavier.json', edited);
  await admin.getByRole('button', { name: 'Save as new version' }).click();
  await visible(admin.getByText(`Version ${String(before.version + 1)}, saved`), 30_000);
  const after = await storedConfig(site());
  expect(after.version).toBe(before.version + 1);
  expect(after.config.criteria[reach]?.weight).toBe(weight + 20);
  await page.context().close();
});

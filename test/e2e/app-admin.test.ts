// The admin page: a weight edited with the domain's validation on the field, saved as a new
// version, open change requests re-assessed with a progress bar, the version history, the live
// preview, and a save that loses the race to another admin.
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import type { ResolverResponse, StoredConfig } from '../../src/contract/resolver-contract';
import {
  appFrame,
  appSiteForSuite,
  eventually,
  issueProperty,
  MODULES,
  screenshot,
  textOf,
  visible,
} from './app-harness';

jest.setTimeout(180_000);

const site = appSiteForSuite();

async function openAdmin(page: Page): Promise<FrameLocator> {
  await page.goto(`${site().url}/jira/settings/apps/${MODULES.admin}`);
  const admin = appFrame(page, MODULES.admin);
  try {
    await visible(admin.getByRole('tab', { name: 'Criteria' }), 30_000);
  } catch (error) {
    await screenshot(page, 'admin-failed-to-open');
    throw error;
  }
  return admin;
}

async function storedConfig(): Promise<StoredConfig> {
  const answer = (await site().emulator.invoke({
    moduleKey: MODULES.admin,
    accountId: 'admin',
    functionKey: 'getConfig',
    payload: {},
  })) as ResolverResponse<StoredConfig>;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
}

test('a weight of 0 is refused on its field before anything is saved', async () => {
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openAdmin(page);
  await admin.getByRole('tab', { name: 'Criteria' }).click();
  const weight = admin.locator('#cfg-criteria-0-weight');
  await weight.fill('0');

  // The domain's own validation, on every edit: the message sits on the field and is read with it.
  const error = admin.locator('#cfg-criteria-0-weight-error');
  expect(await textOf(error)).toContain('must be greater than 0');
  expect(await weight.getAttribute('aria-describedby')).toContain('cfg-criteria-0-weight-error');
  await visible(admin.getByRole('heading', { name: 'Problems to fix before saving: 1' }));
  await admin.getByRole('button', { name: 'Save new version' }).click();
  expect((await storedConfig()).version).toBe(1);

  // The problem list takes the admin back to the field.
  await admin.getByRole('tab', { name: /Setup/ }).click();
  await admin.getByRole('button', { name: 'criteria[0].weight' }).click();
  await eventually(async () => {
    expect(
      await admin.locator('#cfg-criteria-0-weight').evaluate((el) => el === document.activeElement),
    ).toBe(true);
  });
  await screenshot(page, 'admin-invalid-weight-light');
  await page.context().close();
});

test('saving a new weight creates a version and shows the re-assessment of open change requests', async () => {
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openAdmin(page);
  await admin.getByRole('tab', { name: 'Criteria' }).click();
  await admin.locator('#cfg-criteria-0-weight').fill('4');
  expect(await admin.getByRole('heading', { name: /Problems to fix/ }).count()).toBe(0);
  await admin.getByRole('button', { name: 'Save new version' }).click();

  await visible(admin.getByText(/^Version 2, saved/), 30_000);
  await visible(
    admin
      .getByRole('region', { name: 'Re-assessment of open change requests' })
      .or(admin.getByText('Re-assessment finished')),
  );
  await visible(admin.getByText('Re-assessment finished'), 90_000);
  expect(await textOf(admin.getByText(/re-assessed with version 2/))).toMatch(
    /re-assessed with version 2: \d+ of \d+/,
  );
  await screenshot(page, 'admin-reassessed-light');

  const saved = await storedConfig();
  expect(saved.version).toBe(2);
  expect(saved.config.criteria.find((c) => c.id === 'reach')?.weight).toBe(4);
  await site().emulator.drain();
  const assessment = await issueProperty<{ configVersion: number }>(
    site(),
    'CHG-1',
    'change-governance.assessment',
  );
  expect(assessment?.configVersion).toBe(2);

  await admin.getByRole('tab', { name: 'History' }).click();
  const history = admin.getByRole('table', { name: /Every saved version/ });
  const row = history.getByRole('row', { name: /^2 \(current\)/ });
  expect(await textOf(row)).toMatch(/weight/);
  await visible(history.getByRole('button', { name: 'Restore version 1' }));
  await page.context().close();
});

test('the preview shows the tier a sample intake gets with the draft', async () => {
  const page = await site().shellPage({ user: 'admin', theme: 'dark' });
  const admin = await openAdmin(page);
  await admin.getByRole('tab', { name: 'Preview' }).click();
  // Every answer starts at 0: the lowest tier.
  await visible(admin.getByText('Tier 4 · Low'), 30_000);
  await screenshot(page, 'admin-preview-dark');
  await page.context().close();
});

test('a save that loses the race to another admin offers to reload the newer version', async () => {
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openAdmin(page);
  const current = await storedConfig();

  // Another admin saves meanwhile.
  const other = (await site().emulator.invoke({
    moduleKey: MODULES.admin,
    accountId: 'admin',
    functionKey: 'saveConfig',
    payload: { config: current.config, baseVersion: current.version },
  })) as ResolverResponse<StoredConfig>;
  expect(other.ok).toBe(true);

  await admin.getByRole('tab', { name: 'Criteria' }).click();
  await admin.locator('#cfg-criteria-1-weight').fill('3');
  await admin.getByRole('button', { name: 'Save new version' }).click();
  await visible(admin.getByText('Someone else saved first'), 30_000);
  await admin.getByRole('button', { name: 'Reload the latest version' }).click();
  await visible(admin.getByText(`Version ${String(current.version + 1)}, saved`), 30_000);
  expect((await storedConfig()).version).toBe(current.version + 1);
  await page.context().close();
});

test('the one-click setup reports what it did for the chosen project', async () => {
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openAdmin(page);
  await admin.getByRole('tab', { name: 'Setup' }).click();
  await visible(admin.getByRole('table', { name: 'Projects' }).getByRole('row', { name: /CHG/ }));
  await admin.getByRole('button', { name: 'Set up project' }).click();
  const report = admin.getByText('Setup of CHG finished');
  await visible(report, 30_000);
  // Run again on a set-up site, nothing is created twice.
  expect(await admin.getByText('Created', { exact: true }).count()).toBe(0);
  expect(await admin.getByText('Already there', { exact: true }).count()).toBeGreaterThan(0);
  await page.context().close();
});

test('export downloads the configuration; an edited file imported becomes the next version', async () => {
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openAdmin(page);
  await admin.getByRole('tab', { name: 'History' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    admin.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const before = await storedConfig();
  expect(download.suggestedFilename()).toBe(
    `change-governance-config-v${String(before.version)}.json`,
  );
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as StoredConfig['config'];
  expect(exported.criteria.map((c) => c.id)).toContain('history');

  const edited = {
    ...exported,
    criteria: exported.criteria.map((c) => (c.id === 'history' ? { ...c, weight: 2 } : c)),
  };
  await admin.locator('#cfg-import-file').setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  await visible(admin.getByText(`Version ${String(before.version + 1)}, saved`), 30_000);
  const after = await storedConfig();
  expect(after.config.criteria.find((c) => c.id === 'history')?.weight).toBe(2);

  // A file that is not a configuration is refused with the reason, and nothing is saved.
  await admin.locator('#cfg-import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ tiers: [] })),
  });
  await visible(admin.getByText('The configuration has problems'), 30_000);
  expect((await storedConfig()).version).toBe(after.version);
  await page.context().close();
});

test('restoring an old version saves it again as the newest', async () => {
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openAdmin(page);
  const before = await storedConfig();
  await admin.getByRole('tab', { name: 'History' }).click();
  await admin.getByRole('button', { name: 'Restore version 1' }).click();
  const confirmation = admin.getByRole('group', { name: 'Restore version 1?' });
  await visible(confirmation);
  // The question takes the focus, so a keyboard user answers it at once.
  expect(
    await confirmation
      .getByRole('button', { name: 'Restore', exact: true })
      .evaluate((el) => el === document.activeElement),
  ).toBe(true);
  await confirmation.getByRole('button', { name: 'Restore', exact: true }).click();
  await visible(admin.getByText(`Version ${String(before.version + 1)}, saved`), 30_000);
  const after = await storedConfig();
  expect(after.config.criteria.find((c) => c.id === 'reach')?.weight).toBe(3);
  await screenshot(page, 'admin-history-light');
  await page.context().close();
});

// The admin page: a weight edited with the domain's validation on the field, saved as a new
// version, open change requests re-assessed with a progress bar, the version history, the live
// preview, a save that loses the race to another admin, and an old version viewed before restoring.
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import type { ResolverResponse, StoredConfig } from '../../src/contract/resolver-contract';
import {
  appFrame,
  appSiteForSuite,
  eventually,
  issueProperty,
  MODULES,
  savedDownload,
  screenshot,
  seriousA11yFindings,
  textOf,
  visible,
  storedConfig,
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

test('a weight of 0 is refused on its field before anything is saved', async () => {
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openAdmin(page);
  await admin.getByRole('tab', { name: 'Criteria' }).click();
  const weight = admin.locator('#cfg-criteria-0-weight');
  await weight.fill('0');

  // The domain's own validation, on every edit: the message sits on the field and is read with it.
  const error = admin.locator('#cfg-criteria-0-weight-error');
  expect(await textOf(error)).toContain('The weight must be greater than 0.');
  expect(await weight.getAttribute('aria-describedby')).toContain('cfg-criteria-0-weight-error');
  await visible(admin.getByRole('heading', { name: 'Problems to fix before saving: 1' }));
  await admin.getByRole('button', { name: 'Save new version' }).click();
  expect((await storedConfig(site())).version).toBe(1);

  // The problem list takes the admin back to the field.
  await admin.getByRole('tab', { name: /Setup/ }).click();
  // Named in a change manager's words, not the configuration's path.
  await admin.getByRole('button', { name: 'Criterion 1 › Weight' }).click();
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

  const saved = await storedConfig(site());
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
  // Indexed like the validation messages, in the admin's words.
  expect(await textOf(row)).toContain('Criterion 1 › Weight: 3 → 4');
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
  const current = await storedConfig(site());

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
  expect((await storedConfig(site())).version).toBe(current.version + 1);
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
  const before = await storedConfig(site());
  expect(download.suggestedFilename()).toBe(
    `change-governance-config-v${String(before.version)}.json`,
  );
  const file = await savedDownload(download);
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
  // Reviewed first, then saved on Confirm.
  await admin.getByRole('button', { name: 'Save as new version' }).click();
  await visible(admin.getByText(`Version ${String(before.version + 1)}, saved`), 30_000);
  const after = await storedConfig(site());
  expect(after.config.criteria.find((c) => c.id === 'history')?.weight).toBe(2);
  await page.context().close();
});

test('restoring an old version saves it again as the newest', async () => {
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openAdmin(page);
  const before = await storedConfig(site());
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
  const after = await storedConfig(site());
  expect(after.config.criteria.find((c) => c.id === 'reach')?.weight).toBe(3);
  await screenshot(page, 'admin-history-light');
  await page.context().close();
});

test('an old version can be viewed, read only, with what restoring it changes, and then restored', async () => {
  // A known starting point: the version in force, then a newer one with another weight for reach.
  const before = await storedConfig(site());
  const oldWeight = before.config.criteria.find((c) => c.id === 'reach')?.weight ?? 0;
  const newWeight = oldWeight + 2;
  const saved = (await site().emulator.invoke({
    moduleKey: MODULES.admin,
    accountId: 'admin',
    functionKey: 'saveConfig',
    payload: {
      config: {
        ...before.config,
        criteria: before.config.criteria.map((c) =>
          c.id === 'reach' ? { ...c, weight: newWeight } : c,
        ),
      },
      baseVersion: before.version,
    },
  })) as ResolverResponse<StoredConfig>;
  if (!saved.ok) throw new Error(saved.error.message);
  const old = before.version;
  const inForce = saved.data.version;

  const page = await site().shellPage({ user: 'admin' });
  const admin = await openAdmin(page);
  await admin.getByRole('tab', { name: 'History' }).click();
  const history = admin.getByRole('table', { name: /Every saved version/ });
  await history.getByRole('button', { name: `View version ${String(old)}` }).click();

  const view = admin.getByRole('region', { name: `Version ${String(old)}` });
  await visible(view, 30_000);
  // The reader is taken to it.
  await eventually(async () => {
    expect(await view.evaluate((el) => el.contains(el.ownerDocument.activeElement))).toBe(true);
  });
  // What restoring it would change, against the version in force: the weight goes back.
  const changes = view.getByRole('region', {
    name: `Compared with version ${String(inForce)}, in force`,
  });
  expect(await textOf(changes.getByRole('listitem'))).toBe(
    `Criterion 1 › Weight: ${String(newWeight)} → ${String(oldWeight)}`,
  );
  expect(await changes.getByRole('listitem').count()).toBe(1);
  // What it contains, with the weight in force next to the one that differs.
  const criteria = view.getByRole('table', {
    name: `Criteria and their weights in version ${String(old)}`,
  });
  const reach = criteria.getByRole('row', { name: /What share of customers is affected\?/ });
  expect(await textOf(reach)).toContain(String(oldWeight));
  expect(await textOf(reach)).toContain(`Weight ${String(newWeight)} in force`);
  await visible(
    view.getByRole('table', {
      name: new RegExp(`^Tiers, lead times and score thresholds in version ${String(old)}`),
    }),
  );
  await visible(
    view.getByRole('table', { name: `Communication steps per tier in version ${String(old)}` }),
  );
  await screenshot(page, 'admin-version-view-light');

  // No serious or critical accessibility finding on the view (axe runs inside the app's frame).
  const frame = await (
    await page.locator(`iframe[data-module-key="${MODULES.admin}"]`).elementHandle()
  ).contentFrame();
  if (!frame) throw new Error('the admin frame is not there');
  expect(await seriousA11yFindings(frame)).toEqual([]);

  // Nothing was saved by looking.
  expect((await storedConfig(site())).version).toBe(inForce);

  // Restore from the view: the question is asked in it, and the version is saved again as the newest.
  await view.getByRole('button', { name: 'Restore this version' }).click();
  const confirmation = view.getByRole('group', { name: `Restore version ${String(old)}?` });
  await visible(confirmation);
  await confirmation.getByRole('button', { name: 'Restore', exact: true }).click();
  await visible(admin.getByText(`Version ${String(inForce + 1)}, saved`), 30_000);
  const after = await storedConfig(site());
  expect(after.version).toBe(inForce + 1);
  expect(after.config.criteria.find((c) => c.id === 'reach')?.weight).toBe(oldWeight);
  // The view closes once its version is restored.
  expect(await admin.getByRole('region', { name: `Version ${String(old)}` }).count()).toBe(0);
  await page.context().close();
});

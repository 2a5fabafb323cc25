// The touchpoint registry in the browser: an admin renames a touchpoint and adds one with its
// owner on the Touchpoints tab (by keyboard), saves, and the intake offers both, stage by stage, in
// English and Italian; the panel then names the touched journey's owners. No serious axe finding.
import type { FrameLocator, Page } from 'playwright-core';
import {
  appFrame,
  appSiteForSuite,
  isoDaysFromToday,
  issueProperty,
  MODULES,
  restJson,
  screenshot,
  seriousA11yFindings,
  visible,
  storedConfig,
} from './app-harness';

jest.setTimeout(240_000);

const site = appSiteForSuite();

async function frameOf(page: Page, moduleKey: string) {
  const handle = await page
    .locator(`iframe[data-module-key="${moduleKey}"]`)
    .elementHandle({ timeout: 30_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no ${moduleKey} frame`);
  return frame;
}

async function openTouchpoints(page: Page): Promise<FrameLocator> {
  await page.goto(`${site().url}/jira/settings/apps/${MODULES.admin}`);
  const admin = appFrame(page, MODULES.admin);
  await visible(admin.getByRole('tab', { name: 'Touchpoints' }), 30_000);
  await admin.getByRole('tab', { name: 'Touchpoints' }).click();
  await visible(admin.getByRole('heading', { name: 'Journey stages' }));
  return admin;
}

let key = '';

test('an admin renames a touchpoint and adds one with an owner, by keyboard, and saves', async () => {
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openTouchpoints(page);

  // The purchase stage's checkout: Stage 2 › step 1 › touchpoint 1.
  const checkout = 'cfg-journey-stages-1-steps-0-touchpoints-0';
  await admin.locator(`#${checkout}-name-en-US`).fill('Online checkout');
  await admin.locator(`#${checkout}-name-it-IT`).fill('Checkout online');

  // Adding a touchpoint with the keyboard: it needs an owner before the version can be saved.
  await admin.getByRole('button', { name: 'Add a touchpoint to Chooses a plan and pays' }).focus();
  await page.keyboard.press('Enter');
  const added = 'cfg-journey-stages-1-steps-0-touchpoints-1';
  await visible(admin.locator(`#${added}-owner-accountId-error`));
  await visible(admin.getByRole('heading', { name: /Problems to fix before saving/ }));
  await admin.locator(`#${added}-id`).fill('kiosk');
  await admin.locator(`#${added}-name-en-US`).fill('In-store kiosk');
  await admin.locator(`#${added}-name-it-IT`).fill('Chiosco in negozio');
  await admin.locator(`#${added}-owner-accountId`).focus();
  await page.keyboard.type('Casey');
  await visible(admin.getByRole('option', { name: /Casey Lead/ }));
  await page.keyboard.press('Enter');
  expect(await admin.getByRole('heading', { name: /Problems to fix/ }).count()).toBe(0);

  // Moving it up keeps the focus on its move button, at its new place.
  await admin.getByRole('button', { name: 'Move In-store kiosk up' }).focus();
  await page.keyboard.press('Enter');
  const movedDown = admin.locator(`#${checkout}-down`);
  await expect(movedDown.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Enter');

  expect(await seriousA11yFindings(await frameOf(page, MODULES.admin))).toEqual([]);
  await screenshot(page, 'admin-touchpoints-light');
  await admin.getByRole('button', { name: 'Save new version' }).click();
  await visible(admin.getByText(/^Version 2, saved/), 30_000);

  const buy = (await storedConfig(site())).config.journey?.stages[1]?.steps[0];
  expect(buy?.touchpoints.map((tp) => [tp.id, tp.name, tp.owner])).toEqual([
    [
      'checkout',
      { 'en-US': 'Online checkout', 'it-IT': 'Checkout online' },
      { kind: 'user', accountId: 'finance-partner' },
    ],
    [
      'kiosk',
      { 'en-US': 'In-store kiosk', 'it-IT': 'Chiosco in negozio' },
      { kind: 'user', accountId: 'cx-lead' },
    ],
  ]);
  await page.context().close();
});

test('the intake offers the registry stage by stage, and the panel names the owners', async () => {
  // Written by a REST client with its answers, so the change is tiered once the panel saves.
  const created = await restJson<{ key: string }>(
    site(),
    'requester',
    'POST',
    '/rest/api/3/issue',
    {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: 'Change Request' },
        summary: 'E2E: Pay at the kiosk',
      },
      properties: [
        {
          key: 'change-governance.intake',
          value: {
            launchDate: isoDaysFromToday(400),
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
          },
        },
      ],
    },
  );
  key = created.body.key;
  await site().emulator.drain();
  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/browse/${key}`);
  const panel = appFrame(page, MODULES.panel);
  await panel.getByRole('tab', { name: 'Intake' }).click();

  const purchase = panel.getByRole('group', { name: 'Purchase' });
  await visible(purchase, 30_000);
  const kiosk = purchase.getByRole('checkbox', { name: 'In-store kiosk' });
  await kiosk.focus();
  await page.keyboard.press('Space');
  await purchase.getByRole('checkbox', { name: 'Online checkout' }).check();
  await panel.locator('#intake-other-touchpoints').fill('Partner portal');
  await panel.locator('#intake-other-touchpoints').press('Enter');
  expect(await seriousA11yFindings(await frameOf(page, MODULES.panel))).toEqual([]);
  await panel.getByRole('button', { name: 'Save and assess' }).click();
  await panel.getByRole('tab', { name: /Assessment/ }).click();
  const touched = panel.getByRole('region', { name: 'Touched journey' });
  await visible(touched, 30_000);
  await visible(touched.getByText('Owner: Frankie Patel (Finance partner)'));
  await visible(touched.getByText('Owner: Casey Lead (CX lead)'));
  await visible(touched.getByText('Casey Lead (CX lead), owner of In-store kiosk'));
  await visible(touched.getByText('Other touchpoints: Partner portal'));
  await screenshot(page, 'panel-touched-journey-light');

  const intake = await issueProperty<{ touchpoints: string[]; otherTouchpoints: string[] }>(
    site(),
    key,
    'change-governance.intake',
  );
  expect(intake).toMatchObject({
    touchpoints: ['checkout', 'kiosk'],
    otherTouchpoints: ['Partner portal'],
  });
  await page.context().close();
});

test('in Italian the intake names stages and touchpoints in Italian', async () => {
  const page = await site().shellPage({ user: 'requester', locale: 'it-IT' });
  await page.goto(`${site().url}/jira/browse/${key}`);
  const panel = appFrame(page, MODULES.panel);
  await panel.getByRole('tab', { name: 'Richiesta' }).click();
  const purchase = panel.getByRole('group', { name: 'Acquisto' });
  await visible(purchase, 30_000);
  expect(await purchase.getByRole('checkbox', { name: 'Chiosco in negozio' }).isChecked()).toBe(
    true,
  );
  expect(await purchase.getByRole('checkbox', { name: 'Checkout online' }).isChecked()).toBe(true);
  await visible(panel.getByRole('group', { name: 'Punti di contatto del percorso' }));
  await page.context().close();
});

test('removing a touchpoint an open change uses is refused on the journey, naming the change', async () => {
  const page = await site().shellPage({ user: 'admin' });
  const admin = await openTouchpoints(page);
  const before = (await storedConfig(site())).version;
  await admin.getByRole('button', { name: 'Remove In-store kiosk' }).click();
  await admin.getByRole('button', { name: 'Save new version' }).click();

  const error = admin.locator('#cfg-journey-error');
  await visible(error, 30_000);
  expect(await error.textContent()).toBe(
    `The touchpoint “In-store kiosk” (kiosk) is still used by open change requests: ${key}. ` +
      'Keep it (with the same id) until they no longer name it.',
  );
  // Listed with the other problems, and nothing was saved.
  await visible(admin.getByRole('button', { name: 'Touchpoints' }));
  expect((await storedConfig(site())).version).toBe(before);
  expect(await seriousA11yFindings(await frameOf(page, MODULES.admin))).toEqual([]);
  await page.context().close();
});

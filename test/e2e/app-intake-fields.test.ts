// The intake written by a REST client, opened in the issue panel: the form shows what changes and
// why and how the launch went, saving it keeps every field the client wrote (the app's own and
// others), and the form has no serious accessibility finding; the new fields speak Italian too.
import type { Page } from 'playwright-core';
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
} from './app-harness';

jest.setTimeout(180_000);

const site = appSiteForSuite();

const written = {
  launchDate: isoDaysFromToday(300),
  answers: {
    reach: 2,
    customerAction: 1,
    financial: 2,
    visibility: 1,
    supportLoad: 2,
    reversibility: 1,
    regulatory: 0,
    history: 0,
  },
  description: 'Invoices move to a new billing provider; the old one shuts down.',
  segments: ['SMB'],
  touchpoints: ['billing'],
  rollout: 'phased',
  outcome: 'complaints',
  // Another tool's fields on the same property.
  crmTicket: { system: 'crm', id: 4711 },
};

let key = '';

beforeAll(async () => {
  const created = await restJson<{ key: string }>(
    site(),
    'requester',
    'POST',
    '/rest/api/3/issue',
    {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: 'Change Request' },
        summary: 'E2E: Move invoices to a new billing provider',
      },
      properties: [{ key: 'change-governance.intake', value: written }],
    },
  );
  if (created.status !== 201) throw new Error(`create answered ${String(created.status)}`);
  key = created.body.key;
  await site().emulator.drain();
});

async function intakeFrame(page: Page) {
  const handle = await page
    .locator(`iframe[data-module-key="${MODULES.panel}"]`)
    .elementHandle({ timeout: 30_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the panel frame is not there');
  return frame;
}

test('the form shows what a REST client wrote, and saving one field keeps all the others', async () => {
  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/browse/${key}`);
  const panel = appFrame(page, MODULES.panel);
  await panel.getByRole('tab', { name: 'Intake' }).click();

  const description = panel.getByRole('textbox', { name: 'What changes, and why' });
  await visible(description, 30_000);
  expect(await description.inputValue()).toBe(written.description);
  expect(await panel.getByRole('radio', { name: 'Complaints', exact: true }).isChecked()).toBe(
    true,
  );
  expect(await panel.locator('#intake-description').getAttribute('aria-describedby')).toContain(
    'intake-description-helper',
  );

  expect(await seriousA11yFindings(await intakeFrame(page))).toEqual([]);
  await screenshot(page, 'panel-intake-fields-light');

  await description.fill('Invoices move to a new billing provider before the old one shuts down.');
  await panel.getByRole('button', { name: 'Save and assess' }).click();
  await visible(panel.getByText('Tier 2 · High'), 30_000);

  expect(await issueProperty(site(), key, 'change-governance.intake')).toEqual({
    ...written,
    description: 'Invoices move to a new billing provider before the old one shuts down.',
  });
  await page.context().close();
});

test('the new fields speak Italian', async () => {
  const page = await site().framePage(MODULES.panel, {
    user: 'requester',
    issueKey: key,
    locale: 'it-IT',
  });
  await page.getByRole('tab', { name: 'Richiesta' }).click();
  await visible(page.getByRole('textbox', { name: 'Cosa cambia e perché' }), 30_000);
  await visible(page.getByRole('group', { name: "Com'è andato il lancio?" }));
  await visible(page.getByRole('heading', { name: 'Dopo il lancio' }));
  await page.context().close();
});

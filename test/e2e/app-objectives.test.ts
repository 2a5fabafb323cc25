// SMART objectives in the issue panel (issue 15 §4), in real Chromium: entered in the intake with the
// keyboard, an objective without a unit refused on its Unit box in English and in Italian (nothing
// saved), and after launch the measured values and the outcome recorded from the assessment tab.
// "After launch" comes from Jira's clock: the launched change is raised while the site's clock stands
// 60 days back.
import type { Page } from 'playwright-core';
import {
  appSiteForSuite,
  eventually,
  isoDaysFromToday,
  issueProperty,
  MODULES,
  restJson,
  screenshot,
  seriousA11yFindings,
  textOf,
  usDate,
  visible,
  type Locale,
} from './app-harness';

jest.setTimeout(240_000);

const DAY_MS = 24 * 3600 * 1000;
let shiftMs = 0;
const site = appSiteForSuite({ now: () => new Date(Date.now() + shiftMs) });

const ANSWERS = {
  reach: 1,
  customerAction: 0,
  financial: 0,
  visibility: 0,
  supportLoad: 0,
  reversibility: 0,
  regulatory: 0,
  history: 0,
};

async function raise(summary: string, intake: Record<string, unknown>): Promise<string> {
  const created = await restJson<{ key: string }>(
    site(),
    'requester',
    'POST',
    '/rest/api/3/issue',
    {
      fields: { project: { key: 'CHG' }, issuetype: { name: 'Change Request' }, summary },
      properties: [{ key: 'change-governance.intake', value: intake }],
    },
  );
  if (created.status !== 201) throw new Error(`create answered ${String(created.status)}`);
  await site().emulator.drain();
  return created.body.key;
}

/** Presses Tab until the focused element matches `selector`; fails when it never gets there. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** A day as the date picker of each language takes it typed: M/D/YYYY, D/M/YYYY. */
const typedDay = (iso: string, locale: Locale) =>
  locale === 'en-US' ? usDate(iso) : iso.split('-').map(Number).reverse().join('/');

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

const WORDS: Record<
  Locale,
  { intake: string; add: string; save: string; noUnit: string; unit: string }
> = {
  'en-US': {
    intake: 'Intake',
    add: 'Add objective',
    save: 'Save and assess',
    noUnit: 'Give the unit (for example %, minutes, tickets).',
    unit: 'Unit',
  },
  'it-IT': {
    intake: 'Richiesta',
    add: 'Aggiungi obiettivo',
    save: 'Salva e valuta',
    noUnit: "Indica l'unità di misura (ad esempio %, minuti, ticket).",
    unit: 'Unità',
  },
};

describe.each(['en-US', 'it-IT'] as const)('objectives in the intake, %s', (locale) => {
  test('entered with the keyboard; without a unit the save is refused on the Unit box, then saved once it is given', async () => {
    const launch = isoDaysFromToday(120);
    const key = await raise(`E2E: objectives ${locale}`, { launchDate: launch, answers: ANSWERS });
    const words = WORDS[locale];
    const page = await site().framePage(MODULES.panel, {
      user: 'requester',
      issueKey: key,
      locale,
    });
    await page.getByRole('tab', { name: words.intake }).click();
    const add = page.getByRole('button', { name: words.add });
    await visible(add, 30_000);
    await add.focus();
    await page.keyboard.press('Enter');

    await tabTo(page, '#intake-objective-0-kpi');
    await page.keyboard.type('Billing tickets per week');
    await page.keyboard.press('Tab');
    await page.keyboard.type('120');
    await page.keyboard.press('Tab');
    await page.keyboard.type('80');
    // The unit is skipped: straight on to the measure-by day.
    await tabTo(page, '#intake-objective-0-measureBy');
    await page.keyboard.type(typedDay(isoDaysFromToday(150), locale));
    await page.keyboard.press('Enter');

    await page.getByRole('button', { name: words.save }).click();
    await visible(page.getByText(words.noUnit), 10_000);
    // Focus lands on the box to fix, which names its problem.
    expect(await focused(page)).toBe('intake-objective-0-unit');
    expect(
      await page.locator('#intake-objective-0-unit').getAttribute('aria-describedby'),
    ).toContain('intake-objective-0-unit-error');
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, `panel-objectives-no-unit-${locale}`);
    // Nothing was saved.
    expect(
      (await issueProperty<Record<string, unknown>>(site(), key, 'change-governance.intake'))
        ?.objectives,
    ).toBeUndefined();

    await page.keyboard.type('tickets');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    // Saved and re-assessed: the save's announcement, and the objective in the property.
    await eventually(async () => {
      expect(
        (await issueProperty<Record<string, unknown>>(site(), key, 'change-governance.intake'))
          ?.objectives,
      ).toEqual([
        {
          id: 'objective-1',
          kpi: 'Billing tickets per week',
          baseline: 120,
          target: 80,
          unit: 'tickets',
          measureBy: isoDaysFromToday(150),
        },
      ]);
    });
    expect(await page.getByText(words.noUnit).count()).toBe(0);
    await page.context().close();
  });
});

test('after launch the requester records measured values and the outcome with the keyboard', async () => {
  // Raised 60 days ago by Jira's clock, launched 20 days ago.
  shiftMs = -60 * DAY_MS;
  const key = await raise('E2E: a launched change with objectives', {
    launchDate: isoDaysFromToday(-20),
    answers: ANSWERS,
    objectives: [
      {
        id: 'tickets',
        kpi: 'Billing tickets per week',
        baseline: 120,
        target: 80,
        unit: 'tickets',
        measureBy: isoDaysFromToday(-10),
      },
      {
        id: 'csat',
        kpi: 'CSAT',
        baseline: 78,
        target: 85,
        unit: '%',
        measureBy: isoDaysFromToday(-5),
      },
    ],
  }).finally(() => {
    shiftMs = 0;
  });
  const page = await site().framePage(MODULES.panel, { user: 'requester', issueKey: key });
  await visible(page.getByRole('heading', { name: 'Objectives and outcome' }), 30_000);

  // 75 tickets (target 80, fewer is better): met. CSAT 81 % (target 85 %): missed.
  await tabTo(page, '#objective-result-tickets');
  await page.keyboard.type('75');
  await tabTo(page, '#objective-result-csat');
  await page.keyboard.type('81');
  const results = page.getByRole('table', { name: 'Objectives and their measured values' });
  await visible(results.getByText('Met', { exact: true }));
  await visible(results.getByText('Missed', { exact: true }));

  await tabTo(page, 'input[name="objective-results-outcome"]');
  // The first option is Smooth; one arrow down chooses Minor issues.
  await page.keyboard.press('ArrowDown');
  await tabTo(page, '#objective-results-note');
  await page.keyboard.type('Some customers asked where the old invoices went.');
  expect(await seriousA11yFindings(page)).toEqual([]);
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');

  expect(await textOf(page.getByText(/^Recorded by/))).toContain('1 of 2 objectives met');
  await screenshot(page, 'panel-objective-results');
  expect(await issueProperty(site(), key, 'change-governance.outcome')).toMatchObject({
    outcome: 'minor-issues',
    met: 1,
    missed: 1,
    total: 2,
  });
  await page.context().close();
});

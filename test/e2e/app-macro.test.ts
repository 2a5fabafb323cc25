// The Confluence macro on the demo pages: the impact-criteria, roles and comms-plan tables from the
// live configuration, in the language the macro is configured with (else the reader's own).
import type { FrameLocator, Page } from 'playwright-core';
import { DEMO_PAGES, DEMO_SPACE } from '../../emulator';
import {
  appFrame,
  appSiteForSuite,
  MODULES,
  screenshot,
  textOf,
  visible,
  type Locale,
  type Theme,
  saveConfigAsAdmin,
  storedConfig,
} from './app-harness';

jest.setTimeout(180_000);

const site = appSiteForSuite();

async function openPage(
  pageId: string,
  options: { locale: Locale; theme?: Theme },
): Promise<{ page: Page; macro: FrameLocator }> {
  const page = await site().shellPage({ user: 'requester', ...options });
  await page.goto(`${site().url}/wiki/spaces/${DEMO_SPACE.key}/pages/${pageId}`);
  const macro = appFrame(page, MODULES.macro);
  await visible(macro.locator('table[data-table="comms"]'), 30_000);
  return { page, macro };
}

/** Column headers of a table, in order. */
async function headers(macro: FrameLocator, table: string): Promise<string[]> {
  return (await macro.locator(`table[data-table="${table}"] thead th`).allTextContents()).map(
    (text) => text.trim(),
  );
}

test('the English page shows the three tables in English', async () => {
  const { page, macro } = await openPage(DEMO_PAGES.english, { locale: 'en-US' });
  expect(await macro.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
    'Impact criteria',
    'Roles and responsibilities',
    'Customer communication plan',
  ]);
  expect(await headers(macro, 'criteria')).toEqual([
    'Tier',
    'Customer Experience (support)',
    'Public Relations',
    'Finance',
    'Lead time',
    'Examples',
  ]);
  expect(await headers(macro, 'roles')).toEqual([
    'Tier',
    'Reviewers',
    'Approvers',
    'Communications owner',
    'Examples',
  ]);
  expect(await headers(macro, 'comms')).toEqual(['Tier', 'When', 'Step', 'Channel', 'Owner']);

  const critical = macro.locator('table[data-table="criteria"] tbody tr').first();
  expect(await textOf(critical)).toContain('Tier 1 · Critical');
  // docs/design-contract.md: tier 1's lead time covers its plan, which starts a year before launch.
  expect(await textOf(critical)).toContain('365 days');
  expect(await textOf(critical)).toContain('Price increase for all plans');
  expect(await macro.locator('table[data-table="criteria"] tbody tr').count()).toBe(4);
  expect(await textOf(macro.locator('table[data-table="roles"] tbody tr').first())).toContain(
    'VP Customer Experience',
  );
  // Tier 1's plan has eight steps, from a year before launch to two weeks after.
  const tier1 = macro.locator('table[data-table="comms"] tbody').first();
  expect(await tier1.locator('tr').count()).toBe(8);
  expect(await textOf(tier1.locator('tr').first())).toContain('365 days before');
  expect(await textOf(tier1.locator('tr').last())).toContain('14 days after');
  await screenshot(page, 'macro-en-light');
  await page.context().close();
});

test("the Italian page shows them in Italian, whatever the reader's language", async () => {
  const { page, macro } = await openPage(DEMO_PAGES.italian, { locale: 'en-US', theme: 'dark' });
  expect(await macro.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
    "Criteri d'impatto",
    'Ruoli e responsabilità',
    'Piano di comunicazione ai clienti',
  ]);
  expect(await headers(macro, 'criteria')).toEqual([
    'Livello',
    'Customer Experience (assistenza)',
    'Relazioni pubbliche',
    'Finanza',
    'Preavviso',
    'Esempi',
  ]);
  const critical = macro.locator('table[data-table="criteria"] tbody tr').first();
  expect(await textOf(critical)).toContain('Livello 1 · Critico');
  expect(await textOf(critical)).toContain('365 giorni');
  expect(await textOf(critical)).toContain('Aumento di prezzo per tutti i piani');
  expect(await textOf(macro.locator('table[data-table="comms"] tbody tr').first())).toContain(
    '365 giorni prima',
  );
  await screenshot(page, 'macro-it-dark');
  await page.context().close();
});

test('the English page stays English for an Italian reader: the macro chose its language', async () => {
  const { page, macro } = await openPage(DEMO_PAGES.english, { locale: 'it-IT' });
  expect(await macro.getByRole('heading', { level: 2 }).first().textContent()).toBe(
    'Impact criteria',
  );
  await page.context().close();
});

test("a macro without a language speaks the reader's, and shows only the tables it is configured with", async () => {
  const page = await site().framePage(MODULES.macro, {
    user: 'requester',
    locale: 'it-IT',
    config: { tables: ['roles'] },
  });
  await visible(page.locator('table[data-table="roles"]'), 30_000);
  expect(await page.locator('table').count()).toBe(1);
  expect(await textOf(page.getByRole('heading', { level: 2 }))).toBe('Ruoli e responsabilità');
  await page.context().close();
});

test('under the impact criteria, the page shows the weights, score ranges and escalation rules', async () => {
  const { page, macro } = await openPage(DEMO_PAGES.italian, { locale: 'en-US' });
  expect(await macro.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
    'Criteri di punteggio',
    'Soglie di punteggio',
    'Regole di escalation',
  ]);
  const weights = macro.locator('table[data-table="scoring-criteria"] tbody tr');
  expect(await weights.count()).toBe(8);
  // docs/design-contract.md: reach weighs 3 and offers four answers, regulatory offers 0, 2 and 3.
  expect(await textOf(weights.first())).toContain('Quale quota di clienti è interessata?');
  expect(await textOf(weights.first().locator('td.cg-num'))).toBe('3');
  expect(await weights.nth(6).locator('li').allTextContents()).toEqual([
    '0 · Nessuna',
    '2 · Termini contrattuali di preavviso',
    '3 · Obbligo legale o regolamentare',
  ]);
  const ranges = macro.locator('table[data-table="thresholds"] tbody tr');
  expect(await ranges.allTextContents()).toEqual([
    '60–100Livello 1 · Critico',
    '40–59Livello 2 · Alto',
    '25–39Livello 3 · Moderato',
    '0–24Livello 4 · Basso',
  ]);
  const rules = macro.locator('table[data-table="escalations"] tbody tr');
  expect(await rules.count()).toBe(4);
  expect(await textOf(rules.first())).toContain('financial = 3 e reach ≥ 2');
  expect(await textOf(rules.first())).toContain('Livello 1 · Critico');
  await page.context().close();
});

test("an admin's weight change in Jira shows on the page", async () => {
  const emulator = site().emulator;
  const config = structuredClone((await storedConfig(site())).config);
  const reach = config.criteria.find((criterion) => criterion.id === 'reach');
  if (reach === undefined) throw new Error('no reach criterion');
  reach.weight = 5;
  await saveConfigAsAdmin(site(), config);
  await emulator.drain();

  const { page, macro } = await openPage(DEMO_PAGES.english, { locale: 'en-US' });
  const row = macro.locator('table[data-table="scoring-criteria"] tbody tr').first();
  expect(await textOf(row.locator('th'))).toBe('reach');
  expect(await textOf(row.locator('td.cg-num'))).toBe('5');
  // 48 points by default; reach's weight 3 → 5 adds 2 × 3.
  expect(await textOf(macro.locator('table[data-table="thresholds"] caption'))).toContain(
    'share of 54 points',
  );
  await page.context().close();
});

// The notice report in a browser: the admin picks two quarters with the keyboard and reads the chart,
// the table beneath and the CSV export (figures worked out by hand in test/support/notice-history.ts),
// in English and Italian, axe-clean; a wrong range is refused on its field; the Confluence macro shows
// the report table to any reader without an issue key.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  MovableClock,
  NOTICE_HISTORY_START,
  quarterNameOf,
  realToday,
  seedNoticeHistory,
} from '../support/notice-history';
import {
  appSiteForSuite,
  MODULES,
  savedDownload,
  screenshot,
  seriousA11yFindings,
  textOf,
  visible,
  type Locale,
} from './app-harness';

jest.setTimeout(240_000);

const clock = new MovableClock(NOTICE_HISTORY_START);
const site = appSiteForSuite({ seedChangeRequests: false, now: clock.now });
let keys: Record<string, string> = {};

beforeAll(async () => {
  keys = await seedNoticeHistory(site().emulator, clock);
}, 240_000);

const TAB = { 'en-US': 'Notice report', 'it-IT': 'Rapporto preavvisi' } as const;
const SHOW = { 'en-US': 'Show report', 'it-IT': 'Mostra il resoconto' } as const;

/** The admin page on the report tab, the range chosen with the keyboard, the report shown. */
async function showReport(locale: Locale, from: string, to: string): Promise<Page> {
  const page = await site().framePage(MODULES.admin, { user: 'admin', locale });
  const tab = page.getByRole('tab', { name: new RegExp(`^${TAB[locale]}`) });
  await visible(tab, 30_000);
  // The tab list is walked with the arrow keys, as the design system's tabs offer it.
  await page.getByRole('tab', { selected: true }).focus();
  for (let step = 0; step < 12 && (await tab.getAttribute('aria-selected')) !== 'true'; step++)
    await page.keyboard.press('ArrowRight');
  expect(await tab.getAttribute('aria-selected')).toBe('true');
  const fromField = page.locator('#report-from');
  await visible(fromField, 30_000);
  // Native selects: focused, a quarter typed picks it (the browser's type-ahead), Tab moves on.
  await fromField.focus();
  await page.keyboard.type(from);
  await page.keyboard.press('Tab');
  await page.keyboard.type(to);
  expect(await fromField.inputValue()).toBe(from);
  expect(await page.locator('#report-to').inputValue()).toBe(to);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent.trim() ?? '')).toBe(
    SHOW[locale],
  );
  await page.keyboard.press('Enter');
  await visible(page.locator('table[data-table="notice-report"]'), 30_000);
  return page;
}

const rowCells = async (page: Page, tierLabel: string, quarter: string): Promise<string[]> => {
  const row = page
    .locator('table[data-table="notice-report"] tbody tr')
    .filter({ has: page.locator('th', { hasText: tierLabel }) })
    .filter({ has: page.locator('td', { hasText: quarter }) });
  return (await row.locator('th, td').allTextContents()).map((text) => text.trim());
};

test('the admin reads the chart, the table beneath and downloads the same figures as CSV', async () => {
  const page = await showReport('en-US', '2025-Q2', '2025-Q3');

  // The chart: an image with a title and a description that says every bar.
  const chart = page.locator('svg[data-chart="on-time"]');
  await visible(chart);
  expect(await chart.getAttribute('role')).toBe('img');
  // Title and description are never drawn: they are what assistive technology reads for the image.
  expect(await chart.locator('title').textContent()).toBe(
    'First customer notices on time, by tier and quarter',
  );
  const description = (await chart.locator('desc').textContent()) ?? '';
  expect(description).toContain('3 · Moderate, 2025-Q2: 33%');
  expect(description).toContain('3 · Moderate, 2025-Q3: 100%');
  // Bars only where notices fell due: tier 3 in both quarters.
  const bars = chart.locator('rect[data-tier]');
  expect(await bars.count()).toBe(2);
  expect(Number(await bars.first().getAttribute('data-share'))).toBeCloseTo(1 / 3, 6);

  // The table carries the same numbers.
  expect(await rowCells(page, '3 · Moderate', '2025-Q2')).toEqual([
    '3 · Moderate',
    '2025-Q2',
    '3',
    '33% (1 of 3)',
    '0',
    '0',
    '61',
    '2 of 3',
  ]);
  expect(await rowCells(page, '3 · Moderate', '2025-Q3')).toEqual([
    '3 · Moderate',
    '2025-Q3',
    '1',
    '100% (1 of 1)',
    '1',
    '1',
    '60',
    '1 of 1',
  ]);
  expect(await rowCells(page, '1 · Critical', '2025-Q2')).toEqual([
    '1 · Critical',
    '2025-Q2',
    '0',
    '—',
    '0',
    '0',
    '—',
    '—',
  ]);
  expect(await page.locator('body').innerText()).not.toMatch(/CHG-\d+/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('notice-report-2025-Q2-2025-Q3.csv');
  const csv = readFileSync(await savedDownload(download), 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe(
    'Tier,Tier name,Quarter,Changes,First notices on time,First notices late,First notices overdue,' +
      'First notices not yet due,No customer-facing step,No first-notice ticket,On-time share,' +
      'Lead-time exceptions,Emergencies,Median notice days,Objectives met,Objectives total',
  );
  // Tier by tier, each tier's quarters oldest first: tier 3 is rows 5 and 6.
  expect(lines[5]).toBe('3,3 · Moderate,2025-Q2,3,1,1,1,0,0,0,0.3333,0,0,61,2,3');
  expect(lines[6]).toBe('3,3 · Moderate,2025-Q3,1,1,0,0,0,0,0,1,1,1,60,1,1');
  expect(lines[1]).toBe('1,1 · Critical,2025-Q2,0,0,0,0,0,0,0,,0,0,,0,0');
  expect(lines).toHaveLength(2 + 4 * 2);
  expect(lines.at(-1)).toBe('');

  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'admin-notice-report');
  await page.context().close();
});

test('in Italian: the labels, the figures and the CSV headers', async () => {
  const page = await showReport('it-IT', '2025-Q2', '2025-Q3');
  expect(
    await page.locator('table[data-table="notice-report"] thead th').allTextContents(),
  ).toEqual([
    'Livello',
    'Trimestre',
    'Modifiche',
    'Primo avviso puntuale',
    'Eccezioni al preavviso',
    'Emergenze',
    'Preavviso mediano (giorni)',
    'Obiettivi raggiunti',
  ]);
  expect(await rowCells(page, '3 · Moderato', '2025-Q2')).toEqual([
    '3 · Moderato',
    '2025-Q2',
    '3',
    '33% (1 su 3)',
    '0',
    '0',
    '61',
    '2 su 3',
  ]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Esporta CSV' }).click(),
  ]);
  const csv = readFileSync(await savedDownload(download), 'utf8');
  expect(csv.split('\r\n')[0]?.split(',').slice(0, 4)).toEqual([
    'Livello',
    'Nome del livello',
    'Trimestre',
    'Modifiche',
  ]);
  // Numbers stay plain whatever the language: a spreadsheet reads them as numbers.
  expect(csv.split('\r\n')[5]).toBe('3,3 · Moderato,2025-Q2,3,1,1,1,0,0,0,0.3333,0,0,61,2,3');
  expect(await seriousA11yFindings(page)).toEqual([]);
  await page.context().close();
});

test('a range that ends before it starts is refused on its field, nothing asked', async () => {
  const page = await site().framePage(MODULES.admin, { user: 'admin' });
  const tab = page.getByRole('tab', { name: /^Notice report/ });
  await visible(tab, 30_000);
  await tab.click();
  await page.locator('#report-from').selectOption('2025-Q3');
  await page.locator('#report-to').selectOption('2025-Q2');
  await page.getByRole('button', { name: 'Show report' }).click();
  const to = page.locator('#report-to');
  expect(await textOf(page.locator('#report-to-error'))).toBe(
    'Choose a quarter on or after the first one.',
  );
  expect(await to.getAttribute('aria-describedby')).toContain('report-to-error');
  expect(await to.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await page.locator('table[data-table="notice-report"]').count()).toBe(0);
  await page.context().close();
});

test('the Confluence macro shows the report table to a reader, without an issue key', async () => {
  const page = await site().framePage(MODULES.macro, {
    user: 'requester',
    locale: 'en-US',
    config: { tables: ['report'] },
  });
  const table = page.locator('table[data-table="notice-report"]');
  await visible(table, 30_000);
  expect(await textOf(page.getByRole('heading', { level: 2 }))).toBe(
    'Notice compliance by tier and quarter',
  );
  // E launches today: the current quarter's tier 4 row counts it, its notice not yet due.
  const current = quarterNameOf(realToday());
  expect(await rowCells(page, '4 · Low', current)).toEqual([
    '4 · Low',
    current,
    '1',
    '—1 not yet due, 0 without ticket, 0 without customer step',
    '0',
    '0',
    '—',
    '—',
  ]);
  const text = await page.locator('body').innerText();
  for (const key of Object.values(keys)) expect(text).not.toContain(key);
  expect(await seriousA11yFindings(page)).toEqual([]);
  await page.context().close();
});

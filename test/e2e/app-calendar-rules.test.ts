// The change calendar's rules in the browser: the admin's "Calendar rules" tab refuses two freeze
// windows of the same scope that overlap, on the field and naming the other window, and saves
// nothing until it is fixed (by keyboard alone), in English and Italian, axe-clean; the issue
// panel warns that a fourth change within 30 days tires a segment, naming the other changes.
import type { Page } from 'playwright-core';
import {
  appSiteForSuite,
  isoDaysFromToday,
  MODULES,
  restJson,
  screenshot,
  seriousA11yFindings,
  textOf,
  visible,
  storedConfig,
} from './app-harness';

jest.setTimeout(240_000);

const site = appSiteForSuite();

async function openCalendarRules(locale: 'en-US' | 'it-IT', tabName: string): Promise<Page> {
  const page = await site().framePage(MODULES.admin, { user: 'admin', locale });
  const tab = page.getByRole('tab', { name: tabName });
  await visible(tab, 30_000);
  await tab.click();
  return page;
}

const windowsNow = async () => (await storedConfig(site())).config.calendar?.freezeWindows ?? [];

test('overlapping freeze windows of one scope are refused on the field, nothing saved; fixed by keyboard, they save', async () => {
  const before = await storedConfig(site());
  const windowsBefore = before.config.calendar?.freezeWindows.length ?? 0;
  const page = await openCalendarRules('en-US', 'Calendar rules');
  await visible(page.getByRole('heading', { name: 'Change fatigue' }));
  expect(await page.getByLabel('Most changes in one window').inputValue()).toBe('3');

  // Two new windows take the same days and hold for every change: they overlap.
  const add = page.getByRole('button', { name: 'Add a freeze window' });
  await add.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const second = `calendar-freezeWindows-${String(windowsBefore + 1)}`;
  const error = page.locator(`#cfg-${second}-start-error`);
  expect(await textOf(error)).toMatch(
    /^Overlaps the freeze window “New freeze window” \(.+ to .+\), which holds for the same segments and channels/,
  );
  await screenshot(page, 'calendar-rules-overlap-en');
  await page.getByRole('button', { name: 'Save new version' }).click();
  await visible(page.getByRole('heading', { name: /Problems to fix before saving/ }));
  expect((await storedConfig(site())).version).toBe(before.version);

  // Scoping the second window to a segment, by keyboard: the overlap is gone.
  await page.locator(`#cfg-${second}-segments`).focus();
  await page.keyboard.type('Enterprise');
  await page.keyboard.press('Enter');
  await visible(page.getByRole('list', { name: 'Segments' }).getByText('Enterprise'));
  expect(await error.count()).toBe(0);
  expect(await seriousA11yFindings(page)).toEqual([]);

  await page.getByRole('button', { name: 'Save new version' }).focus();
  await page.keyboard.press('Enter');
  await visible(page.getByText(/^Version \d+, saved/), 30_000);
  const saved = await storedConfig(site());
  expect(saved.version).toBe(before.version + 1);
  expect((await windowsNow()).slice(windowsBefore).map((w) => w.segments)).toEqual([
    [],
    ['Enterprise'],
  ]);
  await page.context().close();
});

test('in Italian the overlap is said in Italian, and the tab is axe-clean', async () => {
  const before = await storedConfig(site());
  const page = await openCalendarRules('it-IT', 'Regole del calendario');
  await visible(page.getByRole('heading', { name: 'Periodi di blocco' }));
  const add = page.getByRole('button', { name: 'Aggiungi un periodo di blocco' });
  await add.click();
  await add.click();
  await visible(page.getByText(/^Si sovrappone al periodo di blocco “.+”/));
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'calendar-rules-overlap-it');
  await page.getByRole('button', { name: /Salva/ }).first().click();
  expect((await storedConfig(site())).version).toBe(before.version);
  await page.context().close();
});

describe('the panel’s fatigue warning', () => {
  const segment = 'E2E fatigue segment';
  const others: Array<{ key: string; summary: string }> = [];
  let fourth = '';

  beforeAll(async () => {
    for (const [i, days] of [700, 704, 708, 712].entries()) {
      const summary = `E2E fatigue change ${String(i + 1)}`;
      const created = await restJson<{ key: string }>(
        site(),
        'requester',
        'POST',
        '/rest/api/3/issue',
        {
          fields: { project: { key: 'CHG' }, issuetype: { name: 'Change Request' }, summary },
          properties: [
            {
              key: 'change-governance.intake',
              value: {
                launchDate: isoDaysFromToday(days),
                segments: [segment],
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
      if (i < 3) others.push({ key: created.body.key, summary });
      else fourth = created.body.key;
    }
    await site().emulator.drain();
  });

  test.each([
    [
      'en-US',
      'Change calendar',
      `Segment “${segment}” would get 4 customer-facing changes within 30 days`,
    ],
    [
      'it-IT',
      'Calendario delle modifiche',
      `Il segmento “${segment}” riceverebbe 4 modifiche visibili ai clienti in 30 giorni`,
    ],
  ] as const)('in %s it names the other three changes', async (locale, heading, sentence) => {
    const page = await site().framePage(MODULES.panel, {
      user: 'requester',
      issueKey: fourth,
      locale,
    });
    await visible(page.getByRole('heading', { name: heading }), 30_000);
    expect(await textOf(page.getByText(sentence))).toContain(segment);
    for (const other of others) {
      await visible(page.getByRole('link', { name: new RegExp(other.key) }));
      await visible(page.getByText(other.summary, { exact: false }));
    }
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, `calendar-fatigue-panel-${locale}`);
    await page.context().close();
  });

  test('the what-if warns for the launch date and clears a month later', async () => {
    const page = await site().framePage(MODULES.panel, { user: 'requester', issueKey: fourth });
    await visible(page.getByRole('tab', { name: 'What if' }), 30_000);
    await page.getByRole('tab', { name: 'What if' }).click();
    await page.getByRole('button', { name: 'Compare dates' }).click();
    // The dates offered: the launch (712 days out, 4 changes within 30 days) and a month later.
    const launch = page.getByRole('region', { name: /2028|2029|2030/ }).filter({
      hasText: `Segment “${segment}” would get 4 customer-facing changes`,
    });
    await visible(launch, 30_000);
    for (const other of others)
      await visible(launch.getByRole('link', { name: new RegExp(other.key) }));
    await visible(page.getByText('No freeze window or fatigue'));
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, 'calendar-what-if');
    await page.context().close();
  });
});

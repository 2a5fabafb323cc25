// The customer change calendar in Chromium: Jira's Apps menu opens it as a global page; a month and a
// quarter show the governed changes by launch date with their tier, comms steps, a freeze window and
// change-fatigue flags naming the other changes; filters narrow it; a change opens its issue; the
// keyboard moves through the days; it speaks Italian; and the same app renders as a Confluence macro.
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { DEMO_PAGES, DEMO_SPACE } from '../../emulator';
import {
  appFrame,
  appSiteForSuite,
  eventually,
  restJson,
  screenshot,
  seriousA11yFindings,
  textOf,
  visible,
  type Locale,
  saveConfigAsAdmin,
  storedConfig,
} from './app-harness';

jest.setTimeout(240_000);

const site = appSiteForSuite();
const GLOBAL_PAGE = 'change-calendar';
const MACRO = 'change-calendar-macro';

/** The first day of next month (UTC) moved by `days`, as YYYY-MM-DD. */
function nextMonthDay(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1 + days))
    .toISOString()
    .slice(0, 10);
}

const FIRST = nextMonthDay(0);
const DAYS = {
  a: nextMonthDay(2),
  b: nextMonthDay(4),
  c: nextMonthDay(6),
  d: nextMonthDay(12),
  freezeStart: nextMonthDay(19),
  freezeEnd: nextMonthDay(21),
};
const keys: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };

const TIER_ANSWERS = {
  1: {
    reach: 3,
    customerAction: 0,
    financial: 3,
    visibility: 0,
    supportLoad: 0,
    reversibility: 0,
    regulatory: 0,
    history: 0,
  },
  2: {
    reach: 0,
    customerAction: 0,
    financial: 0,
    visibility: 0,
    supportLoad: 0,
    reversibility: 0,
    regulatory: 3,
    history: 0,
  },
  3: {
    reach: 2,
    customerAction: 0,
    financial: 2,
    visibility: 0,
    supportLoad: 0,
    reversibility: 0,
    regulatory: 0,
    history: 0,
  },
  4: {
    reach: 1,
    customerAction: 0,
    financial: 0,
    visibility: 0,
    supportLoad: 0,
    reversibility: 0,
    regulatory: 0,
    history: 0,
  },
} as const;

async function raise(
  summary: string,
  launchDate: string,
  tier: keyof typeof TIER_ANSWERS,
  segments: string[],
): Promise<string> {
  const answer = await restJson<{ key: string }>(site(), 'requester', 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, issuetype: { name: 'Change Request' }, summary },
    properties: [
      {
        key: 'change-governance.intake',
        value: { launchDate, answers: TIER_ANSWERS[tier], segments, channels: ['Email'] },
      },
    ],
  });
  if (answer.status !== 201) throw new Error(`create answered ${String(answer.status)}`);
  return answer.body.key;
}

beforeAll(async () => {
  const emulator = site().emulator;
  const config = structuredClone((await storedConfig(site())).config);
  config.calendar = {
    fatigue: { maxChanges: 2, windowDays: 10 },
    freezeWindows: [
      {
        id: 'year-end-billing',
        name: { 'en-US': 'Year-end billing', 'it-IT': 'Fatturazione di fine anno' },
        start: DAYS.freezeStart,
        end: DAYS.freezeEnd,
        segments: [],
        channels: [],
      },
    ],
  };
  await saveConfigAsAdmin(site(), config);
  keys.a = await raise('Price change for small businesses', DAYS.a, 1, ['E2E SMB']);
  keys.b = await raise('New checkout step', DAYS.b, 3, ['E2E SMB']);
  keys.c = await raise('Invoice wording', DAYS.c, 4, ['E2E SMB']);
  keys.d = await raise('Enterprise portal refresh', DAYS.d, 2, ['E2E Enterprise']);
  await emulator.drain();
}, 180_000);

/** What the emulator says of the app: a global page's URL names its id and environment. */
async function appIds(): Promise<{ appId: string; environmentId: string }> {
  const res = await fetch(`${site().url}/emulator/app`);
  return (await res.json()) as { appId: string; environmentId: string };
}

async function globalPageUrl(): Promise<string> {
  const app = await appIds();
  return `${site().url}/jira/apps/${app.appId}/${app.environmentId}`;
}

/** Waits for the calendar of `moduleKey` to have loaded the period starting on `from`. */
async function loaded(calendar: FrameLocator, from: string): Promise<void> {
  await visible(calendar.locator(`.cg-cal[data-state="ready"][data-period^="${from}/"]`), 30_000);
}

async function openCalendar(
  locale: Locale = 'en-US',
): Promise<{ page: Page; calendar: FrameLocator }> {
  const page = await site().shellPage({ user: 'requester', locale });
  await page.goto(await globalPageUrl());
  const calendar = appFrame(page, GLOBAL_PAGE);
  await visible(calendar.locator('.cg-cal[data-state="ready"]'), 30_000);
  return { page, calendar };
}

const launch = (calendar: FrameLocator, key: string) =>
  calendar.locator(`button[data-kind="launch"][data-key="${key}"]`);

function frameOf(page: Page, moduleKey: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`/emulator/frame/${moduleKey}/`));
  if (frame === undefined) throw new Error(`no frame for ${moduleKey}`);
  return frame;
}

test("Jira's Apps menu opens the calendar; next month shows each change on its launch day with its tier, comms, a freeze window and fatigue", async () => {
  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/projects/CHG/issues`);
  await page.getByRole('button', { name: 'Apps' }).click();
  await page.getByRole('link', { name: 'Change calendar' }).click();
  await page.waitForURL(/\/jira\/apps\/[0-9a-f-]+\/[0-9a-f-]+$/);
  expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Change calendar');
  const calendar = appFrame(page, GLOBAL_PAGE);
  await visible(calendar.locator('.cg-cal[data-state="ready"]'), 30_000);
  await calendar.getByRole('button', { name: 'Next month' }).click();
  await loaded(calendar, FIRST);

  for (const [name, day] of [
    ['a', DAYS.a],
    ['b', DAYS.b],
    ['c', DAYS.c],
    ['d', DAYS.d],
  ] as const)
    await visible(
      calendar.locator(`td[data-day="${day}"]`).locator(`button[data-key="${keys[name]}"]`),
    );
  expect(await textOf(launch(calendar, keys.a).locator('.cg-cal-tier'))).toBe('T1');
  expect(await textOf(launch(calendar, keys.a))).toContain('Tier 1 · Critical');
  // Tier 1's post-launch review is due two weeks after launch, in the same month.
  await visible(
    calendar
      .locator(`td[data-day="${nextMonthDay(16)}"]`)
      .locator(`button[data-kind="comms"][data-key="${keys.a}"]`),
  );

  // The freeze window shades its days and is named, on the grid and beside it.
  for (const day of [DAYS.freezeStart, nextMonthDay(20), DAYS.freezeEnd])
    expect(await calendar.locator(`td[data-day="${day}"]`).getAttribute('class')).toContain(
      'cg-cal-frozen',
    );
  expect(
    await calendar.locator(`td[data-day="${nextMonthDay(18)}"]`).getAttribute('class'),
  ).not.toContain('cg-cal-frozen');
  expect(
    await textOf(calendar.locator(`td[data-day="${DAYS.freezeStart}"] .cg-cal-freeze`)),
  ).toContain('Year-end billing');
  expect(await textOf(calendar.locator('li[data-freeze="year-end-billing"]'))).toContain(
    'Year-end billing',
  );

  // Three E2E SMB changes within 10 days, the limit being 2: each is flagged, naming the others.
  for (const own of ['a', 'b', 'c'] as const) {
    const button = launch(calendar, keys[own]);
    expect(await button.getAttribute('class')).toContain('cg-cal-fatigued');
    const others = (['a', 'b', 'c'] as const).filter((k) => k !== own).map((k) => keys[k]);
    for (const other of others) expect(await button.getAttribute('title')).toContain(other);
  }
  expect(await launch(calendar, keys.d).getAttribute('class')).not.toContain('cg-cal-fatigued');
  await visible(calendar.locator(`td[data-day="${DAYS.a}"] .cg-cal-daywarn`));
  const summary = await textOf(calendar.locator('li[data-fatigue="segment:E2E SMB"]'));
  for (const key of [keys.a, keys.b, keys.c]) expect(summary).toContain(key);
  expect(summary).not.toContain(keys.d);

  await screenshot(page, 'calendar-month-en');
  expect(await seriousA11yFindings(frameOf(page, GLOBAL_PAGE))).toEqual([]);
  await page.context().close();
});

test('filters narrow the view by segment and by tier, and clear again', async () => {
  const { page, calendar } = await openCalendar();
  await calendar.getByRole('button', { name: 'Next month' }).click();
  await loaded(calendar, FIRST);
  await calendar.getByRole('combobox', { name: 'Segment' }).click();
  await calendar.getByRole('option', { name: 'E2E Enterprise' }).click();
  await eventually(async () => {
    expect(await launch(calendar, keys.a).count()).toBe(0);
  });
  await visible(launch(calendar, keys.d));

  await calendar.getByRole('button', { name: 'Clear filters' }).click();
  await calendar.getByRole('combobox', { name: 'Tier' }).click();
  await calendar.getByRole('option', { name: 'Tier 1 · Critical' }).click();
  await eventually(async () => {
    expect(await launch(calendar, keys.b).count()).toBe(0);
    expect(await launch(calendar, keys.d).count()).toBe(0);
  });
  await visible(launch(calendar, keys.a));

  // Tier 1 and the enterprise segment together match none of the month's changes: it says so.
  await calendar.getByRole('combobox', { name: 'Segment' }).click();
  await calendar.getByRole('option', { name: 'E2E Enterprise' }).click();
  expect(await textOf(calendar.locator('.cg-cal-empty'))).toBe(
    'No change in this period matches the filters.',
  );
  expect(await calendar.locator('button[data-kind="launch"]').count()).toBe(0);
  await page.context().close();
});

test('the quarter view shows the same changes; a change opens its issue in Jira', async () => {
  const { page, calendar } = await openCalendar();
  await calendar.getByRole('button', { name: 'Next month' }).click();
  await loaded(calendar, FIRST);
  await calendar.getByRole('button', { name: 'Quarter' }).click();
  const month = Number(FIRST.slice(5, 7));
  const quarterStart = `${FIRST.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  await loaded(calendar, quarterStart);
  expect(await calendar.locator('table.cg-cal-grid').getAttribute('data-view')).toBe('quarter');
  for (const key of [keys.a, keys.b, keys.c, keys.d]) await visible(launch(calendar, key));
  await screenshot(page, 'calendar-quarter-en');

  await launch(calendar, keys.d).click();
  await page.waitForURL(new RegExp(`/browse/${keys.d}$`));
  await page.context().close();
});

test('the keyboard moves between days and into a day; Enter opens the change', async () => {
  const { page, calendar } = await openCalendar();
  await calendar.getByRole('button', { name: 'Next month' }).click();
  await loaded(calendar, FIRST);
  const focusedDay = () => calendar.locator(':focus').evaluate((el) => el.getAttribute('data-day'));
  await calendar.locator(`td[data-day="${FIRST}"]`).focus();
  await page.keyboard.press('ArrowRight');
  expect(await focusedDay()).toBe(nextMonthDay(1));
  await page.keyboard.press('ArrowRight');
  expect(await focusedDay()).toBe(DAYS.a);
  await page.keyboard.press('ArrowDown');
  expect(await focusedDay()).toBe(nextMonthDay(9));
  await page.keyboard.press('ArrowUp');
  expect(await focusedDay()).toBe(DAYS.a);
  // One tab stop for the grid: Tab goes from the day into its first change.
  await page.keyboard.press('Tab');
  expect(await calendar.locator(':focus').getAttribute('data-key')).toBe(keys.a);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/browse/${keys.a}$`));
  await page.context().close();
});

test('in Italian: labels, weeks starting on Monday, the freeze window by its Italian name', async () => {
  const { page, calendar } = await openCalendar('it-IT');
  await calendar.getByRole('button', { name: 'Mese successivo' }).click();
  await loaded(calendar, FIRST);
  const headers = await calendar.locator('table.cg-cal-grid thead th').allTextContents();
  expect(headers[0]?.toLowerCase()).toMatch(/^lun/);
  expect(headers[6]?.toLowerCase()).toMatch(/^dom/);
  await visible(calendar.getByRole('button', { name: 'Trimestre' }));
  expect(await textOf(calendar.locator('#cg-cal-freeze-title'))).toBe('Periodi di blocco');
  expect(
    await textOf(calendar.locator(`td[data-day="${DAYS.freezeStart}"] .cg-cal-freeze`)),
  ).toContain('Fatturazione di fine anno');
  const monthName = new Intl.DateTimeFormat('it-IT', { month: 'long', timeZone: 'UTC' }).format(
    new Date(`${FIRST}T00:00:00Z`),
  );
  expect((await textOf(calendar.locator('h2.cg-cal-title'))).toLowerCase()).toContain(monthName);
  expect(await textOf(launch(calendar, keys.a))).toContain('Livello 1 · Critico');
  expect(await seriousA11yFindings(frameOf(page, GLOBAL_PAGE))).toEqual([]);
  await page.context().close();
});

test('in English the week starts on Sunday', async () => {
  const { page, calendar } = await openCalendar();
  const headers = await calendar.locator('table.cg-cal-grid thead th').allTextContents();
  expect(headers[0]).toBe('Sun');
  await page.context().close();
});

test('the same calendar renders as a Confluence macro on a page', async () => {
  const emulator = site().emulator;
  const app = await appIds();
  const pagePath = `/wiki/api/v2/pages/${DEMO_PAGES.english}`;
  const current = await emulator.rest('admin', 'GET', `${pagePath}?body-format=atlas_doc_format`);
  const stored = current.body as {
    title: string;
    version: { number: number };
    body: { atlas_doc_format: { value: string } };
  };
  const doc = JSON.parse(stored.body.atlas_doc_format.value) as { content: unknown[] };
  const extensionKey = `${app.appId}/${app.environmentId}/static/${MACRO}`;
  doc.content.push({
    type: 'extension',
    attrs: {
      extensionType: 'com.atlassian.ecosystem',
      extensionKey,
      parameters: {
        localId: 'calendar-1',
        extensionId: `ari:cloud:ecosystem::extension/${extensionKey}`,
        extensionTitle: 'Customer change calendar',
        forgeEnvironment: 'DEVELOPMENT',
        render: 'native',
        guestParams: { view: 'month' },
      },
      layout: 'default',
      localId: 'calendar-1',
    },
  });
  const saved = await emulator.rest('admin', 'PUT', pagePath, {
    id: DEMO_PAGES.english,
    status: 'current',
    title: stored.title,
    body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
    version: { number: stored.version.number + 1 },
  });
  expect(saved.status).toBe(200);

  const page = await site().shellPage({ user: 'requester' });
  await page.goto(`${site().url}/wiki/spaces/${DEMO_SPACE.key}/pages/${DEMO_PAGES.english}`);
  const macro = appFrame(page, MACRO);
  await visible(macro.locator('.cg-cal[data-state="ready"]'), 30_000);
  await macro.getByRole('button', { name: 'Next month' }).click();
  await loaded(macro, FIRST);
  for (const key of [keys.a, keys.d]) await visible(launch(macro, key));
  await screenshot(page, 'calendar-macro-en');
  await page.context().close();
});

// The customer change calendar at scale: a site whose governed changes launch across a year, one
// quarter loaded through the resolver exactly as the calendar page does (the quarter, then the weeks
// around it that can share a fatigue window, one JQL page per call), and that quarter drawn in
// Chromium, timed from the moment its last page arrived to the first paint of the complete view.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import type { Emulator, RequestLogEntry } from '../emulator';
import type { ChangeCalendarPage } from '../src/contract/calendar-contract';
import { touchpointPlaces } from '../src/domain';
import { DEFAULT_JOURNEY } from '../src/domain/default-journey';
import { MAX_CALENDAR_SPAN_DAYS } from '../src/domain/calendar-period';
import { openBrowser } from '../test/e2e/browser';

const INTAKE = 'change-governance.intake';
const ASSESSMENT = 'change-governance.assessment';
const STEP = 'change-governance.step';

const SEGMENTS = ['SMB', 'Enterprise', 'Consumers', 'Partners', 'Public sector', 'Students'];
const CHANNELS = ['Email', 'In-app', 'Help centre'];
const TOUCHPOINTS = touchpointPlaces(DEFAULT_JOURNEY).map((p) => p.touchpoint.id);

interface IssueRecord {
  parentId: string | null;
  properties: Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * Moves every governed change of the site to a launch day of the year after `first`, evenly spread,
 * with a segment or two, a channel and a touchpoint each, as a year of changes across a company looks.
 */
export function spreadOverYear(emu: Emulator, first: Temporal.PlainDate): number {
  const state = emu.jira.exportState() as { issues: IssueRecord[] };
  const changes = state.issues.filter(
    (i) => i.parentId === null && i.properties[ASSESSMENT] !== undefined && !i.properties[STEP],
  );
  changes.forEach((issue, n) => {
    const launch = first.add({ days: Math.floor((n * 365) / changes.length) }).toString();
    const segments = [SEGMENTS[n % SEGMENTS.length] ?? 'SMB'];
    if (n % 3 === 0) segments.push(SEGMENTS[(n + 1) % SEGMENTS.length] ?? 'SMB');
    const intake = { ...(issue.properties[INTAKE] as Record<string, unknown>) };
    intake.launchDate = launch;
    intake.segments = segments;
    intake.channels = [CHANNELS[n % CHANNELS.length] ?? 'Email'];
    intake.touchpoints = [TOUCHPOINTS[n % TOUCHPOINTS.length] ?? 'billing'];
    issue.properties[INTAKE] = intake;
    issue.properties[ASSESSMENT] = {
      ...(issue.properties[ASSESSMENT] as Record<string, unknown>),
      launchDate: launch,
    };
    issue.duedate = launch;
  });
  emu.jira.importState(state);
  return changes.length;
}

export interface QuarterThroughResolver {
  quarter: { from: string; to: string };
  /** Changes launching in the quarter, and in the fatigue margins around it. */
  changes: number;
  neighbours: number;
  resolverCalls: number;
  productCalls: number;
  points: number;
  wallMs: number;
  /** The slowest single resolver call: each must stay far inside the 25 s of a UI function. */
  slowestCallMs: number;
}

function spans(from: Temporal.PlainDate, to: Temporal.PlainDate): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let start = from; Temporal.PlainDate.compare(start, to) <= 0;) {
    const end = start.add({ days: MAX_CALENDAR_SPAN_DAYS - 1 });
    const last = Temporal.PlainDate.compare(end, to) > 0 ? to : end;
    out.push([start.toString(), last.toString()]);
    start = last.add({ days: 1 });
  }
  return out;
}

/** Loads a quarter as the calendar page does, as `accountId`, counting what it costs Jira. */
export async function quarterThroughResolver(
  emu: Emulator,
  accountId: string,
  quarter: { from: string; to: string },
): Promise<QuarterThroughResolver> {
  emu.clearRequests();
  const started = performance.now();
  let resolverCalls = 0;
  let slowestCallMs = 0;
  let windowDays = 1;
  const load = async (from: string, to: string): Promise<number> => {
    let count = 0;
    let nextPageToken: string | undefined;
    do {
      const callStarted = performance.now();
      const answer = (await emu.invoke({
        moduleKey: 'change-calendar',
        accountId,
        functionKey: 'getChangeCalendar',
        payload: { from, to, ...(nextPageToken ? { nextPageToken } : {}) },
      })) as { ok: true; data: ChangeCalendarPage } | { ok: false; error: unknown };
      slowestCallMs = Math.max(slowestCallMs, performance.now() - callStarted);
      resolverCalls += 1;
      if (!answer.ok) throw new Error(`getChangeCalendar: ${JSON.stringify(answer.error)}`);
      count += answer.data.entries.length;
      windowDays = answer.data.fatigue.windowDays;
      nextPageToken = answer.data.nextPageToken ?? undefined;
    } while (nextPageToken !== undefined);
    return count;
  };
  let changes = 0;
  for (const [from, to] of spans(
    Temporal.PlainDate.from(quarter.from),
    Temporal.PlainDate.from(quarter.to),
  ))
    changes += await load(from, to);
  const from = Temporal.PlainDate.from(quarter.from);
  const to = Temporal.PlainDate.from(quarter.to);
  let neighbours = 0;
  if (windowDays > 1) {
    for (const [a, b] of [
      ...spans(from.subtract({ days: windowDays - 1 }), from.subtract({ days: 1 })),
      ...spans(to.add({ days: 1 }), to.add({ days: windowDays - 1 })),
    ])
      neighbours += await load(a, b);
  }
  const log: RequestLogEntry[] = emu.requests();
  return {
    quarter,
    changes,
    neighbours,
    resolverCalls,
    productCalls: log.length,
    points: log.reduce((sum, r) => sum + r.points, 0),
    wallMs: performance.now() - started,
    slowestCallMs,
  };
}

export interface QuarterInChromium {
  quarter: string;
  /** From the last page's arrival to the first paint of the complete quarter. */
  renderAfterDataMs: number;
  /** From the click on "next quarter" to that paint: every resolver call included. */
  loadAndRenderMs: number;
  launchesShown: number;
  daysWithMore: number;
}

/**
 * The calendar page in Chromium: the quarter after the current one, reached as a user would (Quarter,
 * then Next quarter), timed with the marks the page sets when its data is complete and when the
 * complete view has been painted. Null when the Custom UI is not built.
 */
export async function quarterInChromium(
  emu: Emulator,
  root: string,
): Promise<QuarterInChromium | null> {
  if (!existsSync(join(root, 'static', 'calendar', 'build', 'index.html'))) return null;
  const server = await emu.listen(0);
  const browser = await openBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(
      `${server.url}/emulator/frame/change-calendar/?user=requester&locale=en-US&theme=light`,
    );
    const ready = page.locator('.cg-cal[data-state="ready"]');
    await ready.waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Quarter', exact: true }).click();
    await page.locator('.cg-cal[data-state="ready"] table[data-view="quarter"]').waitFor({
      timeout: 120_000,
    });
    const before = await page.locator('.cg-cal').getAttribute('data-period');
    const paintsBefore = await page.evaluate(
      () => performance.getEntriesByName('cg-calendar-rendered').length,
    );
    const clicked = performance.now();
    await page.getByRole('button', { name: 'Next quarter' }).click();
    await page
      .locator(`.cg-cal[data-state="ready"]:not([data-period="${before ?? ''}"])`)
      .waitFor({ timeout: 300_000 });
    // The paint mark comes one animation frame after the complete view was committed.
    await page.waitForFunction(
      (count) => performance.getEntriesByName('cg-calendar-rendered').length > count,
      paintsBefore,
      { timeout: 30_000 },
    );
    const loadAndRenderMs = performance.now() - clicked;
    const marks = await page.evaluate(() => ({
      data: performance.getEntriesByName('cg-calendar-data-complete').map((m) => m.startTime),
      rendered: performance.getEntriesByName('cg-calendar-rendered').map((m) => m.startTime),
    }));
    const data = marks.data.at(-1) ?? Number.NaN;
    const rendered = marks.rendered.at(-1) ?? Number.NaN;
    return {
      quarter: (await page.locator('.cg-cal').getAttribute('data-period')) ?? '',
      renderAfterDataMs: rendered - data,
      loadAndRenderMs,
      launchesShown: await page.locator('button[data-kind="launch"]').count(),
      daysWithMore: await page.locator('button.cg-cal-more').count(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

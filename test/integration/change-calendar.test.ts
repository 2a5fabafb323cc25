// The change calendar's resolver (Jira global page and Confluence macro): a period's governed changes
// page by page, read as the caller, with the freeze windows touching the period and the fatigue rule;
// bad periods refused on their field.
import { Temporal } from 'temporal-polyfill';
import { cloneBacklog } from '../../bench/backlog';
import type { ChangeCalendarPage } from '../../src/contract/calendar-contract';
import {
  configInForce,
  raiseChangeRequest,
  saveConfig,
  TIER_ANSWERS,
  useEmulator,
} from '../support';

const emu = useEmulator({ seedChangeRequests: false });

const GLOBAL_PAGE = 'change-calendar';
const MACRO = 'change-calendar-macro';

type Answer =
  | { ok: true; data: ChangeCalendarPage }
  | {
      ok: false;
      error: { code: string; message: string; problems?: Array<{ path?: string; code: string }> };
    };

const calendar = (accountId: string, payload: unknown, moduleKey = GLOBAL_PAGE) =>
  emu.invoke({
    moduleKey,
    accountId,
    functionKey: 'getChangeCalendar',
    payload,
  }) as Promise<Answer>;

const page = async (accountId: string, payload: unknown, moduleKey = GLOBAL_PAGE) => {
  const answer = await calendar(accountId, payload, moduleKey);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.data;
};

/** Every page of a period, as the UI reads it. */
async function allPages(
  accountId: string,
  from: string,
  to: string,
): Promise<ChangeCalendarPage[]> {
  const pages: ChangeCalendarPage[] = [];
  let nextPageToken: string | undefined;
  do {
    const answer = await page(accountId, { from, to, ...(nextPageToken ? { nextPageToken } : {}) });
    pages.push(answer);
    nextPageToken = answer.nextPageToken ?? undefined;
  } while (nextPageToken !== undefined);
  return pages;
}

// A quarter well past every tier's lead time, so every change is assessed and compliant.
const year = Temporal.Now.plainDateISO('UTC').year + 2;
const Q2 = { from: `${String(year)}-04-01`, to: `${String(year)}-06-30` };
const day = (monthDay: string) => `${String(year)}-${monthDay}`;

const seeded: Record<string, string> = {};

beforeAll(async () => {
  const raise = async (name: string, launch: string, tier: 1 | 2 | 3 | 4, segments: string[]) => {
    seeded[name] = await raiseChangeRequest(
      emu,
      {
        launchDate: launch,
        answers: TIER_ANSWERS[tier],
        segments,
        channels: ['Email'],
        touchpoints: [],
      },
      name,
    );
  };
  await raise('Early April price change', day('04-02'), 1, ['SMB']);
  await raise('Mid May portal refresh', day('05-15'), 3, ['Enterprise']);
  await raise('End of June copy fix', day('06-30'), 4, ['SMB']);
  await raise('July launch, outside the quarter', day('07-01'), 4, ['SMB']);
  await raise('March launch, outside the quarter', day('03-31'), 4, ['SMB']);
}, 120_000);

describe('getChangeCalendar', () => {
  it("answers the period's governed changes in launch order with their tier, segments and comms steps", async () => {
    const [only, ...more] = await allPages('requester', Q2.from, Q2.to);
    expect(more).toEqual([]);
    expect(only?.nextPageToken).toBeNull();
    expect(only?.entries.map((e) => [e.summary, e.launchDate, e.tier])).toEqual([
      ['Early April price change', day('04-02'), 1],
      ['Mid May portal refresh', day('05-15'), 3],
      ['End of June copy fix', day('06-30'), 4],
    ]);
    const april = only?.entries[0];
    expect(april).toMatchObject({ segments: ['SMB'], channels: ['Email'], customerFacing: true });
    // Tier 1's default plan: eight steps, the first a year before launch, the review two weeks after.
    expect(april?.comms).toHaveLength(8);
    expect(april?.comms[0]?.dueDate).toBe(
      Temporal.PlainDate.from(day('04-02')).subtract({ days: 365 }).toString(),
    );
    // Shipped rules: no freeze windows, 3 changes in 30 days; names for the lozenges.
    expect(only?.freezeWindows).toEqual([]);
    expect(only?.fatigue).toEqual({ maxChanges: 3, windowDays: 30 });
    expect(only?.tiers.map((t) => t.tier)).toEqual([1, 2, 3, 4]);
  });

  it('serves the Confluence macro the same way', async () => {
    const answer = await page('requester', Q2, MACRO);
    expect(answer.entries.map((e) => e.key)).toEqual([
      seeded['Early April price change'],
      seeded['Mid May portal refresh'],
      seeded['End of June copy fix'],
    ]);
  });

  it.each([
    [{ from: day('06-30'), to: day('04-01') }, 'to', 'CALENDAR.RANGE_REVERSED'],
    [{ from: day('01-01'), to: day('04-11') }, 'to', 'CALENDAR.RANGE_TOO_LONG'],
    [{ from: day('02-30'), to: day('03-10') }, 'from', 'CALENDAR.DATE_INVALID'],
    [{ from: day('04-01'), to: 'next week' }, 'to', 'INPUT.INVALID'],
  ])('refuses %j on %s', async (payload, field, problemCode) => {
    const answer = await calendar('requester', payload);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('INPUT.INVALID');
    expect(answer.error.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: field, code: problemCode })]),
    );
  });

  it('takes exactly 100 days, the longest period, and refuses a page token of another period', async () => {
    const hundredth = Temporal.PlainDate.from(day('01-01')).add({ days: 99 }).toString();
    const longest = await calendar('requester', { from: day('01-01'), to: hundredth });
    expect(longest.ok).toBe(true);
    const answer = await calendar('requester', { ...Q2, nextPageToken: 'bm90LWEtdG9rZW4' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', problems: [{ path: 'nextPageToken' }] },
    });
  });

  it('answers the freeze windows that touch the period, and only those', async () => {
    const config = structuredClone(await configInForce(emu));
    const window = (id: string, start: string, end: string) => ({
      id,
      name: { 'en-US': id, 'it-IT': id },
      start,
      end,
      segments: [],
      channels: [],
    });
    config.calendar = {
      fatigue: { maxChanges: 2, windowDays: 45 },
      freezeWindows: [
        window('before', day('01-10'), day('01-20')),
        window('straddling', day('03-25'), day('04-05')),
        window('inside', day('05-01'), day('05-07')),
        window('after', day('07-02'), day('07-09')),
      ],
    };
    await saveConfig(emu, config);
    await emu.drain();
    const answer = await page('requester', Q2);
    expect(answer.freezeWindows.map((w) => [w.id, w.start, w.end])).toEqual([
      ['straddling', day('03-25'), day('04-05')],
      ['inside', day('05-01'), day('05-07')],
    ]);
    expect(answer.fatigue).toEqual({ maxChanges: 2, windowDays: 45 });
  });
});

describe('paging and visibility', () => {
  it('pages through more changes than one search page, each change once', async () => {
    const template = seeded['Mid May portal refresh'] ?? '';
    // Copies of a governed change (same launch day), as Jira would hold them after provisioning:
    // the five raised above and 159 copies of the May change make 160 launches on its day.
    cloneBacklog(emu, [template], 5 + 159);
    const pages = await allPages('requester', day('05-15'), day('05-15'));
    expect(pages.map((p) => p.entries.length)).toEqual([100, 60]);
    const keys = pages.flatMap((p) => p.entries.map((e) => e.key));
    expect(new Set(keys).size).toBe(160);
  });

  it('shows nobody a change they may not browse: a user outside the project sees none', async () => {
    type State = {
      projects: Array<{ key: string; roleActors: Record<string, { users: string[] }> }>;
    };
    const state = emu.jira.exportState() as State;
    for (const project of state.projects.filter((p) => p.key === 'CHG'))
      for (const actors of Object.values(project.roleActors))
        actors.users = actors.users.filter((u) => u !== 'cx-lead');
    emu.jira.importState(state);
    expect((await page('cx-lead', Q2)).entries).toEqual([]);
    expect((await page('requester', Q2)).entries.length).toBeGreaterThan(3);
  });
});

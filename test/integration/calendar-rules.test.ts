// The change calendar's rules end to end on the emulated site: the calendar's JQL read, Schedule
// refused in a freeze window (and let through for a justified emergency), the earliest compliant
// launch skipping a window, and fatigue named at intake, in the panel and in the what-if.
// Segments are this file's own, and launches far from the demo's, so the demo's changes never count.
import { z } from 'zod';
import type { CalendarWarningsView } from '../../src/contract/calendar-warnings';
import { DEFAULT_CONFIG, parseCalendarDate, type FreezeWindow } from '../../src/domain';
import { readCalendarEntries, spellings } from '../../src/governance/calendar-entries';
import type { JiraHttp } from '../../src/jira/http';
import {
  addDays,
  assessmentOf,
  configInForce,
  inDays,
  INTAKE_PROPERTY,
  PANEL,
  raiseChangeRequest,
  resolverData,
  saveConfig,
  ticketsOf,
  TIER_ANSWERS,
  transition,
  useEmulator,
  editIntake,
} from '../support';

const emu = useEmulator();

/** Jira as the admin sees it, for reading the calendar directly. */
const adminJira: JiraHttp = {
  async requestJira(route, { method = 'GET', body } = {}) {
    const res = await emu.rest('admin', method, route.value, body);
    return { status: res.status, retryAfterSeconds: null, body: res.body };
  },
};

const day = (iso: string) => {
  const parsed = parseCalendarDate(iso);
  if (!parsed) throw new Error(`not a day: ${iso}`);
  return parsed;
};

const errorOf = (res: { body: unknown }) => JSON.stringify(res.body);

const warningsSchema = z.object({ calendarWarnings: z.unknown().optional() }).loose();
async function panelWarnings(key: string): Promise<CalendarWarningsView | undefined> {
  const view = warningsSchema.parse(
    await resolverData(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'getIssueView',
      issueKey: key,
    }),
  );
  return view.calendarWarnings as CalendarWarningsView | undefined;
}

async function addFreezeWindow(window: FreezeWindow) {
  const config = await configInForce(emu);
  const calendar = config.calendar ?? {
    fatigue: { maxChanges: 3, windowDays: 30 },
    freezeWindows: [],
  };
  await saveConfig(emu, {
    ...config,
    calendar: { ...calendar, freezeWindows: [...calendar.freezeWindows, window] },
  });
}

/** Submits a change and has every approval it asks for given, then approves it. */
async function approveChange(key: string) {
  expect((await transition(emu, 'requester', key, 'Submit')).status).toBe(204);
  for (const a of (await ticketsOf(emu, key)).filter(
    (t) => t.step.kind === 'approval' && t.fields.status.statusCategory.key !== 'done',
  ))
    expect((await transition(emu, a.fields.assignee!.accountId, a.key, 'Approve')).status).toBe(
      204,
    );
  await emu.drain();
  expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);
}

describe('the calendar’s read of governed changes', () => {
  it('finds the changes launching in a span with one search, in launch order, with the tier’s plan laid on', async () => {
    const segment = 'Calendar read segment';
    const first = await raiseChangeRequest(
      emu,
      { launchDate: inDays(505), answers: TIER_ANSWERS[4], segments: [segment] },
      'Second in the span',
    );
    const second = await raiseChangeRequest(
      emu,
      {
        launchDate: inDays(501),
        answers: TIER_ANSWERS[4],
        segments: [segment],
        channels: ['Email'],
      },
      'First in the span',
    );
    const outside = await raiseChangeRequest(emu, {
      launchDate: inDays(520),
      answers: TIER_ANSWERS[4],
      segments: [segment],
    });
    const config = await configInForce(emu);
    const sharing = { segments: [segment.toLowerCase()], touchpoints: [] };
    const page = await readCalendarEntries(adminJira, config, {
      from: day(inDays(500)),
      to: day(inDays(510)),
      sharing,
    });
    expect(page.nextPageToken).toBeNull();
    expect(page.entries.map((e) => e.key)).toEqual([second, first]);
    expect(page.entries.map((e) => e.key)).not.toContain(outside);
    // Tier 4's shipped plan: internal FYI 14 days before launch, the release note on the day.
    expect(page.entries[0]).toMatchObject({
      key: second,
      summary: 'First in the span',
      projectKey: 'CHG',
      launchDate: inDays(501),
      tier: 4,
      status: { name: 'Draft', category: 'new' },
      segments: [segment],
      channels: ['Email'],
      emergency: false,
      customerFacing: true,
      comms: [
        expect.objectContaining({ dueDate: addDays(inDays(501), -14), customerFacing: false }),
        expect.objectContaining({ dueDate: inDays(501), customerFacing: true }),
      ],
    });

    // Paging: one change a page, the token leads to the next and the last says so.
    const one = await readCalendarEntries(adminJira, config, {
      from: day(inDays(500)),
      to: day(inDays(510)),
      sharing,
      pageSize: 1,
    });
    expect(one.entries.map((e) => e.key)).toEqual([second]);
    expect(one.nextPageToken).not.toBeNull();
    const two = await readCalendarEntries(adminJira, config, {
      from: day(inDays(500)),
      to: day(inDays(510)),
      sharing,
      pageSize: 1,
      nextPageToken: one.nextPageToken ?? undefined,
    });
    expect(two.entries.map((e) => e.key)).toEqual([first]);
    expect(two.nextPageToken).toBeNull();
  }, 60_000);

  it('one change with a malformed intake never breaks the page', async () => {
    const segment = 'Malformed neighbour segment';
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(530),
      answers: TIER_ANSWERS[4],
      segments: [segment],
    });
    const good = await raiseChangeRequest(emu, {
      launchDate: inDays(531),
      answers: TIER_ANSWERS[4],
      segments: [segment],
    });
    // Anyone with Edit Issues can write the property through REST: Jira sends no event, so the
    // assessment (and the indexed launch date) stay as they were.
    const res = await emu.rest(
      'requester',
      'PUT',
      `/rest/api/3/issue/${key}/properties/${INTAKE_PROPERTY}`,
      { launchDate: inDays(530), answers: TIER_ANSWERS[4], segments: 42, channels: [null, 'SMS'] },
    );
    expect(res.status).toBeLessThan(300);
    const page = await readCalendarEntries(adminJira, await configInForce(emu), {
      from: day(inDays(530)),
      to: day(inDays(531)),
    });
    const byKey = new Map(page.entries.map((e) => [e.key, e]));
    expect(byKey.get(key)).toMatchObject({ segments: [], channels: ['SMS'], tier: 4 });
    expect(byKey.get(good)).toMatchObject({ segments: [segment] });
  }, 60_000);
});

describe('freeze windows on the site', () => {
  it('Schedule is refused for a launch in a window, naming it; a justified emergency goes ahead with its approval', async () => {
    await addFreezeWindow({
      id: 'integration-freeze',
      name: { 'en-US': 'Integration test freeze', 'it-IT': 'Blocco di prova' },
      start: inDays(600),
      end: inDays(610),
      segments: ['Freeze test segment'],
      channels: [],
    });
    const intake = {
      launchDate: inDays(605),
      answers: TIER_ANSWERS[4],
      segments: ['freeze test SEGMENT'],
    };
    const key = await raiseChangeRequest(emu, intake);
    const assessment = await assessmentOf(emu, key);
    expect(assessment?.leadTime?.compliant).toBe(true);
    expect(assessment?.freeze).toMatchObject({
      launch: {
        windowId: 'integration-freeze',
        start: inDays(600),
        end: inDays(610),
        earliestLaunch: inDays(611),
      },
    });
    await approveChange(key);
    const refused = await transition(emu, 'admin', key, 'Schedule');
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toContain('Integration test freeze');
    const dateText = (iso: string) =>
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.parse(iso),
      );
    expect(errorOf(refused)).toContain(dateText(inDays(611)));

    // The emergency adds its approval, which sends the change back to review until it is given.
    await editIntake(emu, key, { ...intake, emergency: { justification: 'Regulator deadline' } });
    const emergency = (await ticketsOf(emu, key)).find((t) => t.step.stepId === 'emergency');
    expect(emergency).toBeDefined();
    const waiting = await transition(emu, 'admin', key, 'Approve');
    expect(waiting.status).toBe(400);
    expect(errorOf(waiting)).toContain('Waiting for approval');
    expect(
      (await transition(emu, emergency!.fields.assignee!.accountId, emergency!.key, 'Approve'))
        .status,
    ).toBe(204);
    await emu.drain();
    expect((await transition(emu, 'admin', key, 'Approve')).status).toBe(204);
    expect((await transition(emu, 'admin', key, 'Schedule')).status).toBe(204);
  }, 90_000);

  it('the earliest compliant launch skips a window the lead time would end in', async () => {
    // Tier 4 needs 14 days: submitted today, the first compliant day (today + 14) is frozen.
    await addFreezeWindow({
      id: 'integration-soon',
      name: { 'en-US': 'Soon freeze' },
      start: inDays(10),
      end: inDays(20),
      segments: ['Soon segment'],
      channels: [],
    });
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(60),
      answers: TIER_ANSWERS[4],
      segments: ['Soon segment'],
    });
    const assessment = await assessmentOf(emu, key);
    expect(assessment?.leadTime).toEqual({
      requiredDays: 14,
      actualDays: 60,
      compliant: true,
      earliestCompliantLaunch: inDays(21),
    });
    // Another segment's change is not held by the window.
    const other = await raiseChangeRequest(emu, {
      launchDate: inDays(60),
      answers: TIER_ANSWERS[4],
      segments: ['Another segment'],
    });
    expect((await assessmentOf(emu, other))?.leadTime?.earliestCompliantLaunch).toBe(inDays(14));
  }, 60_000);
});

describe('fatigue warnings', () => {
  const segment = 'Fatigue test segment';
  const launches = [800, 805, 810];
  let others: Array<{ key: string; summary: string; launchDate: string }> = [];
  let fourth = '';

  beforeAll(async () => {
    others = [];
    for (const [i, offset] of launches.entries()) {
      const summary = `Fatigue neighbour ${String(i + 1)}`;
      const key = await raiseChangeRequest(
        emu,
        { launchDate: inDays(offset), answers: TIER_ANSWERS[4], segments: [segment] },
        summary,
      );
      others.push({ key, summary, launchDate: inDays(offset) });
    }
    fourth = await raiseChangeRequest(
      emu,
      { launchDate: inDays(900), answers: TIER_ANSWERS[4], segments: [segment] },
      'The fourth change',
    );
  }, 90_000);

  it('the intake’s answer warns when a new launch date makes a fourth change within 30 days, naming the others', async () => {
    expect((await panelWarnings(fourth))?.fatigue).toEqual([]);
    const saved = warningsSchema.parse(
      await resolverData(emu, {
        moduleKey: PANEL,
        accountId: 'requester',
        functionKey: 'saveIntake',
        issueKey: fourth,
        payload: { intake: { launchDate: inDays(812) } },
      }),
    );
    const warnings = saved.calendarWarnings as CalendarWarningsView;
    expect(warnings.freeze).toBeNull();
    expect(warnings.fatigue).toEqual([
      {
        kind: 'segment',
        name: segment,
        count: 4,
        maxChanges: 3,
        windowDays: 30,
        windowStart: addDays(inDays(812), -29),
        windowEnd: inDays(812),
        others,
        hiddenOthers: 0,
      },
    ]);
  }, 60_000);

  it('the panel shows the same warning, for one search of the calendar', async () => {
    emu.clearRequests();
    const warnings = await panelWarnings(fourth);
    expect(warnings?.fatigue.map((c) => c.others.map((o) => o.key))).toEqual([
      others.map((o) => o.key),
    ]);
    expect(warnings?.checked).toBe(4);
    expect(warnings?.partial).toBe(false);
    const searches = emu.requests().filter((r) => r.path.startsWith('/rest/api/3/search/jql'));
    // One search for similar past changes (as the viewer) and one for the calendar (as the app):
    // the calendar's returns the three neighbours and the change itself, 1 + 4 points.
    expect(searches).toHaveLength(2);
    expect(searches.map((s) => s.points)).toContain(5);
  }, 60_000);

  it('the what-if says per date which dates pile on and which are clear', async () => {
    const outcome = z
      .object({
        status: z.literal('assessed'),
        scenarios: z.array(
          z.object({
            launchDate: z.string(),
            calendar: z.object({
              freeze: z.unknown(),
              fatigue: z.array(
                z.object({ name: z.string(), others: z.array(z.object({ key: z.string() })) }),
              ),
            }),
          }),
        ),
      })
      .parse(
        await resolverData(emu, {
          moduleKey: PANEL,
          accountId: 'requester',
          functionKey: 'whatIf',
          issueKey: fourth,
          payload: { launchDates: [inDays(806), inDays(1000)] },
        }),
      );
    expect(
      outcome.scenarios.map((s) => [
        s.launchDate,
        s.calendar.fatigue.map((c) => [c.name, c.others.map((o) => o.key)]),
      ]),
    ).toEqual([
      [inDays(806), [[segment, others.map((o) => o.key)]]],
      [inDays(1000), []],
    ]);
  }, 60_000);
});

describe('the warnings name only what the viewer may browse', () => {
  it('counts a change hidden from the viewer but does not name it', async () => {
    const { namedForViewer } = await import('../../src/governance/calendar-warnings');
    const seeing: JiraHttp = {
      requestJira(route, request) {
        const body = request?.body as { issueIdsOrKeys: string[] };
        expect(route.value).toBe('/rest/api/3/issue/bulkfetch');
        return Promise.resolve({
          status: 200,
          retryAfterSeconds: null,
          body: {
            issues: body.issueIdsOrKeys
              .filter((k) => k !== 'CHG-2')
              .map((key, i) => ({ id: String(i + 1), key, fields: {} })),
          },
        });
      },
    };
    const collision = {
      kind: 'segment' as const,
      name: 'Enterprise',
      count: 4,
      maxChanges: 3,
      windowDays: 30,
      windowStart: '2027-01-01',
      windowEnd: '2027-01-30',
      others: ['CHG-1', 'CHG-2', 'CHG-3'].map((key) => ({
        key,
        summary: `Summary of ${key}`,
        launchDate: '2027-01-10',
      })),
      hiddenOthers: 0,
    };
    const [named] = await namedForViewer(seeing, [{ freeze: null, fatigue: [collision] }]);
    expect(named?.fatigue[0]).toMatchObject({
      count: 4,
      others: [{ key: 'CHG-1' }, { key: 'CHG-3' }],
      hiddenOthers: 1,
    });
    expect(JSON.stringify(named)).not.toContain('CHG-2');
  });
});

describe('the spellings the fatigue search asks the index for', () => {
  it('asks each name as written, then in lower, sentence, title and upper case', () => {
    expect(spellings(['enterprise customers', ' SMB '])).toEqual([
      'enterprise customers',
      'SMB',
      'smb',
      'Enterprise customers',
      'Smb',
      'Enterprise Customers',
      'ENTERPRISE CUSTOMERS',
    ]);
  });

  it('keeps every name as written when the list must be cut to 100', () => {
    const names = Array.from({ length: 50 }, (_, i) => `Segment ${String(i)}`);
    const asked = spellings(names);
    expect(asked).toHaveLength(100);
    expect(asked.slice(0, 50)).toEqual(names);
  });
});

// Keeps the shipped default in view: the demo's configuration adds windows, the default has none.
test('the shipped configuration has no freeze windows', () => {
  expect(DEFAULT_CONFIG.calendar?.freezeWindows).toEqual([]);
});

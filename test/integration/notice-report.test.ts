// The notice-compliance report on a site with history: change requests raised, and their first customer
// notices done on time, late or not at all, on the days Jira's clock was moved to. The expected figures
// are worked out by hand in test/support/notice-history.ts.
import { z } from 'zod';
import { DEMO_PAGES } from '../../emulator';
import { nodesOf, plainText, type AdfNode } from '../contract/adf-validation';
import { ADMIN, callResolver, resolverData, TABLES, useEmulator } from '../support';
import {
  MovableClock,
  NOTICE_HISTORY_EXPECTED,
  NOTICE_HISTORY_START,
  quarterNameOf,
  realToday,
  seedNoticeHistory,
} from '../support/notice-history';

const clock = new MovableClock(NOTICE_HISTORY_START);
let keys: Record<string, string> = {};

const emu = useEmulator({
  seedChangeRequests: false,
  now: clock.now,
  timeoutMs: 240_000,
  setUp: async (site) => {
    keys = await seedNoticeHistory(site, clock);
  },
});

const rowSchema = z.object({
  tier: z.number(),
  quarter: z.string(),
  changes: z.number(),
  onTime: z.number(),
  late: z.number(),
  overdue: z.number(),
  pending: z.number(),
  notPlanned: z.number(),
  noTicket: z.number(),
  onTimeShare: z.number().nullable(),
  leadTimeExceptions: z.number(),
  emergencies: z.number(),
  medianNoticeDays: z.number().nullable(),
  objectivesMet: z.number(),
  objectivesTotal: z.number(),
});
const reportSchema = z.object({
  quarters: z.array(z.string()),
  tiers: z.array(z.number()),
  rows: z.array(rowSchema),
  tierNames: z.array(z.object({ tier: z.number(), name: z.record(z.string(), z.string()) })),
  asOf: z.string(),
});

const report = async (fromQuarter: string, toQuarter: string, accountId = 'admin') =>
  reportSchema.parse(
    await resolverData(emu, {
      moduleKey: ADMIN,
      accountId,
      functionKey: 'getNoticeReport',
      payload: { fromQuarter, toQuarter },
    }),
  );

describe('the notice-compliance report', () => {
  it('answers each tier and quarter with the shares, medians and counts the history gives', async () => {
    const answer = await report('2025-Q2', '2025-Q3');
    expect(answer.quarters).toEqual(['2025-Q2', '2025-Q3']);
    expect(answer.tiers).toEqual([1, 2, 3, 4]);
    expect(answer.tierNames[2]).toEqual({
      tier: 3,
      name: { 'en-US': 'Moderate', 'it-IT': 'Moderato' },
    });
    const row = (tier: number, quarter: string) =>
      answer.rows.find((r) => r.tier === tier && r.quarter === quarter);
    // A on time, B late, C overdue: 1 of 3; median of 66 and 56 days.
    expect(row(3, '2025-Q2')).toEqual({
      tier: 3,
      quarter: '2025-Q2',
      pending: 0,
      notPlanned: 0,
      noTicket: 0,
      ...NOTICE_HISTORY_EXPECTED.tier3Q2,
    });
    // D: on time at 23:30 UTC on its due day; the exception went ahead as an emergency.
    expect(row(3, '2025-Q3')).toMatchObject(NOTICE_HISTORY_EXPECTED.tier3Q3);
    for (const tier of [1, 2, 4])
      for (const quarter of ['2025-Q2', '2025-Q3'])
        expect(row(tier, quarter)).toMatchObject({ changes: 0, onTimeShare: null });
  }, 60_000);

  it('leaves a notice not yet due out of the share', async () => {
    const quarter = quarterNameOf(realToday());
    const answer = await report(quarter, quarter);
    expect(answer.rows.find((r) => r.tier === 4)).toMatchObject({
      changes: 1,
      pending: 1,
      onTimeShare: null,
      medianNoticeDays: null,
    });
  }, 60_000);

  it('reads an outcome written malformed by REST as none recorded, and carries on', async () => {
    const write = (key: string, value: unknown) =>
      emu.rest(
        'admin',
        'PUT',
        `/rest/api/3/issue/${key}/properties/change-governance.outcome`,
        value,
      );
    // More met than there are objectives, and no numbers at all.
    expect(
      (
        await write(keys.b ?? '', {
          outcome: 'smooth',
          met: 5,
          missed: 0,
          total: 1,
          recordedAt: 'x',
        })
      ).status,
    ).toBeLessThan(300);
    expect((await write(keys.c ?? '', { met: 'all of them' })).status).toBeLessThan(300);
    const answer = await report('2025-Q2', '2025-Q2');
    expect(answer.rows.find((r) => r.tier === 3)).toMatchObject({
      changes: 3,
      objectivesMet: 2,
      objectivesTotal: 3,
    });
    await emu.rest(
      'admin',
      'DELETE',
      `/rest/api/3/issue/${keys.b ?? ''}/properties/change-governance.outcome`,
    );
    await emu.rest(
      'admin',
      'DELETE',
      `/rest/api/3/issue/${keys.c ?? ''}/properties/change-governance.outcome`,
    );
  }, 60_000);

  it('is for Jira administrators only', async () => {
    const answer = await callResolver(emu, {
      moduleKey: ADMIN,
      accountId: 'requester',
      functionKey: 'getNoticeReport',
      payload: { fromQuarter: '2025-Q2', toQuarter: '2025-Q3' },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
  });

  it('refuses a range backwards or longer than two years, on the last quarter', async () => {
    for (const toQuarter of ['2025-Q1', '2027-Q3']) {
      const answer = await callResolver(emu, {
        moduleKey: ADMIN,
        accountId: 'admin',
        functionKey: 'getNoticeReport',
        payload: { fromQuarter: '2025-Q2', toQuarter },
      });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'INPUT.INVALID', problems: [{ path: 'toQuarter' }] },
      });
    }
  });

  it('reaches any reader of the macro as aggregates, with no issue key', async () => {
    const data = await resolverData(emu, {
      moduleKey: TABLES,
      accountId: 'requester',
      functionKey: 'getMacroTables',
      payload: { tables: ['report'], locale: 'en-US' },
    });
    const { report: macroReport } = z.object({ report: reportSchema }).parse(data);
    const current = quarterNameOf(realToday());
    // The current quarter and the three before it.
    expect(macroReport.quarters).toHaveLength(4);
    expect(macroReport.quarters.at(-1)).toBe(current);
    expect(macroReport.rows.find((r) => r.tier === 4 && r.quarter === current)).toMatchObject({
      changes: 1,
      pending: 1,
    });
    expect(JSON.stringify(data)).not.toMatch(/CHG-\d+/);
    for (const key of Object.values(keys)) expect(JSON.stringify(data)).not.toContain(key);
  }, 60_000);

  it('exports the report table of a page whose macro chose it, as the reader, as valid ADF', async () => {
    // The author picks the report in the macro's configuration: the page is saved with it.
    const pageSchema = z.object({
      id: z.string(),
      title: z.string(),
      version: z.object({ number: z.number() }),
      body: z.object({ atlas_doc_format: z.object({ value: z.string() }) }),
    });
    const path = `/wiki/api/v2/pages/${DEMO_PAGES.english}`;
    const page = pageSchema.parse(
      (await emu.rest('admin', 'GET', `${path}?body-format=atlas_doc_format`)).body,
    );
    const body = page.body.atlas_doc_format.value.replace(
      /"guestParams":\{[^}]*\}/,
      '"guestParams":{"tables":["report"],"locale":"en-US"}',
    );
    expect(body).toContain('"tables":["report"]');
    const saved = await emu.rest('admin', 'PUT', path, {
      id: page.id,
      status: 'current',
      title: page.title,
      body: { representation: 'atlas_doc_format', value: body },
      version: { number: page.version.number + 1 },
    });
    expect(saved.status).toBe(200);

    const exported = await emu.exportPage(DEMO_PAGES.english, 'requester', 'pdf');
    const macro = exported?.macros[0];
    expect(macro?.problems).toEqual([]);
    const adf = macro?.adf as AdfNode;
    expect(
      nodesOf(adf)
        .filter((n) => n.type === 'heading')
        .map(plainText),
    ).toEqual(['Notice compliance by tier and quarter']);
    const rows = nodesOf(adf)
      .filter((n) => n.type === 'tableRow')
      .map((tr) => (tr.content ?? []).map(plainText));
    // E: the current quarter, tier 4, one change, its notice not yet due: no share.
    const current = quarterNameOf(realToday());
    expect(rows.find((r) => r[0] === '4 · Low' && r[1] === current)).toEqual([
      '4 · Low',
      current,
      '1',
      '—',
      '0',
      '0',
      '—',
      '—',
    ]);
    const text = JSON.stringify(adf);
    expect(text).not.toMatch(/CHG-\d+/);
  }, 60_000);

  it('keeps an existing macro without a report choice to the policy tables, reading no Jira', async () => {
    emu.clearRequests();
    const data = await resolverData(emu, {
      moduleKey: TABLES,
      accountId: 'requester',
      functionKey: 'getMacroTables',
      payload: {},
    });
    expect(data).toMatchObject({ tables: ['criteria', 'roles', 'comms'] });
    expect(data).not.toHaveProperty('report');
    expect(emu.requests()).toEqual([]);
  });

  it('costs one search page and one bulk fetch for a handful of changes', async () => {
    emu.clearRequests();
    await report('2025-Q2', '2025-Q3');
    const calls = emu.requests().map((r) => `${r.method} ${r.path.split('?')[0] ?? ''}`);
    // The admin check, one search page (4 changes) and one bulk fetch of their 4 first notices.
    expect(calls.filter((c) => c.includes('/search/jql'))).toHaveLength(1);
    expect(calls.filter((c) => c.includes('/issue/bulkfetch'))).toHaveLength(1);
    const points = emu.requests().reduce((sum, r) => sum + r.points, 0);
    // 1 + 1 (permissions) + 1 + 4 (search) + 1 + 4 (bulk fetch).
    expect(points).toBe(12);
  }, 60_000);
});

// The demo site as `npm start` serves it: changes over the coming months with a fatigue cluster
// and one inside the year-end billing freeze, and past quarters replayed on their days, so the
// calendar, the fatigue warning, the freeze window and the notice report each show something.
// Expected values are worked out here from the demo's story (dates relative to today), not read
// back from the app.
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { ADMIN, PANEL, resolverData, restOk, transitionByName, useEmulator } from '../support';

const emu = useEmulator({ seedShowcase: true, timeoutMs: 300_000 });

const today = Temporal.Now.plainDateISO('UTC');
const quarterOf = (day: Temporal.PlainDate) =>
  `${String(day.year)}-Q${String(Math.ceil(day.month / 3))}`;

const found = z.object({
  issues: z.array(
    z.object({
      key: z.string(),
      fields: z.object({ summary: z.string(), status: z.object({ name: z.string() }) }),
    }),
  ),
});

async function bySummary(summary: string) {
  const body = found.parse(
    await restOk(emu, 'admin', 'POST', '/rest/api/3/search/jql', {
      jql: `project = CHG AND issuetype = "Change Request" AND summary ~ "\\"${summary}\\""`,
      fields: ['summary', 'status'],
      maxResults: 10,
    }),
  );
  const issue = body.issues.find((i) => i.fields.summary === summary);
  if (!issue) throw new Error(`no change request '${summary}' on the demo site`);
  return issue;
}

test('the year-end billing freeze is in force and keeps the invoice change from being scheduled', async () => {
  const stored = z
    .object({
      version: z.number(),
      config: z.object({
        calendar: z.object({
          freezeWindows: z.array(
            z.object({
              name: z.object({ 'en-US': z.string() }),
              start: z.string(),
              end: z.string(),
            }),
          ),
        }),
      }),
    })
    .parse(
      await resolverData(emu, { moduleKey: ADMIN, accountId: 'admin', functionKey: 'getConfig' }),
    );
  const [window] = stored.config.calendar.freezeWindows;
  expect(window?.name['en-US']).toBe('Year-end billing run');
  // 20 December to 6 January, the first such window starting at least two weeks from today.
  const start = Temporal.PlainDate.from(window?.start ?? '');
  expect([start.month, start.day]).toEqual([12, 20]);
  expect(Temporal.PlainDate.compare(start, today.add({ days: 14 }))).toBeGreaterThanOrEqual(0);
  expect(window?.end).toBe(start.add({ days: 17 }).toString());

  const invoice = await bySummary('Show tax breakdown on invoices');
  expect(invoice.fields.status.name).toBe('Approved');
  expect(await transitionByName(emu, 'admin', invoice.key, 'Schedule')).toBe(400);
  expect((await bySummary('Show tax breakdown on invoices')).fields.status.name).toBe('Approved');
});

test('the fourth Starter change within 30 days is warned about, naming the other three', async () => {
  const fourth = await bySummary('Weekly summary email for Starter accounts');
  const others = await Promise.all(
    [
      'Rename Projects to Workspaces in the Starter app',
      'New onboarding checklist for Starter accounts',
      'Move the export button to the toolbar',
    ].map(async (summary) => (await bySummary(summary)).key),
  );
  const view = z
    .object({
      calendarWarnings: z.object({
        fatigue: z.array(
          z.object({
            kind: z.string(),
            name: z.string(),
            others: z.array(z.object({ key: z.string() })),
          }),
        ),
      }),
    })
    .parse(
      await resolverData(emu, {
        moduleKey: PANEL,
        accountId: 'requester',
        functionKey: 'getIssueView',
        issueKey: fourth.key,
      }),
    );
  const starter = view.calendarWarnings.fatigue.find(
    (c) => c.kind === 'segment' && c.name === 'Starter plan',
  );
  expect(starter?.others.map((o) => o.key).sort()).toEqual([...others].sort());
});

test('the notice report shows the replayed quarters: nine launches, six first notices on time', async () => {
  // The demo's past launches (days ago) and whether each first customer notice was done by its due date.
  const past: Array<[number, boolean]> = [
    [250, true],
    [215, false],
    [180, true],
    [150, true],
    [120, false],
    [95, false],
    [70, true],
    [40, true],
    [20, true],
  ];
  const quarters = past.map(([daysAgo]) => quarterOf(today.subtract({ days: daysAgo })));
  const sorted = [...new Set(quarters)].sort();
  const report = z
    .object({
      rows: z.array(
        z.object({
          quarter: z.string(),
          changes: z.number(),
          onTime: z.number(),
          late: z.number(),
        }),
      ),
    })
    .parse(
      await resolverData(emu, {
        moduleKey: ADMIN,
        accountId: 'admin',
        functionKey: 'getNoticeReport',
        payload: { fromQuarter: sorted[0], toQuarter: sorted[sorted.length - 1] },
      }),
    );
  // The current quarter also holds the coming launches: only the quarters already over count them all.
  const current = quarterOf(today);
  for (const quarter of sorted) {
    const rows = report.rows.filter((r) => r.quarter === quarter);
    const expected = past.filter((_, i) => quarters[i] === quarter);
    const sum = (pick: (r: (typeof rows)[number]) => number) =>
      rows.reduce((n, r) => n + pick(r), 0);
    expect({
      quarter,
      onTime: sum((r) => r.onTime),
      late: sum((r) => r.late),
    }).toEqual({
      quarter,
      onTime: expected.filter(([, onTime]) => onTime).length,
      late: expected.filter(([, onTime]) => !onTime).length,
    });
    if (quarter < current) expect(sum((r) => r.changes)).toBe(expected.length);
  }
});

test('the demo’s own requests meet no freeze window, so checks that drive them are unaffected', async () => {
  const body = z
    .object({
      issues: z.array(
        z.object({
          key: z.string(),
          properties: z.record(z.string(), z.unknown()).optional(),
        }),
      ),
    })
    .parse(
      await restOk(emu, 'admin', 'POST', '/rest/api/3/search/jql', {
        jql: 'key in (CHG-1, CHG-2, CHG-3, CHG-4, CHG-5, CHG-6, CHG-7, CHG-8)',
        fields: ['summary'],
        properties: ['change-governance.assessment'],
        maxResults: 10,
      }),
    );
  expect(body.issues).toHaveLength(8);
  for (const issue of body.issues) {
    const assessment = z
      .object({ freeze: z.unknown().optional() })
      .loose()
      .parse(issue.properties?.['change-governance.assessment'] ?? {});
    expect({ key: issue.key, freeze: assessment.freeze }).toEqual({
      key: issue.key,
      freeze: undefined,
    });
  }
});

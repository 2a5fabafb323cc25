// The notice-compliance report, checked against figures worked out by hand below each case.
import { Temporal } from 'temporal-polyfill';
import {
  buildNoticeReport,
  firstCustomerNoticeStep,
  median,
  noticeStanding,
  type FirstNotice,
  type ReportedChange,
} from '../../src/domain/notice-report';
import {
  parseQuarter,
  quarterEnd,
  quarterOf,
  quartersBetween,
  quartersEndingAt,
  quarterStart,
} from '../../src/domain/quarters';
import { DEFAULT_CONFIG } from '../../src/domain';

const day = (text: string) => Temporal.PlainDate.from(text);
const TODAY = day('2026-07-15');

const open = (due: string): FirstNotice => ({ kind: 'open', due: day(due) });
const done = (due: string, doneOn: string): FirstNotice => ({
  kind: 'done',
  due: day(due),
  doneOn: day(doneOn),
});

function change(launch: string, firstNotice: FirstNotice, extra: Partial<ReportedChange> = {}) {
  return {
    tier: 2,
    launchDate: day(launch),
    leadTimeCompliant: true,
    emergencyJustified: false,
    launchInFreeze: false,
    firstNotice,
    objectives: null,
    ...extra,
  } satisfies ReportedChange;
}

describe('quarters', () => {
  it('reads YYYY-Qn and refuses anything else', () => {
    expect(parseQuarter('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarter('2026-Q5')).toBeUndefined();
    expect(parseQuarter('2026Q3')).toBeUndefined();
    expect(parseQuarter(20263)).toBeUndefined();
  });

  it('places days in quarters by their calendar month, whatever the time zone', () => {
    expect(quarterOf(day('2026-03-31'))).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf(day('2026-04-01'))).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf(day('2026-12-31'))).toEqual({ year: 2026, quarter: 4 });
    expect(quarterStart({ year: 2026, quarter: 3 }).toString()).toBe('2026-07-01');
    expect(quarterEnd({ year: 2026, quarter: 1 }).toString()).toBe('2026-03-31');
    expect(quarterEnd({ year: 2024, quarter: 4 }).toString()).toBe('2024-12-31');
  });

  it('lists the quarters of a range across a year end', () => {
    expect(quartersBetween({ year: 2025, quarter: 3 }, { year: 2026, quarter: 2 })).toEqual([
      { year: 2025, quarter: 3 },
      { year: 2025, quarter: 4 },
      { year: 2026, quarter: 1 },
      { year: 2026, quarter: 2 },
    ]);
    expect(quartersBetween({ year: 2026, quarter: 2 }, { year: 2026, quarter: 1 })).toEqual([]);
    expect(quartersEndingAt(day('2026-02-10'), 3)).toEqual([
      { year: 2025, quarter: 3 },
      { year: 2025, quarter: 4 },
      { year: 2026, quarter: 1 },
    ]);
  });
});

describe('the first customer notice of a plan', () => {
  it('is the earliest customer-facing step of each shipped plan', () => {
    const first = (tier: number) =>
      firstCustomerNoticeStep(DEFAULT_CONFIG.commsPlans.find((plan) => plan.tier === tier));
    // From the design's plans: tier 1 −270 first notice (−365 is internal), tiers 2 and 3 their
    // customer notice, tier 4 only the release note on launch day.
    expect([1, 2, 3, 4].map(first)).toEqual([
      'first-notice',
      'customer-notice',
      'customer-notice',
      'release-note',
    ]);
  });

  it('is none for a plan without a customer-facing step, and the smaller id on a tie', () => {
    const step = (id: string, offsetDays: number, customerFacing: boolean) => ({
      id,
      offsetDays,
      customerFacing,
      title: { 'en-US': id },
      channel: { 'en-US': 'Email' },
      ownerRole: 'comms-manager',
    });
    expect(firstCustomerNoticeStep({ tier: 4, steps: [step('fyi', -14, false)] })).toBeNull();
    expect(firstCustomerNoticeStep(undefined)).toBeNull();
    expect(
      firstCustomerNoticeStep({
        tier: 2,
        steps: [step('z-mail', -30, true), step('a-app', -30, true), step('early', -60, false)],
      }),
    ).toBe('a-app');
  });
});

describe('standing of one first notice', () => {
  it('is on time when done on its due day, late the day after', () => {
    expect(noticeStanding(done('2026-03-01', '2026-03-01'), TODAY)).toBe('on-time');
    expect(noticeStanding(done('2026-03-01', '2026-03-02'), TODAY)).toBe('late');
  });

  it('is pending while not done and due today or later, overdue once the due day has passed', () => {
    expect(noticeStanding(open('2026-07-15'), TODAY)).toBe('pending');
    expect(noticeStanding(open('2026-07-14'), TODAY)).toBe('overdue');
  });

  it('keeps a plan without a customer step and a missing ticket apart', () => {
    expect(noticeStanding({ kind: 'not-planned' }, TODAY)).toBe('not-planned');
    expect(noticeStanding({ kind: 'no-ticket' }, TODAY)).toBe('no-ticket');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([120, 30, 90])).toBe(90);
    expect(median([10, 40, 20, 30])).toBe(25);
    expect(median([])).toBeNull();
  });
});

describe('the report', () => {
  const quarters = [
    { year: 2026, quarter: 1 },
    { year: 2026, quarter: 2 },
  ];

  it('counts each tier and quarter by launch date', () => {
    const changes = [
      // Q1, tier 2: notice due 2025-11-01, done 2025-10-30 (on time); 2026-02-01 − 2025-10-30 = 94 days.
      change('2026-02-01', done('2025-11-01', '2025-10-30'), {
        objectives: { met: 2, total: 3 },
      }),
      // Q1, tier 2: due 2025-12-01, done 2025-12-05 (late); 2026-03-31 − 2025-12-05 = 116 days.
      change('2026-03-31', done('2025-12-01', '2025-12-05'), {
        leadTimeCompliant: false,
        emergencyJustified: true,
        objectives: { met: 1, total: 1 },
      }),
      // Q1, tier 2: never done, due 2025-12-20, before today: overdue.
      change('2026-01-20', open('2025-12-20'), { leadTimeCompliant: false }),
      // Q2 (April 1st), tier 2: done on time 2026-01-10; 2026-04-01 − 2026-01-10 = 81 days.
      change('2026-04-01', done('2026-01-10', '2026-01-10')),
      // Q2, tier 2: due after today: pending, not decided.
      change('2026-06-30', open('2026-08-01')),
      // Q2, tier 4: no customer-facing step; flagged emergency within its lead time: not an emergency.
      change('2026-05-05', { kind: 'not-planned' }, { tier: 4, emergencyJustified: true }),
      // Q2, tier 3: compliant, but launching in a freeze window as a justified emergency: one.
      change(
        '2026-06-01',
        { kind: 'no-ticket' },
        { tier: 3, emergencyJustified: true, launchInFreeze: true },
      ),
      // Q3: outside the quarters asked.
      change('2026-07-01', done('2026-03-01', '2026-02-01')),
    ];
    const report = buildNoticeReport(changes, quarters, [1, 2, 3, 4], TODAY);
    expect(report.quarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(report.tiers).toEqual([1, 2, 3, 4]);
    expect(report.rows).toHaveLength(8);
    const row = (tier: number, quarter: string) =>
      report.rows.find((r) => r.tier === tier && r.quarter === quarter);

    expect(row(2, '2026-Q1')).toEqual({
      tier: 2,
      quarter: '2026-Q1',
      changes: 3,
      onTime: 1,
      late: 1,
      overdue: 1,
      pending: 0,
      notPlanned: 0,
      noTicket: 0,
      onTimeShare: 1 / 3,
      leadTimeExceptions: 2,
      emergencies: 1,
      // (94 + 116) / 2
      medianNoticeDays: 105,
      objectivesMet: 3,
      objectivesTotal: 4,
    });
    expect(row(2, '2026-Q2')).toMatchObject({
      changes: 2,
      onTime: 1,
      pending: 1,
      onTimeShare: 1,
      medianNoticeDays: 81,
    });
    expect(row(4, '2026-Q2')).toMatchObject({
      changes: 1,
      notPlanned: 1,
      onTimeShare: null,
      emergencies: 0,
      leadTimeExceptions: 0,
      medianNoticeDays: null,
    });
    expect(row(3, '2026-Q2')).toMatchObject({
      changes: 1,
      noTicket: 1,
      emergencies: 1,
      leadTimeExceptions: 0,
    });
    expect(row(1, '2026-Q1')).toMatchObject({ changes: 0, onTimeShare: null });
  });

  it('reads a notice done after launch as negative notice days', () => {
    // Launch 2026-02-10, notice done 2026-02-12: −2 days.
    const report = buildNoticeReport(
      [change('2026-02-10', done('2025-10-13', '2026-02-12'))],
      [{ year: 2026, quarter: 1 }],
      [2],
      TODAY,
    );
    expect(report.rows[0]).toMatchObject({ late: 1, onTimeShare: 0, medianNoticeDays: -2 });
  });

  it('adds a tier only a change still carries, after the configured ones', () => {
    const report = buildNoticeReport(
      [change('2026-02-10', { kind: 'no-ticket' }, { tier: 5 })],
      [{ year: 2026, quarter: 1 }],
      [1, 2],
      TODAY,
    );
    expect(report.tiers).toEqual([1, 2, 5]);
    expect(report.rows.at(-1)).toMatchObject({
      tier: 5,
      changes: 1,
      noTicket: 1,
      onTimeShare: null,
    });
  });
});

// The change calendar's own rules: which periods it loads, which freeze windows touch them, and the
// change-fatigue flags it draws for a whole period at once.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { fatigueCollisions, type CalendarChange, type FreezeWindow } from '../../src/domain';
import { epochDay, fatigueMap } from '../../src/domain/calendar-fatigue-map';
import {
  checkCalendarPeriod,
  freezeWindowsOverlapping,
  MAX_CALENDAR_SPAN_DAYS,
} from '../../src/domain/calendar-period';

const change = (
  key: string,
  launchDate: string,
  segments: string[],
  extra: Partial<CalendarChange> = {},
): CalendarChange => ({
  key,
  summary: `Change ${key}`,
  launchDate,
  segments,
  touchpoints: [],
  customerFacing: true,
  status: { name: 'In review', category: 'indeterminate' },
  ...extra,
});

describe('checkCalendarPeriod', () => {
  it('takes a quarter and exactly 100 days', () => {
    expect(checkCalendarPeriod('2027-01-01', '2027-03-31').ok).toBe(true);
    // 2027-01-01 + 99 days: 31 (Jan) + 28 (Feb) + 31 (Mar) = 90, so the 100th day is 10 April.
    expect(checkCalendarPeriod('2027-01-01', '2027-04-10').ok).toBe(true);
    expect(MAX_CALENDAR_SPAN_DAYS).toBe(100);
  });

  it('refuses 101 days, a reversed period and impossible days, each on its field', () => {
    const codes = (from: string, to: string) => {
      const result = checkCalendarPeriod(from, to);
      return result.ok ? [] : result.problems.map((p) => `${p.path ?? ''}:${p.code}`);
    };
    expect(codes('2027-01-01', '2027-04-11')).toEqual(['to:CALENDAR.RANGE_TOO_LONG']);
    expect(codes('2027-03-02', '2027-03-01')).toEqual(['to:CALENDAR.RANGE_REVERSED']);
    expect(codes('2027-02-29', '2027-03-31')).toEqual(['from:CALENDAR.DATE_INVALID']);
    expect(codes('2027-13-01', 'soon')).toEqual([
      'from:CALENDAR.DATE_INVALID',
      'to:CALENDAR.DATE_INVALID',
    ]);
  });
});

describe('freezeWindowsOverlapping', () => {
  const window = (id: string, start: string, end: string): FreezeWindow => ({
    id,
    name: { 'en-US': id },
    start,
    end,
    segments: [],
    channels: [],
  });
  it('keeps windows with a day in the period, touching its first or last day included', () => {
    const period = checkCalendarPeriod('2027-04-01', '2027-06-30');
    if (!period.ok) throw new Error('valid period refused');
    const windows = [
      window('ends-the-day-before', '2027-03-20', '2027-03-31'),
      window('ends-on-the-first-day', '2027-03-20', '2027-04-01'),
      window('inside', '2027-05-01', '2027-05-07'),
      window('starts-on-the-last-day', '2027-06-30', '2027-07-10'),
      window('starts-the-day-after', '2027-07-01', '2027-07-10'),
      window('covers-it', '2027-01-01', '2027-12-31'),
    ];
    expect(freezeWindowsOverlapping(windows, period.value).map((w) => w.id)).toEqual([
      'ends-on-the-first-day',
      'inside',
      'starts-on-the-last-day',
      'covers-it',
    ]);
  });
});

describe('epochDay', () => {
  it('counts days from 1970-01-01 across leap years and centuries', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1970-03-01')).toBe(59);
    expect(epochDay('2000-03-01')).toBe(11017);
    expect(epochDay('2028-02-29')! - epochDay('2028-02-28')!).toBe(1);
    expect(epochDay('2100-03-01')! - epochDay('2100-02-28')!).toBe(1);
    expect(epochDay('2027-1-01')).toBeUndefined();
  });
});

describe('fatigueMap', () => {
  const rule = { maxChanges: 2, windowDays: 10 };

  it('flags every change in a window over the limit, naming the others, and nothing else', () => {
    const changes = [
      change('CHG-1', '2027-05-01', ['SMB']),
      change('CHG-2', '2027-05-05', ['smb ']),
      change('CHG-3', '2027-05-10', ['SMB', 'Enterprise']),
      // 11 May is ten days after 1 May: no 10-day window holds both, but one holds 2, 3 and 4.
      change('CHG-4', '2027-05-11', ['SMB']),
      // Far from the rest: in no window over the limit.
      change('CHG-5', '2027-06-30', ['SMB']),
      change('CHG-6', '2027-05-02', ['Enterprise']),
    ];
    const flags = fatigueMap(changes, rule);
    expect([...flags.keys()].sort()).toEqual(['CHG-1', 'CHG-2', 'CHG-3', 'CHG-4']);
    expect(flags.get('CHG-1')).toEqual([
      { kind: 'segment', name: 'SMB', count: 3, otherCount: 2, others: ['CHG-2', 'CHG-3'] },
    ]);
    // Each change is told the segment as it spells it.
    expect(flags.get('CHG-2')).toEqual([
      {
        kind: 'segment',
        name: 'smb ',
        count: 3,
        otherCount: 3,
        others: ['CHG-1', 'CHG-3', 'CHG-4'],
      },
    ]);
    expect(flags.get('CHG-4')).toEqual([
      { kind: 'segment', name: 'SMB', count: 3, otherCount: 2, others: ['CHG-2', 'CHG-3'] },
    ]);
  });

  it('leaves out changes customers do not notice and those declined; counts a change listed twice once', () => {
    const changes = [
      change('CHG-1', '2027-05-01', ['SMB']),
      change('CHG-2', '2027-05-02', ['SMB'], { customerFacing: false }),
      change('CHG-3', '2027-05-03', ['SMB'], { status: { name: 'Declined', category: 'done' } }),
      change('CHG-4', '2027-05-04', ['SMB']),
      change('CHG-4', '2027-05-04', ['SMB']),
    ];
    expect(fatigueMap(changes, rule).size).toBe(0);
  });

  it('agrees with the one-change check (fatigueCollisions) on any calendar', () => {
    const start = Temporal.PlainDate.from('2027-01-01');
    const arbitraryChange = fc.record({
      offset: fc.integer({ min: 0, max: 60 }),
      segments: fc.subarray(['SMB', 'Enterprise', 'smb'], { maxLength: 2 }),
      touchpoints: fc.subarray(['billing', 'app'], { maxLength: 2 }),
      customerFacing: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryChange, { maxLength: 25 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 20 }),
        (drawn, maxChanges, windowDays) => {
          const changes = drawn.map((d, i) =>
            change(`CHG-${String(i + 1)}`, start.add({ days: d.offset }).toString(), d.segments, {
              touchpoints: d.touchpoints,
              customerFacing: d.customerFacing,
            }),
          );
          const rules = { maxChanges, windowDays };
          const swept = fatigueMap(changes, rules);
          for (const subject of changes) {
            const one = fatigueCollisions(
              { ...subject, launchDate: Temporal.PlainDate.from(subject.launchDate) },
              changes,
              rules,
            );
            const mine = swept.get(subject.key) ?? [];
            const view = (
              flags: ReadonlyArray<{
                kind: string;
                name: string;
                count: number;
                others: ReadonlyArray<string | { key: string }>;
              }>,
            ) =>
              flags
                .map((f) => ({
                  kind: f.kind,
                  name: f.name.trim().toLowerCase(),
                  count: f.count,
                  others: f.others.map((o) => (typeof o === 'string' ? o : o.key)).sort(),
                }))
                .sort((a, b) => `${a.kind}${a.name}`.localeCompare(`${b.kind}${b.name}`));
            expect(view(mine)).toEqual(view(one));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

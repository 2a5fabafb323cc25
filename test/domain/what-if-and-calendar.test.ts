import fc from 'fast-check';
import {
  addDays,
  DEFAULT_CONFIG,
  parseCalendarDate,
  parseIntake,
  utcDateOfTimestamp,
  whatIf,
} from '../../src/domain';
import { date, intakeOf, zeroAnswers } from './helpers';

describe('what-if', () => {
  const ctx = { submittedOn: date('2026-11-23'), similarPast: [], today: date('2026-11-23') };

  it('gives compliance and the comms timeline for each candidate launch date', () => {
    // Tier 2 needs 180 days from 2026-11-23: 2027-01-15 is 53 days away, 2027-06-01 is 190.
    const outcome = whatIf(intakeOf({ regulatory: 3 }), DEFAULT_CONFIG, ctx, [
      date('2027-01-15'),
      date('2027-06-01'),
    ]);
    if (outcome.status !== 'assessed') throw new Error('expected assessed');
    expect(outcome.tier).toBe(2);
    expect(outcome.scenarios.map((s) => [s.launchDate, s.leadTime.compliant])).toEqual([
      ['2027-01-15', false],
      ['2027-06-01', true],
    ]);
    // Launch 2027-06-01 + −180, −120, −60, −30, −7, 0, +14 days.
    expect(outcome.scenarios[1]?.timeline.map((s) => s.dueDate)).toEqual([
      '2026-12-03',
      '2027-02-01',
      '2027-04-02',
      '2027-05-02',
      '2027-05-25',
      '2027-06-01',
      '2027-06-15',
    ]);
  });

  it('works without a launch date in the intake, but not without answers', () => {
    const noDate = parseIntake({ answers: zeroAnswers() });
    expect(whatIf(noDate, DEFAULT_CONFIG, ctx, [date('2027-01-01')]).status).toBe('assessed');
    const noAnswers = parseIntake({ launchDate: '2027-01-01' });
    expect(whatIf(noAnswers, DEFAULT_CONFIG, ctx, [date('2027-01-01')])).toMatchObject({
      status: 'needs-input',
    });
  });
});

describe('calendar dates', () => {
  it('adds one day to 2027-02-28 whatever the process time zone', () => {
    expect(addDays(date('2027-02-28'), 1).toString()).toBe('2027-03-01');
  });

  it.each([
    ['2026-11-23T23:59:59.000+0000', '2026-11-23'],
    ['2026-11-24T00:00:00.000+0000', '2026-11-24'],
    ['2026-11-23T20:30:00.000-0500', '2026-11-24'],
    ['2026-11-24T01:00:00.000+0200', '2026-11-23'],
  ])('a submission at %s is the UTC day %s', (timestamp, day) => {
    expect(utcDateOfTimestamp(timestamp)?.toString()).toBe(day);
  });

  it.each(['2027-02-30', '2027-13-01', '27-01-01', '2027-1-1', '', 'tomorrow'])(
    'refuses %s',
    (text) => {
      expect(parseCalendarDate(text)).toBeUndefined();
    },
  );

  it('round-trips every day of a few centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -80_000, max: 80_000 }), (offset) => {
        const day = addDays(date('2000-01-01'), offset);
        expect(parseCalendarDate(day.toString())?.equals(day)).toBe(true);
      }),
    );
  });
});

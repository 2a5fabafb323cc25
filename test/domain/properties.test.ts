import fc from 'fast-check';
import { assess, DEFAULT_CONFIG, planComms } from '../../src/domain';
import { date } from './helpers';
import { CRITERIA, context, intakeOf } from './helpers';

const OPTIONS: Record<string, number[]> = Object.fromEntries(
  DEFAULT_CONFIG.criteria.map((c) => [c.id, c.options.map((o) => o.value)]),
);

const tierOf = (answers: Record<string, number>) => {
  const a = assess(intakeOf(answers), DEFAULT_CONFIG, context());
  if (a.status !== 'assessed') throw new Error('expected assessed');
  return a.tier;
};

describe('assessment properties', () => {
  const answersArb = fc.record(
    Object.fromEntries(
      CRITERIA.map((id) => [id, fc.constantFrom(...(OPTIONS[id] ?? [0]))]),
    ) as Record<(typeof CRITERIA)[number], fc.Arbitrary<number>>,
  );

  it('raising any answer never lowers the tier (never raises the tier number)', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...CRITERIA), (answers, criterion) => {
        const higher = (OPTIONS[criterion] ?? []).filter((v) => v > answers[criterion]);
        fc.pre(higher.length > 0);
        for (const value of higher) {
          expect(tierOf({ ...answers, [criterion]: value })).toBeLessThanOrEqual(tierOf(answers));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('always lands in a configured tier with a score between 0 and 100', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const a = assess(intakeOf(answers), DEFAULT_CONFIG, context());
        if (a.status !== 'assessed') throw new Error('expected assessed');
        expect([1, 2, 3, 4]).toContain(a.tier);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('comms plans come out in date order, each due on launch + offset', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 900 }), (answers, days) => {
        const launch = date('2026-11-23').add({ days });
        const a = assess(intakeOf(answers, launch.toString()), DEFAULT_CONFIG, context());
        if (a.status !== 'assessed') throw new Error('expected assessed');
        const comms = planComms(a, DEFAULT_CONFIG, date('2026-11-23'));
        const dues = comms.map((c) => c.dueDate);
        expect(dues).toEqual([...dues].sort());
        for (const c of comms)
          expect(c.dueDate).toBe(launch.add({ days: c.offsetDays }).toString());
      }),
    );
  });
});

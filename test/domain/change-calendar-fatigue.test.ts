// Change fatigue: more than maxChanges customer-facing changes for one segment or touchpoint within
// any windowDays-day window holding the launch. Offsets and windows below are counted by hand:
// the launch is 2027-03-15; a 30-day window holding it starts between 2027-02-14 and 2027-03-15.
import {
  countsTowardFatigue,
  fatigueCollisions,
  type CalendarChange,
  type FatigueSubject,
} from '../../src/domain';
import { date } from './helpers';

const change = (
  key: string,
  launchDate: string,
  extra: Partial<CalendarChange> = {},
): CalendarChange => ({
  key,
  summary: `Change ${key}`,
  launchDate,
  segments: ['Enterprise'],
  touchpoints: [],
  customerFacing: true,
  status: { name: 'In review', category: 'indeterminate' },
  ...extra,
});

const subject: FatigueSubject = {
  key: 'CHG-100',
  launchDate: date('2027-03-15'),
  segments: ['Enterprise'],
  touchpoints: ['checkout'],
  customerFacing: true,
};
const rule = { maxChanges: 3, windowDays: 30 };

// A 2027-02-14 (−29 days), B 03-01 (−14), F 03-10 (−5), C 03-20 (+5), D 04-13 (+29), E 04-14 (+30).
const A = change('CHG-1', '2027-02-14', { touchpoints: ['checkout'] });
const B = change('CHG-2', '2027-03-01', { segments: ['enterprise'], touchpoints: ['Checkout'] });
const C = change('CHG-3', '2027-03-20', { segments: ['ENTERPRISE '], touchpoints: ['checkout'] });
const D = change('CHG-4', '2027-04-13');
const E = change('CHG-5', '2027-04-14');
const F = change('CHG-6', '2027-03-10');

describe('change fatigue', () => {
  it('allows exactly the maximum: three changes in every window holding the launch', () => {
    // Windows: A, B and this change (from 02-14); B, C and this (from 02-19 to 03-01); C, D and this (03-15).
    expect(fatigueCollisions(subject, [A, B, C, D, E], rule)).toEqual([]);
  });

  it('warns for the segment when a fourth change joins, naming every change in a window over the limit', () => {
    const collisions = fatigueCollisions(subject, [A, B, C, D, E, F], rule);
    // From 02-14: A, B, F and this change = 4; from 02-19 to 03-01: B, F, C and this = 4; D and E
    // never share a window over the limit (D only with C, F and this from 03-15 on: 3 at most).
    expect(collisions).toEqual([
      {
        kind: 'segment',
        name: 'Enterprise',
        count: 4,
        maxChanges: 3,
        windowDays: 30,
        windowStart: '2027-02-14',
        windowEnd: '2027-03-15',
        others: [
          { key: 'CHG-1', summary: 'Change CHG-1', launchDate: '2027-02-14' },
          { key: 'CHG-2', summary: 'Change CHG-2', launchDate: '2027-03-01' },
          { key: 'CHG-6', summary: 'Change CHG-6', launchDate: '2027-03-10' },
          { key: 'CHG-3', summary: 'Change CHG-3', launchDate: '2027-03-20' },
        ],
        hiddenOthers: 0,
      },
    ]);
  });

  it('counts touchpoints on their own: A, B and C never share one window', () => {
    const collisions = fatigueCollisions(subject, [A, B, C, F], rule);
    expect(collisions.map((c) => `${c.kind}:${c.name}`)).toEqual(['segment:Enterprise']);
  });

  it('warns for a touchpoint shared by four changes in a window', () => {
    const G = change('CHG-7', '2027-03-12', { segments: ['SMB'], touchpoints: ['CHECKOUT'] });
    const collisions = fatigueCollisions({ ...subject, segments: [] }, [B, C, G, D], rule);
    // B (03-01), G (03-12), C (03-20) and this change fit in 02-19 … 03-20 and later windows.
    expect(collisions).toEqual([
      expect.objectContaining({
        kind: 'touchpoint',
        name: 'checkout',
        count: 4,
        windowStart: '2027-02-19',
        windowEnd: '2027-03-20',
        others: [
          expect.objectContaining({ key: 'CHG-2' }),
          expect.objectContaining({ key: 'CHG-7' }),
          expect.objectContaining({ key: 'CHG-3' }),
        ],
      }),
    ]);
  });

  it('counts neither declined, withdrawn nor internal changes, nor the change itself', () => {
    const declined = change('CHG-8', '2027-03-14', {
      status: { name: 'Declined', category: 'done' },
    });
    const withdrawn = change('CHG-9', '2027-03-16', {
      status: { name: 'withdrawn', category: 'done' },
    });
    const internal = change('CHG-10', '2027-03-15', { customerFacing: false });
    const itself = change('CHG-100', '2027-03-15');
    expect(fatigueCollisions(subject, [A, B, declined, withdrawn, internal, itself], rule)).toEqual(
      [],
    );
  });

  it('counts a launched change: customers got it', () => {
    const launched = change('CHG-11', '2027-03-14', {
      status: { name: 'Done', category: 'done' },
    });
    expect(countsTowardFatigue(launched)).toBe(true);
    expect(fatigueCollisions(subject, [A, B, launched], rule)).toHaveLength(1);
  });

  it('counts one change listed twice once', () => {
    expect(fatigueCollisions(subject, [A, B, B, B], rule)).toEqual([]);
  });

  it('a change customers do not notice collides with nothing', () => {
    expect(
      fatigueCollisions({ ...subject, customerFacing: false }, [A, B, C, D, E, F], rule),
    ).toEqual([]);
  });

  it('a new change without a key is checked the same way', () => {
    expect(
      fatigueCollisions({ ...subject, key: null }, [A, B, F], rule).map((c) => c.count),
    ).toEqual([4]);
  });

  it('names a segment the change lists twice once', () => {
    expect(
      fatigueCollisions({ ...subject, segments: ['Enterprise', 'enterprise'] }, [A, B, F], rule),
    ).toHaveLength(1);
  });

  it('with a one-day window only same-day launches collide', () => {
    const sameDay = [change('CHG-20', '2027-03-15'), change('CHG-21', '2027-03-15')];
    const dayBefore = change('CHG-22', '2027-03-14');
    expect(
      fatigueCollisions(subject, [...sameDay, dayBefore], { maxChanges: 2, windowDays: 1 }),
    ).toEqual([
      expect.objectContaining({
        count: 3,
        windowStart: '2027-03-15',
        windowEnd: '2027-03-15',
        others: [
          expect.objectContaining({ key: 'CHG-20' }),
          expect.objectContaining({ key: 'CHG-21' }),
        ],
      }),
    ]);
  });
});

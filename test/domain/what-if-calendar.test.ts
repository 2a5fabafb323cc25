// The what-if per candidate date: the freeze window it falls in and the fatigue it would add.
// Tier 4 (reach 1) plans an internal FYI 14 days before and a customer-facing release note at launch.
import {
  DEFAULT_CONFIG,
  whatIf,
  type CalendarChange,
  type GovernanceConfig,
} from '../../src/domain';
import { date, intakeOf } from './helpers';

const config: GovernanceConfig = {
  ...structuredClone(DEFAULT_CONFIG),
  calendar: {
    fatigue: { maxChanges: 2, windowDays: 10 },
    freezeWindows: [
      {
        id: 'spring-billing',
        name: { 'en-US': 'Spring billing run' },
        start: '2027-04-01',
        end: '2027-04-05',
        segments: ['SMB'],
        channels: [],
      },
    ],
  },
};

const neighbour = (key: string, launchDate: string): CalendarChange => ({
  key,
  summary: `Change ${key}`,
  launchDate,
  segments: ['smb'],
  touchpoints: [],
  customerFacing: true,
  status: { name: 'Scheduled', category: 'indeterminate' },
});

describe('what-if and the change calendar', () => {
  const ctx = {
    submittedOn: date('2027-01-04'),
    similarPast: [],
    today: date('2027-01-04'),
    neighbours: {
      key: 'CHG-50',
      // Two SMB changes on 03-08 and 03-12; the other on 06-01 is far from every candidate.
      changes: [
        neighbour('CHG-7', '2027-03-08'),
        neighbour('CHG-8', '2027-03-12'),
        neighbour('CHG-9', '2027-06-01'),
      ],
      partial: false,
    },
  };
  const intake = intakeOf({ reach: 1 }, '2027-05-01', { segments: ['SMB'] });

  it('says for each date whether it is frozen and which changes it would pile onto', () => {
    const outcome = whatIf(intake, config, ctx, [
      date('2027-03-10'),
      date('2027-04-03'),
      date('2027-05-03'),
    ]);
    if (outcome.status !== 'assessed') throw new Error('expected assessed');
    const [march, april, may] = outcome.scenarios;
    // 03-10: 03-08, 03-10 and 03-12 fit in 03-03 … 03-12 (10 days): 3 > 2.
    expect(march?.calendar).toEqual({
      freeze: null,
      fatigue: [
        expect.objectContaining({
          kind: 'segment',
          name: 'SMB',
          count: 3,
          windowStart: '2027-03-03',
          windowEnd: '2027-03-12',
          others: [
            { key: 'CHG-7', summary: 'Change CHG-7', launchDate: '2027-03-08' },
            { key: 'CHG-8', summary: 'Change CHG-8', launchDate: '2027-03-12' },
          ],
        }),
      ],
    });
    expect(april?.calendar).toEqual({
      freeze: expect.objectContaining({ windowId: 'spring-billing', earliestLaunch: '2027-04-06' }),
      fatigue: [],
    });
    expect(may?.calendar).toEqual({ freeze: null, fatigue: [] });
    expect(outcome).not.toHaveProperty('calendarPartial');
  });

  it('without neighbours still names freeze windows', () => {
    const { neighbours: _n, ...bare } = ctx;
    const outcome = whatIf(intake, config, bare, [date('2027-03-10'), date('2027-04-05')]);
    if (outcome.status !== 'assessed') throw new Error('expected assessed');
    expect(
      outcome.scenarios.map((s) => [
        s.calendar.freeze?.windowId ?? null,
        s.calendar.fatigue.length,
      ]),
    ).toEqual([
      [null, 0],
      ['spring-billing', 0],
    ]);
  });
});

import { assess, DEFAULT_CONFIG, parseIntake } from '../../src/domain';
import { context, date, intakeOf, zeroAnswers } from './helpers';

const assessed = (
  answers: Parameters<typeof intakeOf>[0],
  launch = '2027-12-01',
  submitted = '2026-11-23',
) => {
  const result = assess(intakeOf(answers, launch), DEFAULT_CONFIG, context(submitted));
  if (result.status !== 'assessed')
    throw new Error(`expected assessed, got ${result.missing.join(',')}`);
  return result;
};

describe('scoring contract: round(100 × Σ(answer × weight) / 48)', () => {
  // Each row: answers → expected score and tier (docs/design-contract.md "Assessment").
  it.each([
    ['nothing at all', {}, 0, 4],
    ['Σ=13 → 27: inside tier 3', { reach: 3, customerAction: 1, supportLoad: 1 }, 27, 3],
    ['Σ=11 → 23: below every threshold', { reach: 3, customerAction: 1 }, 23, 4],
    ['Σ=12 → 25: tier 3 boundary', { reach: 2, financial: 2 }, 25, 3],
    [
      'Σ=19 → 40: tier 2 boundary',
      { reach: 3, financial: 2, visibility: 2, history: 0, reversibility: 0 },
      40,
      2,
    ],
    ['Σ=18 → 38: still tier 3', { reach: 2, financial: 2, visibility: 2, supportLoad: 1 }, 38, 3],
    [
      'Σ=29 → 60: tier 1 boundary',
      { reach: 3, financial: 3, customerAction: 2, visibility: 2, supportLoad: 1, history: 1 },
      60,
      1,
    ],
    [
      'Σ=28 → 58: still tier 2',
      {
        reach: 3,
        financial: 2,
        customerAction: 2,
        visibility: 2,
        supportLoad: 2,
        reversibility: 1,
      },
      58,
      2,
    ],
    [
      'everything maximal',
      {
        reach: 3,
        customerAction: 3,
        financial: 3,
        visibility: 3,
        supportLoad: 3,
        reversibility: 3,
        regulatory: 3,
        history: 3,
      },
      100,
      1,
    ],
  ])('%s', (_name, answers, score, tier) => {
    const result = assessed(answers);
    expect(result.score).toBe(score);
    expect(result.tier).toBe(tier);
  });

  it.each([
    // Scores straddling each threshold: 24/25, 39/40, 59/60 are reached by some weight combination.
    [{ reach: 2, customerAction: 1, supportLoad: 1, history: 1 }, 23],
  ])('explains each criterion with its points (%j)', (answers, score) => {
    const result = assessed(answers);
    expect(result.score).toBe(score);
    const reach = result.points.find((p) => p.criterion === 'reach');
    expect(reach).toEqual({ criterion: 'reach', answer: 2, weight: 3, points: 6, maxPoints: 9 });
    expect(result.points.reduce((s, p) => s + p.maxPoints, 0)).toBe(48);
  });
});

describe('threshold boundaries by score', () => {
  // Points 12 → 25 (tier 3), 11.5 impossible; exact boundaries come from the rounding of Σ/48.
  const byPoints = (points: number) => Math.round((100 * points) / 48);
  it.each([
    [11, 23, 4],
    [12, 25, 3],
    [19, 40, 2],
    [18, 38, 3],
    [29, 60, 1],
    [28, 58, 2],
  ])('Σ=%i scores %i and lands in tier %i', (points, score, tier) => {
    expect(byPoints(points)).toBe(score);
    // Build the points from history (1) and reach (3) weights.
    const answers = { ...zeroAnswers() };
    let remaining = points;
    for (const [id, weight] of [
      ['reach', 3],
      ['financial', 3],
      ['customerAction', 2],
      ['visibility', 2],
      ['supportLoad', 2],
      ['regulatory', 2],
      ['reversibility', 1],
      ['history', 1],
    ] as const) {
      const options = id === 'regulatory' ? [3, 2, 0] : [3, 2, 1, 0];
      const answer = options.find((o) => o * weight <= remaining) ?? 0;
      answers[id] = answer;
      remaining -= answer * weight;
    }
    expect(remaining).toBe(0);
    // Escalations must not interfere with a pure score check.
    const result = assessed(answers);
    expect(result.score).toBe(score);
    expect(result.scoreTier).toBe(tier);
  });
});

describe('escalation rules force a minimum tier', () => {
  it.each([
    ['price-increase-broad', { financial: 3, reach: 2 }, 1],
    ['irreversible-for-all', { reversibility: 3, reach: 3 }, 1],
    ['legal-obligation', { regulatory: 3 }, 2],
    ['mandatory-action-for-all', { customerAction: 3 }, 2],
  ])('%s', (ruleId, answers, tier) => {
    const result = assessed(answers);
    expect(result.tier).toBe(tier);
    expect(result.scoreTier).toBeGreaterThan(tier);
    expect(result.escalations.map((e) => e.ruleId)).toContain(ruleId);
  });

  it('does not list a rule that would not raise the tier', () => {
    const result = assessed({
      reach: 3,
      financial: 3,
      customerAction: 3,
      visibility: 3,
      supportLoad: 3,
      regulatory: 3,
    });
    expect(result.tier).toBe(1);
    expect(result.scoreTier).toBe(1);
    expect(result.escalations).toEqual([]);
  });

  it('financial = 3 with reach 1 is not forced to tier 1', () => {
    const result = assessed({ financial: 3, reach: 1 });
    expect(result.tier).toBe(3);
    expect(result.escalations).toEqual([]);
  });
});

describe('default tiers', () => {
  // docs/design-contract.md "Default configuration": 365 / 180 / 90 / 14 days, each covering its plan's first step.
  it.each([
    [1, 'Critical', 365, { reach: 3, financial: 3 }],
    [2, 'High', 180, { regulatory: 3 }],
    [3, 'Moderate', 90, { reach: 2, financial: 2 }],
    [4, 'Low', 14, { reach: 1 }],
  ])('tier %i is %s with a %i-day lead time and its effects', (tier, name, lead, answers) => {
    const result = assessed(answers);
    expect(result.tier).toBe(tier);
    expect(result.tierName['en-US']).toBe(name);
    expect(result.leadTime.requiredDays).toBe(lead);
    expect(result.effects.cx['en-US']).not.toHaveLength(0);
    expect(result.configVersion).toBe(1);
  });
});

describe('lead time', () => {
  it('exactly the required days is compliant; one day less is not and names the earliest launch', () => {
    // Tier 2: 180 days. 2026-11-23 + 180 = 2027-05-22 (7 + 31 + 31 + 28 + 31 + 30 + 22 days).
    const exact = assessed({ regulatory: 3 }, '2027-05-22');
    expect(exact.leadTime).toEqual({
      requiredDays: 180,
      actualDays: 180,
      compliant: true,
      earliestCompliantLaunch: '2027-05-22',
    });
    const short = assessed({ regulatory: 3 }, '2027-05-21');
    expect(short.leadTime).toEqual({
      requiredDays: 180,
      actualDays: 179,
      compliant: false,
      earliestCompliantLaunch: '2027-05-22',
    });
  });

  it('counts a leap day', () => {
    // Tier 4: 14 days. Submitted 2028-02-25 → earliest 2028-03-10 because 2028-02-29 exists.
    const result = assessed({ reach: 1 }, '2028-03-09', '2028-02-25');
    expect(result.leadTime).toEqual({
      requiredDays: 14,
      actualDays: 13,
      compliant: false,
      earliestCompliantLaunch: '2028-03-10',
    });
  });

  it('adds calendar days without drifting at month ends', () => {
    // Tier 4: 14 days. 2027-02-28 + 14 = 2027-03-14 (no 29 February in 2027).
    const result = assessed({ reach: 1 }, '2027-03-14', '2027-02-28');
    expect(result.leadTime.actualDays).toBe(14);
    expect(result.leadTime.earliestCompliantLaunch).toBe('2027-03-14');
  });
});

describe('needs input', () => {
  it('names every unanswered criterion and a missing launch date, and gives no tier', () => {
    const result = assess(parseIntake({ answers: { reach: 2 } }), DEFAULT_CONFIG, context());
    expect(result.status).toBe('needs-input');
    expect(result.missing).toEqual([
      'answers.customerAction',
      'answers.financial',
      'answers.visibility',
      'answers.supportLoad',
      'answers.reversibility',
      'answers.regulatory',
      'answers.history',
      'launchDate',
    ]);
    expect(result).not.toHaveProperty('tier');
  });

  it.each([
    [
      'an answer outside the options',
      { answers: { ...zeroAnswers(), regulatory: 1 }, launchDate: '2027-01-01' },
      ['answers.regulatory'],
    ],
    [
      'an answer of the wrong type',
      { answers: { ...zeroAnswers(), reach: '3' }, launchDate: '2027-01-01' },
      ['answers.reach'],
    ],
    [
      'an impossible launch date',
      { answers: zeroAnswers(), launchDate: '2027-02-30' },
      ['launchDate'],
    ],
    [
      'a launch date with a time',
      { answers: zeroAnswers(), launchDate: '2027-02-01T00:00:00Z' },
      ['launchDate'],
    ],
    [
      'a launch date before the submission date',
      { answers: zeroAnswers(), launchDate: '2026-11-22' },
      ['launchDate'],
    ],
    [
      'a blank emergency justification beside an unanswered criterion (both named)',
      {
        answers: { ...zeroAnswers(), history: undefined },
        launchDate: '2027-01-01',
        emergency: { justification: '  ' },
      },
      ['answers.history', 'emergency.justification'],
    ],
    [
      'too many segments',
      {
        answers: zeroAnswers(),
        launchDate: '2027-01-01',
        segments: Array.from({ length: 10_000 }, (_, i) => `s${String(i)}`),
      },
      ['segments'],
    ],
    [
      'an unknown touchpoint',
      { answers: zeroAnswers(), launchDate: '2027-01-01', touchpoints: ['moon'] },
      ['touchpoints'],
    ],
    [
      'not an object at all',
      'oops',
      [
        'answers.reach',
        'answers.customerAction',
        'answers.financial',
        'answers.visibility',
        'answers.supportLoad',
        'answers.reversibility',
        'answers.regulatory',
        'answers.history',
        'intake',
        'launchDate',
      ],
    ],
  ])('%s', (_name, raw, missing) => {
    const result = assess(parseIntake(raw), DEFAULT_CONFIG, context());
    expect(result.status).toBe('needs-input');
    expect([...result.missing].sort()).toEqual([...missing].sort());
  });

  it('ignores __proto__ and constructor keys instead of polluting anything', () => {
    const raw = JSON.parse(
      '{"launchDate":"2027-06-01","answers":{"__proto__":{"polluted":1},"constructor":3,"reach":1,"customerAction":0,"financial":0,"visibility":0,"supportLoad":0,"reversibility":0,"regulatory":0,"history":0}}',
    ) as unknown;
    const result = assess(parseIntake(raw), DEFAULT_CONFIG, context());
    expect(result.status).toBe('assessed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('similar past changes', () => {
  it('passes them through and suggests the worst known outcome as the history answer', () => {
    const similarPast = [
      {
        key: 'CHG-1',
        summary: 'a',
        tier: 2,
        outcome: 'complaints' as const,
        sharedSegments: ['SMB'],
        sharedTouchpoints: [],
      },
      {
        key: 'CHG-2',
        summary: 'b',
        tier: 3,
        outcome: 'smooth' as const,
        sharedSegments: [],
        sharedTouchpoints: ['billing'],
      },
    ];
    const result = assess(intakeOf({ reach: 1 }), DEFAULT_CONFIG, {
      submittedOn: date('2026-11-23'),
      similarPast,
    });
    if (result.status !== 'assessed') throw new Error('expected assessed');
    expect(result.similarChanges.map((c) => c.key)).toEqual(['CHG-1', 'CHG-2']);
    expect(result.suggestedHistoryAnswer).toBe(2);
  });
});

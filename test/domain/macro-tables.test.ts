import { buildMacroTables } from '../../src/confluence/macro-tables';
import { DEFAULT_MACRO_TABLES } from '../../src/contract/resolver-contract';
import type { GovernanceConfig } from '../../src/domain';
import { config } from './helpers';

// The policy tables this file is about; the report table has its own tests (notice-report).
const ALL = [...DEFAULT_MACRO_TABLES];

/** The role names docs/design-contract.md gives per tier (reviewers, approvers, comms owner). */
const DESIGN_ROLES = {
  1: {
    reviewers: ['CX lead', 'PR lead', 'Finance partner', 'Legal'],
    approvers: ['VP Customer Experience', 'VP Communications', 'Finance director'],
    commsOwner: 'Customer communications manager',
  },
  2: {
    reviewers: ['CX lead', 'PR lead'],
    approvers: ['Director of Customer Experience'],
    commsOwner: 'Customer communications manager',
  },
  3: {
    reviewers: ['CX team lead'],
    approvers: ['CX manager'],
    commsOwner: 'Requesting team (the reporter)',
  },
  4: {
    reviewers: [],
    approvers: ['Requesting team lead'],
    commsOwner: 'Requesting team (the reporter)',
  },
} as const;

/** docs/design-contract.md's comms plans: offset and step per tier, in time order. */
const DESIGN_COMMS: Record<number, Array<[number, string]>> = {
  1: [
    [-365, 'Internal alignment'],
    [-270, 'First customer notice'],
    [-180, 'Help-centre article & FAQ'],
    [-90, 'Reminder'],
    [-30, 'Agent training + reminder'],
    [-7, 'Final notice'],
    [0, 'Launch announcement'],
    [14, 'Post-launch review'],
  ],
  2: [
    [-180, 'Internal briefing'],
    [-120, 'Customer notice'],
    [-60, 'Help-centre update'],
    [-30, 'Reminder'],
    [-7, 'Final notice'],
    [0, 'Launch note'],
    [14, 'Post-launch review'],
  ],
  3: [
    [-90, 'Internal briefing'],
    [-60, 'Customer notice'],
    [-14, 'Reminder'],
    [0, 'Release note'],
    [14, 'Review'],
  ],
  4: [
    [-14, 'Internal FYI'],
    [0, 'Release note'],
  ],
};

describe('buildMacroTables with the default configuration', () => {
  const tables = buildMacroTables(config(), ALL, 'en-US');

  it('carries the locale, the configuration version and the chosen tables', () => {
    expect(tables.locale).toBe('en-US');
    expect(tables.configVersion).toBe(1);
    expect(tables.tables).toEqual(ALL);
  });

  it('lists every tier with DESIGN.md names, effects, lead times and examples', () => {
    expect(tables.criteria.map((row) => [row.tier, row.name, row.leadTimeDays])).toEqual([
      [1, 'Critical', 365],
      [2, 'High', 180],
      [3, 'Moderate', 90],
      [4, 'Low', 14],
    ]);
    const [critical, high, moderate, low] = tables.criteria;
    expect(critical).toMatchObject({
      cx: 'New macros, help-centre rewrite, agent training, staffing forecast',
      pr: 'Press statement, social monitoring, spokesperson',
      finance: 'Billing/refund review, revenue forecast',
      examples: ['Price increase for all plans', 'Retiring a product'],
    });
    expect(high).toMatchObject({
      cx: 'Help-centre update, agent briefing',
      pr: 'Prepared reactive statement',
      finance: 'Billing check',
      examples: ['Removing a feature used by a segment', 'Changing support hours'],
    });
    expect(moderate).toMatchObject({ cx: 'FAQ/macro update', pr: 'None', finance: 'None' });
    expect(low).toMatchObject({
      cx: 'Release note',
      examples: ['UI copy change', 'Bug fix with visible effect'],
    });
  });

  it('names the reviewers, approvers and comms owner of every tier', () => {
    expect(tables.roles.map((row) => row.tier)).toEqual([1, 2, 3, 4]);
    for (const row of tables.roles) {
      const expected = DESIGN_ROLES[row.tier as keyof typeof DESIGN_ROLES];
      expect({
        reviewers: row.reviewers,
        approvers: row.approvers,
        commsOwner: row.commsOwner,
      }).toEqual(expected);
      expect(row.examples).toEqual(tables.criteria.find((c) => c.tier === row.tier)?.examples);
    }
  });

  it('gives every tier its comms steps in offset order, with channel and owner', () => {
    expect(tables.comms.map((plan) => [plan.tier, plan.name, plan.steps.length])).toEqual([
      [1, 'Critical', 8],
      [2, 'High', 7],
      [3, 'Moderate', 5],
      [4, 'Low', 2],
    ]);
    for (const plan of tables.comms) {
      expect(plan.steps.map((step) => [step.offsetDays, step.title])).toEqual(
        DESIGN_COMMS[plan.tier],
      );
    }
    expect(tables.comms[0]?.steps[1]).toEqual({
      offsetDays: -270,
      title: 'First customer notice',
      channel: 'Email + in-app',
      owner: 'Customer communications manager',
    });
    expect(tables.comms[3]?.steps.map((step) => step.owner)).toEqual([
      'Requesting team (the reporter)',
      'Requesting team (the reporter)',
    ]);
  });
});

/** docs/design-contract.md's criteria: id, weight and the answer values each offers. */
const DESIGN_CRITERIA: Array<[string, number, number[]]> = [
  ['reach', 3, [0, 1, 2, 3]],
  ['customerAction', 2, [0, 1, 2, 3]],
  ['financial', 3, [0, 1, 2, 3]],
  ['visibility', 2, [0, 1, 2, 3]],
  ['supportLoad', 2, [0, 1, 2, 3]],
  ['reversibility', 1, [0, 1, 2, 3]],
  ['regulatory', 2, [0, 2, 3]],
  ['history', 1, [0, 1, 2, 3]],
];

describe('buildMacroTables scoring beside the criteria table', () => {
  const { scoring } = buildMacroTables(config(), ['criteria'], 'en-US');

  it("lists every criterion with the design's weight and options", () => {
    expect(
      scoring.criteria.map((c) => [c.id, c.weight, c.options.map((option) => option.value)]),
    ).toEqual(DESIGN_CRITERIA);
    const reach = scoring.criteria[0]!;
    expect(reach.options.map((option) => option.label)).toEqual([
      'Internal only',
      'Under 5 % or one small segment',
      'A segment, 5–50 %',
      'Most or all customers',
    ]);
    // score = round(100 × Σ(answer × weight) / 48)
    expect(scoring.maxPoints).toBe(48);
  });

  it('gives the thresholds 60 / 40 / 25, and the lowest tier below them', () => {
    expect(scoring.thresholds.map((t) => [t.minScore, t.maxScore, t.tier, t.name])).toEqual([
      [60, 100, 1, 'Critical'],
      [40, 59, 2, 'High'],
      [25, 39, 3, 'Moderate'],
      [0, 24, 4, 'Low'],
    ]);
  });

  it('states the four escalation rules with their conditions and minimum tier', () => {
    expect(
      scoring.escalations.map((rule) => [
        rule.when.map((c) => [c.criterion, c.op, c.value]),
        rule.minimumTier,
      ]),
    ).toEqual([
      [
        [
          ['financial', 'eq', 3],
          ['reach', 'gte', 2],
        ],
        1,
      ],
      [
        [
          ['reversibility', 'eq', 3],
          ['reach', 'eq', 3],
        ],
        1,
      ],
      [[['regulatory', 'eq', 3]], 2],
      [[['customerAction', 'eq', 3]], 2],
    ]);
    expect(scoring.escalations.every((rule) => rule.description.length > 0)).toBe(true);
    expect(scoring.escalations[2]?.tierName).toBe('High');
  });

  it("shows an admin's weight change, in the reader's language", () => {
    const edited = config();
    edited.criteria.find((c) => c.id === 'reach')!.weight = 5;
    const tables = buildMacroTables(edited, ['criteria'], 'it-IT');
    expect(tables.scoring.criteria[0]).toMatchObject({
      id: 'reach',
      weight: 5,
      question: 'Quale quota di clienti è interessata?',
    });
    expect(tables.scoring.maxPoints).toBe(54);
    expect(tables.scoring.thresholds[0]?.name).toBe('Critico');
  });

  it('is empty when the criteria table is not chosen', () => {
    expect(buildMacroTables(config(), ['roles'], 'en-US').scoring).toEqual({
      criteria: [],
      maxPoints: 0,
      thresholds: [],
      escalations: [],
    });
  });
});

describe('buildMacroTables languages', () => {
  it('uses the Italian text when asked', () => {
    const tables = buildMacroTables(config(), ALL, 'it-IT');
    expect(tables.locale).toBe('it-IT');
    expect(tables.criteria.map((row) => row.name)).toEqual([
      'Critico',
      'Alto',
      'Moderato',
      'Basso',
    ]);
    expect(tables.criteria[1]?.finance).toBe('Verifica della fatturazione');
    expect(tables.roles[1]?.approvers).toEqual(['Direttore Customer Experience']);
    expect(tables.roles[0]?.commsOwner).toBe('Responsabile comunicazione clienti');
    expect(tables.comms[3]?.steps.map((step) => step.title)).toEqual([
      'Informativa interna',
      'Nota di rilascio',
    ]);
    expect(tables.comms[3]?.steps.map((step) => step.channel)).toEqual([
      'Canale del team',
      'Note di rilascio',
    ]);
    expect(tables.comms[0]?.steps[0]?.channel).toBe('Riunione interna');
  });

  it('falls back to en-US for any text without an Italian version', () => {
    const edited = config();
    const role = edited.roles.find((candidate) => candidate.id === 'cx-manager')!;
    role.name = { 'en-US': 'CX manager (no translation)' };
    const tier = edited.tiers.find((candidate) => candidate.tier === 2)!;
    tier.name = { 'en-US': 'High' };
    tier.effects.pr = { 'en-US': 'Holding statement' };
    const step = edited.commsPlans.find((plan) => plan.tier === 4)!.steps[0]!;
    step.title = { 'en-US': 'Heads-up in the team channel' };
    step.channel = { 'en-US': 'Team chat' };

    const tables = buildMacroTables(edited, ALL, 'it-IT');
    expect(tables.roles[2]?.approvers).toEqual(['CX manager (no translation)']);
    expect(tables.criteria[1]).toMatchObject({ name: 'High', pr: 'Holding statement' });
    expect(tables.criteria[1]?.cx).toBe(
      'Aggiornamento del centro assistenza, briefing agli agenti',
    );
    expect(tables.comms[3]?.steps[0]?.title).toBe('Heads-up in the team channel');
    expect(tables.comms[3]?.steps[0]?.channel).toBe('Team chat');
    expect(tables.comms[3]?.steps[1]?.channel).toBe('Note di rilascio');
    expect(tables.comms[3]?.steps[1]?.title).toBe('Nota di rilascio');
  });
});

describe('buildMacroTables table choice', () => {
  it('fills only the chosen tables', () => {
    const roles = buildMacroTables(config(), ['roles'], 'en-US');
    expect(roles.tables).toEqual(['roles']);
    expect(roles.roles).toHaveLength(4);
    expect(roles.criteria).toEqual([]);
    expect(roles.comms).toEqual([]);

    const two = buildMacroTables(config(), ['comms', 'criteria'], 'en-US');
    expect(two.tables).toEqual(['comms', 'criteria']);
    expect(two.criteria).toHaveLength(4);
    expect(two.comms).toHaveLength(4);
    expect(two.roles).toEqual([]);
  });

  it('lists a table asked twice once, and every table when none is asked', () => {
    expect(buildMacroTables(config(), ['criteria', 'criteria'], 'en-US').tables).toEqual([
      'criteria',
    ]);
    expect(buildMacroTables(config(), [], 'en-US').tables).toEqual(ALL);
  });
});

describe('buildMacroTables on edited configurations', () => {
  it('sorts tiers by number and steps by offset, keeping the order of steps on the same day', () => {
    const edited: GovernanceConfig = config();
    edited.tiers.reverse();
    const plan = edited.commsPlans.find((candidate) => candidate.tier === 4)!;
    plan.steps = [
      { ...plan.steps[1]!, id: 'late-b', offsetDays: 5 },
      { ...plan.steps[1]!, id: 'late-a', offsetDays: 5, title: { 'en-US': 'Second at +5' } },
      { ...plan.steps[0]!, offsetDays: -30 },
    ];
    const tables = buildMacroTables(edited, ALL, 'en-US');
    expect(tables.criteria.map((row) => row.tier)).toEqual([1, 2, 3, 4]);
    expect(tables.comms[3]?.steps.map((step) => [step.offsetDays, step.title])).toEqual([
      [-30, 'Internal FYI'],
      [5, 'Release note'],
      [5, 'Second at +5'],
    ]);
  });

  it('shows an undefined role by its id and a missing lead time as none', () => {
    const edited = config();
    edited.tierRoles[3]!.approvers = ['ghost-role'];
    delete edited.tiers[3]!.leadTimeDays;
    edited.commsPlans = edited.commsPlans.filter((plan) => plan.tier !== 3);
    const tables = buildMacroTables(edited, ALL, 'en-US');
    expect(tables.roles[3]?.approvers).toEqual(['ghost-role']);
    expect(tables.criteria[3]?.leadTimeDays).toBe(0);
    expect(tables.comms[2]).toEqual({ tier: 3, name: 'Moderate', steps: [] });
  });

  it('does not change the configuration it reads', () => {
    const original = config();
    const copy = structuredClone(original);
    buildMacroTables(original, ALL, 'it-IT');
    expect(original).toEqual(copy);
  });
});

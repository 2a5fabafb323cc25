import {
  DEFAULT_CONFIG,
  tierForScore,
  validateConfig,
  type GovernanceConfig,
} from '../../src/domain';
import { config } from './helpers';

const c2id = (): string => config().criteria[2]!.id;

describe('tierForScore at each threshold', () => {
  it.each([
    [0, 4],
    [24, 4],
    [25, 3],
    [39, 3],
    [40, 2],
    [59, 2],
    [60, 1],
    [100, 1],
  ])('score %i → tier %i', (score, tier) => {
    expect(tierForScore(score, DEFAULT_CONFIG)).toBe(tier);
  });
});

describe('validateConfig', () => {
  it('accepts the shipped defaults', () => {
    expect(validateConfig(DEFAULT_CONFIG)).toEqual({ ok: true, value: DEFAULT_CONFIG });
  });

  const broken = (edit: (c: GovernanceConfig) => void) => {
    const c = config();
    edit(c);
    const result = validateConfig(c);
    if (result.ok) throw new Error('expected the configuration to be refused');
    return result.problems.map((p) => `${p.code} @ ${p.path ?? ''}`);
  };

  it.each<[string, (c: GovernanceConfig) => void, string]>([
    [
      'a duplicate criterion id',
      (c) => {
        c.criteria[1]!.id = 'reach';
      },
      'CONFIG.DUPLICATE_ID @ criteria[1]',
    ],
    [
      'a duplicate role id',
      (c) => {
        c.roles[1]!.id = 'cx-lead';
      },
      'CONFIG.DUPLICATE_ID @ roles[1]',
    ],
    [
      'a duplicate comms step id',
      (c) => {
        c.commsPlans[0]!.steps[1]!.id = 'internal-alignment';
      },
      'CONFIG.DUPLICATE_ID @ commsPlans[0].steps[1]',
    ],
    [
      'a duplicate escalation id',
      (c) => {
        c.escalations[1]!.id = 'price-increase-broad';
      },
      'CONFIG.DUPLICATE_ID @ escalations[1]',
    ],
    [
      'a zero weight',
      (c) => {
        c.criteria[2]!.weight = 0;
      },
      'CONFIG.WEIGHT_NOT_POSITIVE @ criteria[2].weight',
    ],
    [
      'a negative weight',
      (c) => {
        c.criteria[0]!.weight = -1;
      },
      'CONFIG.WEIGHT_NOT_POSITIVE @ criteria[0].weight',
    ],
    [
      'thresholds not descending',
      (c) => {
        c.thresholds[1]!.minScore = 70;
      },
      'CONFIG.THRESHOLDS_NOT_DESCENDING @ thresholds[1].minScore',
    ],
    [
      'a tier without a lead time',
      (c) => {
        delete c.tiers[2]!.leadTimeDays;
      },
      'CONFIG.TIER_LEAD_TIME_MISSING @ tiers[2].leadTimeDays',
    ],
    [
      'an offset beyond 730 days',
      (c) => {
        c.commsPlans[0]!.steps[0]!.offsetDays = -731;
      },
      'CONFIG.OFFSET_OUT_OF_RANGE @ commsPlans[0].steps[0].offsetDays',
    ],
    [
      'a step naming an unknown role',
      (c) => {
        c.commsPlans[1]!.steps[0]!.ownerRole = 'ghost';
      },
      'CONFIG.UNKNOWN_ROLE @ commsPlans[1].steps[0].ownerRole',
    ],
    [
      'a tier naming an unknown approver',
      (c) => {
        c.tierRoles[0]!.approvers.push('ghost');
      },
      'CONFIG.UNKNOWN_ROLE @ tierRoles[0].approvers[3]',
    ],
    [
      'a tier naming an unknown comms owner',
      (c) => {
        c.tierRoles[3]!.commsOwner = 'ghost';
      },
      'CONFIG.UNKNOWN_ROLE @ tierRoles[3].commsOwner',
    ],
    [
      'a plan for an unknown tier',
      (c) => {
        c.commsPlans[3]!.tier = 7;
      },
      'CONFIG.UNKNOWN_TIER @ commsPlans[3].tier',
    ],
    [
      'a rule on an unknown criterion',
      (c) => {
        c.escalations[0]!.when[0]!.criterion = 'mood';
      },
      'CONFIG.UNKNOWN_CRITERION @ escalations[0].when[0].criterion',
    ],
    [
      'a rule answer outside the options',
      (c) => {
        c.escalations[2]!.when[0]!.value = 1;
      },
      'CONFIG.ANSWER_OUT_OF_OPTIONS @ escalations[2].when[0].value',
    ],
    [
      'an answer option outside 0–3',
      (c) => {
        c.criteria[0]!.options[0]!.value = 4;
      },
      'CONFIG.TOO_LARGE @ criteria[0].options[0].value',
    ],
    [
      'a missing English label',
      (c) => {
        (c.tiers[0]!.name as Record<string, unknown>)['en-US'] = '';
      },
      'CONFIG.REQUIRED @ tiers[0].name.en-US',
    ],
  ])('refuses %s, naming the path', (_name, edit, expected) => {
    expect(broken(edit)).toContain(expected);
  });

  it('refuses things that are not configurations at all, each problem coded on its path', () => {
    const result = validateConfig({ version: 'one' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = new Map(result.problems.map((p) => [p.path, p.code]));
    expect(codes.get('version')).toBe('CONFIG.NOT_A_NUMBER');
    expect(codes.get('tiers')).toBe('CONFIG.REQUIRED');
  });

  // The admin page words each problem from its code and parameters, never from the English message.
  const problemsOf = (edit: (c: GovernanceConfig) => void) => {
    const c = config();
    edit(c);
    const result = validateConfig(c);
    if (result.ok) throw new Error('expected the configuration to be refused');
    return result.problems;
  };

  it('reports every bad value of a file at once, each with its bound', () => {
    const problems = problemsOf((c) => {
      c.tiers[0]!.leadTimeDays = -5;
      c.tiers[1]!.leadTimeDays = 1.5;
      c.criteria[0]!.options = c.criteria[0]!.options.slice(0, 1);
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'CONFIG.TOO_SMALL',
          path: 'tiers[0].leadTimeDays',
          params: { min: 0 },
        }),
        expect.objectContaining({ code: 'CONFIG.NOT_WHOLE_NUMBER', path: 'tiers[1].leadTimeDays' }),
        expect.objectContaining({
          code: 'CONFIG.TOO_FEW',
          path: 'criteria[0].options',
          params: { min: 2 },
        }),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('codes a number field left empty as not a number, and a missing text as required', () => {
    const problems = problemsOf((c) => {
      c.criteria[0]!.weight = Number.NaN;
      c.tiers[0]!.name = { 'en-US': '' };
    });
    expect(problems.map((p) => `${p.code} @ ${p.path}`).sort()).toEqual([
      'CONFIG.NOT_A_NUMBER @ criteria[0].weight',
      'CONFIG.REQUIRED @ tiers[0].name.en-US',
    ]);
  });

  it.each<[string, (c: GovernanceConfig) => void, Record<string, string | number>]>([
    [
      'a zero weight names its criterion',
      (c) => {
        c.criteria[2]!.weight = 0;
      },
      { criterion: c2id() },
    ],
    [
      'an unknown role names the role',
      (c) => {
        c.commsPlans[1]!.steps[0]!.ownerRole = 'ghost';
      },
      { role: 'ghost' },
    ],
    [
      'an offset too far names the limit',
      (c) => {
        c.commsPlans[0]!.steps[0]!.offsetDays = -731;
      },
      { max: 730 },
    ],
    [
      'a duplicate id names the id',
      (c) => {
        c.criteria[1]!.id = 'reach';
      },
      { id: 'reach' },
    ],
  ])('%s', (_name, edit, params) => {
    expect(problemsOf(edit)[0]?.params).toEqual(params);
  });

  it('ships every label in both languages', () => {
    const texts: unknown[] = [];
    const walk = (v: unknown) => {
      if (v && typeof v === 'object') {
        if ('en-US' in v) texts.push(v);
        else Object.values(v).forEach(walk);
      }
    };
    walk(DEFAULT_CONFIG);
    expect(texts.length).toBeGreaterThan(80);
    for (const text of texts)
      expect(text).toEqual({ 'en-US': expect.any(String), 'it-IT': expect.any(String) });
  });
});

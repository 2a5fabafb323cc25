// The touchpoint registry judged as a whole, and the refusal to delete a touchpoint open changes use.
import { validateConfig, type GovernanceConfig, type Journey } from '../../src/domain';
import {
  journeyProblems,
  removedTouchpoints,
  touchpointsInUseProblems,
} from '../../src/domain/validate-journey';
import { config } from './helpers';

const journey = (): Journey => structuredClone(config().journey!);
const problemsOf = (j: Journey) => journeyProblems(j).map((p) => [p.code, p.path]);

describe('journeyProblems', () => {
  it('finds nothing wrong with the shipped journey', () => {
    expect(journeyProblems(journey())).toEqual([]);
  });

  it('refuses a touchpoint id used again in another stage, on the second one', () => {
    const j = journey();
    // Stage 2 (purchase), step 1, touchpoint 1 takes the id of the awareness stage's website.
    j.stages[1]!.steps[0]!.touchpoints[0]!.id = 'website';
    expect(problemsOf(j)).toEqual([
      ['CONFIG.DUPLICATE_ID', 'journey.stages[1].steps[0].touchpoints[0].id'],
    ]);
  });

  it('refuses a step id used again in another stage, and a stage id used twice', () => {
    const j = journey();
    j.stages[2]!.steps[0]!.id = 'discover';
    j.stages[5]!.id = 'awareness';
    expect(problemsOf(j)).toEqual([
      ['CONFIG.DUPLICATE_ID', 'journey.stages[5].id'],
      ['CONFIG.DUPLICATE_ID', 'journey.stages[2].steps[0].id'],
    ]);
  });

  it('refuses a stage without steps and a step without touchpoints, on their lists', () => {
    const j = journey();
    j.stages[0]!.steps = [];
    j.stages[3]!.steps[0]!.touchpoints = [];
    expect(problemsOf(j)).toEqual([
      ['CONFIG.JOURNEY_STAGE_EMPTY', 'journey.stages[0].steps'],
      ['CONFIG.JOURNEY_STEP_EMPTY', 'journey.stages[3].steps[0].touchpoints'],
    ]);
  });
});

describe('validateConfig with a journey', () => {
  it('puts the journey problems on their fields beside the schema findings of other sections', () => {
    const c: GovernanceConfig = config();
    c.journey!.stages[4]!.steps[0]!.touchpoints[1]!.id = 'help-centre';
    (c.criteria[0] as { weight: unknown }).weight = 'heavy';
    const result = validateConfig(c);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['CONFIG.NOT_A_NUMBER', 'criteria[0].weight'],
      ['CONFIG.DUPLICATE_ID', 'journey.stages[4].steps[0].touchpoints[1].id'],
    ]);
  });

  it('asks for an owner on the touchpoint that has none', () => {
    const c: GovernanceConfig = config();
    c.journey!.stages[0]!.steps[0]!.touchpoints[0]!.owner = { kind: 'user', accountId: '' };
    const result = validateConfig(c);
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path])).toEqual([
      ['CONFIG.REQUIRED', 'journey.stages[0].steps[0].touchpoints[0].owner.accountId'],
    ]);
  });

  it('accepts a configuration saved before the registry, without a journey', () => {
    const { journey: _dropped, ...older } = config();
    expect(validateConfig(older).ok).toBe(true);
  });
});

describe('removedTouchpoints and touchpointsInUseProblems', () => {
  it('counts a touchpoint whose id changed as removed', () => {
    const after = journey();
    after.stages[1]!.steps[0]!.touchpoints[0]!.id = 'basket';
    after.stages[4]!.steps[0]!.touchpoints.splice(1, 1);
    expect(removedTouchpoints(journey(), after).map((tp) => tp.id)).toEqual([
      'checkout',
      'support-agents',
    ]);
  });

  it('refuses, on the journey, each removed touchpoint open changes still use, naming them in key order', () => {
    const removed = removedTouchpoints(journey(), {
      ...journey(),
      stages: journey().stages.slice(2),
    });
    const usage = new Map([
      ['checkout', ['CHG-10', 'CHG-2', 'CHG-10']],
      ['unrelated', ['CHG-1']],
    ]);
    expect(touchpointsInUseProblems(removed, usage)).toEqual([
      {
        code: 'CONFIG.TOUCHPOINT_IN_USE',
        path: 'journey',
        message: expect.stringContaining('CHG-2, CHG-10') as string,
        params: { touchpoint: 'checkout', name: 'Checkout', changes: 'CHG-2, CHG-10', count: 2 },
      },
    ]);
  });

  it('names ten changes and says there are more', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `CHG-${String(i + 1)}`);
    const [found] = touchpointsInUseProblems(
      [journey().stages[0]!.steps[0]!.touchpoints[0]!],
      new Map([['website', keys]]),
    );
    expect(found?.params).toEqual(
      expect.objectContaining({
        changes: 'CHG-1, CHG-2, CHG-3, CHG-4, CHG-5, CHG-6, CHG-7, CHG-8, CHG-9, CHG-10, …',
        count: 12,
      }),
    );
  });
});

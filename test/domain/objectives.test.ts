// SMART objectives (issue 15 §4): checked field by field at intake, judged met or missed after
// launch, and teaching later changes through the `history` suggestion. Expected values are worked
// out by hand from the rules, not read back from the code.
import {
  assess,
  DEFAULT_CONFIG,
  historyAnswerOf,
  isPostLaunchReviewStep,
  measuredByObjective,
  objectiveResultsWindow,
  objectiveVerdict,
  parseIntake,
  suggestedHistoryAnswer,
  tallyVerdicts,
  type SimilarChange,
} from '../../src/domain';
import { context, date, zeroAnswers } from './helpers';

const LAUNCH = '2027-03-01';
const churn = {
  id: 'churn',
  kpi: 'Monthly churn',
  baseline: 2.5,
  target: 2,
  unit: '%',
  measureBy: '2027-06-01',
};
const nps = { id: 'nps', kpi: 'NPS', baseline: 31, target: 40, unit: 'points', measureBy: LAUNCH };
const intakeWith = (objectives: unknown) =>
  parseIntake({ launchDate: LAUNCH, answers: zeroAnswers(), objectives });
const problemsOf = (objectives: unknown) =>
  intakeWith(objectives).problems.map((p) => [p.field, p.code, p.params?.rule]);

describe('objectives at intake', () => {
  it('keeps well-formed objectives, measured on the launch day or later, and the change is tiered', () => {
    const intake = intakeWith([churn, nps]);
    expect(intake.problems).toEqual([]);
    expect(intake.details.objectives).toEqual([churn, nps]);
    expect(assess(intake, DEFAULT_CONFIG, context()).status).toBe('assessed');
  });

  it('names each broken field of each objective, and the change is not tiered until they are fixed', () => {
    const noUnit = { ...nps, id: 'nps-2', unit: '' };
    const early = { ...churn, measureBy: '2027-02-28' };
    expect(problemsOf([early, noUnit])).toEqual([
      ['objectives[0].measureBy', 'INTAKE.INVALID', 'beforeLaunch'],
      ['objectives[1].unit', 'INTAKE.INVALID', 'required'],
    ]);
    const assessment = assess(intakeWith([early, noUnit]), DEFAULT_CONFIG, context());
    expect(assessment.status).toBe('needs-input');
    expect(assessment.missing).toEqual(['objectives[0].measureBy', 'objectives[1].unit']);
  });

  it('refuses a missing KPI, numbers that are not numbers, a target equal to its baseline and a day that does not exist', () => {
    const { kpi: _kpi, ...noKpi } = churn;
    expect(problemsOf([noKpi])).toEqual([['objectives[0].kpi', 'INTAKE.INVALID', 'required']]);
    expect(problemsOf([{ ...churn, baseline: '2.5', target: null }])).toEqual([
      ['objectives[0].baseline', 'INTAKE.INVALID', 'notANumber'],
      ['objectives[0].target', 'INTAKE.INVALID', 'required'],
    ]);
    expect(problemsOf([{ ...churn, target: 2.5 }])).toEqual([
      ['objectives[0].target', 'INTAKE.INVALID', 'sameAsBaseline'],
    ]);
    expect(problemsOf([{ ...churn, measureBy: '2027-02-30' }])).toEqual([
      ['objectives[0].measureBy', 'INTAKE.INVALID', 'notADate'],
    ]);
    expect(problemsOf([{ ...churn, measureBy: undefined }])).toEqual([
      ['objectives[0].measureBy', 'INTAKE.INVALID', 'required'],
    ]);
  });

  it('refuses a unit or KPI with a line break on its element, and an over-long unit', () => {
    expect(
      problemsOf([
        { ...churn, unit: '%\n' },
        { ...nps, kpi: 'N\tPS' },
      ]),
    ).toEqual([
      ['objectives[0].unit', 'INTAKE.INVALID_TEXT', undefined],
      ['objectives[1].kpi', 'INTAKE.INVALID_TEXT', undefined],
    ]);
    expect(problemsOf([{ ...churn, unit: 'u'.repeat(41) }])).toEqual([
      ['objectives[0].unit', 'INTAKE.INVALID', 'tooLong'],
    ]);
  });

  it('refuses two objectives with one id (their results could swap) and ids that are not plain', () => {
    expect(problemsOf([churn, { ...nps, id: 'churn' }])).toEqual([
      ['objectives[1].id', 'INTAKE.INVALID', 'duplicate'],
    ]);
    expect(problemsOf([{ ...churn, id: 'Churn Rate' }])).toEqual([
      ['objectives[0].id', 'INTAKE.INVALID', 'required'],
    ]);
  });

  it('refuses a list that is not a list or is longer than ten, and an entry that is not an object', () => {
    expect(problemsOf({ churn })).toEqual([['objectives', 'INTAKE.INVALID', 'notAnObject']]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ ...churn, id: `o-${String(i)}` }));
    expect(problemsOf(eleven)).toEqual([['objectives', 'INTAKE.INVALID', 'tooMany']]);
    expect(problemsOf(['churn'])).toEqual([['objectives[0]', 'INTAKE.INVALID', 'notAnObject']]);
  });

  it('keeps the legacy free-text KPIs readable beside the objectives', () => {
    const intake = parseIntake({
      launchDate: LAUNCH,
      answers: zeroAnswers(),
      kpis: ['Fewer billing tickets'],
      objectives: [churn],
    });
    expect(intake.details.kpis).toEqual(['Fewer billing tickets']);
    expect(intake.problems).toEqual([]);
  });
});

describe('met or missed', () => {
  it('a target above the baseline is met at or above it', () => {
    // NPS 31 → 40: 40 meets it, 45 beats it, 39.9 misses it.
    expect(objectiveVerdict(nps, 40)).toBe('met');
    expect(objectiveVerdict(nps, 45)).toBe('met');
    expect(objectiveVerdict(nps, 39.9)).toBe('missed');
  });

  it('a target below the baseline is met at or below it', () => {
    // Churn 2.5 % → 2 %: 2 meets it, 1.8 beats it, 2.1 misses it, 3 went the wrong way.
    expect(objectiveVerdict(churn, 2)).toBe('met');
    expect(objectiveVerdict(churn, 1.8)).toBe('met');
    expect(objectiveVerdict(churn, 2.1)).toBe('missed');
    expect(objectiveVerdict(churn, 3)).toBe('missed');
  });

  it('no value is unmeasured, counted neither way', () => {
    expect(objectiveVerdict(churn, null)).toBe('unmeasured');
    expect(tallyVerdicts(['met', 'missed', 'unmeasured', 'met'])).toEqual({
      met: 2,
      missed: 1,
      total: 4,
    });
  });

  it('measured values must belong to the objectives, once each', () => {
    const measured = measuredByObjective([churn, nps], [{ objectiveId: 'nps', measured: 42 }]);
    expect(measured.ok && [...measured.value]).toEqual([['nps', 42]]);
    const wrong = measuredByObjective(
      [churn],
      [
        { objectiveId: 'churn', measured: 2 },
        { objectiveId: 'churn', measured: 3 },
        { objectiveId: 'gone', measured: 1 },
      ],
    );
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.problems.map((p) => [p.path, p.code])).toEqual([
      ['results[1].objectiveId', 'OUTCOME.DUPLICATE_OBJECTIVE'],
      ['results[2].objectiveId', 'OUTCOME.UNKNOWN_OBJECTIVE'],
    ]);
  });
});

describe('what a past change teaches the history answer', () => {
  it('escalations 3, complaints 2, minor issues 1, smooth 0; a missed objective makes it at least 1', () => {
    expect(historyAnswerOf('escalations', 0)).toBe(3);
    expect(historyAnswerOf('complaints', 0)).toBe(2);
    expect(historyAnswerOf('minor-issues', 0)).toBe(1);
    expect(historyAnswerOf('smooth', 0)).toBe(0);
    expect(historyAnswerOf('smooth', 1)).toBe(1);
    expect(historyAnswerOf('complaints', 2)).toBe(2);
  });

  const past = (
    key: string,
    outcome: SimilarChange['outcome'],
    missed: number | null,
  ): SimilarChange => ({
    key,
    summary: key,
    tier: 3,
    outcome,
    ...(missed === null
      ? {}
      : { outcomeSource: 'recorded' as const, objectives: { met: 2 - missed, missed, total: 2 } }),
    sharedSegments: ['SMB'],
    sharedTouchpoints: [],
  });

  it('suggests the worst lesson among similar changes', () => {
    // Smooth with an objective missed (1) and smooth with both met (0): 1.
    expect(suggestedHistoryAnswer([past('CHG-1', 'smooth', 1), past('CHG-2', 'smooth', 0)])).toBe(
      1,
    );
    // Only smooth launches that met every objective: 0.
    expect(suggestedHistoryAnswer([past('CHG-1', 'smooth', 0)])).toBe(0);
    // Complaints (2) beat a missed objective (1).
    expect(
      suggestedHistoryAnswer([past('CHG-1', 'smooth', 2), past('CHG-2', 'complaints', 0)]),
    ).toBe(2);
    // Nothing known: no suggestion.
    expect(suggestedHistoryAnswer([past('CHG-1', 'unknown', null)])).toBeUndefined();
  });
});

describe('the post-launch review step and when results open', () => {
  it('finds the review in each shipped plan, and the emergency review', () => {
    const emergencyId = DEFAULT_CONFIG.emergency.review.id;
    const reviews = DEFAULT_CONFIG.commsPlans.map((plan) => [
      plan.tier,
      plan.steps
        .filter((s) =>
          isPostLaunchReviewStep({ stepId: s.id, offsetDays: s.offsetDays }, emergencyId),
        )
        .map((s) => s.id),
    ]);
    expect(reviews).toEqual([
      [1, ['post-launch-review']],
      [2, ['post-launch-review']],
      [3, ['review']],
      [4, []],
    ]);
    expect(isPostLaunchReviewStep({ stepId: 'emergency-review', offsetDays: 7 }, emergencyId)).toBe(
      true,
    );
  });

  it('a review before launch measures nothing, and a step merely containing "review" is not one', () => {
    const id = 'emergency-review';
    expect(isPostLaunchReviewStep({ stepId: 'legal-review', offsetDays: -30 }, id)).toBe(false);
    expect(isPostLaunchReviewStep({ stepId: 'reviewers-briefing', offsetDays: 5 }, id)).toBe(false);
    expect(isPostLaunchReviewStep({ stepId: 'quarterly-review', offsetDays: 90 }, id)).toBe(true);
  });

  it('results open on the launch day', () => {
    expect(objectiveResultsWindow(date(LAUNCH), date('2027-02-28'))).toEqual({
      state: 'before-launch',
      opensOn: LAUNCH,
    });
    expect(objectiveResultsWindow(date(LAUNCH), date(LAUNCH))).toEqual({ state: 'open' });
    expect(objectiveResultsWindow(date(LAUNCH), date('2027-09-01'))).toEqual({ state: 'open' });
    expect(objectiveResultsWindow(undefined, date(LAUNCH))).toEqual({ state: 'no-launch-date' });
  });
});

// How a launched change did against its objectives, and what that teaches later changes. Pure and
// free of the calendar library, so the issue panel runs the same verdict as the backend while the
// user types a measured value.
import type { Outcome } from './intake';
import type { Objective } from './objectives';
import { fail, ok, type Invalid, type Problem, type Result } from './result';

export type ObjectiveVerdict = 'met' | 'missed' | 'unmeasured';

/**
 * Met or missed, read from which way the objective points: a target above the baseline asks for
 * more (met when the measured value reaches the target or beyond), a target below it asks for less
 * (met when it comes down to the target or below). Equal targets are refused at intake, so every
 * objective points one way. No measured value yet is `unmeasured`, neither met nor missed.
 */
export function objectiveVerdict(
  objective: Pick<Objective, 'baseline' | 'target'>,
  measured: number | null,
): ObjectiveVerdict {
  if (measured === null || !Number.isFinite(measured)) return 'unmeasured';
  const wantsMore = objective.target > objective.baseline;
  const met = wantsMore ? measured >= objective.target : measured <= objective.target;
  return met ? 'met' : 'missed';
}

export interface ObjectiveTally {
  met: number;
  missed: number;
  /** Every objective of the record, measured or not. */
  total: number;
}

export function tallyVerdicts(verdicts: readonly ObjectiveVerdict[]): ObjectiveTally {
  return {
    met: verdicts.filter((v) => v === 'met').length,
    missed: verdicts.filter((v) => v === 'missed').length,
    total: verdicts.length,
  };
}

/** The `history` criterion's scale: 0 smooth or none · 1 minor issues · 2 complaints · 3 escalations. */
const OUTCOME_HISTORY: Record<Outcome, number> = {
  smooth: 0,
  'minor-issues': 1,
  complaints: 2,
  escalations: 3,
};

/**
 * The `history` answer one past change suggests. The recorded outcome sets it (escalations 3,
 * complaints 2, minor issues 1, smooth 0); a missed objective makes it at least 1, because a change
 * that did not do what it promised went less than smoothly even if no customer complained. So only
 * a smooth launch with no objective missed suggests 0. Unmeasured objectives count neither way.
 */
export function historyAnswerOf(outcome: Outcome, missedObjectives: number): number {
  const fromOutcome = OUTCOME_HISTORY[outcome];
  return missedObjectives > 0 ? Math.max(fromOutcome, 1) : fromOutcome;
}

/** One measured value as the panel sends it. */
export interface MeasuredValue {
  objectiveId: string;
  measured: number | null;
}

/**
 * The measured values by objective id, checked against the change's objectives: a value for an
 * objective the change does not have (removed from the intake meanwhile) or a second value for one
 * is refused on its entry, so nothing is recorded against the wrong KPI. An objective without a
 * value is unmeasured.
 */
export function measuredByObjective(
  objectives: readonly Pick<Objective, 'id'>[],
  values: readonly MeasuredValue[],
): Result<Map<string, number | null>, Invalid<'OUTCOME.INVALID'>> {
  const known = new Set(objectives.map((o) => o.id));
  const measured = new Map<string, number | null>();
  const problems: Problem[] = [];
  values.forEach(({ objectiveId, measured: value }, index) => {
    const path = `results[${String(index)}].objectiveId`;
    if (!known.has(objectiveId))
      problems.push({
        code: 'OUTCOME.UNKNOWN_OBJECTIVE',
        path,
        message: `The change has no objective ${objectiveId}: reload and measure its objectives as they are now.`,
      });
    else if (measured.has(objectiveId))
      problems.push({
        code: 'OUTCOME.DUPLICATE_OBJECTIVE',
        path,
        message: `Objective ${objectiveId} has more than one measured value.`,
      });
    else measured.set(objectiveId, value);
  });
  if (problems.length > 0)
    return fail<Invalid<'OUTCOME.INVALID'>>({
      code: 'OUTCOME.INVALID',
      message: 'Some measured values do not match the objectives.',
      problems,
    });
  return ok(measured);
}

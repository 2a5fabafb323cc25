import type { Condition, Criterion, EscalationRule, GovernanceConfig } from './config-schema';

export interface CriterionPoints {
  criterion: string;
  answer: number;
  weight: number;
  points: number;
  /** The most this criterion could have contributed. */
  maxPoints: number;
}

export interface AppliedEscalation {
  ruleId: string;
  minimumTier: number;
}

const maxAnswer = (criterion: Criterion): number =>
  Math.max(...criterion.options.map((option) => option.value));

export function criterionPoints(criterion: Criterion, answer: number): CriterionPoints {
  return {
    criterion: criterion.id,
    answer,
    weight: criterion.weight,
    points: answer * criterion.weight,
    maxPoints: maxAnswer(criterion) * criterion.weight,
  };
}

/** 0–100: the weighted answers as a share of the most they could weigh. */
export function weightedScore(points: readonly CriterionPoints[]): number {
  const total = points.reduce((sum, p) => sum + p.points, 0);
  const max = points.reduce((sum, p) => sum + p.maxPoints, 0);
  return max === 0 ? 0 : Math.round((100 * total) / max);
}

/** The tier the score reaches; below every threshold is the lowest-impact tier. */
export function tierForScore(score: number, config: GovernanceConfig): number {
  const reached = config.thresholds.find((threshold) => score >= threshold.minScore);
  return reached ? reached.tier : Math.max(...config.tiers.map((tier) => tier.tier));
}

function holds(condition: Condition, answers: ReadonlyMap<string, number>): boolean {
  const answer = answers.get(condition.criterion);
  if (answer === undefined) return false;
  switch (condition.op) {
    case 'eq':
      return answer === condition.value;
    case 'neq':
      return answer !== condition.value;
    case 'gte':
      return answer >= condition.value;
    case 'lte':
      return answer <= condition.value;
    default: {
      const _exhaustive: never = condition.op;
      return _exhaustive;
    }
  }
}

export const ruleMatches = (rule: EscalationRule, answers: ReadonlyMap<string, number>): boolean =>
  rule.when.every((condition) => holds(condition, answers));

/** Rules that lift the score's tier: lower tier numbers are higher impact. */
export function applyEscalations(
  scoreTier: number,
  answers: ReadonlyMap<string, number>,
  rules: readonly EscalationRule[],
): { tier: number; escalations: AppliedEscalation[] } {
  const escalations = rules
    .filter((rule) => rule.minimumTier < scoreTier && ruleMatches(rule, answers))
    .map((rule) => ({ ruleId: rule.id, minimumTier: rule.minimumTier }));
  const tier = escalations.reduce((current, e) => Math.min(current, e.minimumTier), scoreTier);
  return { tier, escalations };
}

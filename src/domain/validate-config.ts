import type { z } from 'zod';
import { governanceConfigSchema, type GovernanceConfig } from './config-schema';
import { planStartDaysBeforeLaunch } from './lead-time';
import { fail, ok, type Invalid, type Problem, type Result } from './result';

export type ConfigProblemCode =
  | 'CONFIG.INVALID'
  | 'CONFIG.DUPLICATE_ID'
  | 'CONFIG.WEIGHT_NOT_POSITIVE'
  | 'CONFIG.THRESHOLDS_NOT_DESCENDING'
  | 'CONFIG.TIER_LEAD_TIME_MISSING'
  | 'CONFIG.OFFSET_OUT_OF_RANGE'
  | 'CONFIG.UNKNOWN_ROLE'
  | 'CONFIG.UNKNOWN_TIER'
  | 'CONFIG.UNKNOWN_CRITERION'
  | 'CONFIG.ANSWER_OUT_OF_OPTIONS'
  | 'CONFIG.TIER_PLAN_MISSING';

type ConfigProblem = Problem<ConfigProblemCode>;

/** Comms steps further than two years from launch are almost certainly typos. */
export const MAX_OFFSET_DAYS = 730;

export type ConfigWarningCode = 'CONFIG.PLAN_BEFORE_LEAD_TIME';

/** Not an error: the configuration saves and works, but probably not as its admin means it to. */
export interface ConfigWarning extends Problem<ConfigWarningCode> {
  path: string;
  params: {
    tier: number;
    /** The plan's earliest step, in days from launch (negative: before). */
    earliestOffsetDays: number;
    leadTimeDays: number;
  };
}

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, part) =>
      typeof part === 'number'
        ? `${acc}[${String(part)}]`
        : acc
          ? `${acc}.${String(part)}`
          : String(part),
    '',
  );

function shapeProblems(error: z.ZodError): ConfigProblem[] {
  return error.issues.map((issue) => ({
    code: 'CONFIG.INVALID',
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

export type ConfigInvalid = Invalid<'CONFIG.INVALID', ConfigProblemCode>;

const invalid = (problems: ConfigProblem[]) =>
  fail<ConfigInvalid>({
    code: 'CONFIG.INVALID',
    message: 'The configuration has problems; each is shown on its field.',
    problems,
  });

/** Parses untrusted configuration (admin edits, imports, storage) and checks it makes sense as a whole. */
export function validateConfig(input: unknown): Result<GovernanceConfig, ConfigInvalid> {
  const parsed = governanceConfigSchema.safeParse(input);
  if (!parsed.success) return invalid(shapeProblems(parsed.error));
  const problems = semanticProblems(parsed.data);
  return problems.length > 0 ? invalid(problems) : ok(parsed.data);
}

function duplicates<T>(
  items: readonly T[],
  idOf: (item: T) => string | number,
  path: string,
): ConfigProblem[] {
  const seen = new Set<string | number>();
  const problems: ConfigProblem[] = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    if (seen.has(id)) {
      problems.push({
        code: 'CONFIG.DUPLICATE_ID',
        path: `${path}[${String(index)}]`,
        message: `"${String(id)}" is used more than once.`,
      });
    }
    seen.add(id);
  });
  return problems;
}

function semanticProblems(config: GovernanceConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const tiers = new Set(config.tiers.map((tier) => tier.tier));
  const roles = new Set(config.roles.map((role) => role.id));
  const criteria = new Map(config.criteria.map((criterion) => [criterion.id, criterion]));

  problems.push(
    ...duplicates(config.tiers, (tier) => tier.tier, 'tiers'),
    ...duplicates(config.criteria, (criterion) => criterion.id, 'criteria'),
    ...duplicates(config.roles, (role) => role.id, 'roles'),
    ...duplicates(config.escalations, (rule) => rule.id, 'escalations'),
    ...duplicates(config.thresholds, (threshold) => threshold.tier, 'thresholds'),
    ...duplicates(config.tierRoles, (entry) => entry.tier, 'tierRoles'),
    ...duplicates(config.commsPlans, (plan) => plan.tier, 'commsPlans'),
  );

  config.tiers.forEach((tier, index) => {
    if (tier.leadTimeDays === undefined) {
      problems.push({
        code: 'CONFIG.TIER_LEAD_TIME_MISSING',
        path: `tiers[${String(index)}].leadTimeDays`,
        message: `Tier ${String(tier.tier)} needs a lead time in days.`,
      });
    }
  });

  config.criteria.forEach((criterion, index) => {
    if (!(criterion.weight > 0)) {
      problems.push({
        code: 'CONFIG.WEIGHT_NOT_POSITIVE',
        path: `criteria[${String(index)}].weight`,
        message: `The weight of "${criterion.id}" must be greater than 0.`,
      });
    }
    problems.push(
      ...duplicates(
        criterion.options,
        (option) => option.value,
        `criteria[${String(index)}].options`,
      ),
    );
  });

  config.thresholds.forEach((threshold, index) => {
    if (!tiers.has(threshold.tier))
      problems.push(unknownTier(`thresholds[${String(index)}].tier`, threshold.tier));
    const previous = config.thresholds[index - 1];
    if (previous && !(threshold.tier > previous.tier && threshold.minScore < previous.minScore)) {
      problems.push({
        code: 'CONFIG.THRESHOLDS_NOT_DESCENDING',
        path: `thresholds[${String(index)}].minScore`,
        message:
          'Thresholds must go from the highest-impact tier down, each with a lower minimum score.',
      });
    }
  });
  const lowestTier = Math.max(...tiers);
  if (config.thresholds.some((threshold) => threshold.tier === lowestTier)) {
    problems.push({
      code: 'CONFIG.THRESHOLDS_NOT_DESCENDING',
      path: 'thresholds',
      message: `Tier ${String(lowestTier)} is what remains below every threshold; it needs no threshold of its own.`,
    });
  }

  config.escalations.forEach((rule, ruleIndex) => {
    const base = `escalations[${String(ruleIndex)}]`;
    if (!tiers.has(rule.minimumTier))
      problems.push(unknownTier(`${base}.minimumTier`, rule.minimumTier));
    rule.when.forEach((condition, conditionIndex) => {
      const path = `${base}.when[${String(conditionIndex)}]`;
      const criterion = criteria.get(condition.criterion);
      if (!criterion) {
        problems.push({
          code: 'CONFIG.UNKNOWN_CRITERION',
          path: `${path}.criterion`,
          message: `No criterion "${condition.criterion}".`,
        });
      } else if (
        (condition.op === 'eq' || condition.op === 'neq') &&
        !criterion.options.some((option) => option.value === condition.value)
      ) {
        problems.push({
          code: 'CONFIG.ANSWER_OUT_OF_OPTIONS',
          path: `${path}.value`,
          message: `"${criterion.id}" has no answer ${String(condition.value)}.`,
        });
      }
    });
  });

  const checkRole = (roleId: string, path: string) => {
    if (!roles.has(roleId))
      problems.push({ code: 'CONFIG.UNKNOWN_ROLE', path, message: `No role "${roleId}".` });
  };
  config.tierRoles.forEach((entry, index) => {
    const base = `tierRoles[${String(index)}]`;
    if (!tiers.has(entry.tier)) problems.push(unknownTier(`${base}.tier`, entry.tier));
    entry.reviewers.forEach((role, i) => {
      checkRole(role, `${base}.reviewers[${String(i)}]`);
    });
    entry.approvers.forEach((role, i) => {
      checkRole(role, `${base}.approvers[${String(i)}]`);
    });
    checkRole(entry.commsOwner, `${base}.commsOwner`);
  });
  config.commsPlans.forEach((plan, planIndex) => {
    const base = `commsPlans[${String(planIndex)}]`;
    if (!tiers.has(plan.tier)) problems.push(unknownTier(`${base}.tier`, plan.tier));
    problems.push(...duplicates(plan.steps, (s) => s.id, `${base}.steps`));
    plan.steps.forEach((s, stepIndex) => {
      const path = `${base}.steps[${String(stepIndex)}]`;
      checkRole(s.ownerRole, `${path}.ownerRole`);
      if (Math.abs(s.offsetDays) > MAX_OFFSET_DAYS)
        problems.push(offsetProblem(`${path}.offsetDays`));
    });
  });
  checkRole(config.emergency.approverRole, 'emergency.approverRole');
  if (Math.abs(config.emergency.review.offsetDays) > MAX_OFFSET_DAYS) {
    problems.push(offsetProblem('emergency.review.offsetDays'));
  }

  for (const tier of tiers) {
    if (!config.tierRoles.some((entry) => entry.tier === tier)) {
      problems.push({
        code: 'CONFIG.TIER_PLAN_MISSING',
        path: 'tierRoles',
        message: `Tier ${String(tier)} has no roles.`,
      });
    }
    if (!config.commsPlans.some((plan) => plan.tier === tier)) {
      problems.push({
        code: 'CONFIG.TIER_PLAN_MISSING',
        path: 'commsPlans',
        message: `Tier ${String(tier)} has no comms plan.`,
      });
    }
  }
  return problems;
}

const unknownTier = (path: string, tier: number): ConfigProblem => ({
  code: 'CONFIG.UNKNOWN_TIER',
  path,
  message: `No tier ${String(tier)}.`,
});

const offsetProblem = (path: string): ConfigProblem => ({
  code: 'CONFIG.OFFSET_OUT_OF_RANGE',
  path,
  message: `Offsets must be within ±${String(MAX_OFFSET_DAYS)} days of launch.`,
});

/**
 * A plan that starts before its tier's lead time makes changes of that tier need the plan's days,
 * not the lead time the admin sees on the tier: say so where the plan is edited.
 */
export function configWarnings(config: GovernanceConfig): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  config.commsPlans.forEach((plan, planIndex) => {
    const leadTimeDays = config.tiers.find((tier) => tier.tier === plan.tier)?.leadTimeDays;
    const startDays = planStartDaysBeforeLaunch(plan);
    if (leadTimeDays === undefined || startDays <= leadTimeDays) return;
    const stepIndex = plan.steps.findIndex((step) => step.offsetDays === -startDays);
    warnings.push({
      code: 'CONFIG.PLAN_BEFORE_LEAD_TIME',
      path: `commsPlans[${String(planIndex)}].steps[${String(stepIndex)}].offsetDays`,
      params: { tier: plan.tier, earliestOffsetDays: -startDays, leadTimeDays },
      message:
        `The tier ${String(plan.tier)} comms plan starts ${String(startDays)} days before launch, earlier than the ` +
        `tier's ${String(leadTimeDays)}-day lead time: changes of this tier will need ${String(startDays)} days.`,
    });
  });
  return warnings;
}

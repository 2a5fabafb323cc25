import { governanceConfigSchema, type GovernanceConfig } from './config-schema';
import {
  problem,
  shapeProblem,
  type ConfigProblem,
  type ConfigProblemCode,
} from './config-problems';
import { DEFAULT_CONFIG } from './default-config';
import { calendarRulesProblems } from './validate-calendar-rules';
import { planStartDaysBeforeLaunch } from './lead-time';
import { journeyProblems } from './validate-journey';
import { fail, isRecord, ok, type Invalid, type Problem, type Result } from './result';

export type { ConfigProblem, ConfigProblemCode, ProblemParams } from './config-problems';

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

export type ConfigInvalid = Invalid<'CONFIG.INVALID', ConfigProblemCode> & {
  problems: ConfigProblem[];
};

const invalid = (problems: ConfigProblem[]) =>
  fail<ConfigInvalid>({
    code: 'CONFIG.INVALID',
    message: 'The configuration has problems; each is shown on its field.',
    problems,
  });

/** Parses untrusted configuration (admin edits, imports, storage) and checks it makes sense as a whole. */
export function validateConfig(input: unknown): Result<GovernanceConfig, ConfigInvalid> {
  const parsed = governanceConfigSchema.safeParse(input);
  if (!parsed.success) {
    const shape = parsed.error.issues.map((issue) => shapeProblem(issue, input));
    return invalid([...shape, ...problemsBesideShape(input, shape)]);
  }
  const problems = semanticProblems(parsed.data);
  return problems.length > 0 ? invalid(problems) : ok(parsed.data);
}

const sectionOf = (path: string): string => /^[A-Za-z]+/.exec(path)?.[0] ?? '';

/**
 * Every problem at once: a section with a value of the wrong shape is stood in for by the shipped
 * one, so the rules still judge the sections that parsed (a zero weight shows beside a negative
 * lead time). Only problems inside those sections are kept: the stand-ins are not the admin's.
 */
function problemsBesideShape(input: unknown, shape: readonly ConfigProblem[]): ConfigProblem[] {
  if (!isRecord(input)) return [];
  const broken = new Set(shape.map((p) => sectionOf(p.path)));
  const patched: Record<string, unknown> = { ...input };
  for (const section of broken) {
    if (!(section in DEFAULT_CONFIG)) return [];
    patched[section] = DEFAULT_CONFIG[section as keyof GovernanceConfig];
  }
  const parsed = governanceConfigSchema.safeParse(patched);
  if (!parsed.success) return [];
  return semanticProblems(parsed.data).filter((p) => !broken.has(sectionOf(p.path)));
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
      problems.push(
        problem(
          'CONFIG.DUPLICATE_ID',
          `${path}[${String(index)}]`,
          `"${String(id)}" is used more than once.`,
          { id },
        ),
      );
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
      problems.push(
        problem(
          'CONFIG.TIER_LEAD_TIME_MISSING',
          `tiers[${String(index)}].leadTimeDays`,
          `Tier ${String(tier.tier)} needs a lead time in days.`,
          { tier: tier.tier },
        ),
      );
    }
  });

  config.criteria.forEach((criterion, index) => {
    if (!(criterion.weight > 0)) {
      problems.push(
        problem(
          'CONFIG.WEIGHT_NOT_POSITIVE',
          `criteria[${String(index)}].weight`,
          `The weight of "${criterion.id}" must be greater than 0.`,
          { criterion: criterion.id },
        ),
      );
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
      problems.push(
        problem(
          'CONFIG.THRESHOLDS_NOT_DESCENDING',
          `thresholds[${String(index)}].minScore`,
          'Thresholds must go from the highest-impact tier down, each with a lower minimum score.',
          { tier: threshold.tier, previousTier: previous.tier },
        ),
      );
    }
  });
  const lowestTier = Math.max(...tiers);
  if (config.thresholds.some((threshold) => threshold.tier === lowestTier)) {
    problems.push(
      problem(
        'CONFIG.LOWEST_TIER_THRESHOLD',
        'thresholds',
        `Tier ${String(lowestTier)} is what remains below every threshold; it needs no threshold of its own.`,
        { tier: lowestTier },
      ),
    );
  }

  config.escalations.forEach((rule, ruleIndex) => {
    const base = `escalations[${String(ruleIndex)}]`;
    if (!tiers.has(rule.minimumTier))
      problems.push(unknownTier(`${base}.minimumTier`, rule.minimumTier));
    rule.when.forEach((condition, conditionIndex) => {
      const path = `${base}.when[${String(conditionIndex)}]`;
      const criterion = criteria.get(condition.criterion);
      if (!criterion) {
        problems.push(
          problem(
            'CONFIG.UNKNOWN_CRITERION',
            `${path}.criterion`,
            `No criterion "${condition.criterion}".`,
            {
              criterion: condition.criterion,
            },
          ),
        );
      } else if (
        (condition.op === 'eq' || condition.op === 'neq') &&
        !criterion.options.some((option) => option.value === condition.value)
      ) {
        problems.push(
          problem(
            'CONFIG.ANSWER_OUT_OF_OPTIONS',
            `${path}.value`,
            `"${criterion.id}" has no answer ${String(condition.value)}.`,
            { criterion: criterion.id, value: condition.value },
          ),
        );
      }
    });
  });

  const checkRole = (roleId: string, path: string) => {
    if (!roles.has(roleId))
      problems.push(problem('CONFIG.UNKNOWN_ROLE', path, `No role "${roleId}".`, { role: roleId }));
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
  problems.push(...calendarRulesProblems(config.calendar));
  // Absent in configurations older than the registry: the shipped journey, valid, stands in.
  if (config.journey) problems.push(...journeyProblems(config.journey));
  checkRole(config.emergency.approverRole, 'emergency.approverRole');
  if (Math.abs(config.emergency.review.offsetDays) > MAX_OFFSET_DAYS) {
    problems.push(offsetProblem('emergency.review.offsetDays'));
  }

  for (const tier of tiers) {
    if (!config.tierRoles.some((entry) => entry.tier === tier)) {
      problems.push(
        problem('CONFIG.TIER_ROLES_MISSING', 'tierRoles', `Tier ${String(tier)} has no roles.`, {
          tier,
        }),
      );
    }
    if (!config.commsPlans.some((plan) => plan.tier === tier)) {
      problems.push(
        problem(
          'CONFIG.TIER_PLAN_MISSING',
          'commsPlans',
          `Tier ${String(tier)} has no comms plan.`,
          {
            tier,
          },
        ),
      );
    }
  }
  return problems;
}

const unknownTier = (path: string, tier: number): ConfigProblem =>
  problem('CONFIG.UNKNOWN_TIER', path, `No tier ${String(tier)}.`, { tier });

const offsetProblem = (path: string): ConfigProblem =>
  problem(
    'CONFIG.OFFSET_OUT_OF_RANGE',
    path,
    `Offsets must be within ±${String(MAX_OFFSET_DAYS)} days of launch.`,
    { max: MAX_OFFSET_DAYS },
  );

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

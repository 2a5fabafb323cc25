import type { MacroScoring, MacroTable, MacroTables } from '../contract/resolver-contract';
import { DEFAULT_MACRO_TABLES } from '../contract/resolver-contract';
import type { GovernanceConfig, Tier } from '../domain/config-schema';
import { localize, type Locale, type LocalizedText } from '../domain/localized';

/**
 * The macro's three tables, flattened to display strings in one locale. Pure, so the resolver,
 * the ADF export and the tests all get the same rows from the same configuration.
 */
export function buildMacroTables(
  config: GovernanceConfig,
  tables: MacroTable[],
  locale: Locale,
): MacroTables {
  const chosen = chosenTables(tables);
  const tiers = [...config.tiers].sort((a, b) => a.tier - b.tier);
  const roleName = roleNamer(config, locale);
  const text = (value: LocalizedText) => localize(value, locale);

  return {
    locale,
    configVersion: config.version,
    tables: chosen,
    criteria: chosen.includes('criteria')
      ? tiers.map((tier) => ({
          tier: tier.tier,
          name: text(tier.name),
          cx: text(tier.effects.cx),
          pr: text(tier.effects.pr),
          finance: text(tier.effects.finance),
          // Same reading as assess(): a tier without a lead time demands none.
          leadTimeDays: tier.leadTimeDays ?? 0,
          examples: examplesOf(tier, locale),
        }))
      : [],
    scoring: chosen.includes('criteria') ? scoringOf(config, locale) : NO_SCORING,
    roles: chosen.includes('roles')
      ? tiers.map((tier) => {
          const entry = config.tierRoles.find((candidate) => candidate.tier === tier.tier);
          return {
            tier: tier.tier,
            name: text(tier.name),
            reviewers: (entry?.reviewers ?? []).map(roleName),
            approvers: (entry?.approvers ?? []).map(roleName),
            commsOwner: entry ? roleName(entry.commsOwner) : '',
            examples: examplesOf(tier, locale),
          };
        })
      : [],
    comms: chosen.includes('comms')
      ? tiers.map((tier) => {
          const plan = config.commsPlans.find((candidate) => candidate.tier === tier.tier);
          // Array.prototype.sort is stable, so steps on the same day keep the admin's order.
          const steps = [...(plan?.steps ?? [])].sort((a, b) => a.offsetDays - b.offsetDays);
          return {
            tier: tier.tier,
            name: text(tier.name),
            steps: steps.map((step) => ({
              offsetDays: step.offsetDays,
              title: text(step.title),
              channel: text(step.channel),
              owner: roleName(step.ownerRole),
            })),
          };
        })
      : [],
  };
}

const NO_SCORING: MacroScoring = { criteria: [], maxPoints: 0, thresholds: [], escalations: [] };

/**
 * How answers become a tier, read the way assess() reads it: points are answer × weight, the score
 * is their share of the most the options allow, the highest threshold reached gives the tier and
 * below all of them the lowest-impact tier applies; escalation rules then raise it.
 */
function scoringOf(config: GovernanceConfig, locale: Locale): MacroScoring {
  const text = (value: LocalizedText) => localize(value, locale);
  const tierName = (tier: number) => {
    const found = config.tiers.find((candidate) => candidate.tier === tier);
    return found ? text(found.name) : String(tier);
  };
  const sorted = [...config.thresholds].sort((a, b) => b.minScore - a.minScore);
  const lowest = Math.max(...config.tiers.map((tier) => tier.tier));
  return {
    criteria: config.criteria.map((criterion) => ({
      id: criterion.id,
      question: text(criterion.question),
      weight: criterion.weight,
      options: [...criterion.options]
        .sort((a, b) => a.value - b.value)
        .map((option) => ({ value: option.value, label: text(option.label) })),
    })),
    maxPoints: config.criteria.reduce(
      (sum, criterion) =>
        sum + criterion.weight * Math.max(...criterion.options.map((option) => option.value)),
      0,
    ),
    thresholds: scoreRanges(
      sorted.some((threshold) => threshold.tier === lowest)
        ? sorted
        : [...sorted, { tier: lowest, minScore: 0 }],
      tierName,
    ),
    escalations: config.escalations.map((rule) => ({
      id: rule.id,
      description: text(rule.description),
      when: rule.when.map((condition) => ({ ...condition })),
      minimumTier: rule.minimumTier,
      tierName: tierName(rule.minimumTier),
    })),
  };
}

/**
 * Thresholds as whole-score ranges, highest first: scores are rounded, so "40–59" is exact where
 * "≥ 40" would leave the reader to work out where the next tier starts. A threshold no score can
 * reach on its own (shadowed by a higher one) is left out.
 */
function scoreRanges(
  thresholds: ReadonlyArray<{ tier: number; minScore: number }>,
  tierName: (tier: number) => string,
): MacroScoring['thresholds'] {
  let upper = 100;
  return thresholds.flatMap((threshold) => {
    const minScore = Math.ceil(threshold.minScore);
    if (minScore > upper) return [];
    const range = {
      tier: threshold.tier,
      name: tierName(threshold.tier),
      minScore,
      maxScore: upper,
    };
    upper = minScore - 1;
    return [range];
  });
}

/** The requested tables once each, in the order asked; none asked means the policy tables. */
function chosenTables(tables: readonly MacroTable[]): MacroTable[] {
  const unique = [...new Set(tables)];
  return unique.length > 0 ? unique : [...DEFAULT_MACRO_TABLES];
}

const examplesOf = (tier: Tier, locale: Locale): string[] =>
  tier.examples.map((example) => localize(example, locale));

/** A role's display name; an id the configuration does not define shows as itself rather than vanishing. */
function roleNamer(config: GovernanceConfig, locale: Locale): (roleId: string) => string {
  const names = new Map(config.roles.map((role) => [role.id, localize(role.name, locale)]));
  return (roleId) => names.get(roleId) ?? roleId;
}

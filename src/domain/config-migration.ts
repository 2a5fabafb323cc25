// Configurations are stored for years and exported to files; a newer app must read what an older
// one wrote. Each migration lifts raw JSON one schema version, before validation, so an old shape
// is never mistaken for an invalid one.
import { CONFIG_SCHEMA_VERSION } from './config-schema';
import { isRecord } from './result';

/**
 * Tier lead times the app shipped with before schema 2. They were shorter than the tiers' own comms
 * plans (tier 1 asked 180 days for a plan starting 365 days before launch).
 */
export const LEAD_TIMES_SHIPPED_IN_SCHEMA_1: Readonly<Record<number, number>> = {
  1: 180,
  2: 90,
  3: 30,
  4: 7,
};

/** Tier lead times shipped with schema 2: each covers its default plan's earliest step. */
export const LEAD_TIMES_SHIPPED_IN_SCHEMA_2: Readonly<Record<number, number>> = {
  1: 365,
  2: 180,
  3: 90,
  4: 14,
};

/** One change a migration made, for the record and for tests. */
export interface ConfigMigrationChange {
  code: 'CONFIG.MIGRATED_LEAD_TIME';
  path: string;
  tier: number;
  from: number;
  to: number;
}

export interface MigratedConfig {
  /** Still unvalidated: migration only reshapes, `validateConfig` judges. */
  config: unknown;
  /** The schema the input was written in; `null` when it names none that can be read. */
  fromSchemaVersion: number | null;
  changes: ConfigMigrationChange[];
}

type JsonRecord = Record<string, unknown>;

/** The schema a raw configuration was written in: none recorded means schema 1. */
export function schemaVersionOf(raw: unknown): number | null {
  if (!isRecord(raw)) return null;
  const recorded = raw.schemaVersion;
  if (recorded === undefined) return 1;
  return typeof recorded === 'number' && Number.isInteger(recorded) && recorded >= 1
    ? recorded
    : null;
}

/**
 * Schema 1 → 2: a tier whose lead time is still the value schema 1 shipped was never set by an
 * admin, so it takes the value schema 2 ships. A lead time an admin chose is kept as it is: the
 * required days are the larger of it and the plan's earliest step, so it can no longer contradict
 * the plan.
 */
function leadTimesCoverPlans(config: JsonRecord): {
  config: JsonRecord;
  changes: ConfigMigrationChange[];
} {
  const changes: ConfigMigrationChange[] = [];
  if (!Array.isArray(config.tiers)) return { config, changes };
  const tiers = config.tiers.map((tier: unknown, index) => {
    if (!isRecord(tier) || typeof tier.tier !== 'number') return tier;
    const shipped = LEAD_TIMES_SHIPPED_IN_SCHEMA_1[tier.tier];
    const next = LEAD_TIMES_SHIPPED_IN_SCHEMA_2[tier.tier];
    if (shipped === undefined || next === undefined || tier.leadTimeDays !== shipped) return tier;
    changes.push({
      code: 'CONFIG.MIGRATED_LEAD_TIME',
      path: `tiers[${String(index)}].leadTimeDays`,
      tier: tier.tier,
      from: shipped,
      to: next,
    });
    return { ...tier, leadTimeDays: next };
  });
  return { config: { ...config, tiers }, changes };
}

/**
 * A comms step's channel was one plain string for every viewer; it is now text per language like
 * the step's title. A plain string becomes the English text (Italian viewers fall back to it until
 * an admin names it in Italian). Not tied to a schema version: configurations of the current schema
 * were stored with plain channels too, and lifting an already localized channel changes nothing.
 */
function channelsLocalized(config: JsonRecord): JsonRecord {
  if (!Array.isArray(config.commsPlans)) return config;
  const stepsOf = (plan: unknown): unknown[] =>
    isRecord(plan) && Array.isArray(plan.steps) ? plan.steps : [];
  const plain = (step: unknown): step is JsonRecord & { channel: string } =>
    isRecord(step) && typeof step.channel === 'string';
  // The input comes back as it is when nothing is plain, so a current configuration is untouched.
  if (!config.commsPlans.some((plan: unknown) => stepsOf(plan).some(plain))) return config;
  const commsPlans = config.commsPlans.map((plan: unknown) =>
    isRecord(plan) && Array.isArray(plan.steps)
      ? {
          ...plan,
          steps: plan.steps.map((step: unknown) =>
            plain(step) ? { ...step, channel: { 'en-US': step.channel } } : step,
          ),
        }
      : plan,
  );
  return { ...config, commsPlans };
}

/** Each migration lifts a configuration from `to - 1` to `to`, in order. */
const MIGRATIONS: ReadonlyArray<{
  to: number;
  apply: (config: JsonRecord) => { config: JsonRecord; changes: ConfigMigrationChange[] };
}> = [{ to: 2, apply: leadTimesCoverPlans }];

/**
 * Brings a configuration written by any earlier version of the app up to the current schema.
 * Pure and idempotent: the input is not modified, and a current configuration comes back as it is.
 * Anything that is not a configuration object is passed through for validation to reject.
 */
export function migrateConfig(raw: unknown): MigratedConfig {
  const fromSchemaVersion = schemaVersionOf(raw);
  if (!isRecord(raw) || fromSchemaVersion === null)
    return { config: raw, fromSchemaVersion, changes: [] };
  if (fromSchemaVersion >= CONFIG_SCHEMA_VERSION)
    return { config: channelsLocalized(raw), fromSchemaVersion, changes: [] };
  let config: JsonRecord = channelsLocalized(raw);
  const changes: ConfigMigrationChange[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.to <= fromSchemaVersion) continue;
    const step = migration.apply(config);
    config = step.config;
    changes.push(...step.changes);
  }
  return {
    config: { ...config, schemaVersion: CONFIG_SCHEMA_VERSION },
    fromSchemaVersion,
    changes,
  };
}

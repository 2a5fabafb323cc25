import { z } from 'zod';
import {
  CONFIG_SCHEMA_VERSION,
  DEFAULT_CONFIG,
  validateConfig,
  fail,
  ok,
  type ConfigInvalid,
  type Failure,
  type GovernanceConfig,
  type Result,
} from '../domain';
import { migrateConfig } from '../domain/config-migration';
import type { ConfigVersionSummary, StoredConfig } from '../contract/resolver-contract';
import { describeConfigChanges } from './config-diff';
import { storageKey, type KeyValueStore } from './key-value-store';

const CURRENT = storageKey('config', 'current');
const versionKey = (version: number) =>
  storageKey('config', 'version', String(version).padStart(6, '0'));

const storedShape = z.object({
  version: z.number().int().min(1),
  savedAt: z.string(),
  savedBy: z.string(),
  config: z.unknown(),
});

/** Someone saved first: the version they saved is the one to reload. */
export type VersionConflict = Failure<'CONFIG.VERSION_CONFLICT'> & { current: number };

export type SaveOutcome = Result<StoredConfig, VersionConflict | ConfigInvalid>;

const conflict = (current: number) =>
  fail<VersionConflict>({
    code: 'CONFIG.VERSION_CONFLICT',
    message: `Someone saved version ${String(current)} first. Reload to see it.`,
    current,
  });

/**
 * A configuration written by this or any earlier version of the app (storage, an exported file):
 * brought up to the current schema first, so an old shape is migrated instead of rejected.
 */
const readConfig = (raw: unknown): Result<GovernanceConfig, ConfigInvalid> =>
  validateConfig(migrateConfig(raw).config);

function parseStored(raw: unknown): StoredConfig | null {
  const shape = storedShape.safeParse(raw);
  if (!shape.success) return null;
  const config = readConfig(shape.data.config);
  // A stored version that no longer validates is a bug, not an input error: refuse loudly.
  if (!config.ok)
    throw new Error(`Stored configuration version ${String(shape.data.version)} is invalid.`);
  return { ...shape.data, config: config.value };
}

/** Versioned configuration: every save is a new immutable version; the current one is a pointer. */
export function configRepository(store: KeyValueStore, now: () => string) {
  async function current(): Promise<StoredConfig | null> {
    return parseStored(await store.get(CURRENT));
  }

  async function save(input: unknown, baseVersion: number, savedBy: string): Promise<SaveOutcome> {
    // Imports and restores may carry a configuration saved by an earlier version of the app.
    const validated = readConfig(input);
    const existing = await current();
    const currentVersion = existing?.version ?? 0;
    if (baseVersion !== currentVersion) return conflict(currentVersion);
    if (!validated.ok) return validated;
    const version = currentVersion + 1;
    const stored: StoredConfig = {
      version,
      savedAt: now(),
      savedBy,
      config: { ...validated.value, version, schemaVersion: CONFIG_SCHEMA_VERSION },
    };
    // The version record is written first and only once: two admins saving at the same moment cannot both get it.
    if (!(await store.setIfAbsent(versionKey(version), stored))) {
      return conflict(version);
    }
    await store.set(CURRENT, stored);
    return ok(stored);
  }

  return {
    current,
    /** The configuration in force; the shipped defaults until an admin or the setup saves one. */
    async inForce(): Promise<GovernanceConfig> {
      return (await current())?.config ?? DEFAULT_CONFIG;
    },
    save,
    async saveDefaultsIfNone(savedBy: string): Promise<{ saved: boolean; stored: StoredConfig }> {
      const existing = await current();
      if (existing) return { saved: false, stored: existing };
      const outcome = await save(DEFAULT_CONFIG, 0, savedBy);
      if (outcome.ok) return { saved: true, stored: outcome.value };
      const now = await current();
      if (!now) throw new Error('Could not save the default configuration.');
      return { saved: false, stored: now };
    },
    async version(version: number): Promise<StoredConfig | null> {
      return parseStored(await store.get(versionKey(version)));
    },
    async history(): Promise<ConfigVersionSummary[]> {
      const rows = await store.listByPrefix(storageKey('config', 'version') + ':', 500);
      const versions = rows
        .map((row) => parseStored(row.value))
        .filter((v): v is StoredConfig => v !== null);
      versions.sort((a, b) => a.version - b.version);
      return versions
        .map((v, i) => ({
          version: v.version,
          savedAt: v.savedAt,
          savedBy: v.savedBy,
          changes:
            i === 0
              ? ['First version']
              : describeConfigChanges(versions[i - 1]?.config ?? v.config, v.config),
        }))
        .reverse();
    },
  };
}

export type ConfigRepository = ReturnType<typeof configRepository>;

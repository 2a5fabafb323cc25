// A configuration saved by an earlier version of the app is migrated, not rejected; and the admin
// editor warns (without refusing) where a plan starts before its tier's lead time. Expected values
// are docs/design-contract.md's tables and the values the first release shipped, written out here.
import {
  CONFIG_SCHEMA_VERSION,
  configWarnings,
  DEFAULT_CONFIG,
  validateConfig,
  type GovernanceConfig,
} from '../../src/domain';
import { migrateConfig, schemaVersionOf } from '../../src/domain/config-migration';
import { configRepository } from '../../src/storage/config-repository';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { config } from './helpers';

/** Lead times the first release shipped (schema 1, no `schemaVersion` recorded). */
const FIRST_RELEASE = { 1: 180, 2: 90, 3: 30, 4: 7 } as const;
/** docs/design-contract.md "Default configuration" today. */
const DESIGN = { 1: 365, 2: 180, 3: 90, 4: 14 } as const;

const leadTimes = (cfg: GovernanceConfig) =>
  Object.fromEntries(cfg.tiers.map((t) => [t.tier, t.leadTimeDays]));

/** Each comms step's channel as releases before localized channels stored it: English text. */
const plainChannels = (plans: GovernanceConfig['commsPlans']) =>
  plans.map((plan) => ({
    ...plan,
    steps: plan.steps.map((step) => ({ ...step, channel: step.channel['en-US'] })),
  }));

/** The defaults as they read once migrated: channels in English only, as the first release had. */
const defaultsWithEnglishChannels = (): GovernanceConfig => {
  const cfg = structuredClone(DEFAULT_CONFIG);
  for (const plan of cfg.commsPlans)
    for (const step of plan.steps) step.channel = { 'en-US': step.channel['en-US'] };
  return cfg;
};

/** The default configuration as the first release stored it. */
function firstReleaseConfig(
  edits: Partial<Record<1 | 2 | 3 | 4, number>> = {},
): Record<string, unknown> {
  const { schemaVersion: _dropped, ...rest } = structuredClone(DEFAULT_CONFIG);
  const leads: Record<number, number> = { ...FIRST_RELEASE, ...edits };
  return {
    ...rest,
    tiers: rest.tiers.map((t) => ({ ...t, leadTimeDays: leads[t.tier] })),
    commsPlans: plainChannels(rest.commsPlans),
  };
}

const migratedAndValid = (raw: unknown): GovernanceConfig => {
  const result = validateConfig(migrateConfig(raw).config);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

describe('the shipped defaults', () => {
  it('are DESIGN.md lead times, each covering its own plan, at the current schema', () => {
    expect(leadTimes(DEFAULT_CONFIG)).toEqual(DESIGN);
    expect(DEFAULT_CONFIG.schemaVersion).toBe(CONFIG_SCHEMA_VERSION);
    expect(configWarnings(DEFAULT_CONFIG)).toEqual([]);
  });
});

describe('localized channel names', () => {
  it('ship in Italian too, in every default plan step', () => {
    const steps = DEFAULT_CONFIG.commsPlans.flatMap((plan) => plan.steps);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step.channel['it-IT']).toEqual(expect.any(String));
    const names = Object.fromEntries(
      steps.map((step) => [step.channel['en-US'], step.channel['it-IT']]),
    );
    expect(names['Internal meeting']).toBe('Riunione interna');
    expect(names['Help centre']).toBe('Centro assistenza');
    expect(names['Team channel']).toBe('Canale del team');
  });

  it('turn a plain channel of a current-schema configuration into English text', () => {
    const raw = {
      ...structuredClone(DEFAULT_CONFIG),
      commsPlans: plainChannels(DEFAULT_CONFIG.commsPlans),
    };
    const before = structuredClone(raw);
    const migrated = migrateConfig(raw);
    expect(raw).toEqual(before);
    expect(migrated.fromSchemaVersion).toBe(CONFIG_SCHEMA_VERSION);
    const cfg = migratedAndValid(raw);
    expect(cfg.commsPlans[0]?.steps[0]?.channel).toEqual({ 'en-US': 'Internal meeting' });
    expect(cfg).toEqual(defaultsWithEnglishChannels());
    // The plain shape itself is no longer a valid channel: only the migration reads it.
    expect(validateConfig(raw).ok).toBe(false);
  });

  it('leave localized channels as they are, and migrating twice changes nothing more', () => {
    expect(migrateConfig(DEFAULT_CONFIG).config).toBe(DEFAULT_CONFIG);
    const once = migrateConfig(firstReleaseConfig());
    const twice = migrateConfig(once.config);
    expect(twice.config).toEqual(once.config);
    const mixed = structuredClone(DEFAULT_CONFIG) as unknown as {
      commsPlans: Array<{ steps: Array<{ channel: unknown }> }>;
    };
    mixed.commsPlans[0]!.steps[0]!.channel = 'Carrier pigeon';
    const lifted = migratedAndValid(mixed);
    expect(lifted.commsPlans[0]?.steps[0]?.channel).toEqual({ 'en-US': 'Carrier pigeon' });
    expect(lifted.commsPlans[0]?.steps[1]?.channel).toEqual(
      DEFAULT_CONFIG.commsPlans[0]?.steps[1]?.channel,
    );
  });
});

describe('migrating a stored configuration', () => {
  it('gives an untouched first-release configuration the new lead times', () => {
    const raw = firstReleaseConfig();
    const migrated = migrateConfig(raw);
    expect(migrated.fromSchemaVersion).toBe(1);
    expect(migrated.changes.map((c) => [c.tier, c.from, c.to])).toEqual([
      [1, 180, 365],
      [2, 90, 180],
      [3, 30, 90],
      [4, 7, 14],
    ]);
    const cfg = migratedAndValid(raw);
    expect(leadTimes(cfg)).toEqual(DESIGN);
    expect(cfg.schemaVersion).toBe(CONFIG_SCHEMA_VERSION);
    // Nothing else moves: the migrated defaults are the current defaults, channels still English.
    expect(cfg).toEqual(defaultsWithEnglishChannels());
  });

  it('the first release lead times are what the current validation would still accept as is', () => {
    // Not rejected either way: this migration exists for the meaning of the numbers, not their
    // shape (the plain channels are a shape, migrated on their own, so they are left out here).
    expect(
      validateConfig({ ...firstReleaseConfig(), commsPlans: DEFAULT_CONFIG.commsPlans }).ok,
    ).toBe(true);
  });

  it.each([
    ['tier 1 raised by an admin', { 1: 200 }, { ...DESIGN, 1: 200 }],
    ['tier 3 lowered by an admin', { 3: 10 }, { ...DESIGN, 3: 10 }],
    ['every tier edited', { 1: 400, 2: 100, 3: 45, 4: 1 }, { 1: 400, 2: 100, 3: 45, 4: 1 }],
    // 90 is tier 3's new default but was set by an admin on tier 2: kept.
    ['tier 2 set to 120, tier 4 to 90', { 2: 120, 4: 90 }, { ...DESIGN, 2: 120, 4: 90 }],
  ] as const)('keeps what an admin edited: %s', (_name, edits, expected) => {
    expect(leadTimes(migratedAndValid(firstReleaseConfig(edits)))).toEqual(expected);
  });

  it('leaves a configuration at the current schema alone, even with first-release numbers', () => {
    const current = config();
    for (const tier of current.tiers) tier.leadTimeDays = FIRST_RELEASE[tier.tier as 1 | 2 | 3 | 4];
    const migrated = migrateConfig(current);
    expect(migrated.changes).toEqual([]);
    expect(migrated.config).toBe(current);
  });

  it('is idempotent and does not modify its input', () => {
    const raw = firstReleaseConfig({ 3: 45 });
    const before = structuredClone(raw);
    const once = migrateConfig(raw);
    expect(raw).toEqual(before);
    const twice = migrateConfig(once.config);
    expect(twice.changes).toEqual([]);
    expect(twice.config).toEqual(once.config);
  });

  it.each([
    ['not an object', 'oops', null],
    ['an array', [], null],
    ['a schema version that is text', { schemaVersion: '2' }, null],
    ['a schema version of 0', { schemaVersion: 0 }, null],
    ['no schema version', {}, 1],
    ['schema 2', { schemaVersion: 2 }, 2],
  ])('reads the schema of %s', (_name, raw, expected) => {
    expect(schemaVersionOf(raw)).toBe(expected);
  });

  it('passes what it cannot read on to validation, which rejects it', () => {
    for (const raw of ['oops', { schemaVersion: 'two', tiers: [] }]) {
      expect(migrateConfig(raw).config).toBe(raw);
      expect(validateConfig(migrateConfig(raw).config).ok).toBe(false);
    }
  });
});

describe('the stored configuration repository', () => {
  /** The storage port as a map: the repository's own logic, no platform. */
  function memoryStore(): KeyValueStore & { raw: Map<string, unknown> } {
    const raw = new Map<string, unknown>();
    return {
      raw,
      get: (key) => Promise.resolve(raw.get(key)),
      set: (key, value) => {
        raw.set(key, structuredClone(value));
        return Promise.resolve();
      },
      setIfAbsent: (key, value) => {
        if (raw.has(key)) return Promise.resolve(false);
        raw.set(key, structuredClone(value));
        return Promise.resolve(true);
      },
      delete: (key) => {
        raw.delete(key);
        return Promise.resolve();
      },
      listByPrefix: (prefix) =>
        Promise.resolve(
          [...raw.entries()]
            .filter(([key]) => key.startsWith(prefix))
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, value]) => ({ key, value })),
        ),
    };
  }

  /** What the first release wrote on setup: the defaults as version 1, and the pointer to it. */
  function firstReleaseStore(edits: Partial<Record<1 | 2 | 3 | 4, number>> = {}) {
    const store = memoryStore();
    const record = {
      version: 1,
      savedAt: '2026-01-05T10:00:00.000Z',
      savedBy: 'admin',
      config: { ...firstReleaseConfig(edits), version: 1 },
    };
    store.raw.set('config:version:000001', record);
    store.raw.set('config:current', record);
    return store;
  }

  const repositoryOf = (store: KeyValueStore) =>
    configRepository(store, () => '2026-12-01T09:00:00.000Z');

  it('loads a configuration the first release stored, with the new defaults in force', async () => {
    const repository = repositoryOf(firstReleaseStore());
    expect(leadTimes(await repository.inForce())).toEqual(DESIGN);
    expect((await repository.version(1))?.config.tiers.map((t) => t.leadTimeDays)).toEqual([
      365, 180, 90, 14,
    ]);
  });

  it('keeps the lead time an admin set in the first release', async () => {
    const repository = repositoryOf(firstReleaseStore({ 2: 120 }));
    expect(leadTimes(await repository.inForce())).toEqual({ ...DESIGN, 2: 120 });
  });

  it('saves on top of a migrated version with the schema recorded, and reads history without noise', async () => {
    const store = firstReleaseStore();
    const repository = repositoryOf(store);
    const current = await repository.current();
    if (!current) throw new Error('expected a stored configuration');
    const edited = structuredClone(current.config);
    const tier3 = edited.tiers.find((t) => t.tier === 3);
    if (!tier3) throw new Error('tier 3 missing');
    tier3.leadTimeDays = 100;
    const outcome = await repository.save(edited, 1, 'admin');
    expect(outcome.ok).toBe(true);
    const written = store.raw.get('config:current') as { config: Record<string, unknown> };
    expect(written.config.schemaVersion).toBe(CONFIG_SCHEMA_VERSION);
    const [latest] = await repository.history();
    // Only the admin's edit is a change: the migration of version 1 is not reported as one.
    // Paths index from 0, as the validation messages do: tier 3 is tiers[2].
    expect(latest?.changes).toEqual(['tiers[2].leadTimeDays: 90 → 100']);
  });

  it('migrates an exported first-release file when it is imported', async () => {
    const repository = repositoryOf(memoryStore());
    const outcome = await repository.save(firstReleaseConfig({ 1: 250 }), 0, 'admin');
    if (!outcome.ok) throw new Error(outcome.code);
    expect(leadTimes(outcome.value.config)).toEqual({ ...DESIGN, 1: 250 });
    expect(outcome.value.config.schemaVersion).toBe(CONFIG_SCHEMA_VERSION);
  });
});

describe('warning: a plan that starts before its tier lead time', () => {
  const withPlanStart = (tier: number, leadTimeDays: number, firstOffset: number) => {
    const edited = config();
    const entry = edited.tiers.find((t) => t.tier === tier);
    const plan = edited.commsPlans.find((p) => p.tier === tier);
    const first = plan?.steps[0];
    if (!entry || !first) throw new Error(`tier ${String(tier)} missing`);
    entry.leadTimeDays = leadTimeDays;
    first.offsetDays = firstOffset;
    return edited;
  };

  it.each([
    // tier, lead time, first step offset → warned?  (docs/design-contract.md: warn where the plan starts earlier)
    [1, 300, -365, true],
    [2, 180, -200, true],
    [3, 30, -90, true],
    [4, 7, -14, true],
    [2, 180, -180, false],
    [3, 120, -90, false],
    [4, 14, 0, false],
  ])(
    'tier %i, lead time %i, plan from day %i: warned %s',
    (tier, leadTimeDays, firstOffset, warned) => {
      const edited = withPlanStart(tier, leadTimeDays, firstOffset);
      // A warning never stops the configuration from being saved.
      expect(validateConfig(edited).ok).toBe(true);
      const warnings = configWarnings(edited);
      if (!warned) {
        expect(warnings).toEqual([]);
        return;
      }
      const planIndex = edited.commsPlans.findIndex((p) => p.tier === tier);
      expect(warnings).toEqual([
        {
          code: 'CONFIG.PLAN_BEFORE_LEAD_TIME',
          path: `commsPlans[${String(planIndex)}].steps[0].offsetDays`,
          params: { tier, earliestOffsetDays: firstOffset, leadTimeDays },
          message: expect.stringContaining(`${String(-firstOffset)} days`),
        },
      ]);
    },
  );

  it('warns once per tier, for every tier concerned, and says so for a first-release configuration', () => {
    const old = migratedAndValid(firstReleaseConfig({ 1: 100, 4: 3 }));
    expect(configWarnings(old).map((w) => [w.params.tier, w.params.leadTimeDays])).toEqual([
      [1, 100],
      [4, 3],
    ]);
  });
});

// What importing a configuration file would do, before anything is saved: every problem in the file
// (after migrating an older export), the changes against the version in force, and how many open
// change requests the re-assessment would move to another tier, measured with the same assessment
// the re-assessment runs.
import { assess, parseIntake, validateConfig, type GovernanceConfig } from '../domain';
import { migrateConfig, schemaVersionOf } from '../domain/config-migration';
import { submittedOn } from '../governance/govern-change-request';
import { OPEN_CHANGE_REQUESTS_JQL } from '../governance/jql';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY } from '../governance/properties';
import { searchPage } from '../jira/issues';
import { describeConfigChanges } from '../storage/config-diff';
import type { ImportPreview, StoredConfig } from '../contract/resolver-contract';
import type { ResolverContext } from './context';
import { touchpointsInUseProblemsFor } from './journey-guard';

/** One search page: enough to show the size of the effect without a long wait; the answer says when there are more. */
export const IMPORT_PREVIEW_SAMPLE = 50;

const tierOfStored = (stored: unknown): number | null => {
  const tier: unknown =
    typeof stored === 'object' && stored !== null ? (stored as { tier?: unknown }).tier : null;
  return typeof tier === 'number' ? tier : null;
};

async function reassessmentEffect(
  ctx: ResolverContext,
  config: GovernanceConfig,
): Promise<ImportPreview['reassessment']> {
  const page = await searchPage(ctx.ports.jira, {
    jql: OPEN_CHANGE_REQUESTS_JQL,
    fields: ['created'],
    properties: [INTAKE_PROPERTY, ASSESSMENT_PROPERTY],
    pageSize: IMPORT_PREVIEW_SAMPLE,
  });
  const changes: ImportPreview['reassessment']['changes'] = [];
  for (const issue of page.issues) {
    const from = tierOfStored(issue.properties?.[ASSESSMENT_PROPERTY]);
    const next = assess(parseIntake(issue.properties?.[INTAKE_PROPERTY]), config, {
      submittedOn: submittedOn(issue, ctx.ports),
      similarPast: [],
    });
    const to = next.status === 'assessed' ? next.tier : null;
    if (from !== to) changes.push({ key: issue.key, from, to });
  }
  return { measured: page.issues.length, more: page.nextPageToken !== undefined, changes };
}

export async function previewImport(
  ctx: ResolverContext,
  raw: unknown,
  inForce: StoredConfig,
): Promise<ImportPreview> {
  const migrated = migrateConfig(raw);
  const wasMigrated =
    migrated.changes.length > 0 || schemaVersionOf(raw) !== schemaVersionOf(migrated.config);
  const result = validateConfig(migrated.config);
  if (!result.ok)
    return {
      problems: result.problems,
      migrated: wasMigrated,
      inForceVersion: inForce.version,
      changes: [],
      reassessment: { measured: 0, more: false, changes: [] },
    };
  const config = { ...result.value, version: inForce.version };
  const changes = describeConfigChanges(inForce.config, config).filter((c) => c !== 'No changes');
  // The import would be refused for a touchpoint open changes still use: say so before it is tried.
  const inUse = await touchpointsInUseProblemsFor(ctx, inForce.config, migrated.config);
  if (inUse.length > 0)
    return {
      problems: inUse,
      migrated: wasMigrated,
      inForceVersion: inForce.version,
      changes,
      reassessment: { measured: 0, more: false, changes: [] },
    };
  return {
    problems: [],
    migrated: wasMigrated,
    inForceVersion: inForce.version,
    changes,
    reassessment: await reassessmentEffect(ctx, config),
  };
}

// The admin page's resolvers: setup, the versioned configuration, re-assessment progress, the people picker.
// Every one of them is for Jira administrators only, checked with Jira as the caller.
import { withDisplayNames } from './account-names';
import type { PrincipalOption, StoredConfig } from '../contract/resolver-contract';
import { jsonBytes, PAYLOAD_LIMITS } from '../contract/resolver-contract';
import { assess, ok, parseIntake, validateConfig, type GovernanceConfig } from '../domain';
import { reassessmentProgress, startReassessment } from '../governance/reassessment';
import { runSetup, setupStatus, SetupError } from '../governance/setup';
import { globalPermissionsOfCaller } from '../jira/permissions';
import { listProjectRoles, pickGroups, searchUsers } from '../jira/users';
import { describeConfigChanges } from '../storage/config-diff';
import { configRepository, type SaveOutcome } from '../storage/config-repository';
import { previewImport } from './admin-import-preview';
import { refuseRemovingUsedTouchpoints } from './journey-guard';
import type { HandlersFor, ResolverContext } from './context';
import { payloadTooLarge, refuse, type Answer } from './failure';

type AdminKey =
  | 'getSetupStatus'
  | 'runSetup'
  | 'getConfig'
  | 'validateConfig'
  | 'previewAssessment'
  | 'saveConfig'
  | 'listConfigVersions'
  | 'getConfigVersion'
  | 'restoreConfigVersion'
  | 'exportConfig'
  | 'previewImport'
  | 'importConfig'
  | 'getReassessmentProgress'
  | 'searchPrincipals';

const repository = (ctx: ResolverContext) => configRepository(ctx.ports.store, ctx.ports.nowIso);

/** Runs `body` for a Jira administrator only; anyone else is refused before anything is read or written. */
async function asAdmin<T>(
  ctx: ResolverContext,
  body: () => Promise<Answer<T>>,
): Promise<Answer<T>> {
  const held = await globalPermissionsOfCaller(ctx.ports.jiraAsUser, ['ADMINISTER']);
  if (!held.ADMINISTER)
    return refuse(
      'AUTH.FORBIDDEN',
      'Only Jira administrators can change the governance configuration.',
    );
  return body();
}

/** A saved version starts the re-assessment of every open change request under it. */
async function saved(ctx: ResolverContext, outcome: SaveOutcome): Promise<Answer<StoredConfig>> {
  if (!outcome.ok) return outcome;
  await startReassessment(ctx.ports, ctx.queue, outcome.value.version);
  return outcome;
}

/** An uploaded file as JSON, or the refusal that says it is not JSON. */
function parseFile(json: string): Answer<unknown> {
  try {
    return ok(JSON.parse(json) as unknown);
  } catch {
    return refuse('CONFIG.INVALID', 'The file is not valid JSON.', [
      { code: 'CONFIG.INVALID', path: '', message: 'Not JSON.' },
    ]);
  }
}

/** Checked before every save, so a refused one writes nothing. */
const touchpointsInUse = async (ctx: ResolverContext, input: unknown) =>
  refuseRemovingUsedTouchpoints(ctx, (await repository(ctx).current())?.config ?? null, input);

const noVersion = (version: number) =>
  refuse('CONFIG.VERSION_NOT_FOUND', `There is no version ${String(version)}.`);

const HISTORY_PLACEHOLDERS = new Set(['No changes', 'First version']);

/** What restoring `next` over `inForce` would change; nothing when only the version number differs. */
function changesBetween(inForce: GovernanceConfig, next: GovernanceConfig): string[] {
  const { version: _inForce, ...before } = inForce;
  const { version: _next, ...after } = next;
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : describeConfigChanges(inForce, next);
}

/** The people picker's options, looked up as the admin so Jira's own browse rules apply. */
async function principals(
  ctx: ResolverContext,
  kind: PrincipalOption['kind'],
  text: string,
): Promise<PrincipalOption[]> {
  const jira = ctx.ports.jiraAsUser;
  switch (kind) {
    case 'user':
      return (await searchUsers(jira, text))
        .filter((u) => u.accountType !== 'app')
        .map((u) => ({ kind, id: u.accountId, label: u.displayName ?? u.accountId }));
    case 'group':
      return (await pickGroups(jira, text)).map((g) => ({ kind, id: g.name, label: g.name }));
    case 'projectRole':
      return (await listProjectRoles(jira))
        .filter((r) => r.name.toLowerCase().includes(text.toLowerCase()))
        .map((r) => ({ kind, id: r.name, label: r.name }));
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

/** The version list, each change line naming people, not account ids (one lookup per person, as the admin). */
async function historyWithNames(ctx: ResolverContext) {
  const summaries = await repository(ctx).history();
  const kept = summaries.map((summary) =>
    summary.changes.filter((change) => !HISTORY_PLACEHOLDERS.has(change)),
  );
  const named = await withDisplayNames(ctx.ports.jiraAsUser, kept.flat());
  let at = 0;
  return summaries.map((summary, index) => {
    const count = kept[index]?.length ?? 0;
    const changes = named.slice(at, at + count);
    at += count;
    return { ...summary, changes };
  });
}

export const adminHandlers: HandlersFor<AdminKey> = {
  getSetupStatus: (ctx) => asAdmin(ctx, async () => ok(await setupStatus(ctx.ports))),

  runSetup: (ctx, { projectKey }) =>
    asAdmin(ctx, async () => {
      try {
        return ok(await runSetup(ctx.ports, { projectKey, actor: ctx.ports.accountId }));
      } catch (error) {
        // The setup service still throws its one expected refusal; it becomes a result here.
        if (error instanceof SetupError) return refuse(error.code, error.message);
        throw error;
      }
    }),

  getConfig: (ctx) =>
    asAdmin(ctx, async () => {
      const current = await repository(ctx).current();
      return current
        ? ok(current)
        : refuse('SETUP.REQUIRED', 'Run the setup first: it saves the default configuration.');
    }),

  validateConfig: (ctx, { config }) =>
    asAdmin(ctx, () => {
      const result = validateConfig(config);
      return Promise.resolve(ok({ problems: result.ok ? [] : result.problems }));
    }),

  previewAssessment: (ctx, { config, intake }) =>
    asAdmin(ctx, () => {
      const result = validateConfig(config);
      if (!result.ok)
        return Promise.resolve(
          refuse('CONFIG.INVALID', 'Fix the configuration to preview.', result.problems),
        );
      return Promise.resolve(
        ok(
          assess(parseIntake(intake), result.value, {
            submittedOn: ctx.ports.today(),
            similarPast: [],
          }),
        ),
      );
    }),

  saveConfig: (ctx, { config, baseVersion }) =>
    asAdmin(
      ctx,
      async () =>
        (await touchpointsInUse(ctx, config)) ??
        saved(ctx, await repository(ctx).save(config, baseVersion, ctx.ports.accountId)),
    ),

  listConfigVersions: (ctx) =>
    asAdmin(ctx, async () =>
      // The repository words "no change" and "first version" in English; the UI says them in the
      // admin's language when the list is empty.
      ok(await historyWithNames(ctx)),
    ),

  getConfigVersion: (ctx, { version }) =>
    asAdmin(ctx, async () => {
      const configs = repository(ctx);
      const [found, inForce] = await Promise.all([configs.version(version), configs.current()]);
      if (!found) return noVersion(version);
      return ok({
        ...found,
        inForceVersion: inForce?.version ?? null,
        changesFromInForce: inForce
          ? await withDisplayNames(
              ctx.ports.jiraAsUser,
              changesBetween(inForce.config, found.config),
            )
          : [],
      });
    }),

  restoreConfigVersion: (ctx, { version, baseVersion }) =>
    asAdmin(ctx, async () => {
      const found = await repository(ctx).version(version);
      if (!found) return noVersion(version);
      return (
        (await touchpointsInUse(ctx, found.config)) ??
        saved(ctx, await repository(ctx).save(found.config, baseVersion, ctx.ports.accountId))
      );
    }),

  exportConfig: (ctx) =>
    asAdmin(ctx, async () => {
      const current = await repository(ctx).current();
      if (!current) return refuse('SETUP.REQUIRED', 'Run the setup first.');
      return ok({
        fileName: `change-governance-config-v${String(current.version)}.json`,
        json: JSON.stringify(current.config, null, 2),
      });
    }),

  previewImport: (ctx, { json }) =>
    asAdmin(ctx, async () => {
      const parsed = parseFile(json);
      if (!parsed.ok) return parsed;
      const current = await repository(ctx).current();
      if (!current) return refuse('SETUP.REQUIRED', 'Run the setup first.');
      return ok(await previewImport(ctx, parsed.value, current));
    }),

  importConfig: (ctx, { json, baseVersion }) =>
    asAdmin(ctx, async () => {
      const file = parseFile(json);
      if (!file.ok) return file;
      const parsed = file.value;
      // The file may be pretty-printed; what is stored is the compact form, so that is what is measured.
      if (jsonBytes(parsed) > PAYLOAD_LIMITS.configBytes)
        return { ok: false, ...payloadTooLarge(PAYLOAD_LIMITS.configBytes, 'json') };
      return (
        (await touchpointsInUse(ctx, parsed)) ??
        saved(ctx, await repository(ctx).save(parsed, baseVersion, ctx.ports.accountId))
      );
    }),

  getReassessmentProgress: (ctx) =>
    asAdmin(ctx, async () => ok(await reassessmentProgress(ctx.ports))),

  searchPrincipals: (ctx, { kind, query }) =>
    asAdmin(ctx, async () => ok(await principals(ctx, kind, query))),
};

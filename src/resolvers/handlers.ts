import { route } from '@forge/api';
import {
  jsonBytes,
  PAYLOAD_LIMITS,
  type Payload,
  type ResolverKey,
  type ResponseMap,
} from '../contract/resolver-contract';
import { buildMacroTables } from '../confluence/macro-tables';
import {
  assess,
  parseCalendarDate,
  parseIntake,
  readAnswers,
  toLocale,
  validateConfig,
  whatIf,
  type CalendarDate,
  type GovernanceConfig,
} from '../domain';
import { getIssue } from '../jira/issues';
import {
  governChangeRequest,
  CHANGE_REQUEST_FIELDS,
  submittedOn,
  isChangeRequest,
} from '../governance/govern-change-request';
import { buildIssueView } from '../governance/issue-view';
import type { UserPorts } from '../governance/ports';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY } from '../governance/properties';
import { reassessmentProgress, startReassessment, type JobQueue } from '../governance/reassessment';
import { runSetup, setupStatus, SetupError } from '../governance/setup';
import { describeConfigChanges } from '../storage/config-diff';
import { configRepository } from '../storage/config-repository';
import { ResolverFailure, tooLargeFailure } from './failure';
import { isTouched, mergeIntake } from './merge-intake';
import { searchPrincipals } from './principals';
import { similarChangesForCaller, viewForCaller } from './panel-view';
import { userHolds } from './permissions';

export interface ResolverContext {
  ports: UserPorts;
  /** From the invocation context the platform signs, never from the payload. */
  issueKey: string | null;
  locale: string;
  queue: JobQueue;
}

type Handlers = {
  [K in ResolverKey]: (ctx: ResolverContext, payload: Payload<K>) => Promise<ResponseMap[K]>;
};

async function requireAdmin(ctx: ResolverContext): Promise<void> {
  const held = await userHolds(ctx.ports.jiraAsUser, ['ADMINISTER']);
  if (!held.ADMINISTER)
    throw new ResolverFailure(
      'AUTH.FORBIDDEN',
      'Only Jira administrators can change the governance configuration.',
    );
}

/** Reads the context's issue as the caller: Jira answers 404 when they may not browse it. */
async function issueForCaller(ctx: ResolverContext) {
  if (!ctx.issueKey)
    throw new ResolverFailure('ISSUE.NOT_FOUND', 'Open a change request to use this panel.');
  const issue = await getIssue(ctx.ports.jiraAsUser, ctx.issueKey, CHANGE_REQUEST_FIELDS, [
    INTAKE_PROPERTY,
    ASSESSMENT_PROPERTY,
  ]);
  if (!issue)
    throw new ResolverFailure(
      'ISSUE.NOT_FOUND',
      'The issue does not exist or you do not have permission to see it.',
    );
  return issue;
}

async function view(ctx: ResolverContext) {
  const issue = await issueForCaller(ctx);
  const held = await userHolds(ctx.ports.jiraAsUser, ['EDIT_ISSUES'], { issueKey: issue.key });
  const built = await buildIssueView(ctx.ports, issue, held.EDIT_ISSUES === true);
  return viewForCaller(ctx.ports, issue, built);
}

const repository = (ctx: ResolverContext) => configRepository(ctx.ports.store, ctx.ports.nowIso);

async function saved(
  ctx: ResolverContext,
  outcome: Awaited<ReturnType<ReturnType<typeof configRepository>['save']>>,
) {
  if (!outcome.ok) {
    if (outcome.code === 'CONFIG.VERSION_CONFLICT') {
      throw new ResolverFailure(
        'CONFIG.VERSION_CONFLICT',
        `Someone saved version ${String(outcome.current)} first. Reload to see it.`,
      );
    }
    throw new ResolverFailure(
      'CONFIG.INVALID',
      'The configuration has problems; each is shown on its field.',
      outcome.problems,
    );
  }
  await startReassessment(ctx.ports, ctx.queue, outcome.stored.version);
  return outcome.stored;
}

const HISTORY_PLACEHOLDERS = new Set(['No changes', 'First version']);

/** What restoring `next` over `inForce` would change; nothing when only the version number differs. */
function changesBetween(inForce: GovernanceConfig, next: GovernanceConfig): string[] {
  const { version: _inForce, ...before } = inForce;
  const { version: _next, ...after } = next;
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : describeConfigChanges(inForce, next);
}

export const resolverHandlers: Handlers = {
  getIssueView: (ctx) => view(ctx),

  async saveIntake(ctx, { intake }) {
    const issue = await issueForCaller(ctx);
    if (!isChangeRequest(issue))
      throw new ResolverFailure(
        'ISSUE.NOT_CHANGE_REQUEST',
        `${issue.key} is not a change request.`,
      );
    // A patch on what is stored: fields the form does not send are kept, whoever wrote them.
    const merged = mergeIntake(issue.properties?.[INTAKE_PROPERTY], intake);
    const parsed = parseIntake(merged.intake);
    // Unanswered questions are a draft, but an answer outside its question's options is refused;
    // a bad value the caller did not send (written by someone else) is theirs to fix, not a refusal.
    const answerProblems = readAnswers(parsed, await repository(ctx).inForce()).problems;
    const invalid = [...parsed.problems, ...answerProblems].filter(
      (p) =>
        (p.code === 'INTAKE.INVALID' || p.code === 'INTAKE.INVALID_TEXT') &&
        isTouched(merged.touched, p.field),
    );
    if (invalid.length > 0) {
      throw new ResolverFailure(
        'INTAKE.INVALID',
        'Some answers are not valid; nothing was saved.',
        invalid.map((p) => ({ code: p.code, path: p.field, message: p.message })),
      );
    }
    // Jira refuses a property larger than this; the whole merged value is what it measures.
    if (jsonBytes(merged.intake) > PAYLOAD_LIMITS.intakeBytes)
      throw tooLargeFailure(PAYLOAD_LIMITS.intakeBytes, 'intake');
    // Written as the caller, so Jira itself refuses someone who may not edit the issue.
    const response = await ctx.ports.jiraAsUser.requestJira(
      route`/rest/api/3/issue/${issue.key}/properties/${INTAKE_PROPERTY}`,
      { method: 'PUT', body: merged.intake },
    );
    if (response.status === 403 || response.status === 404) {
      throw new ResolverFailure(
        'AUTH.FORBIDDEN',
        'You do not have permission to edit this change request.',
      );
    }
    if (response.status >= 300)
      throw new Error(`Saving the intake failed with ${String(response.status)}.`);
    await governChangeRequest(ctx.ports, issue.key);
    return view(ctx);
  },

  async whatIf(ctx, { launchDates }) {
    const issue = await issueForCaller(ctx);
    const config = await repository(ctx).inForce();
    const intake = parseIntake(issue.properties?.[INTAKE_PROPERTY]);
    const dates = launchDates.map((d) => parseCalendarDate(d));
    const bad = dates.findIndex((d) => d === undefined);
    if (bad >= 0) {
      throw new ResolverFailure('INPUT.INVALID', 'Each date must be a real calendar day.', [
        {
          code: 'INPUT.INVALID',
          path: `launchDates.${String(bad)}`,
          message: 'Not a calendar day.',
        },
      ]);
    }
    // Shown to the caller (the outcomes carry the similar changes), so searched as the caller.
    const similarPast = await similarChangesForCaller(ctx.ports, issue);
    return whatIf(
      intake,
      config,
      { submittedOn: submittedOn(issue, ctx.ports), similarPast, today: ctx.ports.today() },
      dates as CalendarDate[],
    );
  },

  async getSetupStatus(ctx) {
    await requireAdmin(ctx);
    return setupStatus(ctx.ports);
  },

  async runSetup(ctx, { projectKey }) {
    await requireAdmin(ctx);
    try {
      return await runSetup(ctx.ports, { projectKey, actor: ctx.ports.accountId });
    } catch (error) {
      if (error instanceof SetupError) throw new ResolverFailure(error.code, error.message);
      throw error;
    }
  },

  async getConfig(ctx) {
    await requireAdmin(ctx);
    const current = await repository(ctx).current();
    if (!current)
      throw new ResolverFailure(
        'SETUP.REQUIRED',
        'Run the setup first: it saves the default configuration.',
      );
    return current;
  },

  async validateConfig(ctx, { config }) {
    await requireAdmin(ctx);
    const result = validateConfig(config);
    return { problems: result.ok ? [] : result.problems };
  },

  async previewAssessment(ctx, { config, intake }) {
    await requireAdmin(ctx);
    const result = validateConfig(config);
    if (!result.ok)
      throw new ResolverFailure(
        'CONFIG.INVALID',
        'Fix the configuration to preview.',
        result.problems,
      );
    return assess(parseIntake(intake), result.value, {
      submittedOn: ctx.ports.today(),
      similarPast: [],
    });
  },

  async saveConfig(ctx, { config, baseVersion }) {
    await requireAdmin(ctx);
    return saved(ctx, await repository(ctx).save(config, baseVersion, ctx.ports.accountId));
  },

  async listConfigVersions(ctx) {
    await requireAdmin(ctx);
    // The repository words "no change" and "first version" in English; the UI says them in the
    // admin's language when the list is empty.
    return (await repository(ctx).history()).map((summary) => ({
      ...summary,
      changes: summary.changes.filter((change) => !HISTORY_PLACEHOLDERS.has(change)),
    }));
  },

  async getConfigVersion(ctx, { version }) {
    await requireAdmin(ctx);
    const configs = repository(ctx);
    const [found, inForce] = await Promise.all([configs.version(version), configs.current()]);
    if (!found)
      throw new ResolverFailure(
        'CONFIG.VERSION_NOT_FOUND',
        `There is no version ${String(version)}.`,
      );
    return {
      ...found,
      inForceVersion: inForce?.version ?? null,
      changesFromInForce: inForce ? changesBetween(inForce.config, found.config) : [],
    };
  },

  async restoreConfigVersion(ctx, { version, baseVersion }) {
    await requireAdmin(ctx);
    const found = await repository(ctx).version(version);
    if (!found)
      throw new ResolverFailure(
        'CONFIG.VERSION_NOT_FOUND',
        `There is no version ${String(version)}.`,
      );
    return saved(ctx, await repository(ctx).save(found.config, baseVersion, ctx.ports.accountId));
  },

  async exportConfig(ctx) {
    await requireAdmin(ctx);
    const current = await repository(ctx).current();
    if (!current) throw new ResolverFailure('SETUP.REQUIRED', 'Run the setup first.');
    return {
      fileName: `change-governance-config-v${String(current.version)}.json`,
      json: JSON.stringify(current.config, null, 2),
    };
  },

  async importConfig(ctx, { json, baseVersion }) {
    await requireAdmin(ctx);
    let parsed: unknown;
    try {
      parsed = JSON.parse(json) as unknown;
    } catch {
      throw new ResolverFailure('CONFIG.INVALID', 'The file is not valid JSON.', [
        { code: 'CONFIG.INVALID', path: '', message: 'Not JSON.' },
      ]);
    }
    // The file may be pretty-printed; what is stored is the compact form, so that is what is measured.
    if (jsonBytes(parsed) > PAYLOAD_LIMITS.configBytes)
      throw tooLargeFailure(PAYLOAD_LIMITS.configBytes, 'json');
    return saved(ctx, await repository(ctx).save(parsed, baseVersion, ctx.ports.accountId));
  },

  async getReassessmentProgress(ctx) {
    await requireAdmin(ctx);
    return reassessmentProgress(ctx.ports);
  },

  async searchPrincipals(ctx, { kind, query: text }) {
    await requireAdmin(ctx);
    return searchPrincipals(ctx.ports.jiraAsUser, kind, text);
  },

  async getMacroTables(ctx, config) {
    const stored = await repository(ctx).inForce();
    return buildMacroTables(
      stored,
      config.tables ?? ['criteria', 'roles', 'comms'],
      config.locale ?? toLocale(ctx.locale),
    );
  },
};

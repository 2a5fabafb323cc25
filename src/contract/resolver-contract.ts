/**
 * The one contract between the Custom UI (static/) and the backend resolvers (src/resolvers/).
 * Both sides import it; it must stay free of platform imports so the browser bundles can use it.
 */
import { z } from 'zod';
import type {
  Assessment,
  GateDecision,
  GovernanceConfig,
  LocalizedText,
  Problem,
  Role,
  WhatIfOutcome,
} from '../domain';
import { LOCALES, type Locale } from '../domain/localized';
import type { StoredIntake } from './intake-fields';

export const ERROR_CODES = [
  'AUTH.FORBIDDEN',
  'INPUT.INVALID',
  'INTAKE.INVALID',
  'CONFIG.INVALID',
  'CONFIG.VERSION_CONFLICT',
  'CONFIG.VERSION_NOT_FOUND',
  'ISSUE.NOT_FOUND',
  'ISSUE.NOT_CHANGE_REQUEST',
  'SETUP.REQUIRED',
  'SETUP.PROJECT_NOT_FOUND',
  'PAYLOAD.TOO_LARGE',
  'JIRA.BUSY',
  'APPROVAL.NOT_DECLINED',
  'GOVERNANCE.BUSY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ResolverError {
  code: ErrorCode;
  message: string;
  /** Field-level problems, each with a path the UI shows next to the field. */
  problems?: Problem[];
  /** With `PAYLOAD.TOO_LARGE`: the most the value may take, in bytes of compact JSON (UTF-8). */
  limitBytes?: number;
  /** With `JIRA.BUSY`: when Jira lets the app's calls through again (ISO-8601, Jira's `X-RateLimit-Reset`). */
  until?: string;
}

/**
 * What storage accepts, so an oversized value is refused with `PAYLOAD.TOO_LARGE` before it is
 * written instead of failing in the write. Forge's Key-Value Store takes a value up to 240 KiB;
 * a configuration version is stored with its version number, author and date around it, for which
 * 1 KiB is kept free. A Jira issue property value may be up to 32 768 characters of JSON; counting
 * UTF-8 bytes is never more lenient than that.
 */
export const PAYLOAD_LIMITS = {
  configBytes: 240 * 1024 - 1024,
  intakeBytes: 32_768,
  /** An imported file may be pretty-printed; beyond this it cannot compact to a storable size. */
  importFileBytes: 4 * (240 * 1024 - 1024),
} as const;

/** The size storage counts: compact JSON in UTF-8. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? 0 : new TextEncoder().encode(text).length;
}

/** Marks a zod issue so the resolver edge answers `PAYLOAD.TOO_LARGE` naming the limit. */
export const TOO_LARGE_ISSUE = 'PAYLOAD.TOO_LARGE';

const withinBytes =
  <T>(limitBytes: number, measure: (value: T) => number = jsonBytes) =>
  (value: T, ctx: z.RefinementCtx) => {
    if (measure(value) > limitBytes) {
      ctx.addIssue({
        code: 'custom',
        message: `Larger than the ${String(limitBytes)} bytes storage accepts.`,
        params: { code: TOO_LARGE_ISSUE, limitBytes },
      });
    }
  };
const configPayload = z.unknown().superRefine(withinBytes(PAYLOAD_LIMITS.configBytes));
const textBytes = (text: string) => new TextEncoder().encode(text).length;

export type ResolverResponse<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.');
const localeSchema = z.enum(LOCALES);

/**
 * The intake as the form sends it, and a patch on the one stored: `saveIntake` merges it into the
 * property, so a field left out keeps its stored value (whoever wrote it), `answers` replaces the
 * stored answers as a whole, and an empty text (or `null` for `emergency`) removes a field. Every
 * descriptive field the domain knows (`intakeDetailSchemas`) has its place here; the backend
 * re-validates every field with the domain's parser.
 */
export const intakeInputSchema = z.object({
  launchDate: z.string().max(20).optional(),
  answers: z.record(z.string().max(64), z.number().int().min(0).max(3)).optional(),
  description: z.string().max(5000).optional(),
  segments: z.array(z.string().max(200)).max(50).optional(),
  channels: z.array(z.string().max(200)).max(20).optional(),
  touchpoints: z.array(z.string().max(40)).max(10).optional(),
  customerAction: z.string().max(5000).optional(),
  rollbackPlan: z.string().max(5000).optional(),
  rollout: z.string().max(20).optional(),
  kpis: z.array(z.string().max(500)).max(20).optional(),
  outcome: z.string().max(40).optional(),
  emergency: z
    .object({ justification: z.string().max(5000) })
    .nullable()
    .optional(),
});
export type IntakeInput = z.infer<typeof intakeInputSchema>;
/** The intake as a payload: each field within its bounds, and the whole within a property's size. */
const intakePayload = intakeInputSchema.superRefine(withinBytes(PAYLOAD_LIMITS.intakeBytes));

export const MACRO_TABLES = ['criteria', 'roles', 'comms'] as const;
export type MacroTable = (typeof MACRO_TABLES)[number];
export const macroConfigSchema = z.object({
  tables: z
    .array(z.enum(MACRO_TABLES))
    .min(1)
    .max(3)
    .default([...MACRO_TABLES]),
  locale: localeSchema.optional(),
});
export type MacroConfig = z.infer<typeof macroConfigSchema>;

/** Payload schemas, one per resolver key. The issue always comes from the invocation context, never the payload. */
export const payloadSchemas = {
  getIssueView: z.object({}).strict(),
  saveIntake: z.object({ intake: intakePayload }).strict(),
  whatIf: z.object({ launchDates: z.array(isoDate).min(1).max(6) }).strict(),
  askApprovalAgain: z.object({ stepId: z.string().min(1).max(64) }).strict(),
  getSetupStatus: z.object({}).strict(),
  runSetup: z
    .object({
      projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'A Jira project key, e.g. CHG.'),
    })
    .strict(),
  getConfig: z.object({}).strict(),
  validateConfig: z.object({ config: configPayload }).strict(),
  previewAssessment: z.object({ config: configPayload, intake: intakePayload }).strict(),
  saveConfig: z.object({ config: configPayload, baseVersion: z.number().int().min(0) }).strict(),
  listConfigVersions: z.object({}).strict(),
  getConfigVersion: z.object({ version: z.number().int().min(1) }).strict(),
  restoreConfigVersion: z
    .object({ version: z.number().int().min(1), baseVersion: z.number().int().min(0) })
    .strict(),
  exportConfig: z.object({}).strict(),
  previewImport: z
    .object({
      json: z.string().superRefine(withinBytes(PAYLOAD_LIMITS.importFileBytes, textBytes)),
    })
    .strict(),
  importConfig: z
    .object({
      json: z.string().superRefine(withinBytes(PAYLOAD_LIMITS.importFileBytes, textBytes)),
      baseVersion: z.number().int().min(0),
    })
    .strict(),
  getReassessmentProgress: z.object({}).strict(),
  searchPrincipals: z
    .object({ kind: z.enum(['user', 'group', 'projectRole']), query: z.string().max(100) })
    .strict(),
  getMacroTables: macroConfigSchema.strict(),
} as const;

export type ResolverKey = keyof typeof payloadSchemas;
export type Payload<K extends ResolverKey> = z.input<(typeof payloadSchemas)[K]>;

export interface Person {
  accountId: string;
  displayName: string;
}

export interface ApprovalRow {
  key: string | null;
  stepId: string;
  roleName: LocalizedText;
  approver: Person | null;
  dueDate: string;
  /** The Jira status name, e.g. Pending, Approved, Declined. */
  status: string | null;
  /** `invalid`: decided, but not by the approver the role names, so it counts neither way. */
  standing: 'approved' | 'declined' | 'pending' | 'invalid';
}

export interface CommsRow {
  key: string | null;
  stepId: string;
  title: LocalizedText;
  dueDate: string;
  channel: LocalizedText;
  owner: Person | null;
  ownerRoleName: LocalizedText;
  status: string | null;
  done: boolean;
  overdue: boolean;
}

/** Everything the issue panel shows for one change request. */
export interface IssueView {
  issueKey: string;
  isChangeRequest: boolean;
  canEdit: boolean;
  /** The intake property as read by `readStoredIntake`; null when there is none. */
  intake: StoredIntake | null;
  assessment: Assessment | null;
  approvals: ApprovalRow[];
  comms: CommsRow[];
  gates: { approve: GateDecision; schedule: GateDecision };
  /**
   * What the form needs: criteria, options and tier names of the configuration in force. Roles
   * carry their names only: who a role maps to (account ids, group names) is for Jira admins.
   */
  config: PanelConfig;
  /**
   * On an approval the app created for a change request: the view is of that change request, and this names the
   * approval being looked at, so its approver sees what they are deciding.
   */
  approvalOf?: ApprovalContext;
}

/** Which of the change request's approvals the panel was opened on, and where it stands. */
export interface ApprovalContext {
  changeRequestKey: string;
  stepId: string;
  standing: ApprovalRow['standing'] | 'history';
}

/** A role as anyone who can open a change request may see it: its name, not who it maps to. */
export type PublicRole = Omit<Role, 'mapsTo'>;
/** The configuration in force as the issue panel gets it. */
export type PanelConfig = Omit<GovernanceConfig, 'roles'> & { roles: PublicRole[] };

export interface SetupStatus {
  issueTypes: { changeRequest: string | null; changeApproval: string | null };
  configVersion: number | null;
  projects: Array<{ key: string; name: string; hasChangeTypes: boolean }>;
}

export interface SetupReport {
  steps: Array<{
    action: 'created' | 'reused' | 'added-to-scheme' | 'saved-config' | 'kept-config';
    detail: string;
  }>;
  status: SetupStatus;
}

/**
 * What importing a file would do, answered before anything is saved: every problem in the file with
 * its path and coded parameters (empty when it can be saved), the changes against the version in
 * force, and the open change requests the re-assessment would move to another tier, measured over
 * the first `measured` of them (`more` when there are others).
 */
export interface ImportPreview {
  problems: Array<Problem & { params?: Readonly<Record<string, string | number>> }>;
  /** The file was written by an earlier version of the app and was brought up to date first. */
  migrated: boolean;
  inForceVersion: number;
  changes: string[];
  reassessment: {
    measured: number;
    more: boolean;
    /** `null`: the request would not get a tier (it lacks answers). */
    changes: Array<{ key: string; from: number | null; to: number | null }>;
  };
}

export interface StoredConfig {
  version: number;
  savedAt: string;
  savedBy: string;
  config: GovernanceConfig;
}

/**
 * One saved version as `getConfigVersion` answers it: what it contains, and what restoring it
 * would change in the version in force (`criteria[0].weight: 4 → 3` reads "in force 4, this
 * version 3").
 */
export interface ConfigVersionDetail extends StoredConfig {
  /** The version in force when asked; null before the first save. */
  inForceVersion: number | null;
  /** Empty when this version is the one in force. */
  changesFromInForce: string[];
}

export interface ConfigVersionSummary {
  version: number;
  savedAt: string;
  savedBy: string;
  /**
   * What changed against the previous version, e.g. "criteria[0].weight: 3 → 4"; empty for the
   * first version and for a version that changed nothing.
   */
  changes: string[];
}

export interface ReassessmentProgress {
  state: 'idle' | 'running' | 'done';
  configVersion: number | null;
  total: number;
  done: number;
  failed: number;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface PrincipalOption {
  kind: 'user' | 'group' | 'projectRole';
  id: string;
  label: string;
}

export interface MacroTables {
  locale: Locale;
  configVersion: number;
  tables: MacroTable[];
  criteria: Array<{
    tier: number;
    name: string;
    cx: string;
    pr: string;
    finance: string;
    leadTimeDays: number;
    examples: string[];
  }>;
  /**
   * How a request reaches a tier, shown with the criteria table: each criterion's weight and
   * options, the score thresholds and the escalation rules. Empty when that table is not chosen.
   */
  scoring: MacroScoring;
  roles: Array<{
    tier: number;
    name: string;
    reviewers: string[];
    approvers: string[];
    commsOwner: string;
    examples: string[];
  }>;
  comms: Array<{
    tier: number;
    name: string;
    steps: Array<{ offsetDays: number; title: string; channel: string; owner: string }>;
  }>;
}

export interface MacroScoring {
  criteria: Array<{
    id: string;
    question: string;
    weight: number;
    options: Array<{ value: number; label: string }>;
  }>;
  /** The most the weighted answers can add up to; the score is their share of it, 0–100. */
  maxPoints: number;
  /**
   * Highest score first, as whole-score ranges (scores are rounded, so 40–59 is exact); the last
   * entry is the tier below every threshold, from 0.
   */
  thresholds: Array<{ tier: number; name: string; minScore: number; maxScore: number }>;
  escalations: Array<{
    id: string;
    description: string;
    when: Array<{ criterion: string; op: 'eq' | 'neq' | 'gte' | 'lte'; value: number }>;
    minimumTier: number;
    tierName: string;
  }>;
}

/** What each resolver answers when it succeeds. */
export interface ResponseMap {
  getIssueView: IssueView;
  saveIntake: IssueView;
  whatIf: WhatIfOutcome;
  askApprovalAgain: IssueView;
  getSetupStatus: SetupStatus;
  runSetup: SetupReport;
  getConfig: StoredConfig;
  validateConfig: { problems: Problem[] };
  previewAssessment: Assessment;
  saveConfig: StoredConfig;
  listConfigVersions: ConfigVersionSummary[];
  getConfigVersion: ConfigVersionDetail;
  restoreConfigVersion: StoredConfig;
  exportConfig: { fileName: string; json: string };
  previewImport: ImportPreview;
  importConfig: StoredConfig;
  getReassessmentProgress: ReassessmentProgress;
  searchPrincipals: PrincipalOption[];
  getMacroTables: MacroTables;
}

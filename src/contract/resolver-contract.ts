/**
 * The one contract between the Custom UI (static/) and the backend resolvers (src/resolvers/).
 * Both sides import it; it must stay free of platform imports so the browser bundles can use it.
 */
import type {
  Assessment,
  GateDecision,
  GovernanceConfig,
  LocalizedText,
  Problem,
  Role,
  WhatIfOutcome,
} from '../domain';
import type { Locale } from '../domain/localized';
import type { StoredIntake } from './intake-fields';
import type { CalendarResponses } from './calendar-contract';
import type { CalendarWarningsView } from './calendar-warnings';
import type { JourneyResponses, PublicJourney, TouchedJourneyView } from './journey-contract';
import type { ObjectiveResultsView, OutcomeResponses } from './outcome-contract';
import type { RedesignResponses, RedesignRow } from './redesign-contract';
import type { NoticeReportView, ReportResponses } from './report-contract';
import type { MacroTable } from './resolver-payloads';

export * from './resolver-payloads';

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

export type ResolverResponse<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

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
  /** Redesign tasks of an approved change, one per touched touchpoint; empty before approval. */
  redesign: RedesignRow[];
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
  /** On a change request: the stages, steps and touchpoints its intake touches, and their owners. */
  touchedJourney?: TouchedJourneyView;
  /** On a change request: its objectives, whether their results can be recorded yet, and what was recorded. */
  objectiveResults?: ObjectiveResultsView;
  /** On an assessed change request: the freeze window its launch falls in and the fatigue it adds. */
  calendarWarnings?: CalendarWarningsView;
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
export type PanelConfig = Omit<GovernanceConfig, 'roles' | 'journey'> & {
  roles: PublicRole[];
  /** The touchpoint registry without its owners; always set by `panelConfig`. */
  journey?: PublicJourney;
};

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
  /** With the `report` table: the notice-compliance report of the last four quarters (aggregates only). */
  report?: NoticeReportView;
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

/** What each resolver answers when it succeeds (the customer-journey parts in their own files). */
export interface ResponseMap
  extends
    JourneyResponses,
    CalendarResponses,
    RedesignResponses,
    OutcomeResponses,
    ReportResponses {
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

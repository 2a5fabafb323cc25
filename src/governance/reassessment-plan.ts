// Whether a configuration change leaves a change request's plan as it was: then only its assessment changes,
// and the re-assessment writes it in bulk from what discovery read, without reading the request or its
// tickets again. Anything it cannot vouch for goes to the full governance pass.
import { z } from 'zod';
import {
  assess,
  intakeDigest,
  parseIntake,
  planGovernance,
  planRedesign,
  syncLaunchDate,
  type Assessment,
  type CalendarDate,
  type DesiredTicket,
  type GovernanceConfig,
  type IntakeDetails,
} from '../domain';
import type { JiraIssue } from '../jira/schemas';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY } from './properties';

/** What the fast path reads of the stored assessment; everything else it carries over as it is. */
const storedSchema = z
  .object({
    status: z.enum(['assessed', 'needs-input']),
    configVersion: z.number().int(),
    tier: z.number().int().optional(),
    intakeDigest: z.string(),
    governedStatus: z.string().optional(),
    provisioned: z.array(z.unknown()).default([]),
    similarChanges: z.array(z.unknown()).optional(),
    suggestedHistoryAnswer: z.number().nullable().optional(),
  })
  .loose();

export type PlanCheck =
  | { kind: 'unchanged'; record: Record<string, unknown>; same: boolean }
  | { kind: 'govern'; why: GovernReason };

export type GovernReason =
  /** No assessment a finished run wrote (none, unreadable, or without the intake's digest). */
  | 'unfinished'
  /** The intake is not the one the last finished run governed. */
  | 'intake-changed'
  /** The Due date and the intake's launch date disagree: the full pass brings them together. */
  | 'launch-date-sync'
  /** The configuration the assessment used is gone from storage. */
  | 'unknown-config'
  /** The stored assessment is not what its configuration gives (written by another version of the app). */
  | 'record-differs'
  | 'plan-changed';

/** What reconciling acts on, per desired ticket: a change in any of these means tickets change. */
function planShape(desired: readonly DesiredTicket[]): string {
  return JSON.stringify(
    desired.map((d) =>
      d.kind === 'approval'
        ? [d.kind, d.stepId, d.roleId, d.approver, d.forTier, d.dueDate]
        : d.kind === 'comms'
          ? [d.kind, d.stepId, d.ownerRole, d.owner, d.dueDate, d.customerFacing]
          : [d.kind, d.stepId, d.ownerRole, d.dueDate],
    ),
  );
}

// Redesign tasks are planned as if the change were approved: a new owner or redesign offset sends an approved
// change to the full pass, which alone knows whether it stands approved.
const planOf = (
  assessment: Assessment,
  config: GovernanceConfig,
  today: CalendarDate,
  details: IntakeDetails,
) =>
  assessment.status === 'assessed'
    ? planShape([
        ...planGovernance(assessment, config, today),
        ...planRedesign(assessment, details, config, today),
      ])
    : '[]';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface PlanCheckInputs {
  issue: JiraIssue;
  /** The configuration now in force. */
  config: GovernanceConfig;
  /** The configuration version the stored assessment names, when storage still has it. */
  previous: GovernanceConfig | null;
  submittedOn: CalendarDate;
  today: CalendarDate;
}

/**
 * The new assessment record when the plan is unchanged (the tier, the approvals and the comms steps, their
 * people and dates): the stored record's tickets, intake digest and similar changes are carried over, as the
 * full pass would leave them. `same` when it equals what is stored (nothing to write).
 */
export function checkPlanUnchanged(inputs: PlanCheckInputs): PlanCheck {
  const { issue, config, previous, today } = inputs;
  const rawStored = issue.properties?.[ASSESSMENT_PROPERTY];
  const stored = storedSchema.safeParse(rawStored);
  if (!stored.success || !isRecord(rawStored)) return { kind: 'govern', why: 'unfinished' };
  const intakeRaw = issue.properties?.[INTAKE_PROPERTY];
  if (stored.data.intakeDigest !== intakeDigest(intakeRaw))
    return { kind: 'govern', why: 'intake-changed' };
  const launch = isRecord(intakeRaw) ? intakeRaw.launchDate : undefined;
  const sync = syncLaunchDate({
    intakeLaunchDate: typeof launch === 'string' ? launch : null,
    dueDate: issue.fields.duedate ?? null,
    synced: null,
  });
  if (sync.setDueDate !== undefined || sync.setIntakeLaunchDate !== undefined)
    return { kind: 'govern', why: 'launch-date-sync' };
  if (previous === null) return { kind: 'govern', why: 'unknown-config' };

  const intake = parseIntake(intakeRaw);
  // Similar changes only inform the history suggestion, never the tier or the plan: carried over as stored.
  const context = { submittedOn: inputs.submittedOn, similarPast: [] };
  const before = assess(intake, previous, context);
  const after = assess(intake, config, context);
  const beforeTier = before.status === 'assessed' ? before.tier : undefined;
  if (before.status !== stored.data.status || beforeTier !== stored.data.tier)
    return { kind: 'govern', why: 'record-differs' };
  if (
    planOf(before, previous, today, intake.details) !== planOf(after, config, today, intake.details)
  )
    return { kind: 'govern', why: 'plan-changed' };

  const record: Record<string, unknown> = {
    ...after,
    ...(after.status === 'assessed'
      ? {
          similarChanges: stored.data.similarChanges ?? [],
          suggestedHistoryAnswer: stored.data.suggestedHistoryAnswer ?? null,
        }
      : {}),
    intakeDigest: stored.data.intakeDigest,
    // The status the full pass governed (redesign tasks hang on it) stays recorded: a new configuration moves none.
    ...(stored.data.governedStatus !== undefined
      ? { governedStatus: stored.data.governedStatus }
      : {}),
    provisioned: stored.data.provisioned,
  };
  return { kind: 'unchanged', record, same: JSON.stringify(record) === JSON.stringify(rawStored) };
}

// Redesign tasks: once a change is approved, the owner of each touchpoint it touches updates what customers
// read and agents use there (help-centre article, macros, journey map) before customers meet the change.
// Pure: the assessment, the intake's details, the configuration and the change's standing are passed in.
import type { Assessed } from './assess';
import {
  addDays,
  compareDates,
  formatDate,
  parseCalendarDate,
  type CalendarDate,
} from './calendar';
import type { GovernanceConfig, TouchpointOwner } from './config-schema';
import type { IntakeDetails } from './intake';
import { journeyOf, ownerKey, touchedTouchpoints } from './journey';
import type { LocalizedText } from './localized';

export interface DesiredRedesign {
  kind: 'redesign';
  /** The touchpoint's id: one task per touched touchpoint. */
  stepId: string;
  touchpoint: LocalizedText;
  stage: LocalizedText;
  customerStep: LocalizedText;
  dueDate: string;
  /** Days from launch the task is due (never after launch). */
  offsetDays: number;
  owner: TouchpointOwner;
  /**
   * The owner as a stable key (`user:…`, `group:…`, `projectRole:…`), recorded as the task's role like a comms
   * step's owner role: a touchpoint handed to another owner reassigns its open task.
   */
  ownerRole: string;
  /** Already past on the day of planning: still planned (and shown overdue) so the update is not forgotten. */
  overdue: boolean;
}

/**
 * Where a change request stands in its workflow, as far as redesign goes. Approved covers the statuses after
 * approval (scheduled, done) too; `declined` and `not-approved` (never approved, or taken back to review) close
 * the open redesign tasks.
 */
export type ChangeStanding =
  { approved: true } | { approved: false; why: 'declined' | 'not-approved' };

export interface ChangeStatus {
  name: string;
  /** Jira's status category key: `new`, `indeterminate` or `done`. */
  category: string | null;
}

/**
 * The standing of a change request from its status. `approvedFrom` is what the app recorded when it last saw the
 * change approved: the statuses it passed through before its approval (from Jira's changelog), or null when the
 * app does not hold it approved. A status named approved is approved; a declined one is declined; any other
 * status counts as approved only after an approval and when the change was not in it before approving (so
 * "Scheduled" and "Done" keep the tasks, "In review" after Back to review closes them).
 */
export function changeStanding(
  status: ChangeStatus,
  statuses: GovernanceConfig['approvalStatuses'],
  approvedFrom: readonly string[] | null,
): ChangeStanding {
  const name = status.name.toLowerCase();
  const named = (names: readonly string[]) => names.some((n) => n.toLowerCase() === name);
  if (named(statuses.approved)) return { approved: true };
  if (named(statuses.declined)) return { approved: false, why: 'declined' };
  const after =
    approvedFrom !== null &&
    status.category !== 'new' &&
    !approvedFrom.some((n) => n.toLowerCase() === name);
  return after ? { approved: true } : { approved: false, why: 'not-approved' };
}

/**
 * Days from launch the redesign tasks of a tier are due: the plan's `redesignOffsetDays`; a configuration saved
 * before it existed falls back to the plan's first customer-facing step (customers must find the help-centre
 * updated when they first hear of the change), else launch. Never after launch.
 */
export function redesignOffsetDays(config: GovernanceConfig, tier: number): number {
  const plan = config.commsPlans.find((p) => p.tier === tier);
  const customerFacing = (plan?.steps ?? []).filter((s) => s.customerFacing);
  const offset =
    plan?.redesignOffsetDays ??
    (customerFacing.length > 0 ? Math.min(...customerFacing.map((s) => s.offsetDays)) : 0);
  return Math.min(0, offset);
}

/**
 * One redesign task per touched touchpoint of the registry, for its owner, due on launch + the tier's redesign
 * offset. A date already past is kept (and flagged overdue) rather than moved to today: a due date that moved
 * with the calendar would rewrite every late task each day, and the plan's date says how late the update is.
 * Free-text touchpoints (not in the registry) have no owner and get no task.
 */
export function planRedesign(
  assessment: Assessed,
  details: IntakeDetails,
  config: GovernanceConfig,
  today: CalendarDate,
): DesiredRedesign[] {
  const launch = parseCalendarDate(assessment.launchDate);
  if (!launch)
    throw new Error(`Assessment carries an invalid launch date ${assessment.launchDate}.`);
  const offsetDays = redesignOffsetDays(config, assessment.tier);
  const due = addDays(launch, offsetDays);
  return touchedTouchpoints(details, journeyOf(config)).map(({ stage, step, touchpoint }) => ({
    kind: 'redesign',
    stepId: touchpoint.id,
    touchpoint: touchpoint.name,
    stage: stage.name,
    customerStep: step.name,
    dueDate: formatDate(due),
    offsetDays,
    owner: touchpoint.owner,
    ownerRole: ownerKey(touchpoint.owner),
    overdue: compareDates(due, today) < 0,
  }));
}

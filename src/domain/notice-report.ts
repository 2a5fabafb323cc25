// The notice-compliance report: per tier and calendar quarter (of the launch date), how many governed
// changes there were, how many told their customers on time, and what else a compliance reader asks.
//
// What counts, precisely (docs/architecture.md "Notice-compliance report" says the same):
// - A change is counted in the quarter its launch date falls in, under the tier its assessment gives.
// - Its FIRST CUSTOMER NOTICE is the comms ticket of the first customer-facing step of its tier's plan
//   (lowest offset; on a tie the smaller step id, the order planComms gives). Its standing:
//   - `on-time`: done on or before its due date (the ticket's Due date as Jira has it now);
//   - `late`: done after its due date;
//   - `overdue`: not done, and its due date is before today: it can no longer be on time;
//   - `pending`: not done, due today or later: not decided yet, so it is not counted either way;
//   - `not-planned`: the tier's plan has no customer-facing step: nothing to be on time for;
//   - `no-ticket`: the plan has one, but the app holds no ticket for it (governance has not run,
//     or the change was planned under a configuration whose first notice was another step).
//   The on-time share is on-time ÷ (on-time + late + overdue); with none of those it is null ("—"),
//   never 0 % or 100 %. Pending, not-planned and no-ticket notices are shown as counts beside it.
// - "Done" is the day the ticket was resolved (its resolution date) or, in a workflow that sets no
//   resolution, the day its status last moved into the done category; both are read as UTC days, as
//   the submission date is.
// - Median notice days: launch date − the day the first notice was done, over done notices (on time
//   or late); the mean of the middle two for an even count; null when none was done. A notice done
//   after launch gives a negative number.
// - Lead-time exceptions: changes assessed as not compliant with their tier's lead time.
// - Emergencies: changes that go ahead as a justified emergency, which is what lets a launch inside
//   the lead time or inside a freeze window through (`emergencyInForce`); an emergency flagged on a
//   change that needs none (compliant, outside every freeze) is not counted.
// - Objectives met: the met and total objectives of the changes whose outcome was recorded;
//   a change without a recorded outcome adds nothing to either.
import { compareDates, daysBetween, type CalendarDate } from './calendar';
import type { CommsPlan } from './config-schema';
import { compareQuarters, quarterName, quarterOf, type Quarter } from './quarters';

export type FirstNotice =
  | { kind: 'not-planned' }
  | { kind: 'no-ticket' }
  | { kind: 'open'; due: CalendarDate }
  | { kind: 'done'; due: CalendarDate; doneOn: CalendarDate };

/** One governed change as the report reads it; the data layer gathers these. */
export interface ReportedChange {
  tier: number;
  launchDate: CalendarDate;
  leadTimeCompliant: boolean;
  /** Flagged as an emergency with a usable justification. */
  emergencyJustified: boolean;
  /** The launch falls inside a freeze window (the assessment says which). */
  launchInFreeze: boolean;
  firstNotice: FirstNotice;
  /** From the recorded outcome; null when none was recorded. */
  objectives: { met: number; total: number } | null;
}

export type NoticeStanding =
  'on-time' | 'late' | 'overdue' | 'pending' | 'not-planned' | 'no-ticket';

/** One tier in one quarter. Counts are of changes; `onTimeShare` is 0–1 or null. */
export interface NoticeReportRow {
  tier: number;
  /** `YYYY-Qn`. */
  quarter: string;
  changes: number;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  notPlanned: number;
  noTicket: number;
  onTimeShare: number | null;
  leadTimeExceptions: number;
  emergencies: number;
  medianNoticeDays: number | null;
  objectivesMet: number;
  objectivesTotal: number;
}

export interface NoticeReport {
  /** The quarters asked for, oldest first, as `YYYY-Qn`. */
  quarters: string[];
  /** Tiers in order, highest impact (1) first. */
  tiers: number[];
  /** One row per tier × quarter, tier by tier, each tier's quarters oldest first; zero rows included. */
  rows: NoticeReportRow[];
}

/**
 * The step whose ticket is a tier's first customer notice: its customer-facing step with the lowest
 * offset, ties going to the smaller id as planComms orders them; null when the plan has none.
 */
export function firstCustomerNoticeStep(plan: CommsPlan | undefined): string | null {
  const facing = (plan?.steps ?? []).filter((step) => step.customerFacing);
  const [first] = [...facing].sort(
    (a, b) => a.offsetDays - b.offsetDays || a.id.localeCompare(b.id),
  );
  return first?.id ?? null;
}

export function noticeStanding(notice: FirstNotice, today: CalendarDate): NoticeStanding {
  switch (notice.kind) {
    case 'not-planned':
      return 'not-planned';
    case 'no-ticket':
      return 'no-ticket';
    case 'open':
      return compareDates(notice.due, today) < 0 ? 'overdue' : 'pending';
    case 'done':
      return compareDates(notice.doneOn, notice.due) <= 0 ? 'on-time' : 'late';
    default: {
      const _exhaustive: never = notice;
      return _exhaustive;
    }
  }
}

/** The middle value, or the mean of the middle two; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

const emptyRow = (tier: number, quarter: string): NoticeReportRow => ({
  tier,
  quarter,
  changes: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  pending: 0,
  notPlanned: 0,
  noTicket: 0,
  onTimeShare: null,
  leadTimeExceptions: 0,
  emergencies: 0,
  medianNoticeDays: null,
  objectivesMet: 0,
  objectivesTotal: 0,
});

const STANDING_COUNT = {
  'on-time': 'onTime',
  late: 'late',
  overdue: 'overdue',
  pending: 'pending',
  'not-planned': 'notPlanned',
  'no-ticket': 'noTicket',
} as const satisfies Record<NoticeStanding, keyof NoticeReportRow>;

/**
 * The report over `quarters` for `tiers` (the configuration's; a tier only a change still carries is
 * added), judged on `today`. Changes launching outside the quarters are left out.
 */
export function buildNoticeReport(
  changes: readonly ReportedChange[],
  quarters: readonly Quarter[],
  tiers: readonly number[],
  today: CalendarDate,
): NoticeReport {
  const ordered = [...quarters].sort(compareQuarters);
  const names = [...new Set(ordered.map(quarterName))];
  const inRange = changes.filter((change) =>
    names.includes(quarterName(quarterOf(change.launchDate))),
  );
  const allTiers = [...new Set([...tiers, ...inRange.map((change) => change.tier)])].sort(
    (a, b) => a - b,
  );
  const rows = allTiers.flatMap((tier) =>
    names.map((quarter) =>
      rowOf(
        tier,
        quarter,
        inRange.filter(
          (change) => change.tier === tier && quarterName(quarterOf(change.launchDate)) === quarter,
        ),
        today,
      ),
    ),
  );
  return { quarters: names, tiers: allTiers, rows };
}

function rowOf(
  tier: number,
  quarter: string,
  changes: readonly ReportedChange[],
  today: CalendarDate,
): NoticeReportRow {
  const row = emptyRow(tier, quarter);
  const noticeDays: number[] = [];
  for (const change of changes) {
    row.changes += 1;
    row[STANDING_COUNT[noticeStanding(change.firstNotice, today)]] += 1;
    if (change.firstNotice.kind === 'done')
      noticeDays.push(daysBetween(change.firstNotice.doneOn, change.launchDate));
    if (!change.leadTimeCompliant) row.leadTimeExceptions += 1;
    if (change.emergencyJustified && (!change.leadTimeCompliant || change.launchInFreeze))
      row.emergencies += 1;
    if (change.objectives) {
      row.objectivesMet += change.objectives.met;
      row.objectivesTotal += change.objectives.total;
    }
  }
  const decided = row.onTime + row.late + row.overdue;
  row.onTimeShare = decided === 0 ? null : row.onTime / decided;
  row.medianNoticeDays = median(noticeDays);
  return row;
}

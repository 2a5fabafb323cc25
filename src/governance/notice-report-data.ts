// What the notice-compliance report is made of, gathered in few calls: the governed changes launching
// in the quarters asked (one JQL search on the indexed launch date, 100 a page, with the assessment and
// outcome properties), then the first-customer-notice ticket of each, found in the app's ticket
// registry and read in one bulk fetch per 100 tickets. Pure decisions are in domain/notice-report.ts.
//
// Why the registry and not JQL on the step index (`changeStepKind = comms AND changeStepId in …`):
// the step property is writable by anyone with Edit Issues, and the people the report measures are
// the ones who can write it, so a task relabelled as a change's first notice could make a late notice
// look on time. The registry is app storage no Jira user can write. The Jira cost is the same (a bulk
// fetch costs 1 point plus 1 per issue, as a search page does); the registry adds one storage read a
// change, which costs no Jira points and runs ten at a time.
import { z } from 'zod';
import { OUTCOME_PROPERTY, outcomePropertySchema } from '../contract/outcome-contract';
import type { NoticeReportView } from '../contract/report-contract';
import {
  addDays,
  formatDate,
  parseCalendarDate,
  planOfTier,
  utcDateOfTimestamp,
  type CalendarDate,
  type GovernanceConfig,
} from '../domain';
import {
  buildNoticeReport,
  firstCustomerNoticeStep,
  type FirstNotice,
  type NoticeReport,
  type ReportedChange,
} from '../domain/notice-report';
import { quarterEnd, quarterStart, type Quarter } from '../domain/quarters';
import type { JiraHttp } from '../jira/http';
import { searchAll } from '../jira/issues';
import type { JiraIssue } from '../jira/schemas';
import { bulkFetchIssues } from '../jira/tickets-read';
import type { KeyValueStore } from '../storage/key-value-store';
import { jqlString } from './jql';
import { ASSESSMENT_PROPERTY, CHANGE_REQUEST_TYPE } from './properties';
import { loadRegistry } from './ticket-registry';

/** Jira returns at most 100 issues a page once properties are asked for. */
export const REPORT_PAGE_SIZE = 100;

/** Fields of a first-notice ticket the report reads: when it was due and when (whether) it was done. */
export const NOTICE_TICKET_FIELDS = [
  'duedate',
  'status',
  'resolutiondate',
  'statuscategorychangedate',
] as const;

/** Registries read at once: storage answers each quickly, and a UI call has 25 s in all. */
const REGISTRY_READS_AT_ONCE = 10;

export interface NoticeReportSources {
  /**
   * Searches the change requests. The resolvers pass Jira as the person asking, so the report
   * counts only the changes they may browse (docs/security.md).
   */
  search: JiraHttp;
  /** Reads the first-notice tickets as the app: only their dates and status reach the report. */
  app: JiraHttp;
  store: KeyValueStore;
  today: () => CalendarDate;
}

/** Assessed change requests launching between `from` and `to` (both included), in key order. */
export function noticeReportJql(from: CalendarDate, to: CalendarDate): string {
  return (
    `issuetype = ${jqlString(CHANGE_REQUEST_TYPE)} AND changeAssessmentStatus = "assessed" ` +
    `AND changeLaunchDate >= ${jqlString(formatDate(from))} ` +
    `AND changeLaunchDate <= ${jqlString(formatDate(to))} ORDER BY key ASC`
  );
}

// Read leniently, part by part: anyone with Edit Issues can write these properties, and one change
// with a malformed value must not take the report down. A change whose assessment does not read is
// left out; a part that does not read falls back to "none".
const reportAssessmentSchema = z.object({
  status: z.literal('assessed'),
  tier: z.number().int(),
  launchDate: z.string(),
  leadTime: z.object({ compliant: z.boolean() }),
  emergency: z.object({ justification: z.string() }).nullable().optional().catch(null),
  freeze: z.object({ launch: z.unknown().optional() }).loose().optional().catch(undefined),
});

/** Objectives met and total from the outcome property; absent or unreadable is "none recorded". */
function objectivesOf(value: unknown): ReportedChange['objectives'] {
  const parsed = outcomePropertySchema.safeParse(value);
  if (!parsed.success) return null;
  const { met, total } = parsed.data;
  return met <= total ? { met, total } : null;
}

interface Candidate {
  issue: JiraIssue;
  change: Omit<ReportedChange, 'firstNotice'>;
  /** The step of the tier's first customer notice and its planned due day; null: none planned. */
  step: { id: string; plannedDue: CalendarDate } | null;
}

function candidateOf(issue: JiraIssue, config: GovernanceConfig): Candidate | null {
  const parsed = reportAssessmentSchema.safeParse(issue.properties?.[ASSESSMENT_PROPERTY]);
  if (!parsed.success) return null;
  const assessment = parsed.data;
  const launchDate = parseCalendarDate(assessment.launchDate);
  if (!launchDate) return null;
  const plan = planOfTier(config, assessment.tier);
  const stepId = firstCustomerNoticeStep(plan);
  const offset = plan?.steps.find((step) => step.id === stepId)?.offsetDays ?? 0;
  return {
    issue,
    change: {
      tier: assessment.tier,
      launchDate,
      leadTimeCompliant: assessment.leadTime.compliant,
      emergencyJustified: (assessment.emergency ?? null) !== null,
      launchInFreeze: (assessment.freeze?.launch ?? null) !== null,
      objectives: objectivesOf(issue.properties?.[OUTCOME_PROPERTY]),
    },
    step: stepId === null ? null : { id: stepId, plannedDue: addDays(launchDate, offset) },
  };
}

/** The registered ticket of each candidate's first notice (ticket id by issue id), ten registries at a time. */
async function firstNoticeTickets(
  store: KeyValueStore,
  candidates: readonly Candidate[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const planned = candidates.filter((candidate) => candidate.step !== null);
  for (let start = 0; start < planned.length; start += REGISTRY_READS_AT_ONCE) {
    await Promise.all(
      planned.slice(start, start + REGISTRY_READS_AT_ONCE).map(async ({ issue, step }) => {
        const registry = await loadRegistry(store, { id: issue.id, key: issue.key });
        const ticket = registry.tickets.find(
          (t) => t.kind === 'comms' && t.stepId === step?.id && t.retired !== true,
        );
        if (ticket) found.set(issue.id, ticket.id);
      }),
    );
  }
  return found;
}

/** A ticket's standing: done (on which UTC day), or open with its due day. */
function noticeOf(ticket: JiraIssue | undefined, plannedDue: CalendarDate): FirstNotice {
  if (!ticket) return { kind: 'no-ticket' };
  const due = parseCalendarDate(ticket.fields.duedate) ?? plannedDue;
  if (ticket.fields.status?.statusCategory?.key !== 'done') return { kind: 'open', due };
  const stamp = (name: string) => {
    const value: unknown = ticket.fields[name];
    return typeof value === 'string' ? utcDateOfTimestamp(value) : undefined;
  };
  // A workflow that sets no resolution still records when the status entered the done category.
  const doneOn = stamp('resolutiondate') ?? stamp('statuscategorychangedate');
  return doneOn ? { kind: 'done', due, doneOn } : { kind: 'open', due };
}

/** The governed changes launching in `quarters` (contiguous, oldest first), as the report reads them. */
export async function gatherReportedChanges(
  sources: NoticeReportSources,
  config: GovernanceConfig,
  quarters: readonly Quarter[],
): Promise<ReportedChange[]> {
  const first = quarters[0];
  const last = quarters.at(-1);
  if (!first || !last) return [];
  const issues = await searchAll(
    sources.search,
    noticeReportJql(quarterStart(first), quarterEnd(last)),
    // Jira answers every issue with its id and key; one small field keeps the answer's shape.
    ['duedate'],
    [ASSESSMENT_PROPERTY, OUTCOME_PROPERTY],
    REPORT_PAGE_SIZE,
  );
  const candidates = issues
    .map((issue) => candidateOf(issue, config))
    .filter((candidate): candidate is Candidate => candidate !== null);
  const ticketIds = await firstNoticeTickets(sources.store, candidates);
  const tickets = new Map(
    (
      await bulkFetchIssues(sources.app, [...new Set(ticketIds.values())], NOTICE_TICKET_FIELDS)
    ).map((ticket) => [ticket.id, ticket]),
  );
  return candidates.map(({ issue, change, step }) => {
    if (step === null) return { ...change, firstNotice: { kind: 'not-planned' } };
    const ticketId = ticketIds.get(issue.id);
    const ticket = ticketId === undefined ? undefined : tickets.get(ticketId);
    return { ...change, firstNotice: noticeOf(ticket, step.plannedDue) };
  });
}

/** The report over `quarters` with the configuration in force, judged today, with its tiers' names. */
export async function noticeReportView(
  sources: NoticeReportSources,
  config: GovernanceConfig,
  quarters: readonly Quarter[],
): Promise<NoticeReportView> {
  const changes = await gatherReportedChanges(sources, config, quarters);
  const today = sources.today();
  const report: NoticeReport = buildNoticeReport(
    changes,
    quarters,
    config.tiers.map((tier) => tier.tier),
    today,
  );
  const names = new Map(config.tiers.map((tier) => [tier.tier, tier.name]));
  return {
    ...report,
    // A tier only an older change still carries has no name in force: its number stands in.
    tierNames: report.tiers.map((tier) => ({
      tier,
      name: names.get(tier) ?? { 'en-US': String(tier) },
    })),
    asOf: formatDate(today),
  };
}

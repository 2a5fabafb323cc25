// The governed changes whose launch falls in a span of days, as the change calendar, the fatigue
// check and the freeze check see them: one JQL search page per call on the indexed launch date
// (`changeLaunchDate`, from the app's assessment property), never a read of every issue.
import { z } from 'zod';
import type { CalendarEntry } from '../contract/calendar-contract';
import {
  addDays,
  formatDate,
  parseCalendarDate,
  type CalendarDate,
  type GovernanceConfig,
} from '../domain';
import type { JiraHttp } from '../jira/http';
import { searchPage } from '../jira/issues';
import type { JiraIssue } from '../jira/schemas';
import { jqlList, jqlString } from './jql';
import { ASSESSMENT_PROPERTY, CHANGE_REQUEST_TYPE, INTAKE_PROPERTY } from './properties';

/**
 * Jira returns at most 100 issues a page once fields or properties are asked for. Each page costs
 * 1 point plus 1 per issue it returns (docs: the 2026 points model), so a full page is 101 points.
 */
export const CALENDAR_PAGE_LIMIT = 100;

export const CALENDAR_FIELDS = ['summary', 'status', 'project'] as const;

export interface CalendarEntriesQuery {
  /** First and last launch day, both included. */
  from: CalendarDate;
  to: CalendarDate;
  /** Jira's token for the next page, as the previous call answered it. */
  nextPageToken?: string;
  /** 1–100; more is asked as 100, since Jira would return no more with properties. */
  pageSize?: number;
  /**
   * Only changes naming one of these segments or touchpoints (the fatigue check's neighbours), so a
   * busy month costs one page, not one per hundred changes. Empty lists: no such restriction.
   */
  sharing?: { segments: readonly string[]; touchpoints: readonly string[] };
}

export interface CalendarEntriesPage {
  entries: CalendarEntry[];
  /** Null on the last page. */
  nextPageToken: string | null;
}

/** Jira caps a JQL list; a change names at most 50 segments, so this is rarely reached. */
const MAX_JQL_VALUES = 100;

/**
 * The indexed property compares strings exactly, while people write `Enterprise customers`,
 * `enterprise customers`, `Enterprise Customers` and `ENTERPRISE CUSTOMERS` for one segment: each
 * name is asked in those spellings too, and the domain then compares case-insensitively. A spelling
 * outside them (`eNterprise`) is not found by the index.
 */
export function spellings(names: readonly string[]): string[] {
  const title = (n: string) =>
    n
      .toLocaleLowerCase('en-US')
      .replace(
        /(^|\s)(\p{L})/gu,
        (_m, space: string, letter: string) => `${space}${letter.toLocaleUpperCase('en-US')}`,
      );
  const sentence = (n: string) => {
    const lower = n.toLocaleLowerCase('en-US');
    return lower.charAt(0).toLocaleUpperCase('en-US') + lower.slice(1);
  };
  const trimmed = names.map((n) => n.trim()).filter((n) => n !== '');
  // Every name as written comes first, then each other spelling in turn: a change naming many
  // segments keeps all of them in the query when the list has to be cut.
  const all = [
    (n: string) => n,
    (n: string) => n.toLocaleLowerCase('en-US'),
    sentence,
    title,
    (n: string) => n.toLocaleUpperCase('en-US'),
  ].flatMap((spell) => trimmed.map(spell));
  return [...new Set(all)].slice(0, MAX_JQL_VALUES);
}

function sharingClause(sharing: CalendarEntriesQuery['sharing']): string {
  if (!sharing) return '';
  const parts = [
    ...(sharing.segments.length > 0
      ? [`changeSegment in ${jqlList(spellings(sharing.segments))}`]
      : []),
    ...(sharing.touchpoints.length > 0
      ? [`changeTouchpoint in ${jqlList(spellings(sharing.touchpoints))}`]
      : []),
  ];
  return parts.length > 0 ? `AND (${parts.join(' OR ')}) ` : '';
}

/** Launch dates in [from, to], earliest first, then by key so paging never skips or repeats one. */
export function calendarJql(
  from: CalendarDate,
  to: CalendarDate,
  sharing?: CalendarEntriesQuery['sharing'],
): string {
  return (
    `issuetype = ${jqlString(CHANGE_REQUEST_TYPE)} AND changeAssessmentStatus = "assessed" ` +
    `AND changeLaunchDate >= ${jqlString(formatDate(from))} ` +
    `AND changeLaunchDate <= ${jqlString(formatDate(to))} ${sharingClause(sharing)}` +
    'ORDER BY changeLaunchDate ASC, key ASC'
  );
}

// Each part is read on its own and falls back to empty: anyone with Edit Issues can write these
// properties, so one change with a malformed list must not take the page (or its own entry) down.
const textList = z
  .array(z.unknown())
  .transform((values) =>
    values.filter((v): v is string => typeof v === 'string' && v.trim() !== ''),
  )
  .catch([]);

const calendarIntakeSchema = z
  .object({ segments: textList, channels: textList, touchpoints: textList })
  .partial()
  .catch({});

const calendarAssessmentSchema = z.object({
  status: z.literal('assessed'),
  tier: z.number().int(),
  launchDate: z.string(),
  emergency: z.object({ justification: z.string() }).nullable().optional().catch(null),
});

const STATUS_CATEGORIES = ['new', 'indeterminate', 'done'] as const;
const statusCategoryOf = (key: string | undefined): CalendarEntry['status']['category'] =>
  STATUS_CATEGORIES.find((category) => category === key) ?? 'indeterminate';

/**
 * One issue as a calendar entry, or null when it cannot be placed (no assessed tier or launch date
 * in its assessment). The comms steps are the configuration's plan for its tier laid on the launch
 * date: the calendar shows what the plan asks, whatever tickets exist.
 */
export function toCalendarEntry(
  issue: JiraIssue,
  config: Pick<GovernanceConfig, 'commsPlans'>,
): CalendarEntry | null {
  const assessment = calendarAssessmentSchema.safeParse(issue.properties?.[ASSESSMENT_PROPERTY]);
  if (!assessment.success) return null;
  const launch = parseCalendarDate(assessment.data.launchDate);
  if (!launch) return null;
  const intake = calendarIntakeSchema.parse(issue.properties?.[INTAKE_PROPERTY] ?? {});
  const plan = config.commsPlans.find((p) => p.tier === assessment.data.tier);
  const comms = (plan?.steps ?? [])
    .map((step) => ({
      stepId: step.id,
      title: step.title,
      dueDate: formatDate(addDays(launch, step.offsetDays)),
      customerFacing: step.customerFacing,
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.stepId.localeCompare(b.stepId));
  const { fields } = issue;
  return {
    key: issue.key,
    summary: fields.summary ?? '',
    projectKey: fields.project?.key ?? issue.key.split('-')[0] ?? '',
    launchDate: formatDate(launch),
    tier: assessment.data.tier,
    status: {
      name: fields.status?.name ?? '',
      category: statusCategoryOf(fields.status?.statusCategory?.key),
    },
    segments: intake.segments ?? [],
    channels: intake.channels ?? [],
    touchpoints: intake.touchpoints ?? [],
    emergency: assessment.data.emergency != null,
    customerFacing: comms.some((step) => step.customerFacing),
    comms,
  };
}

/**
 * One page of the governed changes launching in [from, to]: ONE search call. Read with whichever
 * Jira the caller passes: as the user for anything shown to a person, so Jira leaves out what they
 * may not browse.
 */
export async function readCalendarEntries(
  jira: JiraHttp,
  config: Pick<GovernanceConfig, 'commsPlans'>,
  query: CalendarEntriesQuery,
): Promise<CalendarEntriesPage> {
  const pageSize = Math.min(
    CALENDAR_PAGE_LIMIT,
    Math.max(1, Math.trunc(query.pageSize ?? CALENDAR_PAGE_LIMIT)),
  );
  const page = await searchPage(jira, {
    jql: calendarJql(query.from, query.to, query.sharing),
    fields: CALENDAR_FIELDS,
    properties: [INTAKE_PROPERTY, ASSESSMENT_PROPERTY],
    pageSize,
    ...(query.nextPageToken ? { nextPageToken: query.nextPageToken } : {}),
  });
  const entries = page.issues.flatMap((issue) => {
    const entry = toCalendarEntry(issue, config);
    return entry ? [entry] : [];
  });
  return { entries, nextPageToken: page.nextPageToken ?? null };
}

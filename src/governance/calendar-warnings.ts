// Gather → decide for the change calendar's warnings on one change: its neighbouring changes read
// with JQL on the indexed launch date (as the app, so a change hidden from the viewer still counts),
// the pure check, then the names cut down to what the viewer may browse.
import type { CalendarWarningsView } from '../contract/calendar-warnings';
import {
  calendarRulesOf,
  calendarWarnings,
  fatigueSpan,
  type Assessed,
  type CalendarDate,
  type CalendarSubject,
  type CalendarConfig,
  type CalendarWarnings,
  type ChangeCalendarRules,
  type Intake,
  type WhatIfOutcome,
  parseCalendarDate,
  parseIntake,
} from '../domain';
import type { CalendarEntry } from '../contract/calendar-contract';
import type { JiraHttp } from '../jira/http';
import { bulkFetchIssues } from '../jira/tickets-read';
import type { JiraIssue } from '../jira/schemas';
import { readCalendarEntries } from './calendar-entries';
import type { UserPorts } from './ports';
import { INTAKE_PROPERTY } from './properties';

/**
 * At most this many search pages (100 changes each) per check: a panel load costs one page in all
 * but the busiest months, and never more than two (≤ 202 points).
 */
export const WARNING_PAGES = 2;

export interface Neighbours {
  entries: CalendarEntry[];
  /** There were more than the pages read. */
  partial: boolean;
}

/** The governed changes launching in the span that name one of the segments or touchpoints. */
export async function readNeighbours(
  jira: JiraHttp,
  config: CalendarConfig,
  span: { from: CalendarDate; to: CalendarDate },
  sharing: { segments: readonly string[]; touchpoints: readonly string[] },
): Promise<Neighbours> {
  if (sharing.segments.length === 0 && sharing.touchpoints.length === 0)
    return { entries: [], partial: false };
  const entries: CalendarEntry[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < WARNING_PAGES; page += 1) {
    const read = await readCalendarEntries(jira, config, {
      ...span,
      sharing,
      ...(nextPageToken ? { nextPageToken } : {}),
    });
    entries.push(...read.entries);
    nextPageToken = read.nextPageToken ?? undefined;
    if (!nextPageToken) return { entries, partial: false };
  }
  return { entries, partial: true };
}

/**
 * The warnings with only the changes the viewer may browse named: Jira answers one bulk fetch as
 * the viewer for the named keys (asked only when there is a collision); the others stay counted.
 */
export async function namedForViewer(
  jiraAsUser: JiraHttp,
  warnings: readonly CalendarWarnings[],
): Promise<CalendarWarnings[]> {
  const keys = [
    ...new Set(warnings.flatMap((w) => w.fatigue.flatMap((c) => c.others.map((o) => o.key)))),
  ];
  if (keys.length === 0) return [...warnings];
  const visible = new Set(
    (await bulkFetchIssues(jiraAsUser, keys, ['summary'])).map((issue) => issue.key),
  );
  return warnings.map((w) => ({
    ...w,
    fatigue: w.fatigue.map((c) => {
      const others = c.others.filter((o) => visible.has(o.key));
      return { ...c, others, hiddenOthers: c.hiddenOthers + c.others.length - others.length };
    }),
  }));
}

/** A change as the calendar checks see it, at a launch date that may be a what-if. */
export function subjectOf(
  key: string,
  intake: Intake,
  config: CalendarConfig,
  tier: number,
  launchDate: CalendarDate,
): CalendarSubject {
  return {
    key,
    launchDate,
    segments: intake.details.segments ?? [],
    channels: intake.details.channels ?? [],
    touchpoints: intake.details.touchpoints ?? [],
    customerFacing: (config.commsPlans.find((p) => p.tier === tier)?.steps ?? []).some(
      (step) => step.customerFacing,
    ),
  };
}

/** The span covering every candidate launch's fatigue windows. */
export function spanOf(
  launches: readonly CalendarDate[],
  rules: ChangeCalendarRules,
): { from: CalendarDate; to: CalendarDate } | null {
  const sorted = [...launches].sort((a, b) => a.toString().localeCompare(b.toString()));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;
  return { from: fatigueSpan(first, rules).from, to: fatigueSpan(last, rules).to };
}

/** The warnings for launch dates of one change, its neighbouring changes read in one go. */
export async function calendarWarningsAt(
  ports: UserPorts,
  config: CalendarConfig,
  subjects: readonly CalendarSubject[],
): Promise<CalendarWarningsView[]> {
  const rules = calendarRulesOf(config);
  const span = spanOf(
    subjects.map((s) => s.launchDate),
    rules,
  );
  const first = subjects[0];
  if (!span || !first) return [];
  const neighbours = first.customerFacing
    ? await readNeighbours(ports.jira, config, span, first)
    : { entries: [], partial: false };
  const decided = subjects.map((s) => calendarWarnings(s, neighbours.entries, rules));
  const named = await namedForViewer(ports.jiraAsUser, decided);
  return named.map((w, i) => ({
    launchDate: subjects[i]?.launchDate.toString() ?? '',
    freeze: w.freeze,
    emergency: false,
    fatigue: w.fatigue,
    partial: neighbours.partial,
    checked: neighbours.entries.length,
  }));
}

/**
 * The panel's and the intake's warnings for a change as assessed: its launch as the assessment has
 * it (a Due date moved in Jira included), where it reaches customers as its intake says.
 */
export async function calendarWarningsForChange(
  ports: UserPorts,
  config: CalendarConfig,
  issue: JiraIssue,
  assessment: Assessed,
): Promise<CalendarWarningsView | null> {
  const launch = parseCalendarDate(assessment.launchDate);
  if (!launch) return null;
  const intake = parseIntake(issue.properties?.[INTAKE_PROPERTY]);
  const [view] = await calendarWarningsAt(ports, config, [
    subjectOf(issue.key, intake, config, assessment.tier, launch),
  ]);
  return view ? { ...view, emergency: assessment.emergency !== null } : null;
}

/**
 * The what-if's neighbours: every governed change sharing a segment or touchpoint with the change
 * whose launch could share a fatigue window with one of the candidate dates, read as the app.
 */
export async function whatIfNeighbours(
  ports: UserPorts,
  config: CalendarConfig,
  key: string,
  intake: Intake,
  candidates: readonly CalendarDate[],
): Promise<{ key: string; changes: CalendarEntry[]; partial: boolean } | undefined> {
  const span = spanOf(candidates, calendarRulesOf(config));
  if (!span) return undefined;
  const read = await readNeighbours(ports.jira, config, span, {
    segments: intake.details.segments ?? [],
    touchpoints: intake.details.touchpoints ?? [],
  });
  return { key, changes: read.entries, partial: read.partial };
}

/** A what-if outcome with only the changes the viewer may browse named in its fatigue warnings. */
export async function whatIfForViewer(
  jiraAsUser: JiraHttp,
  outcome: WhatIfOutcome,
): Promise<WhatIfOutcome> {
  if (outcome.status !== 'assessed') return outcome;
  const named = await namedForViewer(
    jiraAsUser,
    outcome.scenarios.map((s) => s.calendar),
  );
  return {
    ...outcome,
    scenarios: outcome.scenarios.map((s, i) => ({ ...s, calendar: named[i] ?? s.calendar })),
  };
}

import {
  countByReason,
  staleChangeRequests,
  unseenInFlight,
  type StaleChangeRequest,
  type StaleReason,
  type SweepCandidate,
} from '../domain';
import { quotaExhaustion } from '../jira/http';
import { searchPage } from '../jira/issues';
import type { JiraIssue } from '../jira/schemas';
import { configRepository } from '../storage/config-repository';
import { storageKey } from '../storage/key-value-store';
import { governChangeRequest, type GovernOutcome } from './govern-change-request';
import type { GovernancePorts } from './ports';
import { ASSESSMENT_PROPERTY, governedRecordSchema, INTAKE_PROPERTY } from './properties';
import { lastCompleteSweep, recordCompleteSweep, staleSelectionJql } from './sweep-selection';

/** Jira's page size for searches that return properties. */
export const SWEEP_PAGE_SIZE = 100;
/** The in-flight markers `governChangeRequest` writes: `provisioning:<issue key>`. */
const IN_FLIGHT_PREFIX = `${storageKey('provisioning')}:`;
/** Interrupted provisionings are rare; a backlog beyond this is read by a later run. */
const MAX_IN_FLIGHT = 1000;

export interface SweepOptions {
  /** Time left in this invocation. */
  timeLeftMs: () => number;
  /** No new page or change request is started with less time than this left. */
  reserveMs: number;
  /** Injected by tests; the real one in production. */
  govern?: (ports: GovernancePorts, issueKey: string) => Promise<GovernOutcome>;
  /** Epoch ms (Date.now by default): when this run began, remembered for the next one's selection. */
  nowMs?: () => number;
  /** A re-assessment of the configuration in force is under way (it re-assesses the older ones itself). */
  reassessmentRunning?: boolean;
}

/**
 * Why the sweep ended: every selected change request was looked at, the time ran out, Jira kept failing, or
 * the app's hourly quota is spent (what is left waits for the next run, after the reset).
 */
export type SweepEnd =
  | { kind: 'complete' }
  | { kind: 'time-budget'; notAttempted: number }
  | { kind: 'search-failed'; error: string }
  | { kind: 'quota-exhausted'; until: string; notAttempted: number };

export interface SweepReport {
  end: SweepEnd;
  configVersion: number;
  /** `changed`: only what can be stale (since the last complete run); `all`: every open request (first run). */
  selected: 'changed' | 'all';
  pages: number;
  scanned: number;
  stale: Record<StaleReason, number>;
  /** Governed again (re-assessed and reconciled; some needed no ticket work). */
  healed: string[];
  /** Another run held the request's lock: it takes over this pass. */
  deferred: string[];
  /** Governing threw (Jira kept failing): the next sweep tries again. */
  failed: Array<{ key: string; error: string }>;
  /** Deleted or no longer a change request. */
  skipped: string[];
}

const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 300);

function candidateOf(issue: JiraIssue, inFlight: ReadonlySet<string>): SweepCandidate {
  const record = governedRecordSchema.safeParse(issue.properties?.[ASSESSMENT_PROPERTY]);
  return {
    key: issue.key,
    intake: issue.properties?.[INTAKE_PROPERTY],
    governed: record.success
      ? {
          configVersion: record.data.configVersion,
          intakeDigest: record.data.intakeDigest ?? null,
          ...(record.data.governedStatus !== undefined
            ? { status: record.data.governedStatus }
            : {}),
        }
      : null,
    status: issue.fields.status?.name ?? null,
    provisioningInFlight: inFlight.has(issue.key),
  };
}

/**
 * Finds the change requests whose governance is unfinished (events the platform gave up on, lost
 * re-assessment jobs, interrupted provisionings) and governs them again, within the time it is given.
 * Reads one page of open change requests at a time; what it cannot reach is left to the next run.
 */
export async function sweepChangeRequests(
  ports: GovernancePorts,
  options: SweepOptions,
): Promise<SweepReport> {
  const govern = options.govern ?? governChangeRequest;
  const nowMs = options.nowMs ?? Date.now;
  const startedAt = nowMs();
  const { version: configVersion } = await configRepository(ports.store, ports.nowIso).inForce();
  const since = await lastCompleteSweep(ports.store);
  const jql = staleSelectionJql({
    configVersion,
    reassessmentRunning: options.reassessmentRunning ?? false,
    since,
    now: startedAt,
  });
  const markers = await ports.store.listByPrefix(IN_FLIGHT_PREFIX, MAX_IN_FLIGHT);
  const inFlightKeys = markers.map((m) => m.key.slice(IN_FLIGHT_PREFIX.length));
  const inFlight = new Set(inFlightKeys);
  const report: SweepReport = {
    end: { kind: 'complete' },
    configVersion,
    selected: since === null ? 'all' : 'changed',
    pages: 0,
    scanned: 0,
    stale: countByReason([]),
    healed: [],
    deferred: [],
    failed: [],
    skipped: [],
  };
  const outOfTime = () => options.timeLeftMs() < options.reserveMs;

  /** Governs each in turn; false when the time ran out first. */
  async function heal(stale: readonly StaleChangeRequest[]): Promise<boolean> {
    const counts = countByReason(stale);
    for (const reason of Object.keys(counts) as StaleReason[])
      report.stale[reason] += counts[reason];
    for (const [index, { key }] of stale.entries()) {
      if (outOfTime()) {
        report.end = { kind: 'time-budget', notAttempted: stale.length - index };
        return false;
      }
      try {
        const outcome = await govern(ports, key);
        switch (outcome.outcome) {
          case 'governed':
            report.healed.push(key);
            break;
          case 'deferred':
            report.deferred.push(key);
            break;
          case 'not-found':
          case 'not-a-change-request':
            report.skipped.push(key);
            break;
          default: {
            const _exhaustive: never = outcome;
            throw new Error(`Unknown outcome ${JSON.stringify(_exhaustive)}`);
          }
        }
      } catch (error) {
        const quota = quotaExhaustion(ports.jira, error);
        if (quota !== null) {
          // Nothing more gets through before the reset: the rest is the next run's.
          report.end = {
            kind: 'quota-exhausted',
            until: quota.resetAt,
            notAttempted: stale.length - index,
          };
          return false;
        }
        report.failed.push({ key, error: messageOf(error) });
      }
    }
    return true;
  }

  const seen = new Set<string>();
  let nextPageToken: string | undefined;
  do {
    if (outOfTime()) {
      report.end = { kind: 'time-budget', notAttempted: 0 };
      return report;
    }
    let page;
    try {
      page = await searchPage(ports.jira, {
        jql,
        // The status tells a transition whose event was lost (redesign tasks hang on it).
        fields: ['summary', 'status'],
        properties: [INTAKE_PROPERTY, ASSESSMENT_PROPERTY],
        pageSize: SWEEP_PAGE_SIZE,
        ...(nextPageToken ? { nextPageToken } : {}),
      });
    } catch (error) {
      const quota = quotaExhaustion(ports.jira, error);
      report.end =
        quota !== null
          ? { kind: 'quota-exhausted', until: quota.resetAt, notAttempted: 0 }
          : { kind: 'search-failed', error: messageOf(error) };
      return report;
    }
    report.pages += 1;
    report.scanned += page.issues.length;
    for (const issue of page.issues) seen.add(issue.key);
    const candidates = page.issues.map((issue) => candidateOf(issue, inFlight));
    if (!(await heal(staleChangeRequests(candidates, configVersion)))) return report;
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);

  // Interrupted provisionings of requests the selection did not show (unchanged since, or closed meanwhile)
  // are completed as well: the app's own markers name them.
  if (!(await heal(unseenInFlight(inFlightKeys, seen)))) return report;
  // Only a run that looked at everything it selected moves the next run's window on.
  if (report.end.kind === 'complete') await recordCompleteSweep(ports.store, startedAt);
  return report;
}

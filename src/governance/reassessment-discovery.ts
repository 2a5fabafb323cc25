// Discovery: reads the open change requests a page at a time, with the properties governance reads, and
// re-assesses on the spot every one whose plan the new configuration leaves unchanged (one bulk property
// write per page); the others are left to the lanes, which run the full governance pass.
import { setPropertiesInBulk, type BulkPropertyEntry } from '../jira/bulk-properties';
import { searchPage, type SearchPage } from '../jira/issues';
import type { JiraIssue } from '../jira/schemas';
import { configRepository } from '../storage/config-repository';
import type { GovernanceConfig } from '../domain';
import { submittedOn } from './govern-change-request';
import { OPEN_CHANGE_REQUESTS_JQL } from './jql';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY } from './properties';
import { handOver, pauseAfter, pushOrStall, type Run } from './reassessment-handover';
import {
  discoveredKey,
  discoveringKey,
  keysKey,
  LANES,
  lanesStartedKey,
  pageKey,
  type ReassessmentJob,
} from './reassessment-jobs';
import { checkPlanUnchanged } from './reassessment-plan';

const PAGE_SIZE = 100;
/** What the plan check reads of each request: found in the search page, so nothing is read twice. */
const FIELDS = ['summary', 'created', 'duedate', 'issuetype', 'project', 'status'];

/** The configuration versions the stored assessments name, each read from storage once per job. */
function configsOf(run: Run) {
  const repository = configRepository(run.ports.store, run.ports.nowIso);
  const cache = new Map<number, Promise<GovernanceConfig | null>>();
  return (version: number) => {
    let found = cache.get(version);
    if (!found) {
      found = repository.version(version).then((stored) => stored?.config ?? null);
      cache.set(version, found);
    }
    return found;
  };
}

interface Sorted {
  /** New assessments to write, by issue id. */
  writes: BulkPropertyEntry[];
  /** Keys of the written ones, by issue id (to hand a failed write to the lanes). */
  keyOfId: Map<string, string>;
  /** Already up to date: counted as done, nothing written. */
  current: number;
  /** For the lanes: plans that changed, and everything the check could not vouch for. */
  govern: string[];
}

async function sortPage(run: Run, issues: readonly JiraIssue[]): Promise<Sorted> {
  const version = configsOf(run);
  const config = await configRepository(run.ports.store, run.ports.nowIso).inForce();
  const sorted: Sorted = { writes: [], keyOfId: new Map(), current: 0, govern: [] };
  for (const issue of issues) {
    const stored = issue.properties?.[ASSESSMENT_PROPERTY] as
      { configVersion?: unknown } | undefined;
    const previous =
      typeof stored?.configVersion === 'number' ? await version(stored.configVersion) : null;
    const check = checkPlanUnchanged({
      issue,
      config,
      previous,
      submittedOn: submittedOn(issue, run.ports),
      today: run.ports.today(),
    });
    if (check.kind === 'govern') sorted.govern.push(issue.key);
    else if (check.same) sorted.current += 1;
    else {
      sorted.writes.push({
        issueId: issue.id,
        properties: { [ASSESSMENT_PROPERTY]: check.record },
      });
      sorted.keyOfId.set(issue.id, issue.key);
    }
  }
  return sorted;
}

export async function discover(
  run: Run,
  job: Extract<ReassessmentJob, { kind: 'discover' }>,
): Promise<void> {
  const { store } = run.ports;
  const { configVersion } = job;
  let { page, nextPageToken } = job;
  const pause = async (error: unknown): Promise<void> => {
    const paused = pauseAfter(error, run.ports.jira);
    if (paused === null) throw error;
    const resumeAt = run.clock.now() + paused.seconds * 1000;
    await store.set(discoveringKey(configVersion), { at: run.clock.now(), resumeAt });
    if (paused.quota)
      console.warn(
        `Re-assessment ${String(configVersion)}: Jira's hourly quota is spent; discovery resumes in ${String(paused.seconds)} s.`,
      );
    await handOver(
      run,
      { ...job, page, ...(nextPageToken ? { nextPageToken } : {}) },
      paused.seconds,
    );
  };
  for (;;) {
    let found: SearchPage;
    let sorted: Sorted;
    try {
      found = await searchPage(run.ports.jira, {
        jql: OPEN_CHANGE_REQUESTS_JQL,
        fields: FIELDS,
        properties: [INTAKE_PROPERTY, ASSESSMENT_PROPERTY],
        pageSize: PAGE_SIZE,
        ...(nextPageToken ? { nextPageToken } : {}),
      });
      sorted = await sortPage(run, found.issues);
      // The same values again if this page is read again after a pause: writing twice changes nothing.
      const { failed } = await setPropertiesInBulk(run.ports.jira, sorted.writes, (ms) =>
        run.clock.sleep(ms),
      );
      for (const id of failed.keys()) {
        const key = sorted.keyOfId.get(id);
        // Not written (the task said so): the full pass tries it again, and counts it failed if it must.
        if (key !== undefined) sorted.govern.push(key);
      }
    } catch (error) {
      await pause(error);
      return;
    }
    const more = found.nextPageToken;
    const keys = sorted.govern;
    // The keys first: a lane reads them once the page counts.
    await store.set(keysKey(configVersion, page), { keys });
    await store.set(pageKey(configVersion, page), {
      page,
      count: found.issues.length,
      written: found.issues.length - keys.length,
      governed: keys.length,
      last: more === undefined,
      at: run.ports.nowIso(),
    });
    await store.set(discoveringKey(configVersion), { at: run.clock.now() });
    if (more === undefined) await store.set(discoveredKey(configVersion), { pages: page + 1 });
    // Once, when the first request that needs governing is found: a repeated delivery of this job must not
    // start a second set of lanes. Lanes walk every page from the first, skipping those with nothing for them.
    const lanesKey = lanesStartedKey(configVersion);
    if (keys.length > 0 && (await store.get(lanesKey)) === undefined) {
      const lanes = Array.from({ length: LANES }, (_, lane) => ({
        kind: 'lane' as const,
        configVersion,
        lane,
        page: 0,
        next: 0,
      }));
      // Marked started either way: a stalled run's lanes are started by the sweep's resume.
      await pushOrStall(run, configVersion, lanes);
      await store.set(lanesKey, true);
    }
    if (more === undefined) return;
    page += 1;
    nextPageToken = more;
    if (run.clock.now() >= run.startBy) {
      await pushOrStall(run, configVersion, [
        { kind: 'discover', configVersion, page, nextPageToken },
      ]);
      return;
    }
  }
}

import { z } from 'zod';
import type { ReassessmentProgress } from '../contract/resolver-contract';
import { boundedBy, JiraRequestError } from '../jira/http';
import { searchPage, type SearchPage } from '../jira/issues';
import { storageKey } from '../storage/key-value-store';
import { governChangeRequest } from './govern-change-request';
import type { GovernancePorts } from './ports';
import { OPEN_CHANGE_REQUESTS_JQL } from './jql';

const PAGE_SIZE = 100;
/**
 * Change requests re-assessed at a time. Each lane governs one request after another, so six keep about
 * 40 calls a second in flight at Jira Cloud's usual ~150 ms a call: more than an app's steady share of
 * a site's rate limit, so Jira's throttling sets the pace, yet few enough that a refusal meets six
 * callers, not a thousand queued jobs that all retry at once.
 */
export const LANES = 6;
/** Change requests governed between two progress records. */
const CHECKPOINT_EVERY = 10;
/** Tries for a request whose failure is neither throttling nor an outage (a conflict, an odd answer). */
const MAX_TRIES = 3;
/** The shortest pause after Jira throttled or failed a run, when it named no wait. */
const MIN_PAUSE_SECONDS = 2;
const OUTAGE_PAUSE_SECONDS = 5;
/**
 * Pauses in a row for one request while Jira fails it (5xx, proxy errors) before it counts as failed:
 * an outage of a minute or two is waited out, a request Jira can never answer does not stall its lane.
 * Throttling has no such cap: it only says "later", so the lane keeps waiting.
 */
const MAX_OUTAGE_PAUSES = 12;
/** How long a lane that overtook discovery waits for the next page. */
const DISCOVERY_WAIT_SECONDS = 3;
/** Discovery saves a page or hands over well within this; silence for longer means the platform gave up on it. */
const DISCOVERY_SILENT_MS = 120_000;
/** Forge delays a queued event by at most this much. */
const MAX_DELAY_SECONDS = 900;

const common = {
  configVersion: z.number().int(),
  /** Epoch ms before which the job must not start: the pause Jira asked for. */
  notBefore: z.number().optional(),
};
export const reassessmentJobSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('discover'),
    ...common,
    nextPageToken: z.string().optional(),
    page: z.number().int().min(0),
  }),
  z.object({
    kind: z.literal('lane'),
    ...common,
    /** Lane `lane` governs the keys at positions lane, lane + LANES, … of every page. */
    lane: z
      .number()
      .int()
      .min(0)
      .max(LANES - 1),
    page: z.number().int().min(0),
    /** How many of its keys on that page the lane has settled. */
    next: z.number().int().min(0),
    /** Outage pauses in a row at this position. */
    outages: z.number().int().min(0).optional(),
  }),
]);
export type ReassessmentJob = z.infer<typeof reassessmentJobSchema>;

export interface JobQueue {
  /** `delayInSeconds` is a hint: a job that runs early waits for its `notBefore` itself. */
  push(jobs: ReassessmentJob[], options?: { delayInSeconds?: number }): Promise<void>;
}

/** The time a run has: Forge stops a consumer after 55 s, and the end of a run saves and hands over. */
export interface RunClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** No change request is started later than this into a run. */
  startWithinMs: number;
  /** No wait for Jira ends later than this into a run. */
  waitWithinMs: number;
}

export const FORGE_RUN_CLOCK: RunClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  startWithinMs: 30_000,
  waitWithinMs: 42_000,
};

const CURRENT_RUN = storageKey('reassessment', 'current');
const runKey = (version: number, ...rest: Array<string | number>) =>
  storageKey('reassessment', version, ...rest);
const pad = (n: number) => String(n).padStart(6, '0');
const pageKey = (version: number, page: number) => runKey(version, 'page', pad(page));
const keysKey = (version: number, page: number) => runKey(version, 'keys', pad(page));
const laneKey = (version: number, page: number, lane: number) =>
  runKey(version, 'lane', pad(page), lane);
const discoveredKey = (version: number) => runKey(version, 'discovered');
const discoveringKey = (version: number) => runKey(version, 'discovering');

const runSchema = z.object({ configVersion: z.number().int(), startedAt: z.string() });
const pageSchema = z.object({ page: z.number().int(), count: z.number().int(), last: z.boolean() });
const keysSchema = z.object({ keys: z.array(z.string()) });
const laneSchema = z.object({
  page: z.number().int(),
  lane: z.number().int(),
  next: z.number().int(),
  failed: z.number().int(),
  at: z.string(),
});
const discoveredSchema = z.object({ pages: z.number().int() });
/** Discovery's heartbeat: when it last saved a page, and when it resumes if it is paused. */
const discoveringSchema = z.object({ at: z.number(), resumeAt: z.number().optional() });

/** After a configuration change: every open change request is re-assessed in the background. */
export async function startReassessment(
  ports: GovernancePorts,
  queue: JobQueue,
  configVersion: number,
): Promise<void> {
  await ports.store.set(CURRENT_RUN, { configVersion, startedAt: ports.nowIso() });
  await queue.push([{ kind: 'discover', configVersion, page: 0 }]);
}

interface Run {
  ports: GovernancePorts;
  queue: JobQueue;
  clock: RunClock;
  /** Epoch ms after which no change request is started. */
  startBy: number;
}

export async function runReassessmentJob(
  ports: GovernancePorts,
  queue: JobQueue,
  job: ReassessmentJob,
  clock: RunClock = FORGE_RUN_CLOCK,
): Promise<void> {
  const started = clock.now();
  // A newer configuration started its own run over every request: this one has nothing left to do.
  const current = runSchema.safeParse(await ports.store.get(CURRENT_RUN));
  if (!current.success || current.data.configVersion !== job.configVersion) return;
  const run: Run = {
    ports: { ...ports, jira: boundedBy(ports.jira, started + clock.waitWithinMs) },
    queue,
    clock,
    startBy: started + clock.startWithinMs,
  };
  if (job.notBefore !== undefined && job.notBefore > started) {
    // The platform ran it early (it ignored the delay): wait here, as long as the run can afford.
    await clock.sleep(Math.min(job.notBefore - started, clock.startWithinMs));
    const early = job.notBefore - clock.now();
    if (early > 0) {
      await handOver(run, job, early / 1000);
      return;
    }
  }
  switch (job.kind) {
    case 'discover':
      await discover(run, job);
      return;
    case 'lane':
      await governLane(run, job);
      return;
    default: {
      const _exhaustive: never = job;
      throw new Error(`Unknown job ${JSON.stringify(_exhaustive)}`);
    }
  }
}

/** The job again, later: `pauseSeconds` from now, or at once. */
async function handOver(run: Run, job: ReassessmentJob, pauseSeconds: number): Promise<void> {
  const { notBefore: _previous, ...rest } = job;
  if (pauseSeconds <= 0) {
    await run.queue.push([rest]);
    return;
  }
  const delayInSeconds = Math.min(MAX_DELAY_SECONDS, Math.ceil(pauseSeconds));
  await run.queue.push([{ ...rest, notBefore: run.clock.now() + pauseSeconds * 1000 }], {
    delayInSeconds,
  });
}

interface Pause {
  seconds: number;
  /** Jira failed rather than throttled: an outage, which may never end for this request. */
  outage: boolean;
}

/** The proxy's own failures (timeouts, connection errors) say nothing about the request itself. */
const PLATFORM_FAILURES = new Set([
  'PROXY_ERR',
  'FUNCTION_FETCH_ERR',
  'ProxyRequestError',
  'AbortError',
  'TimeoutError',
]);

/**
 * How long to pause when Jira throttled or failed a request (every other request would meet the same),
 * or null for a failure of this request alone.
 */
function pauseAfter(error: unknown): Pause | null {
  if (error instanceof JiraRequestError) {
    if (error.status === 429) {
      const seconds = Math.max(MIN_PAUSE_SECONDS, error.retryAfterSeconds ?? MIN_PAUSE_SECONDS);
      return { seconds, outage: false };
    }
    return error.status >= 500 ? { seconds: OUTAGE_PAUSE_SECONDS, outage: true } : null;
  }
  return error instanceof Error && PLATFORM_FAILURES.has(error.name)
    ? { seconds: OUTAGE_PAUSE_SECONDS, outage: true }
    : null;
}

async function discover(
  run: Run,
  job: Extract<ReassessmentJob, { kind: 'discover' }>,
): Promise<void> {
  const { store } = run.ports;
  let { page, nextPageToken } = job;
  for (;;) {
    let found: SearchPage;
    try {
      found = await searchPage(run.ports.jira, {
        jql: OPEN_CHANGE_REQUESTS_JQL,
        fields: ['summary'],
        pageSize: PAGE_SIZE,
        ...(nextPageToken ? { nextPageToken } : {}),
      });
    } catch (error) {
      const pause = pauseAfter(error);
      if (pause === null) throw error;
      const resumeAt = run.clock.now() + pause.seconds * 1000;
      await store.set(discoveringKey(job.configVersion), { at: run.clock.now(), resumeAt });
      await handOver(
        run,
        { ...job, page, ...(nextPageToken ? { nextPageToken } : {}) },
        pause.seconds,
      );
      return;
    }
    const keys = found.issues.map((i) => i.key);
    const more = found.nextPageToken;
    // The keys first: a lane reads them once the page counts.
    await store.set(keysKey(job.configVersion, page), { keys });
    await store.set(pageKey(job.configVersion, page), {
      page,
      count: keys.length,
      last: more === undefined,
    });
    await store.set(discoveringKey(job.configVersion), { at: run.clock.now() });
    if (more === undefined) await store.set(discoveredKey(job.configVersion), { pages: page + 1 });
    // Once: a repeated delivery of this job must not start a second set of lanes.
    const lanesKey = runKey(job.configVersion, 'lanes');
    if (page === 0 && keys.length > 0 && (await store.get(lanesKey)) === undefined) {
      await run.queue.push(
        Array.from({ length: LANES }, (_, lane) => ({
          kind: 'lane' as const,
          configVersion: job.configVersion,
          lane,
          page: 0,
          next: 0,
        })),
      );
      await store.set(lanesKey, true);
    }
    if (more === undefined) return;
    page += 1;
    nextPageToken = more;
    if (run.clock.now() >= run.startBy) {
      await run.queue.push([
        { kind: 'discover', configVersion: job.configVersion, page, nextPageToken },
      ]);
      return;
    }
  }
}

type Outcome = { kind: 'done' | 'failed' } | ({ kind: 'pause' } & Pause);

async function governWithTries(run: Run, key: string): Promise<Outcome> {
  for (let tries = 1; ; tries += 1) {
    try {
      await governChangeRequest(run.ports, key);
      return { kind: 'done' };
    } catch (error) {
      const pause = pauseAfter(error);
      if (pause !== null) return { kind: 'pause', ...pause };
      if (tries >= MAX_TRIES) {
        console.error(
          `Re-assessment gave up on ${key} after ${String(tries)} tries: ${error instanceof Error ? error.message : String(error)}`,
        );
        return { kind: 'failed' };
      }
    }
  }
}

/**
 * Governs the lane's keys page after page, in order, recording how far it got. Progress is a position,
 * not a tally, so a duplicate or repeated delivery can never count a request twice, and a request is
 * only passed once it is re-assessed or has failed for good: throttling and outages pause the lane.
 */
async function governLane(
  run: Run,
  job: Extract<ReassessmentJob, { kind: 'lane' }>,
): Promise<void> {
  const { store } = run.ports;
  const { configVersion, lane } = job;
  let { page, next } = job;
  let outages = job.outages ?? 0;
  const resume = (pauseSeconds: number) =>
    handOver(
      run,
      { kind: 'lane', configVersion, lane, page, next, ...(outages > 0 ? { outages } : {}) },
      pauseSeconds,
    );
  for (;;) {
    const keys = keysSchema.safeParse(await store.get(keysKey(configVersion, page)));
    if (!keys.success) {
      const discovered = discoveredSchema.safeParse(await store.get(discoveredKey(configVersion)));
      if (discovered.success && page >= discovered.data.pages) return;
      const heartbeat = discoveringSchema.safeParse(await store.get(discoveringKey(configVersion)));
      const lastHeard = heartbeat.success
        ? Math.max(heartbeat.data.at, heartbeat.data.resumeAt ?? 0)
        : 0;
      if (run.clock.now() - lastHeard > DISCOVERY_SILENT_MS) {
        // The platform gave up on discovery: what it found is re-assessed; the run never shows done.
        console.error(
          `Re-assessment ${String(configVersion)}: discovery stopped before page ${String(page)}.`,
        );
        return;
      }
      await resume(DISCOVERY_WAIT_SECONDS);
      return;
    }
    const mine = keys.data.keys.filter((_, i) => i % LANES === lane);
    const stored = laneSchema.safeParse(await store.get(laneKey(configVersion, page, lane)));
    let failed = stored.success ? stored.data.failed : 0;
    // A delivery that ran before this one (and failed to hand over) may have got further.
    if (stored.success && stored.data.next > next) {
      next = stored.data.next;
      outages = 0;
    }
    let recorded = stored.success ? stored.data.next : -1;
    const record = async (): Promise<boolean> => {
      if (next === recorded) return true;
      const latest = laneSchema.safeParse(await store.get(laneKey(configVersion, page, lane)));
      // Another delivery of this lane got here first: it carries on, this one stops.
      if (latest.success && latest.data.next >= next) return false;
      await store.set(laneKey(configVersion, page, lane), {
        page,
        lane,
        next,
        failed,
        at: run.ports.nowIso(),
      });
      recorded = next;
      return true;
    };
    while (next < mine.length) {
      const key = mine[next];
      if (key === undefined) break;
      if (run.clock.now() >= run.startBy) {
        // Handed over before recording: if recording fails, this job is delivered again and resumes.
        await resume(0);
        await record();
        return;
      }
      let outcome = await governWithTries(run, key);
      if (outcome.kind === 'pause' && outcome.outage && outages + 1 >= MAX_OUTAGE_PAUSES) {
        console.error(`Re-assessment gave up on ${key}: Jira kept failing it.`);
        outcome = { kind: 'failed' };
      }
      if (outcome.kind === 'pause') {
        if (outcome.outage) outages += 1;
        await resume(outcome.seconds);
        await record();
        return;
      }
      if (outcome.kind === 'failed') failed += 1;
      next += 1;
      outages = 0;
      if (next % CHECKPOINT_EVERY === 0 && !(await record())) return;
    }
    if (mine.length > 0 && !(await record())) return;
    page += 1;
    next = 0;
  }
}

export async function reassessmentProgress(ports: GovernancePorts): Promise<ReassessmentProgress> {
  const run = runSchema.safeParse(await ports.store.get(CURRENT_RUN));
  if (!run.success) {
    return {
      state: 'idle',
      configVersion: null,
      total: 0,
      done: 0,
      failed: 0,
      startedAt: null,
      finishedAt: null,
    };
  }
  const version = run.data.configVersion;
  const pages = (await ports.store.listByPrefix(runKey(version, 'page') + ':', 1000))
    .map((r) => pageSchema.safeParse(r.value))
    .flatMap((p) => (p.success ? [p.data] : []));
  const lanes = (await ports.store.listByPrefix(runKey(version, 'lane') + ':', 1000 * LANES))
    .map((r) => laneSchema.safeParse(r.value))
    .flatMap((l) => (l.success ? [l.data] : []));
  const counts = new Map(pages.map((p) => [p.page, p.count]));
  // Lane `lane` holds the keys at positions lane, lane + LANES, … of a page of `count` keys.
  const share = (count: number, lane: number) => Math.max(0, Math.ceil((count - lane) / LANES));
  const total = pages.reduce((sum, p) => sum + p.count, 0);
  let settled = 0;
  let failed = 0;
  let finishedAt: string | null = null;
  for (const l of lanes) {
    settled += Math.min(l.next, share(counts.get(l.page) ?? 0, l.lane));
    failed += l.failed;
    if (finishedAt === null || l.at > finishedAt) finishedAt = l.at;
  }
  const discovered = pages.some((p) => p.last);
  const finished = discovered && settled >= total;
  return {
    state: finished ? 'done' : 'running',
    configVersion: version,
    total,
    done: settled - failed,
    failed,
    startedAt: run.data.startedAt,
    finishedAt: finished ? (finishedAt ?? run.data.startedAt) : null,
  };
}

// How a re-assessment job stops and comes back: handed over to a new job (at once, or after a pause), and how
// long to pause after Jira throttled or failed it.
import { JiraRequestError, quotaExhaustion, type JiraHttp } from '../jira/http';
import type { GovernancePorts } from './ports';
import {
  ChainLimitReached,
  MAX_DELAY_SECONDS,
  stalledKey,
  type JobQueue,
  type ReassessmentJob,
  type RunClock,
} from './reassessment-jobs';

/** The shortest pause after Jira throttled or failed a run, when it named no wait. */
const MIN_PAUSE_SECONDS = 2;
const OUTAGE_PAUSE_SECONDS = 5;

/** One job's share of a run: the ports bounded by its time, the queue, and when it must stop starting work. */
export interface Run {
  ports: GovernancePorts;
  queue: JobQueue;
  clock: RunClock;
  /** Epoch ms after which no change request is started. */
  startBy: number;
}

/** Pushes, or records the run as stalled when the chain may push no more; false then. */
export async function pushOrStall(
  run: Run,
  configVersion: number,
  jobs: ReassessmentJob[],
  options?: { delayInSeconds?: number },
): Promise<boolean> {
  try {
    await run.queue.push(jobs, options);
    return true;
  } catch (error) {
    if (!(error instanceof ChainLimitReached)) throw error;
    console.warn(
      `Re-assessment ${String(configVersion)}: the job chain hit the platform's limit; the sweep resumes it.`,
    );
    await run.ports.store.set(stalledKey(configVersion), { at: run.clock.now() });
    return false;
  }
}

/**
 * The job again, `pauseSeconds` from now (at once for 0). The queue delays a job by 15 minutes at most: a
 * longer wait is queued for 15 minutes with the rest in `deferSeconds`, measured by the queue, not the clock.
 */
export async function handOver(
  run: Run,
  job: ReassessmentJob,
  pauseSeconds: number,
): Promise<void> {
  const { notBefore: _n, deferSeconds: _d, ...rest } = job;
  if (pauseSeconds <= 0) {
    await pushOrStall(run, job.configVersion, [rest]);
    return;
  }
  const delayInSeconds = Math.min(MAX_DELAY_SECONDS, Math.ceil(pauseSeconds));
  const left = Math.ceil(pauseSeconds) - delayInSeconds;
  await pushOrStall(
    run,
    job.configVersion,
    [{ ...rest, ...(left > 0 ? { deferSeconds: left } : {}) }],
    {
      delayInSeconds,
    },
  );
}

export interface Pause {
  seconds: number;
  /** Jira failed rather than throttled: an outage, which may never end for this request. */
  outage: boolean;
  /** The app's hourly quota is spent: the pause lasts until its reset. */
  quota: boolean;
}

/** The proxy's own failures (timeouts, connection errors) say nothing about the request itself. */
const PLATFORM_FAILURES = new Set([
  'PROXY_ERR',
  'FUNCTION_FETCH_ERR',
  'ProxyRequestError',
  'AbortError',
  'TimeoutError',
]);

/** Spreads the jobs that come back at a quota's reset over this many seconds. */
const QUOTA_SPREAD_SECONDS = 30;

/**
 * How long to pause when Jira throttled or failed a request (every other request would meet the same),
 * or null for a failure of this request alone. An exhausted quota is seen on the client even when the
 * failure reached the caller as something else (a bulk create whose entries all came back refused).
 */
export function pauseAfter(error: unknown, jira: JiraHttp, spread = 0): Pause | null {
  const quota = quotaExhaustion(jira, error);
  if (quota !== null) {
    const seconds =
      Math.max(MIN_PAUSE_SECONDS, quota.retryAfterSeconds) + spread * QUOTA_SPREAD_SECONDS;
    return { seconds: Math.ceil(seconds), outage: false, quota: true };
  }
  if (error instanceof JiraRequestError) {
    if (error.status === 429) {
      const seconds = Math.max(MIN_PAUSE_SECONDS, error.retryAfterSeconds ?? MIN_PAUSE_SECONDS);
      return { seconds, outage: false, quota: false };
    }
    return error.status >= 500
      ? { seconds: OUTAGE_PAUSE_SECONDS, outage: true, quota: false }
      : null;
  }
  return error instanceof Error && PLATFORM_FAILURES.has(error.name)
    ? { seconds: OUTAGE_PAUSE_SECONDS, outage: true, quota: false }
    : null;
}

// Lanes: the full governance pass, one change request after another, for the requests whose plan the new
// configuration changed (and any the bulk write could not update).
import { governChangeRequest } from './govern-change-request';
import { handOver, pauseAfter, type Pause, type Run } from './reassessment-handover';
import {
  discoveredKey,
  discoveredSchema,
  discoveringKey,
  discoveringSchema,
  keysKey,
  keysSchema,
  LANES,
  laneKey,
  laneSchema,
  type ReassessmentJob,
} from './reassessment-jobs';

/** Change requests governed between two progress records. */
const CHECKPOINT_EVERY = 10;
/** Tries for a request whose failure is neither throttling nor an outage (a conflict, an odd answer). */
const MAX_TRIES = 3;
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

type Outcome = { kind: 'done' | 'failed' } | ({ kind: 'pause' } & Pause);

async function governWithTries(run: Run, key: string, lane: number): Promise<Outcome> {
  for (let tries = 1; ; tries += 1) {
    try {
      await governChangeRequest(run.ports, key);
      return { kind: 'done' };
    } catch (error) {
      const pause = pauseAfter(error, run.ports.jira, lane / LANES);
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
export async function governLane(
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
      // Discovery paused (the quota's reset, a long Retry-After): the lane waits as long, not in 3 s steps.
      const discoveryBack = heartbeat.success ? (heartbeat.data.resumeAt ?? 0) : 0;
      await resume(
        Math.max(DISCOVERY_WAIT_SECONDS, Math.ceil((discoveryBack - run.clock.now()) / 1000)),
      );
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
      let outcome = await governWithTries(run, key, lane);
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

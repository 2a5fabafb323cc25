import { z } from 'zod';
import type { GovernancePorts } from './ports';
import { reassessmentProgress } from './reassessment-progress';
import {
  CURRENT_RUN,
  discoveredKey,
  LANES,
  laneSchema,
  runKey,
  runSchema,
  stalledKey,
  type JobQueue,
  type ReassessmentJob,
} from './reassessment-jobs';

/**
 * A run whose jobs have neither handed over nor recorded progress for this long has lost its chain (the
 * platform gave up retrying a job, or a push was refused): well beyond the longest pause a job takes (15
 * minutes of queue delay) plus a job's run.
 */
const SILENT_MS = 30 * 60_000;

export type ResumeOutcome =
  { kind: 'idle' } | { kind: 'running' } | { kind: 'resumed'; lanes: number; rediscover: boolean };

const stalledSchema = z.object({ at: z.number() });

/**
 * Called by the hourly sweep, a new invocation and so a new chain with the whole push limit: a run that
 * stalled on the chain limit (or went silent) is resumed from its stored progress. Each lane restarts at
 * the last position it recorded; a lane delivered twice stops at the other's record, so resuming a run
 * that was only slow costs a few reads, never a request governed twice in a row.
 */
export async function resumeStalledReassessment(
  ports: GovernancePorts,
  queue: JobQueue,
  nowMs: number,
): Promise<ResumeOutcome> {
  const run = runSchema.safeParse(await ports.store.get(CURRENT_RUN));
  if (!run.success) return { kind: 'idle' };
  const version = run.data.configVersion;
  if ((await reassessmentProgress(ports)).state === 'done') return { kind: 'idle' };
  const lanes = (await ports.store.listByPrefix(runKey(version, 'lane') + ':', 1000 * LANES))
    .map((r) => laneSchema.safeParse(r.value))
    .flatMap((l) => (l.success ? [l.data] : []));
  const discovered = (await ports.store.get(discoveredKey(version))) !== undefined;
  const stalled = stalledSchema.safeParse(await ports.store.get(stalledKey(version))).success;
  const lastHeard = Math.max(Date.parse(run.data.startedAt), ...lanes.map((l) => Date.parse(l.at)));
  if (!stalled && nowMs - lastHeard < SILENT_MS) return { kind: 'running' };

  // Each lane from the furthest position it recorded; a finished run's lanes return at once.
  const jobs: ReassessmentJob[] = Array.from({ length: LANES }, (_, lane) => {
    const furthest = lanes
      .filter((l) => l.lane === lane)
      .sort((a, b) => b.page - a.page || b.next - a.next)[0];
    return {
      kind: 'lane',
      configVersion: version,
      lane,
      page: furthest?.page ?? 0,
      next: furthest?.next ?? 0,
    };
  });
  // Discovery that stopped early starts over; it rewrites the same pages in the same (key) order.
  if (!discovered) jobs.unshift({ kind: 'discover', configVersion: version, page: 0 });
  await ports.store.delete(stalledKey(version));
  await queue.push(jobs);
  console.info(
    `Re-assessment ${String(version)}: resumed ${String(LANES)} lane(s)${discovered ? '' : ' and discovery'} from stored progress.`,
  );
  return { kind: 'resumed', lanes: LANES, rediscover: !discovered };
}

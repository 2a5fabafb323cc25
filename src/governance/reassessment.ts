// After a configuration change, every open change request is re-assessed in the background: discovery reads
// them page by page with their properties and writes, in bulk, the new assessment of each whose plan did not
// change; lanes run the full governance pass for the others. Jobs hand over before the platform's time limit,
// pause for throttling and outages, and defer until the reset when the app's hourly quota is spent.
import type { ReassessmentProgress } from '../contract/resolver-contract';
import { boundedBy } from '../jira/http';
import type { GovernancePorts } from './ports';
import { discover } from './reassessment-discovery';
import { handOver, type Run } from './reassessment-handover';
import {
  CURRENT_RUN,
  FORGE_RUN_CLOCK,
  runSchema,
  type JobQueue,
  type ReassessmentJob,
  type RunClock,
} from './reassessment-jobs';
import { governLane } from './reassessment-lanes';
import { reassessmentProgress as progressOf } from './reassessment-progress';

export {
  ChainLimitReached,
  CURRENT_RUN,
  discoveredKey,
  FORGE_RUN_CLOCK,
  laneKey,
  laneSchema,
  LANES,
  reassessmentJobSchema,
  runKey,
  runSchema,
  stalledKey,
  type JobQueue,
  type ReassessmentJob,
  type RunClock,
} from './reassessment-jobs';

export const reassessmentProgress = (ports: GovernancePorts): Promise<ReassessmentProgress> =>
  progressOf(ports);

/** After a configuration change: every open change request is re-assessed in the background. */
export async function startReassessment(
  ports: GovernancePorts,
  queue: JobQueue,
  configVersion: number,
): Promise<void> {
  await ports.store.set(CURRENT_RUN, { configVersion, startedAt: ports.nowIso() });
  await queue.push([{ kind: 'discover', configVersion, page: 0 }]);
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
  const { deferSeconds, notBefore: _ignored, ...work } = job;
  // Still inside a wait longer than one queue delay (the quota's reset): queued again for the rest of it.
  if (deferSeconds !== undefined && deferSeconds > 0) {
    await handOver(run, work, deferSeconds);
    return;
  }
  switch (work.kind) {
    case 'discover':
      await discover(run, work);
      return;
    case 'lane':
      await governLane(run, work);
      return;
    default: {
      const _exhaustive: never = work;
      throw new Error(`Unknown job ${JSON.stringify(_exhaustive)}`);
    }
  }
}

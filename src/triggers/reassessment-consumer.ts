import {
  FORGE_RUN_CLOCK,
  reassessmentJobSchema,
  runReassessmentJob,
  type JobQueue,
  type RunClock,
} from '../governance/reassessment';
import type { GovernancePorts } from '../governance/ports';

/**
 * One async-queue job of a re-assessment run. A run stops well inside the consumer's time limit and
 * hands the rest of its work to a new job, so the platform never cuts one short; throwing makes the
 * platform retry it.
 */
export async function handleReassessmentJob(
  ports: GovernancePorts,
  queue: JobQueue,
  event: unknown,
  clock: RunClock = FORGE_RUN_CLOCK,
): Promise<void> {
  const body = (event as { body?: unknown } | null)?.body;
  const job = reassessmentJobSchema.safeParse(body);
  if (!job.success) {
    console.warn('Ignored a re-assessment job it could not read.');
    return;
  }
  await runReassessmentJob(ports, queue, job.data, clock);
}

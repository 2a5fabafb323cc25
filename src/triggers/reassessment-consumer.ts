import {
  reassessmentJobSchema,
  runReassessmentJob,
  type JobQueue,
} from '../governance/reassessment';
import type { GovernancePorts } from '../governance/ports';

/** One async-queue job of a re-assessment run. Throwing makes the platform retry it. */
export async function handleReassessmentJob(
  ports: GovernancePorts,
  queue: JobQueue,
  event: unknown,
): Promise<void> {
  const body = (event as { body?: unknown } | null)?.body;
  const job = reassessmentJobSchema.safeParse(body);
  if (!job.success) {
    console.warn('Ignored a re-assessment job it could not read.');
    return;
  }
  await runReassessmentJob(ports, queue, job.data);
}

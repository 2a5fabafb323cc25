// The re-assessment queue as the core sees it (a JobQueue port), built once on Forge's async events.
import { InvocationLimitReachedError, Queue } from '@forge/events';
import { ChainLimitReached, type JobQueue } from '../governance/reassessment-jobs';

const reassessmentQueue = new Queue({ key: 'reassessment' });

/** Every producer of re-assessment jobs (the admin's save, the sweep, the consumer itself) pushes through this. */
export const reassessmentJobQueue: JobQueue = {
  async push(jobs, options) {
    try {
      await reassessmentQueue.push(jobs.map((body) => ({ body, ...options })));
    } catch (error) {
      // The chain's push limit is an expected end, reported in the app's own terms.
      if (error instanceof InvocationLimitReachedError) throw new ChainLimitReached();
      throw error;
    }
  },
};

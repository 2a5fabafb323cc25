// The async events platform behind @forge/events: push, job stats, cancel, consumer delivery and retries.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ConsumerModule } from './manifest';
import type { PlatformLimits } from './run-invocation';
import type { Scheduler } from './scheduler';

/** The async-events limits the queue enforces (see PlatformLimits). */
export type QueueLimits = Pick<
  PlatformLimits,
  'asyncChainPushes' | 'asyncRetryWindowMs' | 'asyncMaxBackoffMs'
>;

const pushRequest = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(
    z.object({
      body: z.record(z.string(), z.unknown()),
      delayInSeconds: z.number().min(0).max(900).optional(),
      concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
    }),
  ),
});
const jobRequest = z.object({ queueName: z.string(), jobId: z.string() });
const invocationErrorShape = z.object({
  _retry: z.literal(true),
  retryOptions: z
    .object({
      retryAfter: z.number().optional(),
      retryReason: z.string().optional(),
      retryData: z.unknown().optional(),
    })
    .optional(),
});

export interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData?: unknown;
}

export interface AsyncEvent {
  body: Record<string, unknown>;
  queueName: string;
  jobId: string;
  eventId: string;
  retryContext?: RetryContext;
  /** The chain of invocations it belongs to: its consumer's pushes count against the same limit. */
  chainId: string;
  /** When it was first tried, on the scheduler's clock: retries stop once the retry window has passed. */
  firstTriedAt?: number;
}

export interface ConsumerDelivery {
  consumer: ConsumerModule;
  event: AsyncEvent;
}

interface JobState {
  queueName: string;
  success: number;
  inProgress: number;
  failed: number;
  cancelled: boolean;
}

export interface QueueResponse {
  status: number;
  body?: unknown;
}

export class AsyncQueue {
  private jobs = new Map<string, JobState>();
  /** Push requests made so far per chain. */
  private chains = new Map<string, number>();

  constructor(
    private readonly consumers: () => readonly ConsumerModule[],
    private readonly scheduler: Scheduler,
    /** Runs the consumer; resolves with what the handler returned, rejects with what it threw. */
    private readonly deliver: (delivery: ConsumerDelivery) => Promise<unknown>,
    private readonly limits: QueueLimits,
  ) {}

  reset(): void {
    this.jobs.clear();
    this.chains.clear();
  }

  /**
   * Answers the `/webhook/queue/...` calls @forge/events makes through `__requestAtlassianAsApp`;
   * `chainId` is the pushing invocation's chain.
   */
  handle(path: string, body: unknown, chainId: string = randomUUID()): QueueResponse {
    if (path.startsWith('/webhook/queue/publish/')) return this.push(body, chainId);
    if (path.startsWith('/webhook/queue/stats/')) {
      const req = jobRequest.parse(body);
      const job = this.jobs.get(req.jobId);
      if (job?.queueName !== req.queueName)
        return { status: 404, body: { message: 'Job not found' } };
      return {
        status: 200,
        body: { success: job.success, inProgress: job.inProgress, failed: job.failed },
      };
    }
    if (path.startsWith('/webhook/queue/cancel/')) {
      const req = jobRequest.parse(body);
      const job = this.jobs.get(req.jobId);
      if (job?.queueName !== req.queueName)
        return { status: 404, body: { message: 'Job not found' } };
      job.cancelled = true;
      return { status: 204 };
    }
    return {
      status: 404,
      body: { message: `The emulator's async events platform has no endpoint ${path}` },
    };
  }

  private push(raw: unknown, chainId: string): QueueResponse {
    const parsed = pushRequest.safeParse(raw);
    if (!parsed.success)
      return { status: 400, body: { message: `Invalid push request: ${parsed.error.message}` } };
    const req = parsed.data;
    const pushes = (this.chains.get(chainId) ?? 0) + 1;
    if (pushes > this.limits.asyncChainPushes) {
      console.error(
        `[forge-emulator] push to '${req.queueName}' refused: the chain already made ${String(this.limits.asyncChainPushes)} push requests (cyclic invocation limit)`,
      );
      // @forge/events turns 405 into InvocationLimitReachedError.
      return {
        status: 405,
        body: { message: 'The limit on cyclic invocation has been reached.' },
      };
    }
    this.chains.set(chainId, pushes);
    const consumers = this.consumers().filter((c) => c.queue === req.queueName);
    if (consumers.length === 0) {
      console.error(
        `[forge-emulator] the app pushed to queue '${req.queueName}', which no consumer module in manifest.yml reads`,
      );
      return {
        status: 400,
        body: { message: `No consumer module in manifest.yml reads the queue '${req.queueName}'` },
      };
    }
    const job: JobState = {
      queueName: req.queueName,
      success: 0,
      inProgress: 0,
      failed: 0,
      cancelled: false,
    };
    this.jobs.set(req.jobId, job);
    for (const pushed of req.payload) {
      for (const consumer of consumers) {
        const event: AsyncEvent = {
          body: pushed.body,
          queueName: req.queueName,
          jobId: req.jobId,
          eventId: randomUUID(),
          chainId,
        };
        job.inProgress += 1;
        this.scheduler.later((pushed.delayInSeconds ?? 0) * 1000, () =>
          this.attempt(job, consumer, event),
        );
      }
    }
    return { status: 201, body: { jobId: req.jobId } };
  }

  private async attempt(job: JobState, consumer: ConsumerModule, event: AsyncEvent): Promise<void> {
    if (job.cancelled) {
      job.inProgress -= 1;
      return;
    }
    const firstTriedAt = event.firstTriedAt ?? this.scheduler.now();
    const count = event.retryContext?.retryCount ?? 0;
    // The platform backs off exponentially up to its longest wait; an asked-for `retryAfter` can only
    // lengthen a wait, so a retry schedule covers the 24-hour window in about a hundred tries.
    const backoff = (askedSeconds: number): number =>
      Math.min(this.limits.asyncMaxBackoffMs / 1000, Math.max(1, askedSeconds, 2 ** count));
    let retry: { afterSeconds: number; reason: string; data?: unknown } | undefined;
    try {
      const result = await this.deliver({ consumer, event });
      const asked = invocationErrorShape.safeParse(result);
      if (asked.success) {
        const options = asked.data.retryOptions ?? {};
        retry = {
          afterSeconds: backoff(options.retryAfter ?? 1),
          reason: options.retryReason ?? 'FUNCTION_RETRY_REQUEST',
          ...(options.retryData === undefined ? {} : { data: options.retryData }),
        };
      }
    } catch (e) {
      const timedOut =
        typeof e === 'object' &&
        e !== null &&
        (e as { code?: unknown }).code === 'FUNCTION_TIME_OUT';
      console.error(
        `[forge-emulator] consumer ${consumer.key} threw on queue '${event.queueName}': ${e instanceof Error ? e.message : String(e)}`,
      );
      retry = {
        afterSeconds: backoff(1),
        reason: timedOut ? 'FUNCTION_TIME_OUT' : 'FUNCTION_PLATFORM_UNKNOWN_ERROR',
      };
    }
    if (retry === undefined) {
      job.inProgress -= 1;
      job.success += 1;
      return;
    }
    const retryCount = (event.retryContext?.retryCount ?? 0) + 1;
    const nextTryAt = this.scheduler.now() + retry.afterSeconds * 1000;
    if (nextTryAt - firstTriedAt > this.limits.asyncRetryWindowMs) {
      job.inProgress -= 1;
      job.failed += 1;
      console.error(
        `[forge-emulator] consumer ${consumer.key} gave up on event ${event.eventId} after ${String(retryCount)} tries over ${String(Math.round((this.scheduler.now() - firstTriedAt) / 60_000))} min (${retry.reason})`,
      );
      return;
    }
    const next: AsyncEvent = {
      ...event,
      firstTriedAt,
      retryContext: {
        retryCount,
        retryReason: retry.reason,
        ...(retry.data === undefined ? {} : { retryData: retry.data }),
      },
    };
    this.scheduler.later(retry.afterSeconds * 1000, () => this.attempt(job, consumer, next));
  }
}

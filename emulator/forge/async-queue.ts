// The async events platform behind @forge/events: push, job stats, cancel, consumer delivery and retries.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ConsumerModule } from './manifest';
import type { Scheduler } from './scheduler';

/** Forge retries an async event at most this many times (after the first attempt). */
export const MAX_EVENT_RETRIES = 4;
const MAX_RETRY_AFTER_SECONDS = 900;

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

  constructor(
    private readonly consumers: () => readonly ConsumerModule[],
    private readonly scheduler: Scheduler,
    /** Runs the consumer; resolves with what the handler returned, rejects with what it threw. */
    private readonly deliver: (delivery: ConsumerDelivery) => Promise<unknown>,
  ) {}

  reset(): void {
    this.jobs.clear();
  }

  /** Answers the `/webhook/queue/...` calls @forge/events makes through `__requestAtlassianAsApp`. */
  handle(path: string, body: unknown): QueueResponse {
    if (path.startsWith('/webhook/queue/publish/')) return this.push(body);
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

  private push(raw: unknown): QueueResponse {
    const parsed = pushRequest.safeParse(raw);
    if (!parsed.success)
      return { status: 400, body: { message: `Invalid push request: ${parsed.error.message}` } };
    const req = parsed.data;
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
    let retry: { afterSeconds: number; reason: string; data?: unknown } | undefined;
    try {
      const result = await this.deliver({ consumer, event });
      const asked = invocationErrorShape.safeParse(result);
      if (asked.success) {
        const options = asked.data.retryOptions ?? {};
        retry = {
          afterSeconds: Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, options.retryAfter ?? 1)),
          reason: options.retryReason ?? 'FUNCTION_RETRY_REQUEST',
          ...(options.retryData === undefined ? {} : { data: options.retryData }),
        };
      }
    } catch (e) {
      const timedOut =
        typeof e === 'object' &&
        e !== null &&
        (e as { code?: unknown }).code === 'FUNCTION_TIME_OUT';
      const count = event.retryContext?.retryCount ?? 0;
      console.error(
        `[forge-emulator] consumer ${consumer.key} threw on queue '${event.queueName}': ${e instanceof Error ? e.message : String(e)}`,
      );
      retry = {
        afterSeconds: 2 ** count,
        reason: timedOut ? 'FUNCTION_TIME_OUT' : 'FUNCTION_PLATFORM_UNKNOWN_ERROR',
      };
    }
    if (retry === undefined) {
      job.inProgress -= 1;
      job.success += 1;
      return;
    }
    const retryCount = (event.retryContext?.retryCount ?? 0) + 1;
    if (retryCount > MAX_EVENT_RETRIES) {
      job.inProgress -= 1;
      job.failed += 1;
      console.error(
        `[forge-emulator] consumer ${consumer.key} gave up on event ${event.eventId} after ${String(MAX_EVENT_RETRIES)} retries (${retry.reason})`,
      );
      return;
    }
    const next: AsyncEvent = {
      ...event,
      retryContext: {
        retryCount,
        retryReason: retry.reason,
        ...(retry.data === undefined ? {} : { retryData: retry.data }),
      },
    };
    this.scheduler.later(retry.afterSeconds * 1000, () => this.attempt(job, consumer, next));
  }
}

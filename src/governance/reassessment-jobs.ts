// A re-assessment run's jobs, the queue they travel on, and where the run keeps its progress in app storage.
import { z } from 'zod';
import { storageKey } from '../storage/key-value-store';

/**
 * Change requests governed at a time where a plan changed. Each lane governs one request after another, so
 * six keep about 40 calls a second in flight at Jira Cloud's usual ~150 ms a call, yet few enough that a
 * refusal meets six callers, not a thousand queued jobs that all retry at once.
 */
export const LANES = 6;
/** Forge delays a queued event by at most this much. */
export const MAX_DELAY_SECONDS = 900;

const common = {
  configVersion: z.number().int(),
  /** Written by an earlier version of the app (a wait measured on the app's clock): read, and ignored. */
  notBefore: z.number().optional(),
  /**
   * Seconds still to wait, beyond the delay the job was queued with, before it works again: a wait longer
   * than the queue's longest delay (the hourly quota's reset) travels as a chain of delayed jobs.
   */
  deferSeconds: z.number().min(0).optional(),
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
  /** Throws ChainLimitReached when the platform's cyclic invocation limit refuses the push. */
  push(jobs: ReassessmentJob[], options?: { delayInSeconds?: number }): Promise<void>;
}

/**
 * Forge refuses a push once the chain of jobs started by one invocation has made 1,000 of them
 * (@forge/events InvocationLimitReachedError). The run's progress is stored, so the hourly sweep, a
 * new invocation with a new chain, resumes it (see reassessment-resume).
 */
export class ChainLimitReached extends Error {
  readonly code = 'REASSESSMENT.CHAIN_LIMIT';
  constructor() {
    super('The async events chain reached its limit on pushes.');
    this.name = 'ChainLimitReached';
  }
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

export const CURRENT_RUN = storageKey('reassessment', 'current');
export const runKey = (version: number, ...rest: Array<string | number>) =>
  storageKey('reassessment', version, ...rest);
const pad = (n: number) => String(n).padStart(6, '0');
export const pageKey = (version: number, page: number) => runKey(version, 'page', pad(page));
export const keysKey = (version: number, page: number) => runKey(version, 'keys', pad(page));
export const laneKey = (version: number, page: number, lane: number) =>
  runKey(version, 'lane', pad(page), lane);
export const lanesStartedKey = (version: number) => runKey(version, 'lanes');
export const discoveredKey = (version: number) => runKey(version, 'discovered');
export const discoveringKey = (version: number) => runKey(version, 'discovering');
/** Set when a job could not hand over (the chain limit): the sweep resumes the run. */
export const stalledKey = (version: number) => runKey(version, 'stalled');

export const runSchema = z.object({ configVersion: z.number().int(), startedAt: z.string() });
/**
 * One discovered page: `count` open change requests, of which `written` were re-assessed by the bulk
 * property write (their plans did not change); the rest (`keys` of the page) are governed by the lanes.
 */
export const pageSchema = z.object({
  page: z.number().int(),
  count: z.number().int(),
  written: z.number().int().default(0),
  governed: z.number().int().optional(),
  last: z.boolean(),
  at: z.string().optional(),
});
export const keysSchema = z.object({ keys: z.array(z.string()) });
export const laneSchema = z.object({
  page: z.number().int(),
  lane: z.number().int(),
  next: z.number().int(),
  failed: z.number().int(),
  at: z.string(),
});
export const discoveredSchema = z.object({ pages: z.number().int() });
/** Discovery's heartbeat: when it last saved a page (app clock), and when it resumes if it is paused. */
export const discoveringSchema = z.object({ at: z.number(), resumeAt: z.number().optional() });

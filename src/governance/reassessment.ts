import { z } from 'zod';
import type { ReassessmentProgress } from '../contract/resolver-contract';
import { expectOk } from '../jira/http';
import { searchPageSchema } from '../jira/schemas';
import { storageKey } from '../storage/key-value-store';
import { governChangeRequest } from './govern-change-request';
import type { GovernancePorts } from './ports';
import { CHANGE_REQUEST_TYPE } from './properties';
import { jqlString } from './jql';

/** Small batches keep each consumer run far inside its time limit, even when Jira throttles. */
export const BATCH_SIZE = 10;
const PAGE_SIZE = 100;
/** A change request that fails this many more times is counted failed in the progress. */
const MAX_BATCH_RETRIES = 3;

export const reassessmentJobSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('discover'),
    configVersion: z.number().int(),
    nextPageToken: z.string().optional(),
    page: z.number().int(),
  }),
  z.object({
    kind: z.literal('batch'),
    configVersion: z.number().int(),
    batchId: z.string(),
    keys: z.array(z.string()).max(BATCH_SIZE),
    /** How often these keys were tried before (a batch's failures come back as a smaller batch). */
    attempt: z.number().int().min(0).optional(),
  }),
]);
export type ReassessmentJob = z.infer<typeof reassessmentJobSchema>;

export interface JobQueue {
  push(jobs: ReassessmentJob[]): Promise<void>;
}

const CURRENT_RUN = storageKey('reassessment', 'current');
const runKey = (version: number, ...rest: string[]) =>
  storageKey('reassessment', String(version), ...rest);

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
): Promise<void> {
  switch (job.kind) {
    case 'discover': {
      const jql = `issuetype = ${jqlString(CHANGE_REQUEST_TYPE)} AND statusCategory != Done ORDER BY key ASC`;
      const page = searchPageSchema.parse(
        await expectOk(ports.jira, 'POST', '/rest/api/3/search/jql', {
          jql,
          fields: ['summary'],
          maxResults: PAGE_SIZE,
          ...(job.nextPageToken ? { nextPageToken: job.nextPageToken } : {}),
        }),
      );
      const keys = page.issues.map((i) => i.key);
      const batches: ReassessmentJob[] = [];
      for (let i = 0; i < keys.length; i += BATCH_SIZE) {
        batches.push({
          kind: 'batch',
          configVersion: job.configVersion,
          batchId: `${String(job.page)}-${String(i)}`,
          keys: keys.slice(i, i + BATCH_SIZE),
        });
      }
      const more = page.isLast !== true && page.nextPageToken ? page.nextPageToken : undefined;
      await ports.store.set(runKey(job.configVersion, 'page', String(job.page).padStart(6, '0')), {
        count: keys.length,
        last: more === undefined,
      });
      const next: ReassessmentJob[] = more
        ? [
            {
              kind: 'discover',
              configVersion: job.configVersion,
              nextPageToken: more,
              page: job.page + 1,
            },
          ]
        : [];
      if (batches.length + next.length > 0) await queue.push([...batches, ...next]);
      return;
    }
    case 'batch': {
      const doneKey = runKey(job.configVersion, 'batch', job.batchId);
      // At-least-once delivery: a batch already counted is not counted (or worked) again.
      if ((await ports.store.get(doneKey)) !== undefined) return;
      let done = 0;
      const failedKeys: string[] = [];
      for (const key of job.keys) {
        try {
          await governChangeRequest(ports, key);
          done += 1;
        } catch {
          failedKeys.push(key);
        }
      }
      // A request Jira kept failing (throttling, outages) is tried again in a later job, not dropped:
      // otherwise it would keep the old configuration's assessment until someone edits it.
      const attempt = job.attempt ?? 0;
      const retry = failedKeys.length > 0 && attempt < MAX_BATCH_RETRIES;
      if (retry) {
        await queue.push([
          {
            kind: 'batch',
            configVersion: job.configVersion,
            batchId: `${job.batchId}-r${String(attempt + 1)}`,
            keys: failedKeys,
            attempt: attempt + 1,
          },
        ]);
      }
      await ports.store.set(doneKey, { done, failed: retry ? 0 : failedKeys.length });
      return;
    }
    default: {
      const _exhaustive: never = job;
      throw new Error(`Unknown job ${JSON.stringify(_exhaustive)}`);
    }
  }
}

const runSchema = z.object({ configVersion: z.number().int(), startedAt: z.string() });
const pageSchema = z.object({ count: z.number(), last: z.boolean() });
const batchSchema = z.object({ done: z.number(), failed: z.number() });

export async function reassessmentProgress(ports: GovernancePorts): Promise<ReassessmentProgress> {
  const run = runSchema.safeParse(await ports.store.get(CURRENT_RUN));
  if (!run.success) {
    return {
      state: 'idle',
      configVersion: null,
      total: 0,
      done: 0,
      failed: 0,
      startedAt: null,
      finishedAt: null,
    };
  }
  const version = run.data.configVersion;
  const pages = (await ports.store.listByPrefix(runKey(version, 'page') + ':', 1000)).map((r) =>
    pageSchema.safeParse(r.value),
  );
  const batches = (await ports.store.listByPrefix(runKey(version, 'batch') + ':', 5000)).map((r) =>
    batchSchema.safeParse(r.value),
  );
  const total = pages.reduce((sum, p) => sum + (p.success ? p.data.count : 0), 0);
  const done = batches.reduce((sum, b) => sum + (b.success ? b.data.done : 0), 0);
  const failed = batches.reduce((sum, b) => sum + (b.success ? b.data.failed : 0), 0);
  const discovered = pages.some((p) => p.success && p.data.last);
  const finished = discovered && done + failed >= total;
  return {
    state: finished ? 'done' : 'running',
    configVersion: version,
    total,
    done,
    failed,
    startedAt: run.data.startedAt,
    finishedAt: null,
  };
}

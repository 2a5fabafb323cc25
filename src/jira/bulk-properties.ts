// Bulk set issue properties by issue: one request for up to 100 issues, done by an asynchronous Jira task the
// caller follows to completion. Writes cost the base point only, so 100 assessments cost about 4 calls.
import { route } from '@forge/api';
import { z } from 'zod';
import { expectOk, JiraRequestError, type JiraHttp } from './http';

/** Jira takes at most this many issues (and 10 properties each) in one bulk property request. */
export const BULK_PROPERTIES_LIMIT = 100;
/** Reads of the task before the caller stops following it (its writes are idempotent: sent again later). */
const MAX_TASK_READS = 12;

const taskSchema = z
  .object({
    id: z.string(),
    status: z.string(),
    result: z
      .object({
        failures: z
          .array(
            z.object({
              issueID: z.union([z.number(), z.string()]),
              message: z.string().optional(),
            }),
          )
          .optional(),
      })
      .loose()
      .optional(),
  })
  .loose();
type Task = z.infer<typeof taskSchema>;

export interface BulkPropertyEntry {
  issueId: string;
  properties: Record<string, unknown>;
}

export interface BulkPropertiesOutcome {
  /** Issue id → why Jira could not update it; every other entry was written. */
  failed: Map<string, string>;
}

/** The task's id, from the 303's Location, or from the task itself when the client followed the redirect. */
function taskIdOf(location: string | undefined, body: unknown): string | undefined {
  const fromLocation = location ? /\/task\/([^/?#]+)/.exec(location)?.[1] : undefined;
  if (fromLocation) return decodeURIComponent(fromLocation);
  const task = taskSchema.safeParse(body);
  return task.success ? task.data.id : undefined;
}

const DONE = new Set(['COMPLETE', 'FAILED', 'CANCELLED', 'DEAD']);

/**
 * Writes each entry's properties, 100 issues a request, and follows each task until it is done. Issues the
 * task reports it could not update (and every issue of a task that failed) come back in `failed`: the caller
 * retries them. Throttling or an outage throws a JiraRequestError, so the caller can pause and send again.
 */
export async function setPropertiesInBulk(
  http: JiraHttp,
  entries: readonly BulkPropertyEntry[],
  sleep: (ms: number) => Promise<void>,
): Promise<BulkPropertiesOutcome> {
  const failed = new Map<string, string>();
  for (let start = 0; start < entries.length; start += BULK_PROPERTIES_LIMIT) {
    const chunk = entries.slice(start, start + BULK_PROPERTIES_LIMIT);
    const response = await http.requestJira(route`/rest/api/3/issue/properties/multi`, {
      method: 'POST',
      body: {
        issues: chunk.map((e) => ({ issueID: Number(e.issueId), properties: e.properties })),
      },
    });
    if (response.status !== 303 && (response.status < 200 || response.status >= 300))
      throw new JiraRequestError(
        'POST',
        '/rest/api/3/issue/properties/multi',
        response.status,
        response.body,
        response.retryAfterSeconds,
        response.rateLimit ?? null,
      );
    const taskId = taskIdOf(response.location, response.body);
    if (taskId === undefined)
      throw new JiraRequestError(
        'POST',
        '/rest/api/3/issue/properties/multi',
        response.status,
        'Jira named no task to follow',
      );
    const task = await followTask(http, taskId, sleep);
    if (task.status !== 'COMPLETE') {
      for (const e of chunk) failed.set(e.issueId, `The task ended ${task.status}`);
      continue;
    }
    for (const f of task.result?.failures ?? [])
      failed.set(String(f.issueID), f.message ?? 'Jira could not update it');
  }
  return { failed };
}

/** Reads the task until it is done, waiting a little longer each time. */
async function followTask(
  http: JiraHttp,
  taskId: string,
  sleep: (ms: number) => Promise<void>,
): Promise<Task> {
  for (let read = 0; read < MAX_TASK_READS; read += 1) {
    const task = taskSchema.parse(
      await expectOk(http).requestJira(route`/rest/api/3/task/${taskId}`),
    );
    if (DONE.has(task.status)) return task;
    await sleep(Math.min(2_000, 100 * 2 ** read));
  }
  return { id: taskId, status: 'UNFINISHED' };
}

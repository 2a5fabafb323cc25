// Bulk set issue properties by issue (POST /rest/api/3/issue/properties/multi) and the task it
// answers with (GET /rest/api/3/task/{taskId}). Jira documents the operation as asynchronous and
// non-transactional: it answers 303 with the task's location; failures are reported in the task.
import type { Ctx, Operation } from '../context';
import { json, jiraError } from '../http';
import { can, canBrowse, isAdmin } from '../permissions';
import { checkPropertyKey, checkPropertyValue } from '../properties';
import { isRecord } from '../values';
import { pathParam } from './load';

const MAX_ISSUES = 100;
const MAX_PROPERTIES = 10;

export interface TaskRecord {
  id: string;
  submitterId: string;
  submitted: number;
  /** How many times the task was read: the first read finds it running, later ones complete. */
  reads: number;
  /** The issues Jira could not update, and why (absent when every issue was updated). */
  failures: Array<{ issueID: number; message: string }>;
}

const taskSelf = (ctx: Ctx, id: string): string => `${ctx.baseUrl}/rest/api/3/task/${id}`;

interface Entry {
  issueID: number;
  properties: Record<string, unknown>;
}

function readEntries(body: unknown): { entries: Entry[] } | { problem: string } {
  const issues = isRecord(body) ? body.issues : undefined;
  if (!Array.isArray(issues) || issues.length === 0)
    return { problem: 'The request must list at least one issue.' };
  if (issues.length > MAX_ISSUES)
    return { problem: `At most ${String(MAX_ISSUES)} issues can be updated in one request.` };
  const entries: Entry[] = [];
  for (const item of issues) {
    if (!isRecord(item) || typeof item.issueID !== 'number' || !isRecord(item.properties))
      return { problem: 'Each issue needs an issueID and properties.' };
    const keys = Object.keys(item.properties);
    if (keys.length === 0 || keys.length > MAX_PROPERTIES)
      return { problem: `Each issue takes 1 to ${String(MAX_PROPERTIES)} properties.` };
    for (const key of keys) {
      const check = checkPropertyKey(key);
      if (!check.ok) return { problem: check.message };
      const value = checkPropertyValue(key, item.properties[key]);
      if (!value.ok) return { problem: value.message };
    }
    entries.push({ issueID: item.issueID, properties: item.properties });
  }
  return { entries };
}

export const bulkSetIssuePropertiesByIssue: Operation = (ctx) => {
  const read = readEntries(ctx.body);
  if ('problem' in read) return jiraError(400, [read.problem]);
  const failures: TaskRecord['failures'] = [];
  // The emulator applies the work as it accepts the task; the task then reports it (see ASSUMPTIONS.md).
  for (const entry of read.entries) {
    const issue = ctx.site.issueById(String(entry.issueID));
    // Jira ignores an issue it cannot find (or the caller cannot see).
    if (issue === undefined || !canBrowse(ctx, ctx.site.projectOf(issue))) continue;
    if (!can(ctx, ctx.site.projectOf(issue), 'EDIT_ISSUES')) {
      failures.push({
        issueID: entry.issueID,
        message: 'You do not have permission to edit this issue.',
      });
      continue;
    }
    ctx.site.touch(issue);
    for (const [key, value] of Object.entries(entry.properties)) issue.properties[key] = value;
  }
  const task = ctx.site.addTask({ submitterId: ctx.actorId, submitted: ctx.now, failures });
  return { status: 303, headers: { Location: taskSelf(ctx, task.id) } };
};

export const getTask: Operation = (ctx) => {
  const task = ctx.site.task(pathParam(ctx, 'taskId'));
  if (task === undefined || (task.submitterId !== ctx.actorId && !isAdmin(ctx)))
    return jiraError(404, ['The task does not exist or you do not have permission to see it.']);
  task.reads += 1;
  const complete = task.reads > 1;
  const body: Record<string, unknown> = {
    self: taskSelf(ctx, task.id),
    id: task.id,
    description: 'Bulk set issue properties by issue',
    status: complete ? 'COMPLETE' : 'RUNNING',
    progress: complete ? 100 : 50,
    submittedBy: 0,
    submitted: task.submitted,
    started: task.submitted,
    lastUpdate: ctx.now,
    elapsedRuntime: Math.max(0, ctx.now - task.submitted),
    message: complete
      ? `Done: ${String(task.failures.length)} issue(s) could not be updated.`
      : 'Setting issue properties.',
  };
  if (complete) {
    body.finished = ctx.now;
    if (task.failures.length > 0) body.result = { failures: task.failures };
  }
  return json(200, body);
};

// POST /rest/api/3/issue and POST /rest/api/3/issue/bulk.
import type { Ctx, Operation } from '../context';
import { emitIssueCreated, emitLinkCreated } from '../events';
import { hasProblems, readIssueInput, SUBTASK_NEEDS_PARENT, type Problems } from '../issue-input';
import { json, jiraError } from '../http';
import { addLinks } from '../mutations';
import { can, canBrowse } from '../permissions';
import { readPropertyList } from '../properties';
import { issueSelf } from '../render/issue';
import type { IssueRecord, IssueTypeRecord, ProjectRecord } from '../state';
import { isRecord, stringField } from '../values';

export const BULK_LIMIT = 50;

type CreateResult =
  { ok: true; issue: IssueRecord } | { ok: false; status: number; problems: Problems };

function failure(
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
): CreateResult {
  return { ok: false, status, problems: { errorMessages, errors } };
}

function findProject(ctx: Ctx, value: unknown): ProjectRecord | undefined {
  if (!isRecord(value)) return undefined;
  const ref = stringField(value, 'id') ?? stringField(value, 'key');
  const project = ref === undefined ? undefined : ctx.site.findProject(ref);
  return project && canBrowse(ctx, project) ? project : undefined;
}

function findIssueType(
  ctx: Ctx,
  project: ProjectRecord,
  value: unknown,
): IssueTypeRecord | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  const name = stringField(value, 'name')?.toLowerCase();
  return ctx.site
    .projectIssueTypes(project)
    .find(
      (t) =>
        (id !== undefined && t.id === id) || (name !== undefined && t.name.toLowerCase() === name),
    );
}

export function createIssueFrom(ctx: Ctx, body: unknown): CreateResult {
  if (!isRecord(body)) return failure(400, ['The request body must be an object.']);
  if (body.transition !== undefined) {
    return failure(400, [
      'The emulator does not apply a transition on create: create the issue, then POST its transition.',
    ]);
  }
  const fields = isRecord(body.fields) ? body.fields : {};
  const update = isRecord(body.update) ? body.update : {};
  const errors: Record<string, string> = {};

  const project = findProject(ctx, fields.project);
  if (!project) errors.project = 'Specify a valid project ID or key';
  if (project && !can(ctx, project, 'CREATE_ISSUES')) {
    return failure(403, ['You do not have permission to create issues in this project.']);
  }
  const issueType = project ? findIssueType(ctx, project, fields.issuetype) : undefined;
  if (fields.issuetype === undefined) errors.issuetype = 'Specify an issue type';
  else if (project && !issueType) errors.issuetype = 'The issue type selected is invalid.';
  if (!project || !issueType) return failure(400, [], errors);

  const { changes, problems } = readIssueInput(
    ctx,
    { mode: 'create', project, issueType },
    fields,
    update,
  );
  Object.assign(problems.errors, errors);
  if (changes.summary === undefined && !('summary' in problems.errors)) {
    problems.errors.summary = 'You must specify a summary of the issue.';
  }
  if (
    issueType.hierarchyLevel < 0 &&
    changes.parentId === undefined &&
    !('parent' in problems.errors) &&
    !('parentId' in problems.errors)
  ) {
    problems.errorMessages.push(SUBTASK_NEEDS_PARENT);
  }
  const properties = readPropertyList(body.properties, problems);
  if (hasProblems(problems)) return { ok: false, status: 400, problems };

  const workflow = ctx.site.workflowFor(project, issueType.id);
  const number = project.nextIssueNumber;
  project.nextIssueNumber = number + 1;
  const issue: IssueRecord = {
    id: ctx.site.nextId('issue'),
    key: `${project.key}-${number}`,
    projectId: project.id,
    issueTypeId: issueType.id,
    statusId: workflow.initialStatusId,
    summary: changes.summary ?? '',
    description: changes.description ?? null,
    reporterId: changes.reporterId ?? ctx.actorId,
    assigneeId: changes.assigneeId ?? null,
    creatorId: ctx.actorId,
    duedate: changes.duedate ?? null,
    labels: changes.labels ?? [],
    parentId: changes.parentId ?? null,
    created: ctx.now,
    updated: ctx.now,
    statusCategoryChanged: ctx.now,
    properties: Object.fromEntries(properties.map((p) => [p.key, p.value])),
    comments: [],
    history: [],
  };
  ctx.site.addIssue(issue);
  const { links } = addLinks(ctx, issue, changes.links);
  emitIssueCreated(ctx, issue);
  for (const link of links) emitLinkCreated(ctx, link);
  return { ok: true, issue };
}

function createdRef(ctx: Ctx, issue: IssueRecord): Record<string, unknown> {
  return { id: issue.id, key: issue.key, self: issueSelf(ctx, issue) };
}

export const createIssue: Operation = (ctx) => {
  const result = createIssueFrom(ctx, ctx.body);
  if (!result.ok)
    return jiraError(result.status, result.problems.errorMessages, result.problems.errors);
  return json(201, createdRef(ctx, result.issue));
};

// Entries whose index is listed fail as an injected fault, exactly where Jira reports failures.
export function createIssuesInBulk(
  ctx: Ctx,
  failIndexes: readonly number[],
): ReturnType<Operation> {
  const body = ctx.body;
  const updates = isRecord(body) && Array.isArray(body.issueUpdates) ? body.issueUpdates : [];
  if (updates.length > BULK_LIMIT) {
    return jiraError(400, [
      `Bulk create is limited to ${BULK_LIMIT} issues per request; this request has ${updates.length}.`,
    ]);
  }
  const issues: Record<string, unknown>[] = [];
  const errors: Record<string, unknown>[] = [];
  updates.forEach((update, index) => {
    if (failIndexes.includes(index)) {
      errors.push({
        status: 503,
        elementErrors: {
          errorMessages: ['The emulator refused this entry (injected partial-bulk fault).'],
          errors: {},
          status: 503,
        },
        failedElementNumber: index,
      });
      return;
    }
    const result = createIssueFrom(ctx, update);
    if (result.ok) {
      issues.push(createdRef(ctx, result.issue));
    } else {
      errors.push({
        status: result.status,
        elementErrors: { ...result.problems, status: result.status },
        failedElementNumber: index,
      });
    }
  });
  const allFailed = updates.length > 0 && issues.length === 0;
  return json(allFailed ? 400 : 201, { issues, errors });
}

export const createIssues: Operation = (ctx) => createIssuesInBulk(ctx, []);

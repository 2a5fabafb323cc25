// GET, PUT and DELETE /rest/api/3/issue/{issueIdOrKey}.
import type { Operation } from '../context';
import {
  emitCommented,
  emitIssueDeleted,
  emitIssueUpdated,
  emitLinkCreated,
  eventIssue,
} from '../events';
import { hasProblems, readIssueInput } from '../issue-input';
import { issueNotFound, json, jiraError, noContent } from '../http';
import { addComment, addLinks, applyFieldChanges, recordHistory } from '../mutations';
import { can } from '../permissions';
import { readPropertyList } from '../properties';
import { renderIssue, selectFields } from '../render/issue';
import { isRecord, queryBool, queryList } from '../values';
import { issueParam } from './load';

export const getIssue: Operation = (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  return json(
    200,
    renderIssue(ctx, issue, {
      fields: selectFields(queryList(ctx.query.fields), '*all'),
      properties: queryList(ctx.query.properties),
      expand: new Set(queryList(ctx.query.expand)),
    }),
  );
};

export const editIssue: Operation = (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  const project = ctx.site.projectOf(issue);
  if (!can(ctx, project, 'EDIT_ISSUES')) {
    return jiraError(403, ['You do not have permission to edit issues in this project.']);
  }
  const body = isRecord(ctx.body) ? ctx.body : {};
  const fields = isRecord(body.fields) ? body.fields : {};
  const update = isRecord(body.update) ? body.update : {};
  const target = { mode: 'edit' as const, project, issueType: ctx.site.issueTypeOf(issue), issue };
  const { changes, problems } = readIssueInput(ctx, target, fields, update);
  const properties = readPropertyList(body.properties, problems);
  if (hasProblems(problems)) return jiraError(400, problems.errorMessages, problems.errors);

  ctx.site.touch(issue);
  for (const p of properties) issue.properties[p.key] = p.value;
  const items = applyFieldChanges(ctx, issue, changes);
  const linked = addLinks(ctx, issue, changes.links);
  items.push(...linked.items);
  const comments = changes.comments.map((body) => addComment(ctx, issue, body));
  if (items.length > 0) {
    issue.updated = ctx.now;
    const historyId = recordHistory(ctx, issue, items);
    emitIssueUpdated(ctx, issue, historyId, items);
  }
  for (const comment of comments) emitCommented(ctx, issue, comment);
  for (const link of linked.links) emitLinkCreated(ctx, link);

  if (queryBool(ctx.query.returnIssue, false)) {
    return json(
      200,
      renderIssue(ctx, issue, {
        fields: selectFields([], '*all'),
        properties: [],
        expand: new Set(queryList(ctx.query.expand)),
      }),
    );
  }
  return noContent();
};

export const deleteIssue: Operation = (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  const project = ctx.site.projectOf(issue);
  if (!can(ctx, project, 'DELETE_ISSUES')) {
    return jiraError(403, ['You do not have permission to delete issues in this project.']);
  }
  const subtasks = ctx.site.subtasksOf(issue.id);
  if (subtasks.length > 0 && !queryBool(ctx.query.deleteSubtasks, false)) {
    return jiraError(400, [
      "The issue has subtasks. Set 'deleteSubtasks' to true to delete the issue and its subtasks.",
    ]);
  }
  const payloadIssue = eventIssue(ctx, issue);
  for (const subtask of subtasks) ctx.site.removeIssue(subtask);
  ctx.site.removeIssue(issue);
  // Forge does not emit events for the cascade (sub-tasks, links).
  emitIssueDeleted(ctx, payloadIssue);
  return noContent();
};

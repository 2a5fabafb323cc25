// Comments on issues (ADF bodies).
import { checkAdfDocument } from '../adf';
import type { Operation } from '../context';
import { emitCommented } from '../events';
import { issueNotFound, json, jiraError } from '../http';
import { addComment } from '../mutations';
import { can } from '../permissions';
import { issueSelf, renderComment } from '../render/issue';
import { isRecord, queryInt, queryString } from '../values';
import { issueParam } from './load';

export const addIssueComment: Operation = (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  if (!can(ctx, ctx.site.projectOf(issue), 'ADD_COMMENTS')) {
    return jiraError(403, ['You do not have permission to comment on this issue.']);
  }
  const body = isRecord(ctx.body) ? ctx.body.body : undefined;
  if (body === undefined || body === null)
    return jiraError(400, [], { comment: 'Comment body can not be empty!' });
  const check = checkAdfDocument(body);
  if (!check.ok) return jiraError(400, [], { comment: check.reason });
  const comment = addComment(ctx, issue, body);
  emitCommented(ctx, issue, comment);
  return json(201, renderComment(ctx, issue, comment));
};

export const getIssueComments: Operation = (ctx) => {
  const issue = issueParam(ctx);
  if (!issue) return issueNotFound();
  const startAt = Math.max(0, queryInt(ctx.query.startAt, 0));
  const maxResults = Math.min(Math.max(0, queryInt(ctx.query.maxResults, 100)), 5000);
  const newestFirst = queryString(ctx.query.orderBy) === '-created';
  const ordered = newestFirst ? [...issue.comments].reverse() : issue.comments;
  const page = ordered.slice(startAt, startAt + maxResults);
  return json(200, {
    self: `${issueSelf(ctx, issue)}/comment`,
    startAt,
    maxResults,
    total: issue.comments.length,
    comments: page.map((c) => renderComment(ctx, issue, c)),
  });
};

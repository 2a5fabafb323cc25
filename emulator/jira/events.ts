// Forge product events, shaped as Forge delivers them (see the Forge Jira events reference).
import type { Ctx } from './context';
import { renderIssueType, renderLinkType, renderProjectRef, renderStatus } from './render/meta';
import type { ChangeItem, CommentRecord, IssueRecord, LinkRecord } from './state';
import { formatJiraTime } from './time';
import type { JiraEventType } from './types';

function accountRef(accountId: string | null): { accountId: string } | null {
  return accountId === null ? null : { accountId };
}

export function eventIssue(ctx: Ctx, issue: IssueRecord): Record<string, unknown> {
  const parent = issue.parentId === null ? undefined : ctx.site.issueById(issue.parentId);
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: issue.summary,
      issuetype: renderIssueType(ctx, ctx.site.issueTypeOf(issue)),
      creator: accountRef(issue.creatorId),
      created: formatJiraTime(issue.created),
      project: renderProjectRef(ctx, ctx.site.projectOf(issue)),
      reporter: accountRef(issue.reporterId),
      assignee: accountRef(issue.assigneeId),
      updated: formatJiraTime(issue.updated),
      status: renderStatus(ctx, ctx.site.status(issue.statusId)),
      labels: [...issue.labels],
      duedate: issue.duedate,
      ...(parent ? { parent: { id: parent.id, key: parent.key } } : {}),
    },
  };
}

function emit(ctx: Ctx, eventType: JiraEventType, payload: Record<string, unknown>): void {
  ctx.hooks.emit({
    eventType,
    cause: ctx.actor,
    causedByApp: ctx.fromApp,
    payload: { eventType, ...payload },
  });
}

function actorFields(ctx: Ctx): Record<string, unknown> {
  return {
    atlassianId: ctx.actorId,
    associatedUsers: { associatedUsers: [{ accountId: ctx.actorId }] },
  };
}

export function emitIssueCreated(ctx: Ctx, issue: IssueRecord): void {
  emit(ctx, 'avi:jira:created:issue', { issue: eventIssue(ctx, issue), ...actorFields(ctx) });
}

export function emitIssueUpdated(
  ctx: Ctx,
  issue: IssueRecord,
  historyId: string,
  items: readonly ChangeItem[],
): void {
  emit(ctx, 'avi:jira:updated:issue', {
    issue: eventIssue(ctx, issue),
    ...actorFields(ctx),
    changelog: { id: historyId, items: items.map((item) => ({ ...item })) },
  });
}

export function emitIssueDeleted(ctx: Ctx, payloadIssue: Record<string, unknown>): void {
  emit(ctx, 'avi:jira:deleted:issue', { issue: payloadIssue, ...actorFields(ctx) });
}

export function emitCommented(ctx: Ctx, issue: IssueRecord, comment: CommentRecord): void {
  emit(ctx, 'avi:jira:commented:issue', {
    issue: eventIssue(ctx, issue),
    ...actorFields(ctx),
    comment: {
      id: comment.id,
      self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}/comment/${comment.id}`,
      author: { accountId: comment.authorId },
      updateAuthor: { accountId: comment.authorId },
      body: comment.body,
      created: formatJiraTime(comment.created),
      updated: formatJiraTime(comment.updated),
      jsdPublic: true,
    },
  });
}

function linkPayload(ctx: Ctx, link: LinkRecord): Record<string, unknown> {
  const type = ctx.site.linkType(link.typeId);
  const source = ctx.site.issueById(link.sourceId);
  const destination = ctx.site.issueById(link.destinationId);
  return {
    id: link.id,
    sourceIssueId: link.sourceId,
    destinationIssueId: link.destinationId,
    ...(source ? { sourceProjectId: source.projectId } : {}),
    ...(destination ? { destinationProjectId: destination.projectId } : {}),
    ...(type ? { issueLinkType: renderLinkType(ctx, type) } : {}),
    atlassianId: ctx.actorId,
  };
}

export function emitLinkCreated(ctx: Ctx, link: LinkRecord): void {
  emit(ctx, 'avi:jira:created:issuelink', linkPayload(ctx, link));
}

export function emitLinkDeleted(ctx: Ctx, link: LinkRecord): void {
  emit(ctx, 'avi:jira:deleted:issuelink', linkPayload(ctx, link));
}

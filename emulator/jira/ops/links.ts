// Issue links and link types. In POST /issueLink the `inwardIssue` is the link's source:
// { type: Blocks, inwardIssue: A, outwardIssue: B } makes "A blocks B", as Jira Cloud does.
import type { Operation } from '../context';
import { emitCommented, emitLinkCreated, emitLinkDeleted } from '../events';
import { addComment, createLink, linkHistoryBothSides } from '../mutations';
import { checkAdfDocument } from '../adf';
import { issueNotFound, json, jiraError, noContent } from '../http';
import { issueRef } from '../issue-input';
import { can } from '../permissions';
import { renderLinkType } from '../render/meta';
import { renderIssueRef } from '../render/issue';
import { isRecord, stringField } from '../values';
import { pathParam, visibleIssue } from './load';

export const getIssueLinkTypes: Operation = (ctx) =>
  json(200, { issueLinkTypes: ctx.site.linkTypes().map((t) => renderLinkType(ctx, t)) });

export const linkIssues: Operation = (ctx) => {
  const body = isRecord(ctx.body) ? ctx.body : {};
  const typeSpec = isRecord(body.type) ? body.type : {};
  const typeId = stringField(typeSpec, 'id');
  const typeName = stringField(typeSpec, 'name')?.toLowerCase();
  const type = ctx.site
    .linkTypes()
    .find(
      (t) =>
        (typeId !== undefined && t.id === typeId) ||
        (typeName !== undefined && t.name.toLowerCase() === typeName),
    );
  if (!type)
    return jiraError(404, [
      `No issue link type with name '${stringField(typeSpec, 'name') ?? typeId ?? ''}' found.`,
    ]);
  const inwardRef = issueRef(body.inwardIssue);
  const outwardRef = issueRef(body.outwardIssue);
  const source = inwardRef === undefined ? undefined : visibleIssue(ctx, inwardRef);
  const destination = outwardRef === undefined ? undefined : visibleIssue(ctx, outwardRef);
  if (!source || !destination) return issueNotFound();
  if (!can(ctx, ctx.site.projectOf(source), 'LINK_ISSUES')) {
    return jiraError(403, ['You do not have permission to link issues in this project.']);
  }
  let commentBody: unknown;
  if (isRecord(body.comment) && body.comment.body !== undefined) {
    const check = checkAdfDocument(body.comment.body);
    if (!check.ok) return jiraError(400, [], { comment: check.reason });
    commentBody = body.comment.body;
  }
  const link = createLink(ctx, type.id, source.id, destination.id);
  if (link) {
    linkHistoryBothSides(ctx, link);
    emitLinkCreated(ctx, link);
  }
  if (commentBody !== undefined) {
    const comment = addComment(ctx, source, commentBody);
    emitCommented(ctx, source, comment);
  }
  return noContent(201);
};

export const getIssueLink: Operation = (ctx) => {
  const id = pathParam(ctx, 'linkId');
  const link = ctx.site.state.links.find((l) => l.id === id);
  const source = link ? visibleIssue(ctx, link.sourceId) : undefined;
  const destination = link ? visibleIssue(ctx, link.destinationId) : undefined;
  const type = link ? ctx.site.linkType(link.typeId) : undefined;
  if (!link || !source || !destination || !type)
    return jiraError(404, ['No issue link with id ' + id + ' exists.']);
  return json(200, {
    id: link.id,
    self: `${ctx.baseUrl}/rest/api/3/issueLink/${link.id}`,
    type: renderLinkType(ctx, type),
    inwardIssue: renderIssueRef(ctx, source),
    outwardIssue: renderIssueRef(ctx, destination),
  });
};

export const deleteIssueLink: Operation = (ctx) => {
  const id = pathParam(ctx, 'linkId');
  const link = ctx.site.state.links.find((l) => l.id === id);
  const source = link ? visibleIssue(ctx, link.sourceId) : undefined;
  if (!link || !source) return jiraError(404, ['No issue link with id ' + id + ' exists.']);
  if (!can(ctx, ctx.site.projectOf(source), 'LINK_ISSUES')) {
    return jiraError(403, ['You do not have permission to delete links in this project.']);
  }
  ctx.site.state.links = ctx.site.state.links.filter((l) => l.id !== id);
  emitLinkDeleted(ctx, link);
  return noContent();
};

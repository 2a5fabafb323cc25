// Applying checked changes to an issue, with the changelog items Jira records for them.
import { adfText } from './adf';
import type { Ctx } from './context';
import type { IssueChanges, PendingLink } from './issue-input';
import type { ChangeItem, CommentRecord, IssueRecord, LinkRecord } from './state';

function item(
  field: string,
  from: string | null,
  fromString: string | null,
  to: string | null,
  toString: string | null,
  fieldId: string | null = field,
): ChangeItem {
  return {
    field,
    fieldtype: 'jira',
    ...(fieldId === null ? {} : { fieldId }),
    from,
    fromString,
    to,
    toString,
  };
}

function displayName(ctx: Ctx, accountId: string | null): string | null {
  if (accountId === null) return null;
  return ctx.site.user(accountId)?.displayName ?? accountId;
}

function dueString(date: string | null): string | null {
  return date === null ? null : `${date} 00:00:00.0`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

// Mutates the issue's fields; returns what changed. Links and comments are applied separately.
export function applyFieldChanges(
  ctx: Ctx,
  issue: IssueRecord,
  changes: IssueChanges,
): ChangeItem[] {
  const items: ChangeItem[] = [];
  ctx.site.touch(issue);
  if (changes.summary !== undefined && changes.summary !== issue.summary) {
    items.push(item('summary', null, issue.summary, null, changes.summary));
    issue.summary = changes.summary;
  }
  if ('description' in changes && !sameJson(changes.description, issue.description)) {
    items.push(
      item(
        'description',
        null,
        adfText(issue.description) || null,
        null,
        adfText(changes.description) || null,
      ),
    );
    issue.description = changes.description ?? null;
  }
  if (changes.assigneeId !== undefined && changes.assigneeId !== issue.assigneeId) {
    items.push(
      item(
        'assignee',
        issue.assigneeId,
        displayName(ctx, issue.assigneeId),
        changes.assigneeId,
        displayName(ctx, changes.assigneeId),
      ),
    );
    issue.assigneeId = changes.assigneeId;
  }
  if (changes.reporterId !== undefined && changes.reporterId !== issue.reporterId) {
    items.push(
      item(
        'reporter',
        issue.reporterId,
        displayName(ctx, issue.reporterId),
        changes.reporterId,
        displayName(ctx, changes.reporterId),
      ),
    );
    issue.reporterId = changes.reporterId;
  }
  if (changes.duedate !== undefined && changes.duedate !== issue.duedate) {
    items.push(
      item(
        'duedate',
        issue.duedate,
        dueString(issue.duedate),
        changes.duedate,
        dueString(changes.duedate),
      ),
    );
    issue.duedate = changes.duedate;
  }
  if (changes.labels !== undefined && !sameJson(changes.labels, issue.labels)) {
    items.push(
      item('labels', null, issue.labels.join(' ') || null, null, changes.labels.join(' ') || null),
    );
    issue.labels = [...changes.labels];
  }
  if (changes.parentId !== undefined && changes.parentId !== issue.parentId) {
    const before = issue.parentId === null ? undefined : ctx.site.issueById(issue.parentId);
    const after = changes.parentId === null ? undefined : ctx.site.issueById(changes.parentId);
    items.push(
      item(
        'IssueParentAssociation',
        before?.id ?? null,
        before?.key ?? null,
        after?.id ?? null,
        after?.key ?? null,
        null,
      ),
    );
    issue.parentId = changes.parentId;
  }
  return items;
}

export function statusChange(ctx: Ctx, issue: IssueRecord, toStatusId: string): ChangeItem {
  const from = ctx.site.status(issue.statusId);
  const to = ctx.site.status(toStatusId);
  ctx.site.touch(issue);
  issue.statusId = to.id;
  if (from.category !== to.category) issue.statusCategoryChanged = ctx.now;
  // As a workflow that resolves on done (ASSUMPTIONS.md): entering done sets the resolution, leaving it clears it.
  if (to.category === 'done' && from.category !== 'done') issue.resolutionDate = ctx.now;
  else if (to.category !== 'done') issue.resolutionDate = null;
  return item('status', from.id, from.name, to.id, to.name);
}

export function recordHistory(ctx: Ctx, issue: IssueRecord, items: readonly ChangeItem[]): string {
  const id = ctx.site.nextId('history');
  issue.history.push({ id, authorId: ctx.actorId, created: ctx.now, items: [...items] });
  return id;
}

function linkItem(
  ctx: Ctx,
  link: LinkRecord,
  fromSide: 'source' | 'destination',
): ChangeItem | undefined {
  const type = ctx.site.linkType(link.typeId);
  const other = ctx.site.issueById(fromSide === 'source' ? link.destinationId : link.sourceId);
  if (!type || !other) return undefined;
  const phrase = fromSide === 'source' ? type.outward : type.inward;
  return item('Link', null, null, other.key, `This issue ${phrase} ${other.key}`, null);
}

// Creates links that do not exist yet; returns the new ones and the changelog items for `issue`.
export function addLinks(
  ctx: Ctx,
  issue: IssueRecord,
  pending: readonly PendingLink[],
): { links: LinkRecord[]; items: ChangeItem[] } {
  const links: LinkRecord[] = [];
  const items: ChangeItem[] = [];
  for (const p of pending) {
    const sourceId = p.thisIsSource ? issue.id : p.otherId;
    const destinationId = p.thisIsSource ? p.otherId : issue.id;
    const link = createLink(ctx, p.typeId, sourceId, destinationId);
    if (!link) continue;
    links.push(link);
    const own = linkItem(ctx, link, p.thisIsSource ? 'source' : 'destination');
    if (own) items.push(own);
    const other = ctx.site.issueById(p.otherId);
    const theirs = linkItem(ctx, link, p.thisIsSource ? 'destination' : 'source');
    if (other && theirs) recordHistory(ctx, other, [theirs]);
  }
  return { links, items };
}

export function createLink(
  ctx: Ctx,
  typeId: string,
  sourceId: string,
  destinationId: string,
): LinkRecord | undefined {
  const exists = ctx.site.state.links.some(
    (l) => l.typeId === typeId && l.sourceId === sourceId && l.destinationId === destinationId,
  );
  if (exists) return undefined;
  const link: LinkRecord = { id: ctx.site.nextId('link'), typeId, sourceId, destinationId };
  ctx.site.state.links.push(link);
  return link;
}

export function linkHistoryBothSides(ctx: Ctx, link: LinkRecord): void {
  const source = ctx.site.issueById(link.sourceId);
  const destination = ctx.site.issueById(link.destinationId);
  const sourceItem = linkItem(ctx, link, 'source');
  const destinationItem = linkItem(ctx, link, 'destination');
  if (source && sourceItem) recordHistory(ctx, source, [sourceItem]);
  if (destination && destinationItem) recordHistory(ctx, destination, [destinationItem]);
}

export function addComment(ctx: Ctx, issue: IssueRecord, body: unknown): CommentRecord {
  const comment: CommentRecord = {
    id: ctx.site.nextId('comment'),
    authorId: ctx.actorId,
    body,
    created: ctx.now,
    updated: ctx.now,
  };
  issue.comments.push(comment);
  issue.updated = ctx.now;
  return comment;
}

// Issues as Jira renders them (IssueBean), honouring `fields`, `properties` and `expand`.
import type { Ctx } from '../context';
import { can } from '../permissions';
import type { HistoryRecord, IssueRecord, LinkRecord, TransitionRecord } from '../state';
import { formatJiraTime } from '../time';
import { renderIssueType, renderLinkType, renderProjectRef, renderStatus } from './meta';
import { renderUserDetails, renderUserRef } from './user';

export const FIELD_NAMES: Readonly<Record<string, string>> = {
  summary: 'Summary',
  description: 'Description',
  issuetype: 'Issue Type',
  project: 'Project',
  status: 'Status',
  statuscategorychangedate: 'Status Category Changed',
  resolution: 'Resolution',
  resolutiondate: 'Resolved',
  reporter: 'Reporter',
  assignee: 'Assignee',
  creator: 'Creator',
  duedate: 'Due date',
  labels: 'Labels',
  parent: 'Parent',
  subtasks: 'Sub-tasks',
  issuelinks: 'Linked Issues',
  created: 'Created',
  updated: 'Updated',
  comment: 'Comment',
};

const ALL_FIELDS = Object.keys(FIELD_NAMES);
const NAVIGABLE_FIELDS = ALL_FIELDS.filter((f) => f !== 'comment');

const ISSUE_EXPAND =
  'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

// `fields` tokens as Jira reads them: *all, *navigable, id, field ids, and -field exclusions.
export function selectFields(tokens: readonly string[], fallback: '*all' | 'id'): Set<string> {
  const effective = tokens.length === 0 ? [fallback] : tokens;
  const selected = new Set<string>();
  const excluded = new Set<string>();
  let positive = false;
  for (const raw of effective) {
    const token = raw.trim();
    if (token.startsWith('-')) {
      excluded.add(token.slice(1).toLowerCase());
      continue;
    }
    positive = true;
    const lower = token.toLowerCase();
    if (lower === '*all') ALL_FIELDS.forEach((f) => selected.add(f));
    else if (lower === '*navigable') NAVIGABLE_FIELDS.forEach((f) => selected.add(f));
    else if (lower in FIELD_NAMES) selected.add(lower);
  }
  if (!positive) NAVIGABLE_FIELDS.forEach((f) => selected.add(f));
  for (const f of excluded) selected.delete(f);
  return selected;
}

export function issueSelf(ctx: Ctx, issue: IssueRecord): string {
  return `${ctx.baseUrl}/rest/api/3/issue/${issue.id}`;
}

export function renderIssueRef(ctx: Ctx, issue: IssueRecord): Record<string, unknown> {
  return {
    id: issue.id,
    key: issue.key,
    self: issueSelf(ctx, issue),
    fields: {
      summary: issue.summary,
      status: renderStatus(ctx, ctx.site.status(issue.statusId)),
      issuetype: renderIssueType(ctx, ctx.site.issueTypeOf(issue)),
    },
  };
}

function renderLink(
  ctx: Ctx,
  issue: IssueRecord,
  link: LinkRecord,
): Record<string, unknown> | undefined {
  const type = ctx.site.linkType(link.typeId);
  if (!type) return undefined;
  const outward = link.sourceId === issue.id;
  const other = ctx.site.issueById(outward ? link.destinationId : link.sourceId);
  if (!other) return undefined;
  return {
    id: link.id,
    self: `${ctx.baseUrl}/rest/api/3/issueLink/${link.id}`,
    type: renderLinkType(ctx, type),
    ...(outward
      ? { outwardIssue: renderIssueRef(ctx, other) }
      : { inwardIssue: renderIssueRef(ctx, other) }),
  };
}

export function renderComment(
  ctx: Ctx,
  issue: IssueRecord,
  comment: IssueRecord['comments'][number],
): Record<string, unknown> {
  const author = renderUserRef(ctx, comment.authorId);
  return {
    self: `${issueSelf(ctx, issue)}/comment/${comment.id}`,
    id: comment.id,
    author,
    body: comment.body,
    updateAuthor: author,
    created: formatJiraTime(comment.created),
    updated: formatJiraTime(comment.updated),
    jsdPublic: true,
  };
}

/** The one resolution the emulated workflows set: Jira's default "Done". */
const renderResolution = (ctx: Ctx): Record<string, unknown> => ({
  self: `${ctx.baseUrl}/rest/api/3/resolution/10000`,
  id: '10000',
  name: 'Done',
  description: 'Work has been completed on this issue.',
});

function fieldValue(ctx: Ctx, issue: IssueRecord, field: string): unknown {
  switch (field) {
    case 'summary':
      return issue.summary;
    case 'description':
      return issue.description ?? null;
    case 'issuetype':
      return renderIssueType(ctx, ctx.site.issueTypeOf(issue));
    case 'project':
      return renderProjectRef(ctx, ctx.site.projectOf(issue));
    case 'status':
      return renderStatus(ctx, ctx.site.status(issue.statusId));
    case 'statuscategorychangedate':
      return formatJiraTime(issue.statusCategoryChanged);
    case 'resolution':
      return issue.resolutionDate == null ? null : renderResolution(ctx);
    case 'resolutiondate':
      return issue.resolutionDate == null ? null : formatJiraTime(issue.resolutionDate);
    case 'reporter':
      return renderUserRef(ctx, issue.reporterId);
    case 'assignee':
      return renderUserRef(ctx, issue.assigneeId);
    case 'creator':
      return renderUserRef(ctx, issue.creatorId);
    case 'duedate':
      return issue.duedate;
    case 'labels':
      return [...issue.labels];
    case 'parent': {
      const parent = issue.parentId === null ? undefined : ctx.site.issueById(issue.parentId);
      return parent ? renderIssueRef(ctx, parent) : undefined;
    }
    case 'subtasks':
      return ctx.site.subtasksOf(issue.id).map((s) => renderIssueRef(ctx, s));
    case 'issuelinks':
      return ctx.site
        .linksOf(issue.id)
        .map((l) => renderLink(ctx, issue, l))
        .filter((l) => l !== undefined);
    case 'created':
      return formatJiraTime(issue.created);
    case 'updated':
      return formatJiraTime(issue.updated);
    case 'comment':
      return {
        comments: issue.comments.map((c) => renderComment(ctx, issue, c)),
        self: `${issueSelf(ctx, issue)}/comment`,
        maxResults: issue.comments.length,
        total: issue.comments.length,
        startAt: 0,
      };
    default:
      return undefined;
  }
}

export function availableTransitions(ctx: Ctx, issue: IssueRecord): TransitionRecord[] {
  const project = ctx.site.projectOf(issue);
  if (!can(ctx, project, 'TRANSITION_ISSUES')) return [];
  const workflow = ctx.site.workflowFor(project, issue.issueTypeId);
  return workflow.transitions.filter(
    (t) =>
      (t.from === null || t.from.includes(issue.statusId)) &&
      // A transition whose condition the caller fails is not offered, as in Jira.
      (t.appOnly !== true || ctx.actor.kind === 'app'),
  );
}

export function renderTransition(ctx: Ctx, transition: TransitionRecord): Record<string, unknown> {
  return {
    id: transition.id,
    name: transition.name,
    to: renderStatus(ctx, ctx.site.status(transition.to)),
    hasScreen: false,
    isGlobal: transition.from === null,
    isInitial: false,
    isAvailable: true,
    isConditional: transition.appOnly === true,
    isLooped: false,
  };
}

export function renderHistory(ctx: Ctx, history: HistoryRecord): Record<string, unknown> {
  return {
    id: history.id,
    author: renderUserRef(ctx, history.authorId),
    created: formatJiraTime(history.created),
    // The REST document types these as strings; absent values are left out rather than null.
    items: history.items.map((item) =>
      Object.fromEntries(Object.entries(item).filter(([, v]) => v !== null)),
    ),
  };
}

export interface IssueView {
  fields: ReadonlySet<string>;
  properties: readonly string[]; // property keys, or ['*all']
  expand: ReadonlySet<string>;
}

export function renderIssue(
  ctx: Ctx,
  issue: IssueRecord,
  view: IssueView,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of view.fields) {
    const value = fieldValue(ctx, issue, field);
    if (value !== undefined) fields[field] = value;
  }
  const bean: Record<string, unknown> = {
    expand: ISSUE_EXPAND,
    id: issue.id,
    self: issueSelf(ctx, issue),
    key: issue.key,
  };
  if (view.fields.size > 0) bean.fields = fields;
  if (view.properties.length > 0) {
    const all = view.properties.includes('*all');
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(issue.properties)) {
      if (all || view.properties.includes(key)) properties[key] = value;
    }
    bean.properties = properties;
  }
  if (view.expand.has('names')) {
    const names: Record<string, string> = {};
    for (const field of view.fields) names[field] = FIELD_NAMES[field] ?? field;
    bean.names = names;
  }
  if (view.expand.has('transitions')) {
    bean.transitions = availableTransitions(ctx, issue).map((t) => renderTransition(ctx, t));
  }
  if (view.expand.has('changelog')) {
    const histories = [...issue.history].reverse().map((h) => renderHistory(ctx, h));
    bean.changelog = {
      startAt: 0,
      maxResults: histories.length,
      total: histories.length,
      histories,
    };
  }
  return bean;
}

export function renderAuthor(ctx: Ctx): Record<string, unknown> | null {
  const user = ctx.site.user(ctx.actorId);
  return user ? renderUserDetails(ctx, user) : null;
}

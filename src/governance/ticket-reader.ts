import type { ExistingTicket, GovernanceConfig } from '../domain';
import type { JiraHttp } from '../jira/http';
import type { JiraIssue } from '../jira/schemas';
import { bulkFetchIssues, lastStatusMoves, type StatusMove } from '../jira/tickets-read';
import { STEP_PROPERTY, stepPropertySchema } from './properties';
import { upsertTickets, type RegisteredTicket, type TicketRegistry } from './ticket-registry';

/** What a ticket is read with: enough to place it (parent, links, project) and to reconcile it. */
const TICKET_FIELDS = [
  'status',
  'duedate',
  'assignee',
  'summary',
  'issuetype',
  'project',
  'parent',
  'issuelinks',
] as const;

/** The change request's own links to other issues: ids of its sub-tasks and of the issues linked to it. */
export function relatedIssueIds(changeRequest: JiraIssue): Set<string> {
  const ids = new Set<string>();
  const { subtasks, issuelinks } = changeRequest.fields as {
    subtasks?: unknown;
    issuelinks?: unknown;
  };
  for (const sub of Array.isArray(subtasks) ? subtasks : []) {
    const id = (sub as { id?: unknown }).id;
    if (typeof id === 'string') ids.add(id);
  }
  for (const link of Array.isArray(issuelinks) ? issuelinks : []) {
    const { inwardIssue, outwardIssue } = link as { inwardIssue?: unknown; outwardIssue?: unknown };
    for (const other of [inwardIssue, outwardIssue]) {
      const id = (other as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

/** A ticket still belongs to its change request: same project, and its sub-task or linked to it. */
function belongs(ticket: JiraIssue, changeRequest: JiraIssue): boolean {
  if (ticket.fields.project?.id !== changeRequest.fields.project?.id) return false;
  const parent = ticket.fields.parent as { id?: string; key?: string } | undefined;
  if (parent?.id === changeRequest.id) return true;
  return relatedIssueIds(ticket).has(changeRequest.id);
}

/**
 * After a bulk create whose answer was lost, the tickets it made are found among the change request's sub-tasks
 * and links (read from the issue itself, which is consistent, unlike the search index) by the one-time token the
 * create wrote into each step property. Nothing else is adopted: a forged property never carries the token of a
 * create that has not happened yet.
 */
export async function recoverPendingCreate(
  jira: JiraHttp,
  changeRequest: JiraIssue,
  registry: TicketRegistry,
): Promise<TicketRegistry> {
  const pending = registry.pending;
  if (!pending) return registry;
  const known = new Set(registry.tickets.map((t) => t.id));
  const candidates = [...relatedIssueIds(changeRequest)].filter((id) => !known.has(id));
  const found =
    candidates.length > 0
      ? await bulkFetchIssues(
          jira,
          candidates,
          ['project', 'parent', 'issuelinks'],
          [STEP_PROPERTY],
        )
      : [];
  const adopted: RegisteredTicket[] = [];
  for (const issue of found) {
    const step = stepPropertySchema.safeParse(issue.properties?.[STEP_PROPERTY]);
    if (!step.success || step.data.token !== pending.token || !belongs(issue, changeRequest))
      continue;
    const planned = pending.steps.find(
      (s) => s.kind === step.data.kind && s.stepId === step.data.stepId,
    );
    if (!planned || adopted.some((a) => a.kind === planned.kind && a.stepId === planned.stepId))
      continue;
    adopted.push({ id: issue.id, key: issue.key, ...planned });
  }
  const { pending: _done, ...rest } = upsertTickets(registry, adopted);
  return rest;
}

export interface ReadTickets {
  /** The registered tickets that still belong to the change request, as Jira has them now. */
  tickets: JiraIssue[];
  existing: ExistingTicket[];
}

/**
 * The change request's tickets as the domain sees them: only those in the app's registry that still belong to
 * it, each approval's decision attributed from Jira's changelog to whoever actually moved it.
 */
export async function readTickets(
  jira: JiraHttp,
  changeRequest: JiraIssue,
  registry: TicketRegistry,
  config: GovernanceConfig,
): Promise<ReadTickets> {
  if (registry.tickets.length === 0) return { tickets: [], existing: [] };
  const fetched = await bulkFetchIssues(
    jira,
    registry.tickets.map((t) => t.id),
    TICKET_FIELDS,
  );
  const byId = new Map(fetched.map((issue) => [issue.id, issue]));
  const placed = registry.tickets.flatMap((entry) => {
    const issue = byId.get(entry.id);
    return issue && belongs(issue, changeRequest) ? [{ entry, issue }] : [];
  });
  const decidedApprovals = placed.filter(
    ({ entry, issue }) =>
      entry.kind === 'approval' && issue.fields.status?.statusCategory?.key === 'done',
  );
  const moves =
    decidedApprovals.length > 0
      ? await lastStatusMoves(
          jira,
          decidedApprovals.map(({ issue }) => issue.id),
        )
      : new Map<string, StatusMove>();
  return {
    tickets: placed.map(({ issue }) => issue),
    existing: placed.map(({ entry, issue }) => {
      const move = moves.get(issue.id);
      const status = issue.fields.status?.name ?? '';
      const decidedBy =
        move && move.toStatus.toLowerCase() === status.toLowerCase() ? move.by : null;
      return toExistingTicket(entry, issue, config, decidedBy);
    }),
  };
}

/** A registered ticket in the domain's terms: the registry says what it is for, Jira says where it stands. */
export function toExistingTicket(
  entry: RegisteredTicket,
  issue: JiraIssue,
  config: GovernanceConfig,
  decidedBy: string | null,
): ExistingTicket {
  const status = issue.fields.status;
  const done = status?.statusCategory?.key === 'done';
  const statusName = (status?.name ?? '').toLowerCase();
  const is = (names: readonly string[]) => names.some((n) => n.toLowerCase() === statusName);
  const outcome =
    !done || entry.kind !== 'approval'
      ? undefined
      : is(config.approvalStatuses.approved)
        ? 'approved'
        : is(config.approvalStatuses.declined)
          ? 'declined'
          : 'withdrawn';
  return {
    key: issue.key,
    kind: entry.kind,
    stepId: entry.stepId,
    state: done ? 'done' : 'open',
    ...(outcome ? { outcome } : {}),
    ...(issue.fields.duedate ? { dueDate: issue.fields.duedate } : {}),
    ...(entry.forTier !== undefined ? { forTier: entry.forTier } : {}),
    ...(entry.roleId !== undefined ? { roleId: entry.roleId } : {}),
    retired: entry.retired === true,
    ...(entry.leftOpen === true ? { leftOpen: true } : {}),
    ...(entry.kind === 'approval'
      ? { approverAccountId: entry.approverAccountId ?? null, ...(done ? { decidedBy } : {}) }
      : {}),
  };
}

import type { RoleMapping } from './config-schema';
import type { DesiredTicket } from './plan';

export type TicketKind = 'approval' | 'comms' | 'redesign';

/** A ticket the app provisioned earlier, as read back from Jira. */
export interface ExistingTicket {
  key: string;
  kind: TicketKind;
  stepId: string;
  state: 'open' | 'done';
  /** For approvals in a done status: given, refused, or closed some other way. */
  outcome?: 'approved' | 'declined' | 'withdrawn';
  dueDate?: string;
  forTier?: number;
  /** The role the ticket is assigned for (the approver role, or the comms step's owner role), when recorded. */
  roleId?: string;
  /** Closed as obsolete or invalidated by the app: history, no longer part of the plan. */
  retired: boolean;
  /**
   * Approvals: the person the role mapped to when the app created or retargeted the approval (app storage,
   * never an issue field), or null when the role mapped to nobody.
   */
  approverAccountId?: string | null;
  /** Approvals in a done status: who moved it there, as Jira's changelog shows; null when unknown. */
  decidedBy?: string | null;
  /**
   * Retired but left open because the workflow offered no transition the app may take (no Withdraw): the
   * reason is already on it as a comment, so it is not closed again on every pass.
   */
  leftOpen?: boolean;
}

export type ReasonCode =
  | 'STEP.NOT_IN_PLAN'
  | 'STEP.DUPLICATE'
  | 'APPROVAL.TIER_CHANGED'
  | 'APPROVAL.NOT_BY_APPROVER'
  | 'REDESIGN.TOUCHPOINT_DROPPED'
  | 'REDESIGN.CHANGE_DECLINED'
  | 'REDESIGN.CHANGE_NOT_APPROVED';

/**
 * Why a decided approval does not count even for its own tier, or null when it does: a decision counts only
 * when the person the role mapped to took it. Anyone with Edit Issues can reassign a sub-task to themselves and
 * move it, so the current assignee proves nothing.
 */
export function invalidDecision(ticket: ExistingTicket): 'APPROVAL.NOT_BY_APPROVER' | null {
  if (ticket.kind !== 'approval' || ticket.state !== 'done' || ticket.outcome === 'withdrawn')
    return null;
  const approver = ticket.approverAccountId ?? null;
  return approver !== null && ticket.decidedBy === approver ? null : 'APPROVAL.NOT_BY_APPROVER';
}

export interface Reason {
  code: ReasonCode;
  message: string;
  /** What the sentence is made of, so a comment can be written in the site's language. */
  params?: Record<string, string | number>;
}

export type ReconcileAction =
  | { type: 'create'; ticket: DesiredTicket }
  | { type: 'move-due-date'; key: string; stepId: string; from: string | null; to: string }
  | { type: 'retarget-approval'; key: string; stepId: string; forTier: number }
  | {
      type: 'reassign';
      key: string;
      kind: TicketKind;
      stepId: string;
      roleId: string;
      assignTo: RoleMapping;
    }
  | { type: 'close-obsolete'; key: string; kind: TicketKind; stepId: string; reason: Reason }
  | { type: 'invalidate-approval'; key: string; stepId: string; reason: Reason };

const slot = (kind: TicketKind, stepId: string) => `${kind}:${stepId}`;

/** Oldest first, so the ticket people have seen longest is the one kept. */
const byAge = (a: ExistingTicket, b: ExistingTicket) => {
  const number = (key: string) => Number(/(\d+)$/.exec(key)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return number(a.key) - number(b.key) || a.key.localeCompare(b.key);
};

/**
 * Compares what the change request should have with what it has and says what to do.
 * Done work is never changed and nothing is deleted: obsolete open tickets are closed with a reason.
 */
export function reconcile(
  desired: readonly DesiredTicket[],
  existing: readonly ExistingTicket[],
): ReconcileAction[] {
  const actions: ReconcileAction[] = [];
  const live = existing.filter((ticket) => !ticket.retired);
  const wanted = new Set(desired.map((d) => slot(d.kind, d.stepId)));

  for (const want of desired) {
    const mine = live.filter((t) => t.kind === want.kind && t.stepId === want.stepId).sort(byAge);
    // A withdrawn approval is history, not a decision: it never covers its step (the step is asked afresh).
    let done = mine.filter((t) => t.state === 'done' && t.outcome !== 'withdrawn');
    const open = mine.filter((t) => t.state === 'open');

    if (want.kind === 'approval') {
      const staleReason = (t: ExistingTicket): Reason | null => {
        if (t.outcome === 'withdrawn') return null;
        if (t.forTier !== want.forTier)
          return {
            code: 'APPROVAL.TIER_CHANGED',
            message: `This decision was given for tier ${String(t.forTier ?? '?')}; the change is now tier ${String(want.forTier)}, so it is asked again.`,
            params: { from: t.forTier ?? '?', to: want.forTier },
          };
        return invalidDecision(t) === null
          ? null
          : {
              code: 'APPROVAL.NOT_BY_APPROVER',
              message:
                'This decision was not taken by the approver the role names, so it does not count; it is asked again of the approver.',
            };
      };
      const stale = done.flatMap((t) => {
        const reason = staleReason(t);
        return reason ? [{ ticket: t, reason }] : [];
      });
      for (const { ticket, reason } of stale) {
        actions.push({
          type: 'invalidate-approval',
          key: ticket.key,
          stepId: ticket.stepId,
          reason,
        });
      }
      done = done.filter((t) => !stale.some((s) => s.ticket === t));
    }

    const [keep, ...extra] = done.length > 0 ? [undefined, ...open] : open;
    for (const ticket of extra) {
      if (!ticket) continue;
      actions.push({
        type: 'close-obsolete',
        key: ticket.key,
        kind: ticket.kind,
        stepId: ticket.stepId,
        reason: { code: 'STEP.DUPLICATE', message: 'Another ticket already covers this step.' },
      });
    }
    if (done.length > 0) continue;
    if (!keep) {
      actions.push({ type: 'create', ticket: want });
      continue;
    }
    if (keep.dueDate !== want.dueDate) {
      actions.push({
        type: 'move-due-date',
        key: keep.key,
        stepId: keep.stepId,
        from: keep.dueDate ?? null,
        to: want.dueDate,
      });
    }
    if (want.kind === 'approval' && keep.forTier !== want.forTier) {
      actions.push({
        type: 'retarget-approval',
        key: keep.key,
        stepId: keep.stepId,
        forTier: want.forTier,
      });
    }
    // The same step can belong to another role after a re-tier (tier 2's reminder is the comms manager's,
    // tier 3's the requesting team's): the open ticket follows the plan's owner.
    const role = want.kind === 'approval' ? want.roleId : want.ownerRole;
    if (keep.roleId !== undefined && keep.roleId !== role) {
      actions.push({
        type: 'reassign',
        key: keep.key,
        kind: keep.kind,
        stepId: keep.stepId,
        roleId: role,
        assignTo: want.kind === 'approval' ? want.approver : want.owner,
      });
    }
  }

  const closeOutOfPlan = (ticket: ExistingTicket, message: string) =>
    actions.push({
      type: 'close-obsolete',
      key: ticket.key,
      kind: ticket.kind,
      stepId: ticket.stepId,
      reason: { code: 'STEP.NOT_IN_PLAN', message },
    });
  for (const ticket of live) {
    if (ticket.state === 'open' && !wanted.has(slot(ticket.kind, ticket.stepId)))
      closeOutOfPlan(
        ticket,
        'The change request was re-assessed and its governance plan no longer includes this step.',
      );
  }
  // A ticket an earlier pass retired but could not close (the pass failed in between) is closed now: a comms
  // task through its workflow, an approval only through Withdraw (never a transition that records a decision).
  for (const ticket of existing) {
    if (ticket.retired && ticket.state === 'open' && ticket.leftOpen !== true)
      closeOutOfPlan(ticket, 'An earlier re-assessment took this step out of the governance plan.');
  }
  return actions;
}

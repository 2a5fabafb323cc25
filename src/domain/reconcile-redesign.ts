// Redesign tasks are reconciled like comms tickets (one live task per touchpoint, due dates and owners follow the
// plan, done work never touched, nothing deleted); only the reason an open task is closed says what happened to
// the change, so its owner knows why the update is no longer asked of them.
import type { DesiredRedesign, ChangeStanding } from './plan-redesign';
import { reconcile, type ExistingTicket, type Reason, type ReconcileAction } from './reconcile';

const CLOSED_BECAUSE: Record<'dropped' | 'declined' | 'not-approved', Reason> = {
  dropped: {
    code: 'REDESIGN.TOUCHPOINT_DROPPED',
    message: 'The change no longer touches this touchpoint, so its redesign is no longer needed.',
  },
  declined: {
    code: 'REDESIGN.CHANGE_DECLINED',
    message: 'The change was declined, so this redesign is no longer needed.',
  },
  'not-approved': {
    code: 'REDESIGN.CHANGE_NOT_APPROVED',
    message:
      'The change is no longer approved (it went back to review), so this redesign waits until it is approved again.',
  },
};

/**
 * What to do with a change request's redesign tasks. `desired` is the redesign plan when the change stands
 * approved (empty otherwise); `existing` holds only its registered redesign tasks.
 */
export function reconcileRedesign(
  desired: readonly DesiredRedesign[],
  existing: readonly ExistingTicket[],
  standing: ChangeStanding,
): ReconcileAction[] {
  const reason = standing.approved ? CLOSED_BECAUSE.dropped : CLOSED_BECAUSE[standing.why];
  const wanted = standing.approved ? desired : [];
  return reconcile(
    wanted,
    existing.filter((t) => t.kind === 'redesign'),
  ).map((action) =>
    // Out of the plan now (not a duplicate, not a retired task closed again): say why, in the owner's terms.
    action.type === 'close-obsolete' &&
    action.reason.code === 'STEP.NOT_IN_PLAN' &&
    existing.some((t) => t.key === action.key && !t.retired)
      ? { ...action, reason }
      : action,
  );
}

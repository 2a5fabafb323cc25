import type { Assessment } from './assess';
import { localize } from './localized';
import { emergencyInForce, type DesiredApproval } from './plan';
import type { ExistingTicket } from './reconcile';

export type GateCode =
  | 'GATE.NOT_ASSESSED'
  | 'GATE.APPROVALS_PENDING'
  | 'GATE.APPROVALS_DECLINED'
  | 'GATE.LEAD_TIME'
  | 'GATE.NOT_APPROVER';

export type GateDecision = { pass: true } | { pass: false; code: GateCode; message: string };

const PASS: GateDecision = { pass: true };

const notAssessed = (assessment: Assessment | undefined): GateDecision => ({
  pass: false,
  code: 'GATE.NOT_ASSESSED',
  message:
    assessment?.status === 'needs-input'
      ? `The customer impact assessment needs input first: ${assessment.missing.join(', ')}.`
      : 'The customer impact assessment has not been made yet: fill in the intake on the change request.',
});

export type ApprovalStanding = 'approved' | 'declined' | 'pending';

/** Where each approval the current assessment needs stands. */
export function approvalStandings(
  required: readonly DesiredApproval[],
  existing: readonly ExistingTicket[],
): Array<{ approval: DesiredApproval; standing: ApprovalStanding; key: string | null }> {
  return required.map((approval) => {
    const tickets = existing.filter(
      (t) =>
        t.kind === 'approval' &&
        t.stepId === approval.stepId &&
        !t.retired &&
        t.forTier === approval.forTier,
    );
    const decided = tickets.find((t) => t.state === 'done' && t.outcome !== 'withdrawn');
    const standing: ApprovalStanding =
      decided?.outcome === 'approved'
        ? 'approved'
        : decided?.outcome === 'declined'
          ? 'declined'
          : 'pending';
    return { approval, standing, key: (decided ?? tickets[0])?.key ?? null };
  });
}

/** A change request may be approved only when every approval its tier asks for is given. */
export function checkApprovalGate(
  assessment: Assessment | undefined,
  required: readonly DesiredApproval[],
  existing: readonly ExistingTicket[],
): GateDecision {
  if (assessment?.status !== 'assessed') return notAssessed(assessment);
  const standings = approvalStandings(required, existing);
  const describe = (list: typeof standings) =>
    list
      .map((s) => `${localize(s.approval.roleName, 'en-US')}${s.key ? ` (${s.key})` : ''}`)
      .join(', ');
  const declined = standings.filter((s) => s.standing === 'declined');
  if (declined.length > 0) {
    return {
      pass: false,
      code: 'GATE.APPROVALS_DECLINED',
      message: `Declined by ${describe(declined)}. Address the objection and re-assess before approving.`,
    };
  }
  const pending = standings.filter((s) => s.standing === 'pending');
  if (pending.length > 0) {
    return {
      pass: false,
      code: 'GATE.APPROVALS_PENDING',
      message: `Waiting for approval from ${describe(pending)}.`,
    };
  }
  return PASS;
}

/** A change request may be scheduled only outside its tier's lead time, or as a justified emergency. */
export function checkScheduleGate(assessment: Assessment | undefined): GateDecision {
  if (assessment?.status !== 'assessed') return notAssessed(assessment);
  const { leadTime } = assessment;
  if (leadTime.compliant || emergencyInForce(assessment)) return PASS;
  return {
    pass: false,
    code: 'GATE.LEAD_TIME',
    message:
      `Launch ${assessment.launchDate} is ${String(leadTime.actualDays)} days after submission, inside the ` +
      `${String(leadTime.requiredDays)}-day lead time of tier ${String(assessment.tier)} (${localize(assessment.tierName, 'en-US')}). ` +
      `Move the launch to ${leadTime.earliestCompliantLaunch} or later, or flag the change as an emergency with a ` +
      'justification (this adds an emergency approval and a post-launch review).',
  };
}

/** Only the approver an approval is assigned to may decide it. */
export function checkApproverGate(
  assigneeAccountId: string | null,
  actingAccountId: string,
): GateDecision {
  if (assigneeAccountId !== null && assigneeAccountId === actingAccountId) return PASS;
  return {
    pass: false,
    code: 'GATE.NOT_APPROVER',
    message: 'Only the approver assigned to this approval can approve or decline it.',
  };
}

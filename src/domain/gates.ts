import { EMERGENCY_JUSTIFICATION_FIELD, type Assessed, type Assessment } from './assess';
import { localize, type LocalizedText } from './localized';
import { emergencyInForce, type DesiredApproval } from './plan';
import { invalidDecision, type ExistingTicket } from './reconcile';

export type GateCode =
  | 'GATE.NOT_ASSESSED'
  | 'GATE.APPROVALS_PENDING'
  | 'GATE.APPROVALS_DECLINED'
  | 'GATE.LEAD_TIME'
  | 'GATE.APPROVALS_INVALID'
  | 'GATE.EMERGENCY_JUSTIFICATION'
  | 'GATE.FREEZE_WINDOW';

/**
 * What a refusal's sentence is made of, so the panel and the validator can say it in the reader's
 * language (the `message` stays English for logs and tests).
 */
export interface GateParams {
  /** The approvals the refusal names, each with its ticket when there is one. */
  approvals?: Array<{ role: LocalizedText; key: string | null }>;
  /** Fields the assessment still needs (`needs-input`). */
  missing?: string[];
  launchDate?: string;
  actualDays?: number;
  requiredDays?: number;
  earliestCompliantLaunch?: string;
  tier?: number;
  /** The freeze window a launch falls in, and the first launch day after it. */
  freezeWindow?: { name: LocalizedText; start: string; end: string; earliestLaunch: string };
}

export type GateDecision =
  { pass: true } | { pass: false; code: GateCode; message: string; params?: GateParams };

const PASS: GateDecision = { pass: true };

const notAssessed = (assessment: Assessment | undefined): GateDecision => ({
  pass: false,
  code: 'GATE.NOT_ASSESSED',
  message:
    assessment?.status === 'needs-input'
      ? `The customer impact assessment needs input first: ${assessment.missing.join(', ')}.`
      : 'The customer impact assessment has not been made yet: fill in the intake on the change request.',
  params: { missing: assessment?.status === 'needs-input' ? [...assessment.missing] : [] },
});

/** `invalid`: decided, but not by the approver the role names, so it counts neither way. */
export type ApprovalStanding = 'approved' | 'declined' | 'pending' | 'invalid';

export interface ApprovalStandingRow {
  approval: DesiredApproval;
  standing: ApprovalStanding;
  key: string | null;
  /** Who moved an `invalid` approval, when Jira's changelog says. */
  decidedBy?: string | null;
}

/** Where each approval the current assessment needs stands: only decisions the named approver took count. */
export function approvalStandings(
  required: readonly DesiredApproval[],
  existing: readonly ExistingTicket[],
): ApprovalStandingRow[] {
  return required.map((approval) => {
    const tickets = existing.filter(
      (t) =>
        t.kind === 'approval' &&
        t.stepId === approval.stepId &&
        !t.retired &&
        t.forTier === approval.forTier,
    );
    const decidedAll = tickets.filter((t) => t.state === 'done' && t.outcome !== 'withdrawn');
    const decided = decidedAll.find((t) => invalidDecision(t) === null);
    if (decided) {
      return {
        approval,
        standing: decided.outcome === 'approved' ? 'approved' : 'declined',
        key: decided.key,
      };
    }
    const open = tickets.find((t) => t.state === 'open');
    const misdecided = decidedAll[0];
    if (!open && misdecided) {
      return {
        approval,
        standing: 'invalid',
        key: misdecided.key,
        decidedBy: misdecided.decidedBy ?? null,
      };
    }
    return { approval, standing: 'pending', key: (open ?? tickets[0])?.key ?? null };
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
  const named = (list: typeof standings): GateParams => ({
    approvals: list.map((s) => ({ role: s.approval.roleName, key: s.key })),
  });
  const declined = standings.filter((s) => s.standing === 'declined');
  if (declined.length > 0) {
    return {
      pass: false,
      code: 'GATE.APPROVALS_DECLINED',
      message: `Declined by ${describe(declined)}. Address the objection and re-assess before approving.`,
      params: named(declined),
    };
  }
  const invalid = standings.filter((s) => s.standing === 'invalid');
  if (invalid.length > 0) {
    return {
      pass: false,
      code: 'GATE.APPROVALS_INVALID',
      message: `Not decided by the named approver, so not counted: ${describe(invalid)}. The approval is asked again of the approver.`,
      params: named(invalid),
    };
  }
  const pending = standings.filter((s) => s.standing === 'pending');
  if (pending.length > 0) {
    return {
      pass: false,
      code: 'GATE.APPROVALS_PENDING',
      message: `Waiting for approval from ${describe(pending)}.`,
      params: named(pending),
    };
  }
  return PASS;
}

/**
 * A change request may be scheduled only when every approval of its *current* tier is given (a change re-tiered
 * after Approve cannot launch on the old tier's approvals), and only outside its tier's lead time or as a
 * justified emergency.
 */
export function checkScheduleGate(
  assessment: Assessment | undefined,
  required: readonly DesiredApproval[],
  existing: readonly ExistingTicket[],
): GateDecision {
  if (assessment?.status !== 'assessed') return notAssessed(assessment);
  const approvals = checkApprovalGate(assessment, required, existing);
  if (!approvals.pass) return approvals;
  const { leadTime } = assessment;
  if (!leadTime.compliant && !emergencyInForce(assessment)) {
    return assessment.emergencyJustificationMissing
      ? emergencyUnjustified(assessment)
      : leadTimeRefusal(assessment);
  }
  return checkFreezeWindow(assessment);
}

/** A launch inside a freeze window that holds for the change goes ahead only as a justified emergency. */
function checkFreezeWindow(assessment: Assessed): GateDecision {
  const hit = assessment.freeze?.launch;
  if (!hit || assessment.emergency !== null) return PASS;
  return {
    pass: false,
    code: 'GATE.FREEZE_WINDOW',
    message:
      `Launch ${assessment.launchDate} falls in the freeze window "${localize(hit.name, 'en-US')}" ` +
      `(${hit.start} to ${hit.end}). Move the launch to ${hit.earliestLaunch} or later, or flag the change as ` +
      'an emergency with a justification (this adds an emergency approval and a post-launch review).',
    params: {
      launchDate: assessment.launchDate,
      freezeWindow: {
        name: hit.name,
        start: hit.start,
        end: hit.end,
        earliestLaunch: hit.earliestLaunch,
      },
    },
  };
}

const leadTimeRefusal = (assessment: Assessed): GateDecision => {
  const { leadTime } = assessment;
  return {
    pass: false,
    code: 'GATE.LEAD_TIME',
    message:
      `Launch ${assessment.launchDate} is ${String(leadTime.actualDays)} days after submission, inside the ` +
      `${String(leadTime.requiredDays)}-day lead time of tier ${String(assessment.tier)} (${localize(assessment.tierName, 'en-US')}). ` +
      `Move the launch to ${leadTime.earliestCompliantLaunch} or later, or flag the change as an emergency with a ` +
      'justification (this adds an emergency approval and a post-launch review).',
    params: leadTimeParams(assessment),
  };
};

/** Flagged as an emergency inside the lead time, but without the justification that would let it through. */
const emergencyUnjustified = (assessment: Assessed): GateDecision => ({
  pass: false,
  code: 'GATE.EMERGENCY_JUSTIFICATION',
  message:
    `Launch ${assessment.launchDate} is ${String(assessment.leadTime.actualDays)} days after submission, inside the ` +
    `${String(assessment.leadTime.requiredDays)}-day lead time of tier ${String(assessment.tier)}, and the change is flagged as an ` +
    `emergency without a justification. Give the emergency justification (${EMERGENCY_JUSTIFICATION_FIELD}), or move the ` +
    `launch to ${assessment.leadTime.earliestCompliantLaunch} or later.`,
  params: leadTimeParams(assessment),
});

const leadTimeParams = (assessment: Assessed): GateParams => ({
  launchDate: assessment.launchDate,
  actualDays: assessment.leadTime.actualDays,
  requiredDays: assessment.leadTime.requiredDays,
  earliestCompliantLaunch: assessment.leadTime.earliestCompliantLaunch,
  tier: assessment.tier,
});

import {
  assess,
  checkApprovalGate,
  checkScheduleGate,
  DEFAULT_CONFIG,
  parseIntake,
  planGovernance,
  type Assessed,
  type DesiredApproval,
  type ExistingTicket,
} from '../../src/domain';
import { context, date, intakeOf } from './helpers';

const assessedTier1 = (launch: string, extra: Record<string, unknown> = {}): Assessed => {
  const a = assess(intakeOf({ reach: 3, financial: 3 }, launch, extra), DEFAULT_CONFIG, context());
  if (a.status !== 'assessed') throw new Error('expected assessed');
  return a;
};

const approvalsOf = (a: Assessed) =>
  planGovernance(a, DEFAULT_CONFIG, date('2026-11-23')).filter(
    (d): d is DesiredApproval => d.kind === 'approval',
  );

const tickets = (
  approvals: DesiredApproval[],
  decide: (stepId: string) => Partial<ExistingTicket>,
): ExistingTicket[] =>
  approvals.map((a, i) => ({
    key: `CHG-${String(i + 2)}`,
    kind: 'approval',
    stepId: a.stepId,
    state: 'open',
    forTier: a.forTier,
    retired: false,
    ...decide(a.stepId),
  }));

describe('approval gate', () => {
  const a = assessedTier1('2028-01-01');
  const required = approvalsOf(a);

  it('passes when every approval is given for the current tier', () => {
    const existing = tickets(required, (stepId) => ({
      state: 'done',
      outcome: 'approved',
      approverAccountId: stepId,
      decidedBy: stepId,
    }));
    expect(checkApprovalGate(a, required, existing)).toEqual({ pass: true });
  });

  it('refuses while any approval is pending, naming who is awaited', () => {
    const existing = tickets(required, (step) =>
      step === 'vp-comms'
        ? {}
        : { state: 'done', outcome: 'approved', approverAccountId: step, decidedBy: step },
    );
    expect(checkApprovalGate(a, required, existing)).toEqual({
      pass: false,
      code: 'GATE.APPROVALS_PENDING',
      message: 'Waiting for approval from VP Communications (CHG-3).',
      // What the panel and the validator translate the refusal from.
      params: {
        approvals: [
          { role: { 'en-US': 'VP Communications', 'it-IT': 'VP Comunicazione' }, key: 'CHG-3' },
        ],
      },
    });
  });

  it('refuses when any approval is declined', () => {
    const existing = tickets(required, (step) => ({
      state: 'done',
      outcome: step === 'vp-cx' ? 'declined' : 'approved',
      approverAccountId: step,
      decidedBy: step,
    }));
    const decision = checkApprovalGate(a, required, existing);
    expect(decision).toMatchObject({ pass: false, code: 'GATE.APPROVALS_DECLINED' });
  });

  it('does not count an approval given to another tier', () => {
    const existing = tickets(required, (step) => ({
      state: 'done',
      outcome: 'approved',
      forTier: 2,
      approverAccountId: step,
      decidedBy: step,
    }));
    expect(checkApprovalGate(a, required, existing)).toMatchObject({
      pass: false,
      code: 'GATE.APPROVALS_PENDING',
    });
  });

  it('refuses a change request that was never assessed or needs input', () => {
    expect(checkApprovalGate(undefined, [], [])).toMatchObject({
      pass: false,
      code: 'GATE.NOT_ASSESSED',
    });
    const needsInput = assess(parseIntake({}), DEFAULT_CONFIG, context());
    expect(checkApprovalGate(needsInput, [], [])).toMatchObject({
      pass: false,
      code: 'GATE.NOT_ASSESSED',
    });
  });
});

/** The gate's other inputs when every approval the tier asks for was given by its approver. */
const allGiven = (a: Assessed) => {
  const required = approvalsOf(a);
  const existing = tickets(required, (stepId) => ({
    state: 'done',
    outcome: 'approved',
    approverAccountId: stepId,
    decidedBy: stepId,
  }));
  return [a, required, existing] as const;
};

describe('schedule gate', () => {
  // Tier 1 needs 365 days: submitted 2026-11-23, the earliest compliant launch is 2027-11-23.
  it('passes outside the lead time', () => {
    expect(checkScheduleGate(...allGiven(assessedTier1('2027-11-23')))).toEqual({ pass: true });
  });

  it('refuses inside the lead time, naming the earliest compliant launch and the emergency path', () => {
    const decision = checkScheduleGate(...allGiven(assessedTier1('2027-11-22')));
    expect(decision).toMatchObject({ pass: false, code: 'GATE.LEAD_TIME' });
    if (!decision.pass) {
      expect(decision.message).toContain('2027-11-23');
      expect(decision.message).toContain('364 days');
      expect(decision.message).toContain('emergency');
    }
  });

  it('passes inside the lead time for a justified emergency, which adds an emergency approval', () => {
    const a = assessedTier1('2027-01-10', { emergency: { justification: 'Court order' } });
    expect(checkScheduleGate(...allGiven(a))).toEqual({ pass: true });
    expect(approvalsOf(a).map((x) => x.stepId)).toContain('emergency');
  });
});

// Decisions count only when the approver the role named took them (issue: "Nobody can approve their own change").
// The expectations come from the rule as written, not from the code: an approval is given when the person the role
// mapped to (recorded by the app) moved it to Approved.
import {
  approvalStandings,
  assess,
  checkApprovalGate,
  checkScheduleGate,
  DEFAULT_CONFIG,
  planGovernance,
  reconcile,
  type Assessed,
  type DesiredApproval,
  type ExistingTicket,
} from '../../src/domain';
import { context, date, intakeOf } from './helpers';

/** Tier 1 by escalation (financial 3 with reach ≥ 2), launch far outside any lead time. */
const tier1 = (): Assessed => {
  const a = assess(intakeOf({ reach: 3, financial: 3 }, '2029-06-01'), DEFAULT_CONFIG, context());
  if (a.status !== 'assessed' || a.tier !== 1) throw new Error('expected tier 1');
  return a;
};
const approvalsOf = (a: Assessed) =>
  planGovernance(a, DEFAULT_CONFIG, date('2026-11-23')).filter(
    (d): d is DesiredApproval => d.kind === 'approval',
  );

/** The default roles map to users whose account id is the role id (docs/design-contract.md's demo site). */
const decided = (
  approval: DesiredApproval,
  index: number,
  by: string | null,
  outcome: 'approved' | 'declined' = 'approved',
): ExistingTicket => ({
  key: `CHG-${String(100 + index)}`,
  kind: 'approval',
  stepId: approval.stepId,
  state: 'done',
  outcome,
  forTier: approval.forTier,
  retired: false,
  approverAccountId: approval.roleId,
  decidedBy: by,
});

describe('who decided', () => {
  const a = tier1();
  const required = approvalsOf(a);

  it('the three tier-1 approvers each approving their own approval lets Approve and Schedule through', () => {
    const existing = required.map((r, i) => decided(r, i, r.roleId));
    expect(checkApprovalGate(a, required, existing)).toEqual({ pass: true });
    expect(checkScheduleGate(a, required, existing)).toEqual({ pass: true });
  });

  it('a requester who reassigned the approvals to themselves and approved them gets nothing counted', () => {
    const existing = required.map((r, i) => decided(r, i, 'requester'));
    expect(approvalStandings(required, existing).map((s) => s.standing)).toEqual([
      'invalid',
      'invalid',
      'invalid',
    ]);
    const approve = checkApprovalGate(a, required, existing);
    expect(approve).toMatchObject({ pass: false, code: 'GATE.APPROVALS_INVALID' });
    if (!approve.pass) expect(approve.message).toContain('CHG-100');
    expect(checkScheduleGate(a, required, existing)).toMatchObject({
      pass: false,
      code: 'GATE.APPROVALS_INVALID',
    });
  });

  it('one approval moved by someone else is the only one not counted', () => {
    const existing = required.map((r, i) => decided(r, i, i === 1 ? 'requester' : r.roleId));
    const standings = approvalStandings(required, existing);
    expect(standings.map((s) => s.standing)).toEqual(['approved', 'invalid', 'approved']);
    expect(standings[1]?.decidedBy).toBe('requester');
  });

  it('a decision whose author Jira does not name, or on an approval mapped to nobody, does not count', () => {
    const unknownAuthor = required.map((r, i) => decided(r, i, i === 0 ? null : r.roleId));
    expect(checkApprovalGate(a, required, unknownAuthor)).toMatchObject({ pass: false });
    const nobody = required.map((r, i) => ({
      ...decided(r, i, r.roleId),
      ...(i === 2 ? { approverAccountId: null } : {}),
    }));
    expect(checkApprovalGate(a, required, nobody)).toMatchObject({
      pass: false,
      code: 'GATE.APPROVALS_INVALID',
    });
  });

  it('a decline by someone other than the approver blocks nothing and counts for nothing', () => {
    const existing = required.map((r, i) =>
      i === 0 ? decided(r, i, 'requester', 'declined') : decided(r, i, r.roleId),
    );
    expect(checkApprovalGate(a, required, existing)).toMatchObject({
      code: 'GATE.APPROVALS_INVALID',
    });
  });

  it('reconcile retires a decision the approver did not take and asks the approver again', () => {
    const existing = required.map((r, i) => decided(r, i, i === 0 ? 'requester' : r.roleId));
    const actions = reconcile(required, existing);
    expect(actions).toEqual([
      expect.objectContaining({
        type: 'invalidate-approval',
        key: 'CHG-100',
        reason: expect.objectContaining({ code: 'APPROVAL.NOT_BY_APPROVER' }),
      }),
      { type: 'create', ticket: required[0] },
    ]);
  });
});

describe('schedule refuses while the current tier’s approvals are not given', () => {
  it('a change approved at tier 3 and then raised to tier 1 cannot be scheduled on the old approval', () => {
    const a = tier1();
    const required = approvalsOf(a);
    // The CX manager approved when the change was tier 3.
    const old: ExistingTicket = {
      key: 'CHG-50',
      kind: 'approval',
      stepId: 'cx-manager',
      state: 'done',
      outcome: 'approved',
      forTier: 3,
      retired: false,
      approverAccountId: 'cx-manager',
      decidedBy: 'cx-manager',
    };
    const decision = checkScheduleGate(a, required, [old]);
    expect(decision).toMatchObject({ pass: false, code: 'GATE.APPROVALS_PENDING' });
    if (!decision.pass) {
      for (const name of ['VP Customer Experience', 'VP Communications', 'Finance director'])
        expect(decision.message).toContain(name);
    }
  });
});

describe('a withdrawn approval', () => {
  it('is history: when the plan asks for its step again, the approver is asked afresh', () => {
    const a = tier1();
    const required = approvalsOf(a);
    const withdrawn: ExistingTicket = {
      ...decided(required[0]!, 0, null),
      outcome: 'withdrawn',
    };
    const created = reconcile(required, [withdrawn]).flatMap((x) =>
      x.type === 'create' ? [x.ticket.stepId] : [],
    );
    expect(created).toContain(required[0]!.stepId);
    expect(checkApprovalGate(a, required, [withdrawn])).toMatchObject({
      pass: false,
      code: 'GATE.APPROVALS_PENDING',
    });
  });
});

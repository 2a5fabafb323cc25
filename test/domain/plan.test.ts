import {
  assess,
  DEFAULT_CONFIG,
  planApprovals,
  planComms,
  planGovernance,
  type Assessed,
} from '../../src/domain';
import { context, date, intakeOf } from './helpers';

const TIER_ANSWERS = {
  1: { reach: 3, financial: 3 },
  2: { regulatory: 3 },
  3: { reach: 2, financial: 2 },
  4: { reach: 1 },
} as const;

const assessedAt = (
  tier: 1 | 2 | 3 | 4,
  launch: string,
  extra: Record<string, unknown> = {},
  submitted = '2026-11-23',
): Assessed => {
  const result = assess(
    intakeOf(TIER_ANSWERS[tier], launch, extra),
    DEFAULT_CONFIG,
    context(submitted),
  );
  if (result.status !== 'assessed') throw new Error('expected assessed');
  return result;
};

describe('what provisioning plans per tier (DESIGN.md contract)', () => {
  it.each([
    [1, 3, 8, ['vp-cx', 'vp-comms', 'finance-director']],
    [2, 1, 7, ['cx-director']],
    [3, 1, 5, ['cx-manager']],
    [4, 1, 2, ['team-lead']],
  ] as const)('tier %i: %i approvals and %i comms tickets', (tier, approvals, comms, approvers) => {
    const desired = planGovernance(
      assessedAt(tier, '2028-06-01'),
      DEFAULT_CONFIG,
      date('2026-11-23'),
    );
    expect(desired.filter((d) => d.kind === 'approval').map((d) => d.stepId)).toEqual(approvers);
    expect(desired.filter((d) => d.kind === 'comms')).toHaveLength(comms);
  });

  it('dates tier 1 comms from the launch date and keeps them in date order', () => {
    const comms = planComms(assessedAt(1, '2028-06-01'), DEFAULT_CONFIG, date('2026-11-23'));
    expect(comms.map((c) => [c.stepId, c.dueDate])).toEqual([
      ['internal-alignment', '2027-06-02'],
      ['first-notice', '2027-09-05'],
      ['help-centre', '2027-12-04'],
      ['reminder', '2028-03-03'],
      ['agent-training', '2028-05-02'],
      ['final-notice', '2028-05-25'],
      ['launch-announcement', '2028-06-01'],
      ['post-launch-review', '2028-06-15'],
    ]);
    expect(comms.every((c) => !c.overdue)).toBe(true);
  });

  it('still plans steps already in the past, flagged overdue', () => {
    const comms = planComms(assessedAt(2, '2027-01-15'), DEFAULT_CONFIG, date('2026-11-23'));
    const overdue = comms.filter((c) => c.overdue).map((c) => c.stepId);
    expect(overdue).toEqual(['internal-briefing', 'customer-notice', 'help-centre']);
    expect(comms).toHaveLength(7);
  });

  it('asks approvals the day before the first customer-facing step', () => {
    const a = assessedAt(1, '2028-06-01');
    const approvals = planApprovals(
      a,
      DEFAULT_CONFIG,
      planComms(a, DEFAULT_CONFIG, date('2026-11-23')),
    );
    expect(new Set(approvals.map((x) => x.dueDate))).toEqual(new Set(['2027-09-04']));
    expect(approvals.every((x) => x.forTier === 1)).toBe(true);
    expect(approvals[0]?.approver).toEqual({ kind: 'user', accountId: 'vp-cx' });
  });

  it('never asks approvals before the day after submission', () => {
    const a = assessedAt(4, '2026-11-25');
    const approvals = planApprovals(
      a,
      DEFAULT_CONFIG,
      planComms(a, DEFAULT_CONFIG, date('2026-11-23')),
    );
    expect(approvals[0]?.dueDate).toBe('2026-11-24');
  });

  it('an emergency inside the lead time adds an emergency approval and a post-launch review', () => {
    const a = assessedAt(3, '2026-12-01', {
      emergency: { justification: 'Security fix required by regulator' },
    });
    expect(a.leadTime.compliant).toBe(false);
    const desired = planGovernance(a, DEFAULT_CONFIG, date('2026-11-23'));
    expect(desired.filter((d) => d.kind === 'approval').map((d) => d.stepId)).toEqual([
      'cx-manager',
      'emergency',
    ]);
    const review = desired.find((d) => d.stepId === 'emergency-review');
    expect(review).toMatchObject({ kind: 'comms', dueDate: '2026-12-08', customerFacing: false });
  });

  it('an emergency flag on a compliant launch changes nothing', () => {
    const a = assessedAt(4, '2027-06-01', { emergency: { justification: 'just in case' } });
    expect(planGovernance(a, DEFAULT_CONFIG, date('2026-11-23'))).toHaveLength(3);
  });
});

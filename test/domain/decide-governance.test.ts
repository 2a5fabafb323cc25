// One governance decision, table-tested: what a pass does for each situation a change request can be in. The
// expectations are read off docs/design-contract.md's tables (approvers and comms steps per tier), not computed by the code.
import {
  decideGovernance,
  syncLaunchDate,
  type ExistingTicket,
  type GovernanceInputs,
} from '../../src/domain';
import { config, context, date, intakeOf, type Answers } from './helpers';

const TIER: Record<1 | 2 | 3 | 4, Answers> = {
  1: { reach: 3, financial: 3 },
  2: { regulatory: 3 },
  3: { reach: 2, financial: 2 },
  4: { reach: 1 },
};
/** docs/design-contract.md: approver roles and comms steps per tier. */
const APPROVERS = {
  1: ['finance-director', 'vp-comms', 'vp-cx'],
  2: ['cx-director'],
  3: ['cx-manager'],
  4: ['team-lead'],
};
const COMMS_STEPS = { 1: 8, 2: 7, 3: 5, 4: 2 };

const inputs = (tier: 1 | 2 | 3 | 4, extra: Partial<GovernanceInputs> = {}): GovernanceInputs => ({
  intake: intakeOf(TIER[tier], '2029-01-15'),
  config: config(),
  context: context('2026-11-23'),
  existing: [],
  today: date('2026-11-23'),
  ...extra,
});

describe('decideGovernance', () => {
  it.each([1, 2, 3, 4] as const)(
    'a new tier-%i request creates its approvals and comms steps, nothing else',
    (tier) => {
      const d = decideGovernance(inputs(tier));
      expect(d.assessment).toMatchObject({ status: 'assessed', tier });
      const created = d.actions.map((a) => (a.type === 'create' ? a.ticket : null));
      expect(created.every((t) => t !== null)).toBe(true);
      expect(created.flatMap((t) => (t?.kind === 'approval' ? [t.stepId] : [])).sort()).toEqual(
        APPROVERS[tier],
      );
      expect(created.filter((t) => t?.kind === 'comms')).toHaveLength(COMMS_STEPS[tier]);
      expect(d.backToReview).toBe(false);
    },
  );

  it('a request that needs input gets no actions at all', () => {
    const d = decideGovernance({ ...inputs(3), intake: intakeOf({}, 'not a date') });
    expect(d.assessment.status).toBe('needs-input');
    expect(d.actions).toEqual([]);
  });

  it('an approved change re-tiered to tier 1 on a tier-3 approval goes back to review', () => {
    const approvedAtTier3: ExistingTicket = {
      key: 'CHG-2',
      kind: 'approval',
      stepId: 'cx-manager',
      state: 'done',
      outcome: 'approved',
      forTier: 3,
      retired: false,
      approverAccountId: 'cx-manager',
      decidedBy: 'cx-manager',
    };
    const d = decideGovernance(
      inputs(1, { existing: [approvedAtTier3], changeRequestApproved: true }),
    );
    expect(d.backToReview).toBe(true);
    // Not approved yet: nothing to send back.
    expect(decideGovernance(inputs(1, { existing: [approvedAtTier3] })).backToReview).toBe(false);
  });

  it('an approved change whose approvals were all given by their approvers stays where it is', () => {
    const existing: ExistingTicket[] = [
      {
        key: 'CHG-2',
        kind: 'approval',
        stepId: 'cx-manager',
        state: 'done',
        outcome: 'approved',
        forTier: 3,
        retired: false,
        approverAccountId: 'cx-manager',
        decidedBy: 'cx-manager',
      },
    ];
    expect(
      decideGovernance(inputs(3, { existing, changeRequestApproved: true })).backToReview,
    ).toBe(false);
  });
});

describe('the Due date is the launch date', () => {
  it.each([
    [
      'first pass: the intake sets the Due date',
      '2027-05-01',
      null,
      null,
      { launchDate: '2027-05-01', setDueDate: '2027-05-01' },
    ],
    [
      'first pass: the Create dialog’s Due date becomes the launch',
      null,
      '2027-06-01',
      null,
      { launchDate: '2027-06-01', setIntakeLaunchDate: '2027-06-01' },
    ],
    [
      'the Due date was moved in Jira: the launch follows',
      '2027-05-01',
      '2027-07-01',
      '2027-05-01',
      { launchDate: '2027-07-01', setIntakeLaunchDate: '2027-07-01' },
    ],
    [
      'the intake was moved: the Due date follows',
      '2027-08-01',
      '2027-05-01',
      '2027-05-01',
      { launchDate: '2027-08-01', setDueDate: '2027-08-01' },
    ],
    [
      'both moved: the intake wins',
      '2027-08-01',
      '2027-07-01',
      '2027-05-01',
      { launchDate: '2027-08-01', setDueDate: '2027-08-01' },
    ],
    [
      'in step: nothing to write',
      '2027-05-01',
      '2027-05-01',
      '2027-05-01',
      { launchDate: '2027-05-01' },
    ],
    [
      'a malformed intake date is never copied into Jira',
      '1 May',
      null,
      null,
      { launchDate: '1 May' },
    ],
  ] as const)('%s', (_name, intakeLaunchDate, dueDate, synced, expected) => {
    const sync = syncLaunchDate({ intakeLaunchDate, dueDate, synced });
    expect(sync).toMatchObject(expected);
    if (!('setDueDate' in expected)) expect(sync.setDueDate).toBeUndefined();
    if (!('setIntakeLaunchDate' in expected)) expect(sync.setIntakeLaunchDate).toBeUndefined();
  });
});

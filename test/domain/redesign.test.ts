import {
  assess,
  changeStanding,
  decideGovernance,
  planRedesign,
  reconcileRedesign,
  validateConfig,
  type DesiredRedesign,
  type ExistingTicket,
  type GovernanceConfig,
} from '../../src/domain';
import { stepPropertySchema } from '../../src/governance/properties';
import { ticketRegistrySchema } from '../../src/governance/ticket-registry';
import { config, context, date, intakeOf, type Answers } from './helpers';

// reach 2 (×3) + financial 2 (×3) = 12 of 48 points → score 25 → tier 3 (redesign offset −14 in the shipped plan).
const TIER_3: Answers = { reach: 2, financial: 2 };
const TOUCHED = { touchpoints: ['help-centre', 'checkout', 'website'] };
const STATUSES = { approved: ['Approved'], declined: ['Declined', 'Rejected'] };

function assessed(cfg: GovernanceConfig, launch: string, extra: Record<string, unknown> = TOUCHED) {
  const intake = intakeOf(TIER_3, launch, extra);
  const assessment = assess(intake, cfg, context('2026-11-23'));
  if (assessment.status !== 'assessed') throw new Error('expected an assessed change');
  return { intake, assessment };
}

const redesignTicket = (
  key: string,
  stepId: string,
  extra: Partial<ExistingTicket> = {},
): ExistingTicket => ({
  key,
  kind: 'redesign',
  stepId,
  state: 'open',
  retired: false,
  ...extra,
});

describe('redesign plan', () => {
  it('plans one task per touched touchpoint, in journey order, for its owner, due launch − 14 days on tier 3', () => {
    const cfg = config();
    const { intake, assessment } = assessed(cfg, '2027-06-30');
    const plan = planRedesign(assessment, intake.details, cfg, date('2026-12-01'));
    expect(
      plan.map((t) => [t.stepId, t.owner, t.ownerRole, t.dueDate, t.offsetDays, t.overdue]),
    ).toEqual([
      ['website', { kind: 'user', accountId: 'pr-lead' }, 'user:pr-lead', '2027-06-16', -14, false],
      [
        'checkout',
        { kind: 'user', accountId: 'finance-partner' },
        'user:finance-partner',
        '2027-06-16',
        -14,
        false,
      ],
      [
        'help-centre',
        { kind: 'user', accountId: 'cx-lead' },
        'user:cx-lead',
        '2027-06-16',
        -14,
        false,
      ],
    ]);
    expect(plan[2]?.touchpoint['en-US']).toBe('Help-centre articles');
  });

  it('falls back to the first customer-facing step (tier 3: customer notice, −60) when the plan has no redesign offset', () => {
    const cfg = config();
    const plan3 = cfg.commsPlans.find((p) => p.tier === 3);
    if (plan3) delete plan3.redesignOffsetDays;
    const { intake, assessment } = assessed(cfg, '2027-06-30');
    const [first] = planRedesign(assessment, intake.details, cfg, date('2026-12-01'));
    // 2027-06-30 − 60 days = 2027-05-01.
    expect(first?.dueDate).toBe('2027-05-01');
  });

  it('falls back to launch day when the plan has neither an offset nor a customer-facing step', () => {
    const cfg = config();
    const plan3 = cfg.commsPlans.find((p) => p.tier === 3);
    if (plan3) {
      delete plan3.redesignOffsetDays;
      plan3.steps = plan3.steps.map((s) => ({ ...s, customerFacing: false }));
    }
    const { intake, assessment } = assessed(cfg, '2027-06-30');
    expect(planRedesign(assessment, intake.details, cfg, date('2026-12-01'))[0]?.dueDate).toBe(
      '2027-06-30',
    );
  });

  it('keeps a due date already past and flags it overdue', () => {
    const cfg = config();
    const { intake, assessment } = assessed(cfg, '2027-01-10');
    const [first] = planRedesign(assessment, intake.details, cfg, date('2027-01-05'));
    // 2027-01-10 − 14 = 2026-12-27, before 2027-01-05.
    expect(first).toMatchObject({ dueDate: '2026-12-27', overdue: true });
  });

  it('gives free-text touchpoints and legacy journey-stage words no task', () => {
    const cfg = config();
    const { intake, assessment } = assessed(cfg, '2027-06-30', {
      touchpoints: ['billing', 'invoices'],
      otherTouchpoints: ['Partner portal'],
    });
    expect(
      planRedesign(assessment, intake.details, cfg, date('2026-12-01')).map((t) => t.stepId),
    ).toEqual(['invoices']);
  });
});

describe('change standing', () => {
  const before = ['Draft', 'In review'];
  it.each([
    [{ name: 'Approved', category: 'indeterminate' }, null, { approved: true }],
    [{ name: 'Scheduled', category: 'indeterminate' }, before, { approved: true }],
    [{ name: 'Done', category: 'done' }, before, { approved: true }],
    [
      { name: 'In review', category: 'indeterminate' },
      before,
      { approved: false, why: 'not-approved' },
    ],
    [{ name: 'Declined', category: 'done' }, before, { approved: false, why: 'declined' }],
    [{ name: 'Draft', category: 'new' }, [], { approved: false, why: 'not-approved' }],
    [
      { name: 'Scheduled', category: 'indeterminate' },
      null,
      { approved: false, why: 'not-approved' },
    ],
  ] as const)('%j after approval from %j is %j', (status, from, expected) => {
    expect(changeStanding(status, STATUSES, from)).toEqual(expected);
  });
});

describe('redesign reconcile', () => {
  const want = (stepId: string, dueDate: string, ownerRole = `user:${stepId}-owner`) =>
    ({
      kind: 'redesign',
      stepId,
      dueDate,
      ownerRole,
      owner: { kind: 'user', accountId: ownerRole.replace('user:', '') },
    }) as unknown as DesiredRedesign;

  it('creates the missing, moves a due date, and closes a dropped touchpoint with its reason', () => {
    const actions = reconcileRedesign(
      [want('website', '2027-06-16'), want('checkout', '2027-06-16')],
      [
        redesignTicket('CHG-10', 'website', {
          dueDate: '2027-05-01',
          roleId: 'user:website-owner',
        }),
        redesignTicket('CHG-11', 'help-centre', { dueDate: '2027-05-01' }),
        redesignTicket('CHG-12', 'invoices', { state: 'done', dueDate: '2027-05-01' }),
      ],
      { approved: true },
    );
    expect(actions).toEqual([
      {
        type: 'move-due-date',
        key: 'CHG-10',
        stepId: 'website',
        from: '2027-05-01',
        to: '2027-06-16',
      },
      { type: 'create', ticket: want('checkout', '2027-06-16') },
      {
        type: 'close-obsolete',
        key: 'CHG-11',
        kind: 'redesign',
        stepId: 'help-centre',
        reason: expect.objectContaining({ code: 'REDESIGN.TOUCHPOINT_DROPPED' }) as unknown,
      },
    ]);
  });

  it('reassigns an open task when its touchpoint changes owner', () => {
    const actions = reconcileRedesign(
      [want('website', '2027-06-16', 'group:web-team')],
      [redesignTicket('CHG-10', 'website', { dueDate: '2027-06-16', roleId: 'user:pr-lead' })],
      { approved: true },
    );
    expect(actions).toEqual([
      expect.objectContaining({ type: 'reassign', key: 'CHG-10', roleId: 'group:web-team' }),
    ]);
  });

  it.each([
    ['declined', 'REDESIGN.CHANGE_DECLINED'],
    ['not-approved', 'REDESIGN.CHANGE_NOT_APPROVED'],
  ] as const)('closes every open task, never a done one, when the change is %s', (why, code) => {
    const actions = reconcileRedesign(
      [want('website', '2027-06-16')],
      [
        redesignTicket('CHG-10', 'website'),
        redesignTicket('CHG-11', 'checkout', { state: 'done' }),
      ],
      { approved: false, why },
    );
    expect(
      actions.map((a) => [a.type, 'key' in a ? a.key : '', 'reason' in a ? a.reason.code : '']),
    ).toEqual([['close-obsolete', 'CHG-10', code]]);
  });

  it('does nothing twice: a second pass over what the first made asks nothing', () => {
    const actions = reconcileRedesign(
      [want('website', '2027-06-16')],
      [
        redesignTicket('CHG-10', 'website', {
          dueDate: '2027-06-16',
          roleId: 'user:website-owner',
        }),
      ],
      { approved: true },
    );
    expect(actions).toEqual([]);
  });
});

describe('governance decision with redesign', () => {
  const inputs = (standing: Parameters<typeof decideGovernance>[0]['standing']) => {
    const cfg = config();
    return {
      intake: intakeOf(TIER_3, '2027-06-30', TOUCHED),
      config: cfg,
      context: context('2026-11-23'),
      existing: [],
      today: date('2026-12-01'),
      ...(standing ? { standing } : {}),
    };
  };

  it('plans redesign tasks only for an approved change', () => {
    const approved = decideGovernance(inputs({ approved: true }));
    const creates = approved.actions.flatMap((a) => (a.type === 'create' ? [a.ticket] : []));
    // Tier 3: one approval, five comms steps, and three redesign tasks.
    expect(creates.filter((t) => t.kind === 'redesign').map((t) => t.stepId)).toEqual([
      'website',
      'checkout',
      'help-centre',
    ]);
    for (const standing of [undefined, { approved: false, why: 'not-approved' } as const]) {
      const decision = decideGovernance(inputs(standing));
      expect(
        decision.actions.filter((a) => a.type === 'create' && a.ticket.kind === 'redesign'),
      ).toEqual([]);
    }
  });

  it('leaves registered redesign tasks alone when the caller only reads (no standing given)', () => {
    const decision = decideGovernance({
      ...inputs(undefined),
      existing: [redesignTicket('CHG-10', 'website')],
    });
    expect(decision.actions.filter((a) => 'key' in a && a.key === 'CHG-10')).toEqual([]);
  });
});

describe('redesign offset in the configuration', () => {
  it('refuses a redesign due after launch on its own field, and accepts launch day or before', () => {
    const cfg = config();
    const index = cfg.commsPlans.findIndex((p) => p.tier === 3);
    const at = (offset: number) => {
      const next = structuredClone(cfg);
      const plan = next.commsPlans[index];
      if (plan) plan.redesignOffsetDays = offset;
      return validateConfig(next);
    };
    const after = at(5);
    expect(after.ok).toBe(false);
    if (!after.ok)
      expect(after.problems).toEqual([
        expect.objectContaining({
          path: `commsPlans[${String(index)}].redesignOffsetDays`,
          code: 'CONFIG.TOO_LARGE',
        }),
      ]);
    expect(at(0).ok).toBe(true);
    expect(at(-30).ok).toBe(true);
  });

  it('reads a configuration saved before redesign offsets existed', () => {
    const cfg = config();
    for (const plan of cfg.commsPlans) delete plan.redesignOffsetDays;
    expect(validateConfig(cfg).ok).toBe(true);
  });
});

describe('the ticket registry and step property with redesign tasks', () => {
  it('still read what was written before redesign tasks existed, and read redesign entries', () => {
    const before = {
      changeRequest: { id: '10001', key: 'CHG-1' },
      tickets: [
        { id: '2', key: 'CHG-2', kind: 'approval', stepId: 'cx-manager', forTier: 3 },
        { id: '3', key: 'CHG-3', kind: 'comms', stepId: 'reminder', roleId: 'requesting-team' },
      ],
      pending: { token: 't', at: '2026-12-01T00:00:00Z', steps: [{ kind: 'comms', stepId: 'x' }] },
    };
    expect(ticketRegistrySchema.safeParse(before).success).toBe(true);
    const after = {
      ...before,
      tickets: [
        ...before.tickets,
        { id: '4', key: 'CHG-4', kind: 'redesign', stepId: 'help-centre', roleId: 'user:cx-lead' },
      ],
      approvedFrom: ['Draft', 'In review'],
    };
    expect(ticketRegistrySchema.parse(after).tickets[2]?.kind).toBe('redesign');
    expect(
      stepPropertySchema.safeParse({ changeRequest: 'CHG-1', kind: 'redesign', stepId: 'website' })
        .success,
    ).toBe(true);
    expect(
      stepPropertySchema.safeParse({ changeRequest: 'CHG-1', kind: 'other', stepId: 'website' })
        .success,
    ).toBe(false);
  });
});

import fc from 'fast-check';
import {
  assess,
  DEFAULT_CONFIG,
  planGovernance,
  reconcile,
  type DesiredTicket,
  type ExistingTicket,
  type ReconcileAction,
} from '../../src/domain';
import { context, date, intakeOf } from './helpers';

/** A model of what the shell does with each action, to check reconcile against itself. */
function apply(
  existing: readonly ExistingTicket[],
  actions: readonly ReconcileAction[],
  nextKey: () => string,
): ExistingTicket[] {
  const tickets = existing.map((t) => ({ ...t }));
  const find = (key: string) => {
    const ticket = tickets.find((t) => t.key === key);
    if (!ticket) throw new Error(`action on unknown ticket ${key}`);
    return ticket;
  };
  for (const action of actions) {
    switch (action.type) {
      case 'create': {
        const t = action.ticket;
        tickets.push({
          key: nextKey(),
          kind: t.kind,
          stepId: t.stepId,
          state: 'open',
          dueDate: t.dueDate,
          ...(t.kind === 'approval' ? { forTier: t.forTier } : {}),
          roleId: t.kind === 'approval' ? t.roleId : t.ownerRole,
          retired: false,
        });
        break;
      }
      case 'move-due-date': {
        const ticket = find(action.key);
        if (ticket.state === 'done') throw new Error('moved done work');
        ticket.dueDate = action.to;
        break;
      }
      case 'retarget-approval': {
        const ticket = find(action.key);
        if (ticket.state === 'done') throw new Error('retargeted a decision');
        ticket.forTier = action.forTier;
        break;
      }
      case 'reassign': {
        const ticket = find(action.key);
        if (ticket.state === 'done') throw new Error('reassigned done work');
        ticket.roleId = action.roleId;
        break;
      }
      case 'close-obsolete': {
        const ticket = find(action.key);
        if (ticket.state === 'done') throw new Error('closed done work');
        ticket.state = 'done';
        ticket.outcome = 'withdrawn';
        ticket.retired = true;
        break;
      }
      case 'invalidate-approval':
        find(action.key).retired = true;
        break;
      default: {
        const _exhaustive: never = action;
        throw new Error(String(_exhaustive));
      }
    }
  }
  return tickets;
}

const keyCounter = (start = 100) => {
  let n = start;
  return () => `CHG-${String(n++)}`;
};

const answersArb = fc.record({
  reach: fc.constantFrom(0, 1, 2, 3),
  customerAction: fc.constantFrom(0, 1, 2, 3),
  financial: fc.constantFrom(0, 1, 2, 3),
  visibility: fc.constantFrom(0, 1, 2, 3),
  supportLoad: fc.constantFrom(0, 1, 2, 3),
  reversibility: fc.constantFrom(0, 1, 2, 3),
  regulatory: fc.constantFrom(0, 2, 3),
  history: fc.constantFrom(0, 1, 2, 3),
});
const launchArb = fc
  .integer({ min: 0, max: 700 })
  .map((days) => date('2026-11-23').add({ days }).toString());
const emergencyArb = fc.option(fc.constant({ justification: 'Regulator deadline' }), {
  nil: undefined,
});

const desiredFor = (
  answers: Record<string, number>,
  launch: string,
  emergency?: { justification: string },
): DesiredTicket[] => {
  const a = assess(
    intakeOf(answers, launch, emergency ? { emergency } : {}),
    DEFAULT_CONFIG,
    context(),
  );
  if (a.status !== 'assessed') throw new Error('expected assessed');
  return planGovernance(a, DEFAULT_CONFIG, date('2026-11-23'));
};

/** Tickets as people left them: some open, some done (approved/declined), some moved, some duplicated. */
const existingArb = (desired: DesiredTicket[]) =>
  fc
    .array(
      fc.record({
        index: fc.nat({ max: Math.max(0, desired.length - 1) }),
        state: fc.constantFrom<'open' | 'done'>('open', 'done'),
        outcome: fc.constantFrom<'approved' | 'declined' | 'withdrawn'>(
          'approved',
          'declined',
          'withdrawn',
        ),
        shiftDays: fc.integer({ min: -30, max: 30 }),
        forTier: fc.constantFrom(1, 2, 3, 4),
        stray: fc.boolean(),
      }),
      { maxLength: 12 },
    )
    .map((rows) =>
      rows.map((row, i): ExistingTicket => {
        const want = desired[row.index];
        const kind = want?.kind ?? 'comms';
        return {
          key: `CHG-${String(i + 1)}`,
          kind,
          stepId: row.stray || !want ? `old-step-${String(row.index)}` : want.stepId,
          state: row.state,
          ...(row.state === 'done' && kind === 'approval' ? { outcome: row.outcome } : {}),
          dueDate: date(want?.dueDate ?? '2027-01-01')
            .add({ days: row.shiftDays })
            .toString(),
          ...(kind === 'approval' ? { forTier: row.forTier } : {}),
          retired: false,
        };
      }),
    );

const scenarioArb = fc
  .record({ answers: answersArb, launch: launchArb, emergency: emergencyArb })
  .chain((s) => {
    const desired = desiredFor(s.answers, s.launch, s.emergency);
    return fc.record({ desired: fc.constant(desired), existing: existingArb(desired) });
  });

describe('reconcile properties', () => {
  it('is idempotent: applying its actions and reconciling again yields nothing', () => {
    fc.assert(
      fc.property(scenarioArb, ({ desired, existing }) => {
        const after = apply(existing, reconcile(desired, existing), keyCounter());
        expect(reconcile(desired, after)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves two open tickets for one step, and every desired step exists exactly once', () => {
    fc.assert(
      fc.property(scenarioArb, ({ desired, existing }) => {
        const after = apply(existing, reconcile(desired, existing), keyCounter()).filter(
          (t) => !t.retired,
        );
        for (const want of desired) {
          const mine = after.filter((t) => t.kind === want.kind && t.stepId === want.stepId);
          const open = mine.filter((t) => t.state === 'open').length;
          // A withdrawn approval is history: it is not done work that stands for the step.
          const done = mine.filter((t) => t.state === 'done' && t.outcome !== 'withdrawn').length;
          // Exactly one ticket stands for the step: one open ticket, or else the done work and no open one.
          expect(open === 1 ? done : open === 0 && done >= 1 ? 0 : -1).toBe(0);
        }
        const wanted = new Set(desired.map((d) => `${d.kind}:${d.stepId}`));
        expect(
          after.filter((t) => t.state === 'open' && !wanted.has(`${t.kind}:${t.stepId}`)),
        ).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never touches done work', () => {
    fc.assert(
      fc.property(scenarioArb, ({ desired, existing }) => {
        const done = new Set(existing.filter((t) => t.state === 'done').map((t) => t.key));
        for (const action of reconcile(desired, existing)) {
          if (
            action.type === 'move-due-date' ||
            action.type === 'close-obsolete' ||
            action.type === 'retarget-approval' ||
            action.type === 'reassign'
          ) {
            expect(done.has(action.key)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reconcile scenarios', () => {
  const tier2 = desiredFor({ regulatory: 3 }, '2027-06-01');
  const tier1 = desiredFor({ reach: 3, financial: 3 }, '2027-06-01');
  const provision = (desired: DesiredTicket[]) => apply([], reconcile(desired, []), keyCounter(1));

  it('first provisioning creates every ticket', () => {
    const actions = reconcile(tier2, []);
    expect(actions.map((a) => a.type)).toEqual(Array(8).fill('create'));
  });

  it('moving the launch moves open comms due dates and leaves done ones alone', () => {
    const existing = provision(tier2);
    existing.find((t) => t.stepId === 'internal-briefing')!.state = 'done';
    const moved = desiredFor({ regulatory: 3 }, '2027-07-01');
    const actions = reconcile(moved, existing);
    const moves = actions.filter((a) => a.type === 'move-due-date');
    expect(moves.map((a) => a.stepId)).toEqual([
      'cx-director',
      'customer-notice',
      'help-centre',
      'reminder',
      'final-notice',
      'launch-note',
      'post-launch-review',
    ]);
    expect(moves.find((a) => a.stepId === 'launch-note')).toMatchObject({
      from: '2027-06-01',
      to: '2027-07-01',
    });
  });

  it('raising the tier adds the missing approvals and steps and keeps shared ones', () => {
    const existing = provision(tier2);
    const actions = reconcile(tier1, existing);
    const created = actions.flatMap((a) => (a.type === 'create' ? [a.ticket.stepId] : []));
    expect(created.sort()).toEqual(
      [
        'agent-training',
        'finance-director',
        'first-notice',
        'internal-alignment',
        'launch-announcement',
        'vp-comms',
        'vp-cx',
      ].sort(),
    );
    const closed = actions.flatMap((a) => (a.type === 'close-obsolete' ? [a.stepId] : []));
    expect(closed.sort()).toEqual(
      ['cx-director', 'customer-notice', 'internal-briefing', 'launch-note'].sort(),
    );
  });

  it('lowering the tier closes obsolete open tickets with a reason, never deletes, never touches done work', () => {
    const existing = provision(tier1);
    existing.find((t) => t.stepId === 'first-notice')!.state = 'done';
    const actions = reconcile(tier2, existing);
    const closed = actions.filter((a) => a.type === 'close-obsolete');
    expect(closed.map((a) => a.stepId).sort()).toEqual(
      [
        'agent-training',
        'finance-director',
        'internal-alignment',
        'launch-announcement',
        'vp-comms',
        'vp-cx',
      ].sort(),
    );
    expect(closed.map((a) => a.reason.code)).toEqual(Array(6).fill('STEP.NOT_IN_PLAN'));
    expect(
      actions.some(
        (a) => 'key' in a && a.key === existing.find((t) => t.stepId === 'first-notice')!.key,
      ),
    ).toBe(false);
  });

  it('an approval given to a tier that has since changed is invalidated and asked again', () => {
    const tier3 = desiredFor({ reach: 2, financial: 2, regulatory: 2 }, '2027-06-01');
    const tier2Manager = tier3.map((d) => (d.kind === 'approval' ? { ...d, forTier: 2 } : d));
    const existing = provision(tier2Manager);
    const approval = existing.find((t) => t.kind === 'approval')!;
    approval.state = 'done';
    approval.outcome = 'approved';
    const actions = reconcile(tier3, existing);
    expect(actions.filter((a) => a.type === 'invalidate-approval').map((a) => a.key)).toEqual([
      approval.key,
    ]);
    expect(actions.flatMap((a) => (a.type === 'create' ? [a.ticket.stepId] : []))).toEqual([
      'cx-manager',
    ]);
  });

  it('a step shared by two tiers follows the new tier’s owner: the open ticket is reassigned', () => {
    const tier3 = desiredFor({ reach: 2, financial: 2 }, '2027-06-01');
    const existing = provision(tier2);
    const actions = reconcile(tier3, existing);
    const reassigned = actions.filter((a) => a.type === 'reassign');
    const shared = tier3.filter(
      (d) => d.kind === 'comms' && tier2.some((t) => t.kind === 'comms' && t.stepId === d.stepId),
    );
    expect(shared.length).toBeGreaterThan(0);
    expect(reassigned.map((a) => a.stepId).sort()).toEqual(shared.map((d) => d.stepId).sort());
    expect(reassigned.every((a) => a.roleId === 'requesting-team')).toBe(true);
    expect(reassigned[0]?.assignTo).toEqual({ kind: 'reporter' });
    // Once reassigned, nothing more to do.
    expect(reconcile(tier3, apply(existing, actions, keyCounter(200)))).toEqual([]);
  });

  it('a ticket retired by a pass that failed before closing it is closed by the next pass: an approval only by withdrawing it', () => {
    const existing = provision(tier2).map((t) =>
      t.stepId === 'reminder' || t.kind === 'approval' ? { ...t, retired: true } : t,
    );
    const actions = reconcile(tier2, existing);
    const reminder = existing.find((t) => t.stepId === 'reminder')!;
    const approval = existing.find((t) => t.kind === 'approval')!;
    expect(actions).toContainEqual(
      expect.objectContaining({ type: 'close-obsolete', key: reminder.key, kind: 'comms' }),
    );
    expect(actions).toContainEqual(
      expect.objectContaining({ type: 'close-obsolete', key: approval.key, kind: 'approval' }),
    );
    // The plan still has both steps: they are provisioned afresh.
    expect(actions.flatMap((a) => (a.type === 'create' ? [a.ticket.stepId] : [])).sort()).toEqual(
      ['cx-director', 'reminder'].sort(),
    );
    expect(reconcile(tier2, apply(existing, actions, keyCounter(300)))).toEqual([]);
  });

  it('a retired approval whose workflow had no Withdraw is left open with its comment, not closed again every pass', () => {
    const existing = provision(tier2).map((t) =>
      t.kind === 'approval' ? { ...t, retired: true, leftOpen: true } : t,
    );
    const approval = existing.find((t) => t.kind === 'approval')!;
    const actions = reconcile(tier2, existing);
    expect(actions.some((a) => 'key' in a && a.key === approval.key)).toBe(false);
  });

  it('duplicates from concurrent provisioning are closed, keeping the oldest', () => {
    const existing = [...provision(tier2), ...apply([], reconcile(tier2, []), keyCounter(50))];
    const actions = reconcile(tier2, existing);
    expect(actions).toHaveLength(8);
    expect(
      actions.every(
        (a) =>
          a.type === 'close-obsolete' &&
          a.reason.code === 'STEP.DUPLICATE' &&
          Number(a.key.split('-')[1]) >= 50,
      ),
    ).toBe(true);
  });
});

// Freeze windows in the assessment and the Schedule gate. Tier 4 (answers reach 1) needs 14 days;
// submitted 2026-11-23, its first compliant launch is 2026-12-07 (23 + 14 = 37 = Dec 7).
import {
  assess,
  checkScheduleGate,
  DEFAULT_CONFIG,
  planGovernance,
  type Assessed,
  type DesiredApproval,
  type ExistingTicket,
  type FreezeWindow,
  type GovernanceConfig,
} from '../../src/domain';
import { context, date, intakeOf } from './helpers';

const earlyDecember: FreezeWindow = {
  id: 'early-december',
  name: { 'en-US': 'Early December billing', 'it-IT': 'Fatturazione di inizio dicembre' },
  start: '2026-12-01',
  end: '2026-12-10',
  segments: [],
  channels: [],
};

const withWindows = (...freezeWindows: FreezeWindow[]): GovernanceConfig => ({
  ...structuredClone(DEFAULT_CONFIG),
  calendar: { fatigue: { maxChanges: 3, windowDays: 30 }, freezeWindows },
});

const assessed = (
  config: GovernanceConfig,
  launch: string,
  extra: Record<string, unknown> = {},
): Assessed => {
  const a = assess(intakeOf({ reach: 1 }, launch, extra), config, context());
  if (a.status !== 'assessed') throw new Error('expected assessed');
  return a;
};

/** Every approval the plan asks for, given by its approver. */
function allGiven(a: Assessed, config: GovernanceConfig) {
  const required = planGovernance(a, config, date('2026-11-23')).filter(
    (d): d is DesiredApproval => d.kind === 'approval',
  );
  const existing: ExistingTicket[] = required.map((r, i) => ({
    key: `CHG-${String(i + 2)}`,
    kind: 'approval',
    stepId: r.stepId,
    state: 'done',
    outcome: 'approved',
    forTier: r.forTier,
    retired: false,
    approverAccountId: r.stepId,
    decidedBy: r.stepId,
  }));
  return [a, required, existing] as const;
}

describe('the assessment with freeze windows', () => {
  it('is exactly as before with the shipped configuration: no freeze, the same lead time', () => {
    const a = assessed(DEFAULT_CONFIG, '2026-12-08');
    expect(a.leadTime).toEqual({
      requiredDays: 14,
      actualDays: 15,
      compliant: true,
      earliestCompliantLaunch: '2026-12-07',
    });
    expect('freeze' in a).toBe(false);
  });

  it('moves the earliest compliant launch past a window it falls in, and says which', () => {
    const a = assessed(withWindows(earlyDecember), '2027-01-20');
    expect(a.leadTime).toEqual({
      requiredDays: 14,
      actualDays: 58,
      compliant: true,
      earliestCompliantLaunch: '2026-12-11',
    });
    expect(a.freeze).toEqual({
      launch: null,
      earliestCompliantLaunch: {
        windowId: 'early-december',
        name: earlyDecember.name,
        start: '2026-12-01',
        end: '2026-12-10',
        earliestLaunch: '2026-12-11',
      },
    });
  });

  it('names the window a launch falls in and the first day after it', () => {
    const a = assessed(withWindows(earlyDecember), '2026-12-08');
    expect(a.leadTime.compliant).toBe(true);
    expect(a.freeze?.launch).toMatchObject({
      windowId: 'early-december',
      earliestLaunch: '2026-12-11',
    });
  });

  it('leaves a change out of a window scoped to another segment', () => {
    const enterprise = { ...earlyDecember, segments: ['Enterprise'] };
    const a = assessed(withWindows(enterprise), '2026-12-08', { segments: ['SMB'] });
    expect(a.leadTime.earliestCompliantLaunch).toBe('2026-12-07');
    expect('freeze' in a).toBe(false);
    const b = assessed(withWindows(enterprise), '2026-12-08', { segments: ['enterprise'] });
    expect(b.freeze?.launch?.windowId).toBe('early-december');
  });
});

describe('the Schedule gate and freeze windows', () => {
  it('refuses a launch inside a window, naming it, its dates and the first day after it', () => {
    const config = withWindows(earlyDecember);
    const decision = checkScheduleGate(...allGiven(assessed(config, '2026-12-08'), config));
    expect(decision).toMatchObject({
      pass: false,
      code: 'GATE.FREEZE_WINDOW',
      params: {
        launchDate: '2026-12-08',
        freezeWindow: {
          name: earlyDecember.name,
          start: '2026-12-01',
          end: '2026-12-10',
          earliestLaunch: '2026-12-11',
        },
      },
    });
    if (!decision.pass) expect(decision.message).toContain('Early December billing');
  });

  it('passes the first day after the window', () => {
    const config = withWindows(earlyDecember);
    expect(checkScheduleGate(...allGiven(assessed(config, '2026-12-11'), config))).toEqual({
      pass: true,
    });
  });

  it('lets a justified emergency through, with the emergency approval it then needs', () => {
    const config = withWindows(earlyDecember);
    const a = assessed(config, '2026-12-08', {
      emergency: { justification: 'Regulator deadline' },
    });
    const [, required, existing] = allGiven(a, config);
    expect(required.map((r) => r.stepId)).toContain('emergency');
    expect(checkScheduleGate(a, required, existing)).toEqual({ pass: true });
    // Without that approval given, Schedule waits for it.
    expect(
      checkScheduleGate(
        a,
        required,
        existing.filter((t) => t.stepId !== 'emergency'),
      ),
    ).toMatchObject({ pass: false, code: 'GATE.APPROVALS_PENDING' });
  });

  it('refuses an emergency flagged without a justification', () => {
    const config = withWindows(earlyDecember);
    const a = assessed(config, '2026-12-08', { emergency: { justification: '' } });
    expect(checkScheduleGate(...allGiven(a, config))).toMatchObject({
      pass: false,
      code: 'GATE.FREEZE_WINDOW',
    });
  });

  it('a launch inside the lead time is refused for the lead time first, naming the day after the window', () => {
    const config = withWindows(earlyDecember);
    const decision = checkScheduleGate(...allGiven(assessed(config, '2026-12-02'), config));
    expect(decision).toMatchObject({
      pass: false,
      code: 'GATE.LEAD_TIME',
      params: { earliestCompliantLaunch: '2026-12-11' },
    });
  });
});

// docs/design-contract.md "Lead time": requiredDays = max(tier lead time, days before launch of its plan's first
// step); a launch before submission is not tiered; a missing emergency justification never withholds
// the tier. Expected days and dates come from docs/design-contract.md's tables and from UTC epoch-day arithmetic,
// never from the calendar module under test.
import {
  assess,
  checkScheduleGate,
  DEFAULT_CONFIG,
  EMERGENCY_APPROVAL_STEP,
  planGovernance,
  type Assessed,
  type Assessment,
  type DesiredApproval,
  type ExistingTicket,
  type GovernanceConfig,
} from '../../src/domain';
import { config, context, date, intakeOf } from './helpers';

const DAY_MS = 86_400_000;
/** Independent oracle: whole UTC days between two `YYYY-MM-DD` dates, and a date plus days. */
const epochDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const plusDays = (iso: string, days: number): string =>
  new Date((epochDay(iso) + days) * DAY_MS).toISOString().slice(0, 10);

/** docs/design-contract.md's default tables: lead time and the first plan step's offset, per tier. */
const DESIGN_TIERS = [
  { tier: 1, leadTime: 365, firstStep: -365, answers: { reach: 3, financial: 3 } },
  { tier: 2, leadTime: 180, firstStep: -180, answers: { regulatory: 3 } },
  { tier: 3, leadTime: 90, firstStep: -90, answers: { reach: 2, financial: 2 } },
  { tier: 4, leadTime: 14, firstStep: -14, answers: { reach: 1 } },
] as const;

const SUBMITTED = '2026-11-23';

const assessedOf = (
  answers: Parameters<typeof intakeOf>[0],
  launch: string,
  cfg: GovernanceConfig = DEFAULT_CONFIG,
  extra: Record<string, unknown> = {},
): Assessed => {
  const result = assess(intakeOf(answers, launch, extra), cfg, context(SUBMITTED));
  if (result.status !== 'assessed')
    throw new Error(`expected assessed, got needs-input: ${result.missing.join(', ')}`);
  return result;
};

describe('required days on the default configuration', () => {
  it.each(DESIGN_TIERS)(
    'tier $tier (lead time $leadTime d, plan from day $firstStep) is compliant from exactly the required day',
    ({ tier, leadTime, firstStep, answers }) => {
      const required = Math.max(leadTime, -firstStep);
      const earliest = plusDays(SUBMITTED, required);

      const onTime = assessedOf(answers, earliest);
      expect(onTime.tier).toBe(tier);
      expect(onTime.leadTime).toEqual({
        requiredDays: required,
        actualDays: epochDay(earliest) - epochDay(SUBMITTED),
        compliant: true,
        earliestCompliantLaunch: earliest,
      });

      const dayBefore = plusDays(earliest, -1);
      expect(assessedOf(answers, dayBefore).leadTime).toEqual({
        requiredDays: required,
        actualDays: required - 1,
        compliant: false,
        earliestCompliantLaunch: earliest,
      });
    },
  );

  it.each(DESIGN_TIERS)(
    'a compliant tier-$tier launch leaves no comms step overdue on the day of submission',
    ({ answers, leadTime }) => {
      const launch = plusDays(SUBMITTED, leadTime);
      const planned = planGovernance(assessedOf(answers, launch), DEFAULT_CONFIG, date(SUBMITTED));
      const comms = planned.filter((t) => t.kind === 'comms');
      expect(comms.length).toBeGreaterThan(0);
      expect(comms.filter((t) => t.overdue)).toEqual([]);
      expect(comms.every((t) => epochDay(t.dueDate) >= epochDay(SUBMITTED))).toBe(true);
    },
  );
});

describe('required days on an edited configuration', () => {
  /** Tier 3 (answers reach 2, financial 2) with its lead time and plan offsets replaced. */
  const tier3With = (leadTimeDays: number | undefined, offsets: readonly number[]) => {
    const edited = config();
    const tier = edited.tiers.find((t) => t.tier === 3);
    const plan = edited.commsPlans.find((p) => p.tier === 3);
    if (!tier || !plan) throw new Error('default configuration lost tier 3');
    if (leadTimeDays === undefined) delete tier.leadTimeDays;
    else tier.leadTimeDays = leadTimeDays;
    const template = plan.steps[0];
    if (!template) throw new Error('tier 3 plan has no steps');
    plan.steps = offsets.map((offsetDays, i) => ({
      ...template,
      id: `step-${String(i)}`,
      offsetDays,
    }));
    return edited;
  };

  it.each([
    ['a plan starting before the lead time', 30, [-120, -14, 0], 120],
    ['a lead time longer than the plan', 200, [-90, 0, 14], 200],
    ['a plan starting exactly at the lead time', 60, [-60, 0], 60],
    ['a plan with nothing before launch', 21, [0, 7], 21],
    ['a lead time of zero', 0, [-3, 0], 3],
    ['no lead time at all', undefined, [-45, 0], 45],
  ] as const)('%s: lead %s, offsets %j → %i days', (_name, lead, offsets, expected) => {
    // Oracle: docs/design-contract.md's rule restated, max(lead, −min(offsets ∪ {0})).
    expect(Math.max(lead ?? 0, -Math.min(0, ...offsets))).toBe(expected);
    const edited = tier3With(lead, offsets);
    const launch = plusDays(SUBMITTED, expected);
    const onTime = assessedOf({ reach: 2, financial: 2 }, launch, edited);
    expect(onTime.tier).toBe(3);
    expect(onTime.leadTime).toMatchObject({ requiredDays: expected, compliant: true });
    const late = assessedOf({ reach: 2, financial: 2 }, plusDays(launch, -1), edited);
    expect(late.leadTime).toMatchObject({
      requiredDays: expected,
      actualDays: expected - 1,
      compliant: false,
      earliestCompliantLaunch: launch,
    });
  });
});

describe('launch date against the submission date', () => {
  it.each([
    ['the day before submission', -1],
    ['a year before submission', -365],
  ])('%s is not tiered: needs-input naming launchDate', (_name, offset) => {
    const launch = plusDays(SUBMITTED, offset);
    const result: Assessment = assess(
      intakeOf({ reach: 3 }, launch),
      DEFAULT_CONFIG,
      context(SUBMITTED),
    );
    expect(result.status).toBe('needs-input');
    expect(result.missing).toEqual(['launchDate']);
    expect(result).not.toHaveProperty('tier');
    expect(result).not.toHaveProperty('leadTime');
  });

  it('names the launch date beside every other missing field', () => {
    const result = assess(
      intakeOf({ history: undefined }, plusDays(SUBMITTED, -10)),
      DEFAULT_CONFIG,
      context(SUBMITTED),
    );
    expect(result.status).toBe('needs-input');
    expect([...result.missing].sort()).toEqual(['answers.history', 'launchDate']);
  });

  it('a launch on the submission day is valid: assessed with 0 days', () => {
    const result = assessedOf({ reach: 1 }, SUBMITTED);
    expect(result.tier).toBe(4);
    expect(result.leadTime).toEqual({
      requiredDays: 14,
      actualDays: 0,
      compliant: false,
      earliestCompliantLaunch: plusDays(SUBMITTED, 14),
    });
  });
});

describe('emergency justification', () => {
  const tier2 = { regulatory: 3 };
  const inside = plusDays(SUBMITTED, 30);
  const outside = plusDays(SUBMITTED, 180);

  /** Every approval the assessment needs, given by its approver. */
  const scheduleWithApprovalsGiven = (a: Assessed) => {
    const required = planGovernance(a, DEFAULT_CONFIG, date(SUBMITTED)).filter(
      (t): t is DesiredApproval => t.kind === 'approval',
    );
    const existing: ExistingTicket[] = required.map((approval, i) => ({
      key: `CHG-${String(i + 2)}`,
      kind: 'approval',
      stepId: approval.stepId,
      state: 'done',
      outcome: 'approved',
      forTier: approval.forTier,
      retired: false,
      approverAccountId: approval.roleId,
      decidedBy: approval.roleId,
    }));
    return checkScheduleGate(a, required, existing);
  };

  it.each([
    ['a blank', '   '],
    ['an empty', ''],
    ['a non-text', 42],
  ])('%s justification still gets its tier, flagged as missing', (_name, justification) => {
    const a = assessedOf(tier2, inside, DEFAULT_CONFIG, { emergency: { justification } });
    expect(a.status).toBe('assessed');
    expect(a.missing).toEqual([]);
    expect(a.tier).toBe(2);
    expect(a.emergency).toBeNull();
    expect(a.emergencyJustificationMissing).toBe(true);
  });

  it('adds neither the emergency approval nor its review without a justification', () => {
    const a = assessedOf(tier2, inside, DEFAULT_CONFIG, { emergency: { justification: ' ' } });
    const planned = planGovernance(a, DEFAULT_CONFIG, date(SUBMITTED));
    const stepIds = planned.map((t) => t.stepId);
    expect(stepIds).not.toContain(EMERGENCY_APPROVAL_STEP);
    expect(stepIds).not.toContain(DEFAULT_CONFIG.emergency.review.id);
    // Tier 2 as docs/design-contract.md lists it: one approver, seven comms steps.
    expect(planned.filter((t) => t.kind === 'approval')).toHaveLength(1);
    expect(planned.filter((t) => t.kind === 'comms')).toHaveLength(7);
  });

  it('the Schedule gate refuses inside the lead time with its own code, naming the field', () => {
    const a = assessedOf(tier2, inside, DEFAULT_CONFIG, { emergency: { justification: '' } });
    const decision = scheduleWithApprovalsGiven(a);
    expect(decision).toMatchObject({ pass: false, code: 'GATE.EMERGENCY_JUSTIFICATION' });
    if (!decision.pass) {
      expect(decision.message).toContain('emergency.justification');
      expect(decision.message).toContain(plusDays(SUBMITTED, 180));
    }
  });

  it('the Schedule gate lets a launch outside the lead time through: the justification is moot', () => {
    const a = assessedOf(tier2, outside, DEFAULT_CONFIG, { emergency: { justification: '' } });
    expect(scheduleWithApprovalsGiven(a)).toEqual({ pass: true });
  });

  it('a justified emergency inside the lead time adds its approval and review, and may be scheduled', () => {
    const a = assessedOf(tier2, inside, DEFAULT_CONFIG, {
      emergency: { justification: 'Regulator deadline' },
    });
    expect(a.emergencyJustificationMissing).toBe(false);
    const stepIds = planGovernance(a, DEFAULT_CONFIG, date(SUBMITTED)).map((t) => t.stepId);
    expect(stepIds).toContain(EMERGENCY_APPROVAL_STEP);
    expect(stepIds).toContain(DEFAULT_CONFIG.emergency.review.id);
    expect(scheduleWithApprovalsGiven(a)).toEqual({ pass: true });
  });

  it('without an emergency flag, inside the lead time is the plain lead-time refusal', () => {
    const a = assessedOf(tier2, inside);
    expect(a.emergencyJustificationMissing).toBe(false);
    expect(scheduleWithApprovalsGiven(a)).toMatchObject({ pass: false, code: 'GATE.LEAD_TIME' });
  });
});

import {
  addDays,
  compareDates,
  formatDate,
  maxDate,
  parseCalendarDate,
  type CalendarDate,
} from './calendar';
import type { GovernanceConfig, RoleMapping } from './config-schema';
import type { Assessed } from './assess';
import type { LocalizedText } from './localized';
import type { DesiredRedesign } from './plan-redesign';

export interface DesiredApproval {
  kind: 'approval';
  /** Stable within a change request: the approver role, or `emergency`. */
  stepId: string;
  roleId: string;
  roleName: LocalizedText;
  approver: RoleMapping;
  dueDate: string;
  /** The tier this approval is asked for; given approvals count only for it. */
  forTier: number;
}

export interface DesiredComms {
  kind: 'comms';
  stepId: string;
  title: LocalizedText;
  dueDate: string;
  offsetDays: number;
  channel: LocalizedText;
  ownerRole: string;
  owner: RoleMapping;
  customerFacing: boolean;
  /** Already past on the day of planning: still planned so nobody forgets it. */
  overdue: boolean;
}

/** Redesign tasks are planned apart (`planRedesign`): only an approved change has them. */
export type DesiredTicket = DesiredApproval | DesiredComms | DesiredRedesign;

export const EMERGENCY_APPROVAL_STEP = 'emergency';

/** The emergency review's channel: not configurable, so named here in each language. */
const EMERGENCY_REVIEW_CHANNEL: LocalizedText = {
  'en-US': 'Internal review',
  'it-IT': 'Revisione interna',
};

const roleById = (config: GovernanceConfig, roleId: string) => {
  const role = config.roles.find((r) => r.id === roleId);
  if (!role)
    throw new Error(`Configuration version ${String(config.version)} has no role ${roleId}.`);
  return role;
};

const tierRolesOf = (config: GovernanceConfig, tier: number) => {
  const entry = config.tierRoles.find((r) => r.tier === tier);
  if (!entry)
    throw new Error(
      `Configuration version ${String(config.version)} has no roles for tier ${String(tier)}.`,
    );
  return entry;
};

/**
 * An emergency only changes the plan when it is what lets the launch go ahead inside the lead time,
 * and only a justified one can: a flagged emergency without a justification adds neither the
 * emergency approval nor the post-launch review (the Schedule gate asks for the justification).
 */
export const emergencyInForce = (assessment: Assessed): boolean =>
  assessment.emergency !== null &&
  // A launch inside a freeze window goes ahead only as an emergency, with its approval and review.
  (!assessment.leadTime.compliant || (assessment.freeze?.launch ?? null) !== null);

/** One comms ticket per step of the tier's plan, due on launch + offset, in date order. */
export function planComms(
  assessment: Assessed,
  config: GovernanceConfig,
  today: CalendarDate,
): DesiredComms[] {
  const launch = parseCalendarDate(assessment.launchDate);
  if (!launch)
    throw new Error(`Assessment carries an invalid launch date ${assessment.launchDate}.`);
  const plan = config.commsPlans.find((p) => p.tier === assessment.tier);
  const commsOwner = tierRolesOf(config, assessment.tier).commsOwner;
  const steps = [
    ...(plan?.steps ?? []),
    ...(emergencyInForce(assessment)
      ? [
          {
            ...config.emergency.review,
            channel: EMERGENCY_REVIEW_CHANNEL,
            ownerRole: commsOwner,
            customerFacing: false,
          },
        ]
      : []),
  ];
  return steps
    .map((step): DesiredComms => {
      const due = addDays(launch, step.offsetDays);
      return {
        kind: 'comms',
        stepId: step.id,
        title: step.title,
        dueDate: formatDate(due),
        offsetDays: step.offsetDays,
        channel: step.channel,
        ownerRole: step.ownerRole,
        owner: roleById(config, step.ownerRole).mapsTo,
        customerFacing: step.customerFacing,
        overdue: compareDates(due, today) < 0,
      };
    })
    .sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        a.offsetDays - b.offsetDays ||
        a.stepId.localeCompare(b.stepId),
    );
}

/**
 * One approval per approver role of the tier (plus the emergency approval when one is in force),
 * due the day before customers first hear of the change, never before the day after submission.
 */
export function planApprovals(
  assessment: Assessed,
  config: GovernanceConfig,
  comms: readonly DesiredComms[],
): DesiredApproval[] {
  const launch = parseCalendarDate(assessment.launchDate);
  const submitted = parseCalendarDate(assessment.submittedOn);
  if (!launch || !submitted) throw new Error('Assessment carries invalid dates.');
  const firstCustomerFacing = comms.find((c) => c.customerFacing);
  const beforeCustomers = addDays(parseCalendarDate(firstCustomerFacing?.dueDate) ?? launch, -1);
  const dueDate = formatDate(maxDate(beforeCustomers, addDays(submitted, 1)));

  const roleIds = [
    ...tierRolesOf(config, assessment.tier).approvers.map((roleId) => ({ stepId: roleId, roleId })),
    ...(emergencyInForce(assessment)
      ? [{ stepId: EMERGENCY_APPROVAL_STEP, roleId: config.emergency.approverRole }]
      : []),
  ];
  return roleIds.map(({ stepId, roleId }) => {
    const role = roleById(config, roleId);
    return {
      kind: 'approval',
      stepId,
      roleId,
      roleName: role.name,
      approver: role.mapsTo,
      dueDate,
      forTier: assessment.tier,
    };
  });
}

/** Everything the change request should have open for its current assessment. */
export function planGovernance(
  assessment: Assessed,
  config: GovernanceConfig,
  today: CalendarDate,
): Array<DesiredApproval | DesiredComms> {
  const comms = planComms(assessment, config, today);
  return [...planApprovals(assessment, config, comms), ...comms];
}

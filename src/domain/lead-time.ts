// How many days a change needs between submission and launch. A tier's lead time alone is not
// enough: a comms plan that starts before the request exists cannot be kept, so the plan's earliest
// step counts too.
import { addDays, daysBetween, formatDate, type CalendarDate } from './calendar';
import type { CommsPlan, GovernanceConfig, Tier } from './config-schema';

export interface LeadTime {
  /** The larger of the tier's lead time and the days before launch of its plan's earliest step. */
  requiredDays: number;
  /** Launch − submission, in calendar days. */
  actualDays: number;
  compliant: boolean;
  /** Submission date + the required days: the first launch date that complies. */
  earliestCompliantLaunch: string;
}

/** Days before launch of the plan's earliest step; 0 when nothing happens before launch. */
export function planStartDaysBeforeLaunch(plan: CommsPlan | undefined): number {
  const earliest = Math.min(0, ...(plan?.steps ?? []).map((step) => step.offsetDays));
  return -earliest;
}

/** The days a change of this tier needs: its lead time, or more when its plan starts earlier. */
export function requiredLeadDays(tier: Tier, plan: CommsPlan | undefined): number {
  return Math.max(tier.leadTimeDays ?? 0, planStartDaysBeforeLaunch(plan));
}

export const planOfTier = (config: GovernanceConfig, tier: number): CommsPlan | undefined =>
  config.commsPlans.find((plan) => plan.tier === tier);

export function leadTimeFor(
  tier: Tier,
  plan: CommsPlan | undefined,
  submittedOn: CalendarDate,
  launchDate: CalendarDate,
): LeadTime {
  const requiredDays = requiredLeadDays(tier, plan);
  const actualDays = daysBetween(submittedOn, launchDate);
  return {
    requiredDays,
    actualDays,
    compliant: actualDays >= requiredDays,
    earliestCompliantLaunch: formatDate(addDays(submittedOn, requiredDays)),
  };
}

// The lead time with freeze windows laid over it: the first compliant launch cannot be a frozen
// day, and a launch inside a window is named so the Schedule gate and the panel can say which.
import { addDays, type CalendarDate } from '../calendar';
import type { ChangeCalendarRules } from '../config-schema';
import type { LeadTime } from '../lead-time';
import {
  applicableFreezeWindows,
  freezeHit,
  type FreezeHit,
  type FreezeScope,
} from './freeze-windows';

/** Present on an assessment only when a freeze window touches its launch or its first compliant day. */
export interface AssessmentFreeze {
  /** The window the launch falls in: Schedule refuses it unless the change is a justified emergency. */
  launch: FreezeHit | null;
  /** The window submission + required days fell in, which moved `earliestCompliantLaunch` past it. */
  earliestCompliantLaunch: FreezeHit | null;
}

/**
 * Without an applicable window (the shipped default has none) the lead time is returned as it came
 * and there is no freeze: the assessment reads exactly as it did before freeze windows existed.
 */
export function withFreezeWindows(
  leadTime: LeadTime,
  rules: ChangeCalendarRules,
  scope: FreezeScope,
  dates: { submittedOn: CalendarDate; launchDate: CalendarDate },
): { leadTime: LeadTime; freeze?: AssessmentFreeze } {
  const windows = applicableFreezeWindows(rules.freezeWindows, scope);
  if (windows.length === 0) return { leadTime };
  const launch = freezeHit(windows, scope, dates.launchDate) ?? null;
  const earliest =
    freezeHit(windows, scope, addDays(dates.submittedOn, leadTime.requiredDays)) ?? null;
  if (!launch && !earliest) return { leadTime };
  return {
    leadTime: earliest
      ? { ...leadTime, earliestCompliantLaunch: earliest.earliestLaunch }
      : leadTime,
    freeze: { launch, earliestCompliantLaunch: earliest },
  };
}

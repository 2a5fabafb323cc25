// What the intake, the what-if and the panel warn about for one launch date: a freeze window it
// falls in and the segments or touchpoints it would overload.
import type { CalendarDate } from '../calendar';
import type { ChangeCalendarRules, GovernanceConfig } from '../config-schema';
import { DEFAULT_CALENDAR } from '../default-journey';
import { fatigueCollisions, type CalendarChange, type FatigueCollision } from './fatigue';
import { freezeHit, type FreezeHit } from './freeze-windows';

/** What the calendar checks read of a configuration (the panel's copy, without role mappings, will do). */
export type CalendarConfig = Pick<GovernanceConfig, 'commsPlans' | 'calendar'>;

/** The rules in force: configurations saved before the change calendar carry none. */
export const calendarRulesOf = (config: CalendarConfig): ChangeCalendarRules =>
  config.calendar ?? DEFAULT_CALENDAR;

export interface CalendarWarnings {
  /** The freeze window the launch falls in, with the first clear day after it. */
  freeze: FreezeHit | null;
  fatigue: FatigueCollision[];
}

export interface CalendarSubject {
  key: string | null;
  launchDate: CalendarDate;
  segments: readonly string[];
  channels: readonly string[];
  touchpoints: readonly string[];
  customerFacing: boolean;
}

export function calendarWarnings(
  subject: CalendarSubject,
  neighbours: readonly CalendarChange[],
  rules: ChangeCalendarRules,
): CalendarWarnings {
  return {
    freeze: freezeHit(rules.freezeWindows, subject, subject.launchDate) ?? null,
    fatigue: fatigueCollisions(subject, neighbours, rules.fatigue),
  };
}

/** The days whose launches can share a fatigue window with a launch on `launch`. */
export const fatigueSpan = (
  launch: CalendarDate,
  rules: ChangeCalendarRules,
): { from: CalendarDate; to: CalendarDate } => ({
  from: launch.subtract({ days: rules.fatigue.windowDays - 1 }),
  to: launch.add({ days: rules.fatigue.windowDays - 1 }),
});

// What the calendar's browser bundle runs itself: the change-fatigue sweep over a loaded period.
// A module of its own (see ui-kit.ts) so no other bundle carries it.
export { epochDay, fatigueMap, type FatigueFlag } from '../domain/calendar-fatigue-map';
export { MAX_CALENDAR_SPAN_DAYS } from '../domain/calendar-period';

// The change-calendar rules as the admin page edits them: the shipped rules stand in for a
// configuration saved before the calendar existed. Its own module so only the admin bundle carries it.
export { DEFAULT_CALENDAR } from '../domain/default-journey';
export type { ChangeCalendarRules, FatigueRule, FreezeWindow } from '../domain/config-schema';

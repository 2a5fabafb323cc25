// Which span of days the change calendar may ask for at once, and which freeze windows touch it.
// The span is bounded so one quarter (at most 92 days) always fits and a caller cannot make the
// app page through years of changes in one view.
import type { CalendarDate } from './calendar';
import { compareDates, daysBetween, parseCalendarDate } from './calendar';
import type { FreezeWindow } from './config-schema';
import { fail, ok, type Problem, type Result } from './result';

/** The longest span, first and last day included, a calendar view may load: a quarter and some. */
export const MAX_CALENDAR_SPAN_DAYS = 100;

export type CalendarRangeProblemCode =
  'CALENDAR.DATE_INVALID' | 'CALENDAR.RANGE_REVERSED' | 'CALENDAR.RANGE_TOO_LONG';

export interface CalendarPeriod {
  from: CalendarDate;
  to: CalendarDate;
}

export type CalendarRangeFailure = {
  code: 'INPUT.INVALID';
  message: string;
  problems: Problem<CalendarRangeProblemCode>[];
};

/**
 * `from` and `to` (YYYY-MM-DD, both included) as a period the calendar may load, or every problem
 * on its field: an impossible day, `from` after `to`, or more than MAX_CALENDAR_SPAN_DAYS days.
 */
export function checkCalendarPeriod(
  fromText: string,
  toText: string,
): Result<CalendarPeriod, CalendarRangeFailure> {
  const from = parseCalendarDate(fromText);
  const to = parseCalendarDate(toText);
  const problems: Problem<CalendarRangeProblemCode>[] = [];
  if (!from)
    problems.push({ code: 'CALENDAR.DATE_INVALID', path: 'from', message: 'Not a calendar day.' });
  if (!to)
    problems.push({ code: 'CALENDAR.DATE_INVALID', path: 'to', message: 'Not a calendar day.' });
  if (from && to) {
    if (compareDates(from, to) > 0) {
      problems.push({
        code: 'CALENDAR.RANGE_REVERSED',
        path: 'to',
        message: 'The last day comes before the first.',
      });
    } else if (daysBetween(from, to) + 1 > MAX_CALENDAR_SPAN_DAYS) {
      problems.push({
        code: 'CALENDAR.RANGE_TOO_LONG',
        path: 'to',
        message: `Ask for at most ${String(MAX_CALENDAR_SPAN_DAYS)} days at a time.`,
        params: { maxDays: MAX_CALENDAR_SPAN_DAYS },
      });
    }
  }
  if (!from || !to || problems.length > 0)
    return fail<CalendarRangeFailure>({
      code: 'INPUT.INVALID',
      message: 'The calendar period is not valid.',
      problems,
    });
  return ok({ from, to });
}

/** The freeze windows with at least one day in the period, in the order the admin listed them. */
export function freezeWindowsOverlapping(
  windows: readonly FreezeWindow[],
  period: CalendarPeriod,
): FreezeWindow[] {
  return windows.filter((window) => {
    const start = parseCalendarDate(window.start);
    const end = parseCalendarDate(window.end);
    if (!start || !end) return false;
    return compareDates(start, period.to) <= 0 && compareDates(end, period.from) >= 0;
  });
}

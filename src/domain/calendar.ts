import { Temporal } from 'temporal-polyfill';

/** A calendar day: launch, due and submission dates are days, never instants. */
export type CalendarDate = Temporal.PlainDate;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses `YYYY-MM-DD`, refusing impossible days such as 2027-02-30 instead of rolling them over. */
export function parseCalendarDate(text: unknown): CalendarDate | undefined {
  if (typeof text !== 'string' || !ISO_DATE.test(text)) return undefined;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
    return undefined;
  }
}

/** The UTC calendar day of a Jira timestamp such as `2026-11-23T23:59:59.000+0000`. */
export function utcDateOfTimestamp(timestamp: string): CalendarDate | undefined {
  // Jira writes offsets without a colon (+0000); Temporal wants +00:00.
  const normalised = timestamp.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  try {
    return Temporal.Instant.from(normalised).toZonedDateTimeISO('UTC').toPlainDate();
  } catch {
    return undefined;
  }
}

export const addDays = (date: CalendarDate, days: number): CalendarDate => date.add({ days });

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  from.until(to, { largestUnit: 'days' }).days;

export const compareDates = (a: CalendarDate, b: CalendarDate): number =>
  Temporal.PlainDate.compare(a, b);

export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate =>
  compareDates(a, b) >= 0 ? a : b;

export const formatDate = (date: CalendarDate): string => date.toString();

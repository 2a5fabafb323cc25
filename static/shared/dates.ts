// Calendar days (`YYYY-MM-DD`) are formatted as UTC dates, so no time zone can move them to
// the day before or after; timestamps are formatted in the user's own time zone.
import type { Locale } from '../../src/contract/ui-kit';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatCalendarDate(
  iso: string,
  locale: Locale,
  style: 'medium' | 'long' = 'medium',
): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const instant = Date.UTC(Number(year), Number(month) - 1, Number(day));
  if (Number.isNaN(instant)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(instant);
}

export function formatTimestamp(iso: string, locale: Locale, timeZone?: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(instant);
  } catch {
    // An unknown time zone name from the host: the browser's own zone still gives a useful answer.
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      instant,
    );
  }
}

/** Today's calendar day where the user is, as `YYYY-MM-DD`. */
export function todayIso(timeZone?: string): string {
  const format = (zone?: string) =>
    new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: zone,
    }).format(Date.now());
  try {
    return format(timeZone);
  } catch {
    return format();
  }
}

/** `iso` moved by `days` calendar days (UTC arithmetic, so daylight saving never shifts it). */
export function addDaysIso(iso: string, days: number): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const moved = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day) + days));
  return moved.toISOString().slice(0, 10);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

// Dates and tiers in the viewer's language: calendar days are formatted as UTC days (the day a
// change launches is the same everywhere), weeks start where the viewer's locale starts them.
import { localize, type Locale, type LocalizedText } from '../../../src/contract/ui-kit';
import { dayNumber, type Period } from './period';

const MS_PER_DAY = 86_400_000;

export interface CalendarFormats {
  periodTitle: (period: Period) => string;
  weekdayShort: (day: number) => string;
  weekdayLong: (day: number) => string;
  dayOfMonth: (day: number, withMonth: boolean) => string;
  fullDay: (day: number) => string;
  isoDay: (iso: string) => string;
}

export function calendarFormats(locale: Locale): CalendarFormats {
  const make = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const monthYear = make({ month: 'long', year: 'numeric' });
  const weekdayShort = make({ weekday: 'short' });
  const weekdayLong = make({ weekday: 'long' });
  const dayOnly = make({ day: 'numeric' });
  const dayMonth = make({ day: 'numeric', month: 'short' });
  const full = make({ dateStyle: 'full' });
  const medium = make({ dateStyle: 'medium' });
  const at = (day: number) => new Date(day * MS_PER_DAY);
  return {
    periodTitle: (period) =>
      period.view === 'month'
        ? monthYear.format(at(dayNumber(period.from)))
        : monthYear.formatRange(at(dayNumber(period.from)), at(dayNumber(period.to))),
    weekdayShort: (day) => weekdayShort.format(at(day)),
    weekdayLong: (day) => weekdayLong.format(at(day)),
    dayOfMonth: (day, withMonth) => (withMonth ? dayMonth : dayOnly).format(at(day)),
    fullDay: (day) => full.format(at(day)),
    isoDay: (iso) => medium.format(at(dayNumber(iso))),
  };
}

/** Tier colours, strongest for the highest impact: the rank among the configured tiers picks one of four. */
export function tierRank(tier: number, tiers: ReadonlyArray<{ tier: number }>): number {
  const ordered = tiers.map((t) => t.tier).sort((a, b) => a - b);
  const rank = ordered.indexOf(tier);
  if (rank < 0) return 3;
  return ordered.length <= 1 ? 0 : Math.round((rank * 3) / (ordered.length - 1));
}

export function tierName(
  tier: number,
  tiers: ReadonlyArray<{ tier: number; name: LocalizedText }>,
  locale: Locale,
): string | undefined {
  const found = tiers.find((t) => t.tier === tier);
  return found === undefined ? undefined : localize(found.name, locale);
}

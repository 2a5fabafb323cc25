// The days a view shows: a month or a calendar quarter around an anchor day, laid out in whole
// weeks that start on the viewer's first day of the week. Days are `YYYY-MM-DD` strings and day
// numbers (days since 1970-01-01), computed in UTC so no time zone moves them.

export type CalendarView = 'month' | 'quarter';

export interface Period {
  view: CalendarView;
  /** First and last day of the month or quarter, both included. */
  from: string;
  to: string;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY);
}

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 1 (Monday) … 7 (Sunday), as Intl's week info numbers days. */
export function weekdayOf(day: number): number {
  const sunday0 = new Date(day * MS_PER_DAY).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

type WeekInfoLocale = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
};

/** The viewer's first day of the week (1 Monday … 7 Sunday): Sunday in the US, Monday in Italy. */
export function firstDayOfWeek(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as WeekInfoLocale;
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    if (firstDay !== undefined && firstDay >= 1 && firstDay <= 7) return firstDay;
  } catch {
    // An engine without week info: fall back on the region below.
  }
  return /-(US|CA|JP|BR|MX|IL|PH)$/.test(locale) ? 7 : 1;
}

export function periodOf(view: CalendarView, anchor: string): Period {
  const [year = 1970, month = 1] = anchor.split('-').map(Number);
  const firstMonth = view === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const months = view === 'month' ? 1 : 3;
  const from = Date.UTC(year, firstMonth - 1, 1);
  const to = Date.UTC(year, firstMonth - 1 + months, 0);
  return {
    view,
    from: new Date(from).toISOString().slice(0, 10),
    to: new Date(to).toISOString().slice(0, 10),
  };
}

/** The anchor of the period before (-1) or after (+1). */
export function shiftAnchor(period: Period, direction: -1 | 1): string {
  const [year = 1970, month = 1] = period.from.split('-').map(Number);
  const step = period.view === 'month' ? 1 : 3;
  return new Date(Date.UTC(year, month - 1 + direction * step, 1)).toISOString().slice(0, 10);
}

/** Whole weeks covering the period, each seven day numbers long, starting on `firstDay`. */
export function weeksOf(period: Period, firstDay: number): number[][] {
  const start = dayNumber(period.from);
  const end = dayNumber(period.to);
  const lead = (weekdayOf(start) - firstDay + 7) % 7;
  const weeks: number[][] = [];
  for (let day = start - lead; day <= end; day += 7)
    weeks.push(Array.from({ length: 7 }, (_, i) => day + i));
  return weeks;
}

/**
 * Spans of at most `maxDays` days covering [from, to]: the resolver serves one bounded span at a
 * time, and the fatigue margins around a view can be longer than that.
 */
export function spans(from: number, to: number, maxDays: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let start = from; start <= to; start += maxDays)
    out.push([isoOfDay(start), isoOfDay(Math.min(to, start + maxDays - 1))]);
  return out;
}

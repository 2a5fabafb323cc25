// Calendar quarters, the notice-compliance report's columns: Q1 is January–March, and so on. A
// quarter is named `YYYY-Qn` at the edges (payloads, CSV, storage) and is a pair of numbers here.
import { Temporal } from 'temporal-polyfill';
import type { CalendarDate } from './calendar';

export interface Quarter {
  year: number;
  /** 1–4. */
  quarter: number;
}

/** Whole-report bound: two years of quarters keeps one report within a UI call's time and points. */
export const MAX_REPORT_QUARTERS = 8;

const QUARTER_NAME = /^(\d{4})-Q([1-4])$/;

/** `2026-Q3` as a quarter; anything else (`2026-Q5`, `2026Q3`, a number) is undefined. */
export function parseQuarter(text: unknown): Quarter | undefined {
  if (typeof text !== 'string') return undefined;
  const match = QUARTER_NAME.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

export const quarterName = (q: Quarter): string => `${String(q.year)}-Q${String(q.quarter)}`;

/** The quarter a day falls in. */
export const quarterOf = (date: CalendarDate): Quarter => ({
  year: date.year,
  quarter: Math.floor((date.month - 1) / 3) + 1,
});

/** The quarter's first day. */
export const quarterStart = (q: Quarter): CalendarDate =>
  Temporal.PlainDate.from({ year: q.year, month: (q.quarter - 1) * 3 + 1, day: 1 });

/** The quarter's last day (the day before the next quarter starts). */
export const quarterEnd = (q: Quarter): CalendarDate =>
  quarterStart(nextQuarter(q)).subtract({ days: 1 });

export const nextQuarter = (q: Quarter): Quarter =>
  q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: q.quarter + 1 };

/** Quarters counted from year 0, so two quarters compare and subtract as numbers. */
const ordinal = (q: Quarter): number => q.year * 4 + (q.quarter - 1);

export const compareQuarters = (a: Quarter, b: Quarter): number => ordinal(a) - ordinal(b);

/** Every quarter from `from` to `to`, both included; empty when `to` is before `from`. */
export function quartersBetween(from: Quarter, to: Quarter): Quarter[] {
  const quarters: Quarter[] = [];
  for (let q = from; compareQuarters(q, to) <= 0; q = nextQuarter(q)) quarters.push(q);
  return quarters;
}

/** The `count` quarters ending with the one `today` is in, oldest first. */
export function quartersEndingAt(today: CalendarDate, count: number): Quarter[] {
  const last = quarterOf(today);
  const first = ordinal(last) - (count - 1);
  return quartersBetween({ year: Math.floor(first / 4), quarter: (first % 4) + 1 }, last);
}

// Quarter names (`2026-Q3`) as the report's range picker offers them, and the range checks it shows
// on the field before anything is asked of the backend (the resolver checks the same again).
import { NOTICE_REPORT_LIMITS, quarterIndex } from '../../../../src/contract/report-contract';

const nameOf = (index: number): string =>
  `${String(Math.floor(index / 4))}-Q${String((index % 4) + 1)}`;

/** The quarter of the day the browser is in, read in UTC as the backend reads dates. */
export function currentQuarter(now: Date = new Date()): string {
  return `${String(now.getUTCFullYear())}-Q${String(Math.floor(now.getUTCMonth() / 3) + 1)}`;
}

/** The quarters the picker offers: three years back and one year ahead of `current`, oldest first. */
export function offeredQuarters(current: string): string[] {
  const last = quarterIndex(current) + 4;
  return Array.from({ length: 16 }, (_, offset) => nameOf(last - 15 + offset));
}

/** `count` quarters ending with `last`, oldest first. */
export function quartersEndingWith(last: string, count: number): string[] {
  const end = quarterIndex(last);
  return Array.from({ length: count }, (_, offset) => nameOf(end - count + 1 + offset));
}

/** Every quarter from `from` to `to`, both included. */
export function quartersOf(from: string, to: string): string[] {
  const start = quarterIndex(from);
  return Array.from({ length: Math.max(0, quarterIndex(to) - start + 1) }, (_, offset) =>
    nameOf(start + offset),
  );
}

export type RangeProblem = 'backwards' | 'tooLong' | null;

export function rangeProblem(from: string, to: string): RangeProblem {
  const count = quarterIndex(to) - quarterIndex(from) + 1;
  if (count < 1) return 'backwards';
  return count > NOTICE_REPORT_LIMITS.maxQuarters ? 'tooLong' : null;
}

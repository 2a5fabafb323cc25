// JQL date values: absolute ("2026-11-23", "2026/11/23 10:00") or a period relative to now
// ("-5d", "4w 2d"). The emulated site's time zone is UTC.
import { isCalendarDate } from '../issue-input';

const MINUTE = 60_000;
const UNIT_MS: Record<string, number> = {
  m: MINUTE,
  h: 60 * MINUTE,
  d: 24 * 60 * MINUTE,
  w: 7 * 24 * 60 * MINUTE,
};

export const DAY_MS = UNIT_MS.d ?? 86_400_000;

export function dateFormatError(value: string, field: string): string {
  return `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`;
}

// Midnight UTC of a YYYY-MM-DD calendar date.
export function dateOnlyToMs(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

export function parseJqlDate(text: string, now: number): number | undefined {
  const trimmed = text.trim();
  const absolute = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(trimmed);
  if (absolute) {
    const [, y, mo, d, h, mi] = absolute;
    const date = `${y ?? ''}-${mo ?? ''}-${d ?? ''}`;
    if (!isCalendarDate(date)) return undefined;
    const hours = Number(h ?? '0');
    const minutes = Number(mi ?? '0');
    if (hours > 23 || minutes > 59) return undefined;
    return dateOnlyToMs(date) + hours * 60 * MINUTE + minutes * MINUTE;
  }
  if (!/^[+-]?\d+[wdhm](\s+[+-]?\d+[wdhm])*$/i.test(trimmed)) return undefined;
  let sign = 1;
  let total = 0;
  let first = true;
  for (const match of trimmed.matchAll(/([+-]?)(\d+)([wdhm])/gi)) {
    const [, s, amount, unit] = match;
    if (s === '-') sign = -1;
    else if (s === '+') sign = 1;
    else if (first) sign = 1;
    first = false;
    total += sign * Number(amount) * (UNIT_MS[(unit ?? 'd').toLowerCase()] ?? 0);
  }
  return now + total;
}

export function startOfDay(now: number): number {
  return Math.floor(now / DAY_MS) * DAY_MS;
}

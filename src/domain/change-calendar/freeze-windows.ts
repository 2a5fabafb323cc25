// Freeze windows: days no change may launch in, for every change or only those reaching one of the
// segments or channels a window names. Pure: dates in, decisions out.
import {
  addDays,
  compareDates,
  formatDate,
  parseCalendarDate,
  type CalendarDate,
} from '../calendar';
import type { FreezeWindow } from '../config-schema';
import type { LocalizedText } from '../localized';

/** What a freeze check needs to know about a change: where it reaches customers. */
export interface FreezeScope {
  segments: readonly string[];
  channels: readonly string[];
}

/** A launch day (or the first compliant one) inside a window, and the first day after that is clear. */
export interface FreezeHit {
  windowId: string;
  name: LocalizedText;
  /** YYYY-MM-DD, first and last frozen day, both included. */
  start: string;
  end: string;
  /** YYYY-MM-DD: the earliest day on or after the day checked outside every window that applies. */
  earliestLaunch: string;
}

/** Names are typed by people (intake, admin page): `Enterprise ` and `enterprise` are one segment. */
export const sameName = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('en-US') === b.trim().toLocaleLowerCase('en-US');

const namesAny = (named: readonly string[], values: readonly string[]): boolean =>
  named.some((n) => values.some((v) => sameName(n, v)));

/** A window naming no segment and no channel holds for every change. */
export const isGlobalWindow = (window: FreezeWindow): boolean =>
  window.segments.length === 0 && window.channels.length === 0;

/**
 * The windows that hold for a change: the global ones, and those naming one of its segments or one
 * of its channels (either is enough: a billing freeze on the email channel stops an email change
 * whatever segment it reaches).
 */
export function applicableFreezeWindows(
  windows: readonly FreezeWindow[],
  scope: FreezeScope,
): FreezeWindow[] {
  return windows.filter(
    (w) =>
      isGlobalWindow(w) ||
      namesAny(w.segments, scope.segments) ||
      namesAny(w.channels, scope.channels),
  );
}

interface DatedWindow {
  window: FreezeWindow;
  start: CalendarDate;
  end: CalendarDate;
}

/** Windows whose dates parse and are in order; a stored window that is neither freezes nothing. */
function dated(windows: readonly FreezeWindow[]): DatedWindow[] {
  return windows.flatMap((window) => {
    const start = parseCalendarDate(window.start);
    const end = parseCalendarDate(window.end);
    return start && end && compareDates(start, end) <= 0 ? [{ window, start, end }] : [];
  });
}

const contains = (w: DatedWindow, day: CalendarDate): boolean =>
  compareDates(w.start, day) <= 0 && compareDates(day, w.end) <= 0;

/** The window `day` falls in (the earliest-starting one when several do), or undefined. */
export function freezeWindowOn(
  windows: readonly FreezeWindow[],
  day: CalendarDate,
): FreezeWindow | undefined {
  return dated(windows)
    .filter((w) => contains(w, day))
    .sort((a, b) => compareDates(a.start, b.start) || a.window.id.localeCompare(b.window.id))[0]
    ?.window;
}

/**
 * The earliest day on or after `day` outside every window: the day after a window's end may open
 * another window (back-to-back or overlapping windows of different scopes), so it keeps stepping.
 * Each step passes one window's end, so it ends after at most one step per window.
 */
export function firstDayOutsideFreeze(
  windows: readonly FreezeWindow[],
  day: CalendarDate,
): CalendarDate {
  const all = dated(windows);
  let candidate = day;
  for (;;) {
    const holding = all.filter((w) => contains(w, candidate));
    if (holding.length === 0) return candidate;
    const lastEnd = holding.reduce((a, w) => (compareDates(w.end, a) > 0 ? w.end : a), candidate);
    candidate = addDays(lastEnd, 1);
  }
}

/**
 * Whether a day falls in a window that holds for the change, naming that window and the first
 * day after it outside every applicable window; undefined when the day is clear.
 */
export function freezeHit(
  windows: readonly FreezeWindow[],
  scope: FreezeScope,
  day: CalendarDate,
): FreezeHit | undefined {
  const applicable = applicableFreezeWindows(windows, scope);
  const window = freezeWindowOn(applicable, day);
  if (!window) return undefined;
  return {
    windowId: window.id,
    name: window.name,
    start: window.start,
    end: window.end,
    earliestLaunch: formatDate(firstDayOutsideFreeze(applicable, day)),
  };
}

// Change fatigue: one segment (or touchpoint) taking more than `maxChanges` customer-facing changes
// within any `windowDays` consecutive days. Pure: the neighbouring changes are passed in.
import {
  addDays,
  daysBetween,
  formatDate,
  parseCalendarDate,
  type CalendarDate,
} from '../calendar';
import type { FatigueRule } from '../config-schema';
import { sameName } from './freeze-windows';

/** A change as the fatigue check sees it (a calendar entry carries all of this and more). */
export interface CalendarChange {
  key: string;
  summary: string;
  /** YYYY-MM-DD. */
  launchDate: string;
  segments: readonly string[];
  touchpoints: readonly string[];
  customerFacing: boolean;
  status: { name: string; category: 'new' | 'indeterminate' | 'done' };
}

/** The change being checked: it may not exist yet (an intake being written, a what-if date). */
export interface FatigueSubject {
  /** Null before the change has a key; otherwise its own entry among the others is skipped. */
  key: string | null;
  launchDate: CalendarDate;
  segments: readonly string[];
  touchpoints: readonly string[];
  customerFacing: boolean;
}

/**
 * Names of a done status that mean the change will not reach customers: it was declined or
 * withdrawn. Any other done status (Done, Launched) counts: customers got the change.
 */
const NOT_GOING_AHEAD = ['declined', 'withdrawn', 'rejected', 'cancelled', 'canceled', "won't do"];

/** Whether customers feel this change: customer-facing, and not declined or withdrawn. */
export function countsTowardFatigue(change: CalendarChange): boolean {
  if (!change.customerFacing) return false;
  if (change.status.category !== 'done') return true;
  return !NOT_GOING_AHEAD.some((name) => sameName(name, change.status.name));
}

export interface FatigueNeighbour {
  key: string;
  summary: string;
  launchDate: string;
}

export interface FatigueCollision {
  kind: 'segment' | 'touchpoint';
  /** The segment or touchpoint as the checked change names it. */
  name: string;
  /** The most changes, this one included, that any window holding its launch gives it. */
  count: number;
  maxChanges: number;
  windowDays: number;
  /** YYYY-MM-DD: the first such window (first and last day, both included). */
  windowStart: string;
  windowEnd: string;
  /** Every other change sharing it in some window over the limit, by launch date then key. */
  others: FatigueNeighbour[];
  /**
   * Changes counted in `count` but not named: the viewer may not browse them (set where the view is
   * made for a person; the domain names every change it was given).
   */
  hiddenOthers: number;
}

interface Dated {
  change: CalendarChange;
  /** Days from the subject's launch. */
  offset: number;
}

/** One name's collision, if the windows holding the launch put it over the limit. */
function collisionFor(
  kind: FatigueCollision['kind'],
  name: string,
  sharing: readonly Dated[],
  subject: FatigueSubject,
  rule: FatigueRule,
): FatigueCollision | undefined {
  const { maxChanges, windowDays } = rule;
  let peak = 0;
  let peakStart = 0;
  const named = new Map<string, Dated>();
  // Every window of `windowDays` days holding the launch starts between windowDays − 1 days
  // before it and the launch itself.
  for (let start = -(windowDays - 1); start <= 0; start += 1) {
    const end = start + windowDays - 1;
    const inside = sharing.filter((d) => d.offset >= start && d.offset <= end);
    const count = inside.length + 1;
    if (count > peak) {
      peak = count;
      peakStart = start;
    }
    if (count > maxChanges) inside.forEach((d) => named.set(d.change.key, d));
  }
  if (peak <= maxChanges) return undefined;
  const windowStart = addDays(subject.launchDate, peakStart);
  return {
    kind,
    name,
    count: peak,
    maxChanges,
    windowDays,
    windowStart: formatDate(windowStart),
    windowEnd: formatDate(addDays(windowStart, windowDays - 1)),
    others: [...named.values()]
      .sort((a, b) => a.offset - b.offset || a.change.key.localeCompare(b.change.key))
      .map(({ change }) => ({
        key: change.key,
        summary: change.summary,
        launchDate: change.launchDate,
      })),
    hiddenOthers: 0,
  };
}

const distinctNames = (names: readonly string[]): string[] =>
  names.reduce<string[]>(
    (kept, n) => (n.trim() === '' || kept.some((k) => sameName(k, n)) ? kept : [...kept, n]),
    [],
  );

/**
 * The segments and touchpoints of a change that would get more than `maxChanges` customer-facing
 * changes (itself included) within some `windowDays`-day window holding its launch, each naming
 * the other changes. Names compare case-insensitively. A change customers do not notice adds no
 * fatigue, so it collides with nothing.
 */
export function fatigueCollisions(
  subject: FatigueSubject,
  others: readonly CalendarChange[],
  rule: FatigueRule,
): FatigueCollision[] {
  if (!subject.customerFacing) return [];
  const near = others.flatMap((change): Dated[] => {
    if (change.key === subject.key || !countsTowardFatigue(change)) return [];
    const launch = parseCalendarDate(change.launchDate);
    if (!launch) return [];
    const offset = daysBetween(subject.launchDate, launch);
    return Math.abs(offset) < rule.windowDays ? [{ change, offset }] : [];
  });
  // One change listed twice (two pages, a retry) is still one change.
  const unique = [...new Map(near.map((d) => [d.change.key, d])).values()];
  const check = (
    kind: FatigueCollision['kind'],
    names: readonly string[],
    of: (c: CalendarChange) => readonly string[],
  ) =>
    distinctNames(names).flatMap((name) => {
      const sharing = unique.filter((d) => of(d.change).some((n) => sameName(n, name)));
      const collision = collisionFor(kind, name, sharing, subject, rule);
      return collision ? [collision] : [];
    });
  return [
    ...check('segment', subject.segments, (c) => c.segments),
    ...check('touchpoint', subject.touchpoints, (c) => c.touchpoints),
  ];
}

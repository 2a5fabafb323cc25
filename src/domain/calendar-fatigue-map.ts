// Change fatigue over a whole calendar view at once: for every change, the segments and touchpoints
// it shares with more than `maxChanges` customer-facing changes (itself included) within some
// window of `windowDays` days, naming the others. The same rule as `fatigueCollisions` (one change
// against its neighbours), computed for thousands of changes in one sweep per name, so a quarter
// of a large site is flagged in milliseconds. Pure, and free of Temporal so the browser can run it.
import type { FatigueRule } from './config-schema';
import { countsTowardFatigue, type CalendarChange } from './change-calendar/fatigue';

export interface FatigueFlag {
  kind: 'segment' | 'touchpoint';
  /** The segment or touchpoint as the change names it. */
  name: string;
  /** The most changes, this one included, one window holding its launch gives it. */
  count: number;
  /** Keys of every other change sharing an over-limit window with it, by launch date then key. */
  readonly others: string[];
  /** How many they are, without listing them. */
  otherCount: number;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day (proleptic Gregorian), or undefined when malformed. */
export function epochDay(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // Howard Hinnant's days_from_civil: integer arithmetic only, no time zone can move the day.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Names compare as `sameName` compares them (outer spaces and case, in English rules). A quarter has
 * thousands of changes but a few dozen names: each is folded once per sweep.
 */
function folding(): (name: string) => string {
  const folded = new Map<string, string>();
  return (name) => {
    let key = folded.get(name);
    if (key === undefined) {
      key = name.trim().toLocaleLowerCase('en-US');
      folded.set(name, key);
    }
    return key;
  };
}

interface Placed {
  change: CalendarChange;
  day: number;
}

/** The over-limit windows among changes sharing one name, laid on each of them. */
function flagsForName(
  kind: FatigueFlag['kind'],
  label: string,
  sharing: readonly Placed[],
  rule: FatigueRule,
  into: Map<string, FatigueFlag[]>,
  fold: (name: string) => string,
): void {
  // Code-unit order of keys: a stable tie-break, far cheaper than a locale-aware one at this size.
  const sorted = [...sharing].sort(
    (a, b) =>
      a.day - b.day || (a.change.key < b.change.key ? -1 : a.change.key > b.change.key ? 1 : 0),
  );
  const n = sorted.length;
  if (n <= rule.maxChanges) return;
  const keys = sorted.map((placed) => placed.change.key);
  // Every over-limit window is covered by the window ending on the day of its last change: checking
  // the windows that end at each change finds every change in an over-limit window, and its peak.
  const lo = new Array<number>(n).fill(n);
  const hi = new Array<number>(n).fill(-1);
  const peak = new Array<number>(n).fill(0);
  let first = 0;
  for (let last = 0; last < n; last += 1) {
    const lastDay = sorted[last]?.day ?? 0;
    while ((sorted[first]?.day ?? 0) <= lastDay - rule.windowDays) first += 1;
    const count = last - first + 1;
    if (count <= rule.maxChanges) continue;
    for (let k = first; k <= last; k += 1) {
      if (first < (lo[k] ?? n)) lo[k] = first;
      if (last > (hi[k] ?? -1)) hi[k] = last;
      if (count > (peak[k] ?? 0)) peak[k] = count;
    }
  }
  for (let k = 0; k < n; k += 1) {
    const from = lo[k] ?? n;
    const to = hi[k] ?? -1;
    const own = sorted[k];
    if (own === undefined || to < from) continue;
    // Each change is told the name as it spells it.
    const name =
      (kind === 'segment' ? own.change.segments : own.change.touchpoints).find(
        (candidate) => fold(candidate) === fold(label),
      ) ?? label;
    const flags = into.get(own.change.key) ?? [];
    // Read on demand from one sorted key list: a busy quarter has thousands of flags, each naming
    // hundreds of changes, and the calendar shows the names of only the few changes on screen.
    flags.push({
      kind,
      name,
      count: peak[k] ?? 0,
      otherCount: to - from,
      get others() {
        return keys.slice(from, k).concat(keys.slice(k + 1, to + 1));
      },
    });
    into.set(own.change.key, flags);
  }
}

/**
 * Every change of `changes` that takes part in change fatigue, with one flag per segment or
 * touchpoint it is over the limit on. Names compare as `sameName` does (case and outer spaces
 * ignored); a change listed twice counts once; changes that customers do not notice, or that were
 * declined or withdrawn, neither count nor get flagged.
 */
export function fatigueMap(
  changes: readonly CalendarChange[],
  rule: FatigueRule,
): Map<string, FatigueFlag[]> {
  const fold = folding();
  const unique = new Map<string, Placed>();
  for (const change of changes) {
    if (unique.has(change.key) || !countsTowardFatigue(change)) continue;
    const day = epochDay(change.launchDate);
    if (day !== undefined) unique.set(change.key, { change, day });
  }
  const groups = (kind: FatigueFlag['kind']): Map<string, { label: string; list: Placed[] }> => {
    const byName = new Map<string, { label: string; list: Placed[] }>();
    for (const placed of unique.values()) {
      const names = kind === 'segment' ? placed.change.segments : placed.change.touchpoints;
      const seen = new Set<string>();
      for (const raw of names) {
        const key = fold(raw);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        const group = byName.get(key) ?? { label: raw, list: [] };
        if (group.list.length === 0) byName.set(key, group);
        group.list.push(placed);
      }
    }
    return byName;
  };
  const flags = new Map<string, FatigueFlag[]>();
  for (const kind of ['segment', 'touchpoint'] as const)
    for (const { label, list } of groups(kind).values())
      flagsForName(kind, label, list, rule, flags, fold);
  return flags;
}

// The loaded changes as the grid reads them: filtered, then grouped by day once (launches and comms
// steps), so drawing a day is a lookup, not a scan of thousands of changes.
import type { CalendarEntry } from '../../../src/contract/calendar-contract';

export interface CalendarFilters {
  segments: string[];
  channels: string[];
  touchpoints: string[];
  tiers: number[];
  statuses: string[];
}

export const NO_FILTERS: CalendarFilters = {
  segments: [],
  channels: [],
  touchpoints: [],
  tiers: [],
  statuses: [],
};

export interface CommsItem {
  entry: CalendarEntry;
  step: CalendarEntry['comms'][number];
}

export interface DayItems {
  launches: CalendarEntry[];
  comms: CommsItem[];
}

// Thousands of values pass here per render: plain lower case (no locale lookup each time), and one
// collator for every comparison.
const fold = (value: string): string => value.trim().toLowerCase();
const byKey = new Intl.Collator('en-US', { numeric: true });
const byLabel = new Intl.Collator();

/** An empty filter lets everything through; a filled one needs one of its values. */
function passes(wanted: readonly string[], values: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  return values.some((value) => wanted.includes(fold(value)));
}

export function matchesFilters(entry: CalendarEntry, filters: CalendarFilters): boolean {
  return (
    passes(filters.segments, entry.segments) &&
    passes(filters.channels, entry.channels) &&
    passes(filters.touchpoints, entry.touchpoints) &&
    (filters.tiers.length === 0 || (entry.tier !== null && filters.tiers.includes(entry.tier))) &&
    passes(filters.statuses, [entry.status.name])
  );
}

/** Launches by day (highest tier first, then key) and comms steps by due day, within [from, to]. */
export function groupByDay(
  entries: readonly CalendarEntry[],
  filters: CalendarFilters,
  from: string,
  to: string,
): Map<string, DayItems> {
  const days = new Map<string, DayItems>();
  const dayOf = (iso: string): DayItems => {
    let items = days.get(iso);
    if (items === undefined) {
      items = { launches: [], comms: [] };
      days.set(iso, items);
    }
    return items;
  };
  for (const entry of entries) {
    if (!matchesFilters(entry, filters)) continue;
    if (entry.launchDate >= from && entry.launchDate <= to)
      dayOf(entry.launchDate).launches.push(entry);
    for (const step of entry.comms)
      if (step.dueDate >= from && step.dueDate <= to)
        dayOf(step.dueDate).comms.push({ entry, step });
  }
  const byTier = (a: CalendarEntry, b: CalendarEntry) =>
    (a.tier ?? 99) - (b.tier ?? 99) || byKey.compare(a.key, b.key);
  for (const items of days.values()) items.launches.sort(byTier);
  return days;
}

/** The distinct values of one facet among the loaded changes, as options (folded value, first spelling). */
export function facetValues(
  entries: readonly CalendarEntry[],
  of: (entry: CalendarEntry) => readonly string[],
): Array<{ value: string; label: string }> {
  const seen = new Map<string, string>();
  for (const entry of entries)
    for (const value of of(entry)) {
      const key = fold(value);
      if (key !== '' && !seen.has(key)) seen.set(key, value.trim());
    }
  return [...seen.entries()]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => byLabel.compare(a.label, b.label));
}

export { fold as foldFacet };

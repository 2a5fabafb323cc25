// Loads a period page by page through the resolver (one JQL page each, so every call stays far
// inside a UI function's time limit), then the days around it that can share a fatigue window with
// its changes. The view renders what has arrived so far; the loading line says how far it got.
import { useEffect, useState } from 'react';
import type { CalendarEntry, ChangeCalendarPage } from '../../../src/contract/calendar-contract';
import { MAX_CALENDAR_SPAN_DAYS } from '../../../src/contract/calendar-view';
import type { ResolverError } from '../../../src/contract/ui-kit';
import { invoke } from '../../shared/invoke';
import { dayNumber, spans, type Period } from './period';

export type CalendarRules = Omit<ChangeCalendarPage, 'from' | 'to' | 'entries' | 'nextPageToken'>;

export type CalendarLoad =
  | { kind: 'failed'; error: ResolverError }
  | {
      kind: 'loading' | 'ready';
      /** Changes launching in the period, in launch order. */
      entries: CalendarEntry[];
      /** Changes launching just before or after it, for the fatigue check only. */
      neighbours: CalendarEntry[];
      rules: CalendarRules | null;
      /** The launch day of the last change loaded: pages come in launch order. */
      reachedDay: string | null;
      /** Whether the neighbours are in, so fatigue flags are final. */
      neighboursLoaded: boolean;
    };

/** Marks the bench reads: when the last page arrived and when the view showing it was drawn. */
export const DATA_COMPLETE_MARK = 'cg-calendar-data-complete';
export const RENDERED_MARK = 'cg-calendar-rendered';

function rulesOf(page: ChangeCalendarPage): CalendarRules {
  const { freezeWindows, fatigue, tiers, touchpoints } = page;
  return { freezeWindows, fatigue, tiers, touchpoints };
}

/** Every page of one span; `onPage` hears each as it comes. Null when a call failed (`onError` heard why). */
async function loadSpan(
  from: string,
  to: string,
  isCancelled: () => boolean,
  onPage: (page: ChangeCalendarPage) => void,
): Promise<ResolverError | null> {
  let nextPageToken: string | undefined;
  do {
    const answer = await invoke('getChangeCalendar', {
      from,
      to,
      ...(nextPageToken === undefined ? {} : { nextPageToken }),
    });
    if (isCancelled()) return null;
    if (!answer.ok) return answer.error;
    onPage(answer.data);
    nextPageToken = answer.data.nextPageToken ?? undefined;
  } while (nextPageToken !== undefined);
  return null;
}

export function useCalendarData(period: Period, attempt: number): CalendarLoad {
  const [load, setLoad] = useState<CalendarLoad>({
    kind: 'loading',
    entries: [],
    neighbours: [],
    rules: null,
    reachedDay: null,
    neighboursLoaded: false,
  });
  const { from, to } = period;

  useEffect(() => {
    let cancelled = false;
    const isCancelled = () => cancelled;
    const entries: CalendarEntry[] = [];
    const neighbours: CalendarEntry[] = [];
    // Written by the page callbacks: a holder, so the read after them is not narrowed to null.
    const got: { rules: CalendarRules | null } = { rules: null };
    setLoad({
      kind: 'loading',
      entries: [],
      neighbours: [],
      rules: null,
      reachedDay: null,
      neighboursLoaded: false,
    });
    const run = async (): Promise<void> => {
      const failed = await loadSpan(from, to, isCancelled, (page) => {
        entries.push(...page.entries);
        got.rules = rulesOf(page);
        setLoad({
          kind: 'loading',
          entries: [...entries],
          neighbours: [],
          rules: got.rules,
          reachedDay: page.entries.at(-1)?.launchDate ?? null,
          neighboursLoaded: false,
        });
      });
      if (isCancelled()) return;
      if (failed !== null) {
        setLoad({ kind: 'failed', error: failed });
        return;
      }
      // A change can share a fatigue window with changes up to windowDays − 1 days either side.
      const reach = (got.rules?.fatigue.windowDays ?? 1) - 1;
      const first = dayNumber(from);
      const last = dayNumber(to);
      const margins =
        reach === 0
          ? []
          : [
              ...spans(first - reach, first - 1, MAX_CALENDAR_SPAN_DAYS),
              ...spans(last + 1, last + reach, MAX_CALENDAR_SPAN_DAYS),
            ];
      for (const [spanFrom, spanTo] of margins) {
        const error = await loadSpan(spanFrom, spanTo, isCancelled, (page) => {
          neighbours.push(...page.entries);
        });
        if (isCancelled()) return;
        if (error !== null) {
          setLoad({ kind: 'failed', error });
          return;
        }
      }
      performance.mark(DATA_COMPLETE_MARK);
      setLoad({
        kind: 'ready',
        entries,
        neighbours,
        rules: got.rules,
        reachedDay: to,
        neighboursLoaded: true,
      });
    };
    void run();
    return () => {
      cancelled = true;
    };
  }, [from, to, attempt]);

  return load;
}

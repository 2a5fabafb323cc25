// The customer change calendar: a month or a quarter of governed changes by launch date, their
// comms steps, freeze windows and change fatigue, filterable, each change one click from Jira.
// The same app serves the Jira global page and the Confluence macro.
import { router } from '@forge/bridge';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { fatigueMap, type FatigueFlag } from '../../../src/contract/calendar-view';
import { localize } from '../../../src/contract/ui-kit';
import { useAppEnv } from '../../shared/app-env';
import { todayIso } from '../../shared/dates';
import { ErrorState } from '../../shared/states';
import { groupByDay, NO_FILTERS, type CalendarFilters } from './calendar-index';
import type { CalendarView } from './calendar-model';
import { FilterBar } from './filter-bar';
import { calendarFormats, tierName, tierRank } from './formats';
import { FatigueSummary, FreezeLegend } from './period-notes';
import {
  dayNumber,
  firstDayOfWeek,
  periodOf,
  shiftAnchor,
  type CalendarView as ViewKind,
} from './period';
import { LoadProgress, Toolbar } from './toolbar';
import { RENDERED_MARK, useCalendarData } from './use-calendar-data';
import { WeekGrid } from './week-grid';

const NO_FATIGUE: ReadonlyMap<string, readonly FatigueFlag[]> = new Map();
const DEFAULT_RULE = { maxChanges: 3, windowDays: 30 };

export interface CalendarAppProps {
  initialView: ViewKind;
  /** On a Confluence page the change opens in a new tab; on the Jira page, in place. */
  inConfluence: boolean;
}

export function CalendarApp({ initialView, inConfluence }: CalendarAppProps) {
  const { t, locale, context } = useAppEnv();
  const today = todayIso(context.timezone);
  const [viewKind, setViewKind] = useState<ViewKind>(initialView);
  const [anchor, setAnchor] = useState(today);
  const [filters, setFilters] = useState<CalendarFilters>(NO_FILTERS);
  const [showComms, setShowComms] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const period = useMemo(() => periodOf(viewKind, anchor), [viewKind, anchor]);
  const load = useCalendarData(period, attempt);
  const formats = useMemo(() => calendarFormats(locale), [locale]);
  const firstDay = useMemo(() => firstDayOfWeek(locale), [locale]);

  const entries = load.kind === 'failed' ? [] : load.entries;
  const rules = load.kind === 'failed' ? null : load.rules;
  const ready = load.kind === 'ready';
  const rule = rules?.fatigue ?? DEFAULT_RULE;
  // Computed once per loaded period, over the period and its neighbours (filters do not change who
  // customers hear from).
  const fatigue = useMemo(
    () =>
      load.kind === 'ready' ? fatigueMap([...load.entries, ...load.neighbours], rule) : NO_FATIGUE,
    [load, rule],
  );
  const days = useMemo(
    () => groupByDay(entries, filters, period.from, period.to),
    [entries, filters, period.from, period.to],
  );

  const tiers = rules?.tiers;
  const touchpoints = rules?.touchpoints;
  const tierLabel = useCallback(
    (tier: number) => {
      const name = tiers === undefined ? undefined : tierName(tier, tiers, locale);
      return name === undefined
        ? t('ui.common.tier', { tier })
        : t('ui.common.tierNamed', { tier, name });
    },
    [tiers, locale, t],
  );
  const touchpointName = useCallback(
    (id: string) => {
      const found = touchpoints?.find((tp) => tp.id === id);
      return found === undefined ? id : localize(found.name, locale);
    },
    [touchpoints, locale],
  );
  const view = useMemo<CalendarView>(
    () => ({
      t,
      locale,
      fatigue,
      tierLabel,
      tierRank: (tier) => tierRank(tier, tiers ?? []),
      names: (name, kind) => (kind === 'touchpoint' ? touchpointName(name) : name),
      open: (issueKey) => {
        const path = `/browse/${encodeURIComponent(issueKey)}`;
        void (inConfluence ? router.open(path) : router.navigate(path));
      },
    }),
    [t, locale, fatigue, tierLabel, tiers, touchpointName, inConfluence],
  );

  useEffect(() => {
    if (!ready) return;
    // After the browser has painted the complete view: what "rendered after the data arrived" means.
    const frame = requestAnimationFrame(() => {
      performance.mark(RENDERED_MARK);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [ready, load]);

  const move = (direction: -1 | 0 | 1): void => {
    setAnchor(direction === 0 ? today : shiftAnchor(period, direction));
  };
  const title = formats.periodTitle(period);
  const first = dayNumber(period.from);
  const span = Math.max(1, dayNumber(period.to) - first + 1);
  const reached = load.kind === 'failed' ? null : load.reachedDay;
  const matching = [...days.values()].some((d) => d.launches.length > 0);

  return (
    <div className="cg-cal" data-state={load.kind} data-period={`${period.from}/${period.to}`}>
      <Toolbar title={title} view={viewKind} onView={setViewKind} onMove={move} />
      <FilterBar
        entries={entries}
        filters={filters}
        onChange={setFilters}
        touchpointName={touchpointName}
        tierLabel={tierLabel}
        showComms={showComms}
        onShowComms={setShowComms}
      />
      {load.kind === 'loading' && (
        <LoadProgress
          loaded={entries.length}
          fraction={reached === null ? 0 : Math.min(1, (dayNumber(reached) - first + 1) / span)}
          reachedLabel={reached === null ? null : formats.isoDay(reached)}
        />
      )}
      {load.kind === 'failed' && (
        <ErrorState
          error={load.error}
          onRetry={() => {
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {ready && !matching && (
        <p className="cg-cal-empty" role="status">
          {entries.length === 0 ? t('ui.calendar.empty.none') : t('ui.calendar.empty.filtered')}
        </p>
      )}
      {load.kind !== 'failed' && (
        <>
          <WeekGrid
            key={`${period.from}:${period.view}`}
            period={period}
            firstDay={firstDay}
            days={days}
            freezeWindows={rules?.freezeWindows ?? []}
            showComms={showComms}
            today={today}
            view={view}
            formats={formats}
            caption={t('ui.calendar.grid.caption', { period: title })}
          />
          <div className="cg-cal-notes">
            <FreezeLegend windows={rules?.freezeWindows ?? []} view={view} formats={formats} />
            <FatigueSummary
              entries={entries}
              rule={rule}
              ready={ready}
              view={view}
              formats={formats}
            />
          </div>
        </>
      )}
    </div>
  );
}

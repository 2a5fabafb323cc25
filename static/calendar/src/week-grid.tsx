// The period as a grid of weeks: one row per week, one cell per day. Arrow keys move between days
// (Home/End to the week's ends), Tab goes from the day into its changes: one tab stop for the grid.
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CalendarFreezeWindow } from '../../../src/contract/calendar-contract';
import type { DayItems } from './calendar-index';
import type { CalendarView } from './calendar-model';
import { DayCell } from './day-cell';
import type { CalendarFormats } from './formats';
import { dayNumber, isoOfDay, weeksOf, type Period } from './period';

interface WeekGridProps {
  period: Period;
  firstDay: number;
  days: ReadonlyMap<string, DayItems>;
  freezeWindows: readonly CalendarFreezeWindow[];
  showComms: boolean;
  today: string;
  view: CalendarView;
  formats: CalendarFormats;
  caption: string;
}

const MOVES: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowRight: 1,
  ArrowUp: -7,
  ArrowDown: 7,
};

/** The window shading each day of the period (the earliest-starting one where windows overlap). */
function freezeByDay(
  windows: readonly CalendarFreezeWindow[],
  from: number,
  to: number,
): Map<number, CalendarFreezeWindow> {
  const byDay = new Map<number, CalendarFreezeWindow>();
  const ordered = [...windows].sort((a, b) => a.start.localeCompare(b.start));
  for (const window of ordered) {
    const start = Math.max(from, dayNumber(window.start));
    const end = Math.min(to, dayNumber(window.end));
    for (let day = start; day <= end; day += 1) if (!byDay.has(day)) byDay.set(day, window);
  }
  return byDay;
}

export function WeekGrid(props: WeekGridProps) {
  const { period, view, formats } = props;
  const first = dayNumber(period.from);
  const last = dayNumber(period.to);
  const weeks = useMemo(() => weeksOf(period, props.firstDay), [period, props.firstDay]);
  const frozen = useMemo(
    () => freezeByDay(props.freezeWindows, first, last),
    [props.freezeWindows, first, last],
  );
  const todayNumber = dayNumber(props.today);
  const initial = todayNumber >= first && todayNumber <= last ? todayNumber : first;
  const [active, setActive] = useState(initial);
  const [expanded, setExpanded] = useState<number | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const current = active >= first && active <= last ? active : initial;

  const toggle = useCallback((day: number) => {
    setExpanded((open) => (open === day ? null : day));
  }, []);

  const moveTo = (day: number): void => {
    const target = Math.min(last, Math.max(first, day));
    setActive(target);
    table.current?.querySelector<HTMLElement>(`td[data-day="${isoOfDay(target)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>): void => {
    // Only when a day itself has focus: the arrow keys inside its buttons stay theirs.
    if (!(event.target instanceof HTMLTableCellElement)) return;
    const step = MOVES[event.key];
    const weekStart = current - ((current - (weeks[0]?.[0] ?? first)) % 7);
    if (step !== undefined) moveTo(current + step);
    else if (event.key === 'Home') moveTo(weekStart);
    else if (event.key === 'End') moveTo(weekStart + 6);
    else return;
    event.preventDefault();
  };

  const limit = period.view === 'month' ? 4 : 2;
  return (
    <table
      className="cg-cal-grid"
      role="grid"
      ref={table}
      onKeyDown={onKeyDown}
      data-view={period.view}
    >
      <caption className="cg-visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {(weeks[0] ?? []).map((day) => (
            <th key={day} scope="col" abbr={formats.weekdayLong(day)}>
              {formats.weekdayShort(day)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day, index) => {
              const iso = isoOfDay(day);
              const inPeriod = day >= first && day <= last;
              const freeze = frozen.get(day);
              return (
                <DayCell
                  key={day}
                  day={day}
                  iso={iso}
                  inPeriod={inPeriod}
                  items={props.days.get(iso)}
                  freeze={freeze}
                  labelFreeze={
                    freeze !== undefined && (index === 0 || frozen.get(day - 1) !== freeze)
                  }
                  showComms={props.showComms}
                  limit={limit}
                  expanded={expanded === day}
                  active={day === current}
                  isToday={day === todayNumber}
                  view={view}
                  formats={formats}
                  onToggle={toggle}
                  onFocusDay={setActive}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// One day of the grid: its date, the freeze window shading it, a fatigue mark when a change that
// day is over the limit, and its first few launches and comms steps; "+N more" shows the rest.
import { memo } from 'react';
import type { CalendarFreezeWindow } from '../../../src/contract/calendar-contract';
import { localize } from '../../../src/contract/ui-kit';
import type { DayItems } from './calendar-index';
import type { CalendarView } from './calendar-model';
import { CommsButton, LaunchButton } from './day-items';
import { plural } from './plural';
import type { CalendarFormats } from './formats';

export interface DayCellProps {
  day: number;
  iso: string;
  inPeriod: boolean;
  items: DayItems | undefined;
  freeze: CalendarFreezeWindow | undefined;
  /** Show the freeze window's name here (its first day in view, or a week's first day). */
  labelFreeze: boolean;
  showComms: boolean;
  /** How many items a collapsed day shows. */
  limit: number;
  expanded: boolean;
  active: boolean;
  isToday: boolean;
  view: CalendarView;
  formats: CalendarFormats;
  onToggle: (day: number) => void;
  onFocusDay: (day: number) => void;
}

function DayCellImpl(props: DayCellProps) {
  const { day, iso, inPeriod, items, freeze, view, formats, expanded, active } = props;
  const { t } = view;
  if (!inPeriod) return <td className="cg-cal-day cg-cal-outside" aria-hidden="true" />;
  const launches = items?.launches ?? [];
  const comms = props.showComms ? (items?.comms ?? []) : [];
  const total = launches.length + comms.length;
  const shown = expanded ? total : Math.min(total, props.limit);
  const fatigued = launches.some((entry) => view.fatigue.has(entry.key));
  const freezeName = freeze === undefined ? '' : localize(freeze.name, view.locale);
  const tabIndex = active ? 0 : -1;
  const classes = [
    'cg-cal-day',
    freeze === undefined ? '' : 'cg-cal-frozen',
    fatigued ? 'cg-cal-day-fatigued' : '',
    props.isToday ? 'cg-cal-today' : '',
  ]
    .filter((c) => c !== '')
    .join(' ');
  return (
    <td
      className={classes}
      data-day={iso}
      tabIndex={tabIndex}
      aria-current={props.isToday ? 'date' : undefined}
      onFocus={(event) => {
        if (event.target === event.currentTarget) props.onFocusDay(day);
      }}
    >
      <div className="cg-cal-dayhead">
        <span className="cg-cal-daynum" aria-hidden="true">
          {formats.dayOfMonth(day, iso.endsWith('-01'))}
        </span>
        <span className="cg-visually-hidden">
          {formats.fullDay(day)}
          {total > 0 ? `, ${plural(t, view.locale, 'ui.calendar.day.count', total)}` : ''}
        </span>
        {fatigued && (
          <span className="cg-cal-daywarn" title={t('ui.calendar.fatigue.dayFlag')}>
            <span aria-hidden="true">⚠</span>
            <span className="cg-visually-hidden">{t('ui.calendar.fatigue.dayFlag')}</span>
          </span>
        )}
      </div>
      {freeze !== undefined && (
        <div
          className="cg-cal-freeze"
          title={t('ui.calendar.freeze.dayLabel', { name: freezeName })}
        >
          {props.labelFreeze ? <span>❄ {freezeName}</span> : <span aria-hidden="true">❄</span>}
          {!props.labelFreeze && (
            <span className="cg-visually-hidden">
              {t('ui.calendar.freeze.dayLabel', { name: freezeName })}
            </span>
          )}
        </div>
      )}
      {shown > 0 && (
        <ul className="cg-cal-items">
          {launches.slice(0, shown).map((entry) => (
            <li key={`l-${entry.key}`}>
              <LaunchButton entry={entry} view={view} tabIndex={tabIndex} />
            </li>
          ))}
          {comms.slice(0, Math.max(0, shown - launches.length)).map((item) => (
            <li key={`c-${item.entry.key}-${item.step.stepId}`}>
              <CommsButton item={item} view={view} tabIndex={tabIndex} />
            </li>
          ))}
        </ul>
      )}
      {total > props.limit && (
        <button
          type="button"
          className="cg-cal-more"
          tabIndex={tabIndex}
          aria-expanded={expanded}
          onClick={() => {
            props.onToggle(day);
          }}
        >
          {expanded
            ? t('ui.calendar.day.less')
            : t('ui.calendar.day.more', { count: total - props.limit })}
        </button>
      )}
    </td>
  );
}

export const DayCell = memo(DayCellImpl);

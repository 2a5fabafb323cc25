// Beside the grid: the freeze windows of the period (what they cover, whom they hold for) and the
// segments and touchpoints over the fatigue limit, naming the changes that put them there.
import type { CalendarEntry, CalendarFreezeWindow } from '../../../src/contract/calendar-contract';
import type { FatigueFlag } from '../../../src/contract/calendar-view';
import { localize } from '../../../src/contract/ui-kit';
import type { CalendarView } from './calendar-model';
import { plural } from './plural';
import type { CalendarFormats } from './formats';

export function FreezeLegend({
  windows,
  view,
  formats,
}: {
  windows: readonly CalendarFreezeWindow[];
  view: CalendarView;
  formats: CalendarFormats;
}) {
  const { t, locale } = view;
  return (
    <section className="cg-cal-note" aria-labelledby="cg-cal-freeze-title">
      <h3 id="cg-cal-freeze-title">{t('ui.calendar.freeze.title')}</h3>
      {windows.length === 0 ? (
        <p className="cg-cal-muted">{t('ui.calendar.freeze.none')}</p>
      ) : (
        <ul className="cg-cal-freeze-list">
          {windows.map((window) => {
            const scope = [...window.segments, ...window.channels];
            return (
              <li key={window.id} data-freeze={window.id}>
                <span className="cg-cal-swatch cg-cal-frozen" aria-hidden="true" />
                {t('ui.calendar.freeze.window', {
                  name: localize(window.name, locale),
                  start: formats.isoDay(window.start),
                  end: formats.isoDay(window.end),
                })}{' '}
                <span className="cg-cal-muted">
                  {scope.length === 0
                    ? t('ui.calendar.freeze.everyChange')
                    : t('ui.calendar.freeze.only', { names: scope.join(', ') })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

interface FatigueGroup {
  kind: FatigueFlag['kind'];
  name: string;
  peak: number;
  changes: CalendarEntry[];
}

/** The changes of the period over the limit, grouped by the segment or touchpoint they crowd. */
function fatigueGroups(entries: readonly CalendarEntry[], view: CalendarView): FatigueGroup[] {
  const groups = new Map<string, FatigueGroup>();
  for (const entry of entries)
    for (const flag of view.fatigue.get(entry.key) ?? []) {
      const id = `${flag.kind}:${flag.name.trim().toLowerCase()}`;
      const group = groups.get(id) ?? { kind: flag.kind, name: flag.name, peak: 0, changes: [] };
      group.peak = Math.max(group.peak, flag.count);
      group.changes.push(entry);
      groups.set(id, group);
    }
  return [...groups.values()].sort((a, b) => b.changes.length - a.changes.length);
}

const SHOWN = 12;

export function FatigueSummary({
  entries,
  rule,
  ready,
  view,
  formats,
}: {
  entries: readonly CalendarEntry[];
  rule: { maxChanges: number; windowDays: number };
  ready: boolean;
  view: CalendarView;
  formats: CalendarFormats;
}) {
  const { t } = view;
  const groups = ready ? fatigueGroups(entries, view) : [];
  return (
    <section className="cg-cal-note" aria-labelledby="cg-cal-fatigue-title">
      <h3 id="cg-cal-fatigue-title">{t('ui.calendar.fatigue.title')}</h3>
      <p className="cg-cal-muted">
        {t('ui.calendar.fatigue.rule', { max: rule.maxChanges, days: rule.windowDays })}
      </p>
      {!ready && <p className="cg-cal-muted">{t('ui.calendar.fatigue.pending')}</p>}
      {ready && groups.length === 0 && <p>{t('ui.calendar.fatigue.none')}</p>}
      {groups.length > 0 && (
        <ul className="cg-cal-fatigue-list">
          {groups.map((group) => (
            <li key={`${group.kind}:${group.name}`} data-fatigue={`${group.kind}:${group.name}`}>
              <strong>
                {t(`ui.calendar.fatigue.${group.kind}`, {
                  name: view.names(group.name, group.kind),
                })}
              </strong>
              {': '}
              {plural(t, view.locale, 'ui.calendar.fatigue.group', group.changes.length, {
                peak: group.peak,
              })}{' '}
              {group.changes.slice(0, SHOWN).map((entry, index) => (
                <span key={entry.key}>
                  {index > 0 ? ', ' : ''}
                  <button
                    type="button"
                    className="cg-cal-link"
                    onClick={() => {
                      view.open(entry.key);
                    }}
                  >
                    {entry.key}
                  </button>{' '}
                  <span className="cg-cal-muted">({formats.isoDay(entry.launchDate)})</span>
                </span>
              ))}
              {group.changes.length > SHOWN &&
                ` ${t('ui.calendar.fatigue.andMore', { count: group.changes.length - SHOWN })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

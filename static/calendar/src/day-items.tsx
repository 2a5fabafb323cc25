// What a day shows: each launch with its tier, each comms step due, as plain buttons (thousands
// of them on a large site, so no Atlaskit widget per change) that open the change in Jira.
import { memo } from 'react';
import type { CalendarEntry } from '../../../src/contract/calendar-contract';
import type { FatigueFlag } from '../../../src/contract/calendar-view';
import { localize } from '../../../src/contract/ui-kit';
import type { CommsItem } from './calendar-index';
import type { CalendarView } from './calendar-model';

/** The fatigue text a change carries: each name over the limit, and the other changes it shares it with. */
export function fatigueText(flags: readonly FatigueFlag[], view: CalendarView): string {
  const { t, names } = view;
  return flags
    .map((flag) => {
      const shown = flag.others.slice(0, 8).join(', ');
      const more = flag.otherCount - 8;
      return t('ui.calendar.fatigue.itemWith', {
        what: t(`ui.calendar.fatigue.${flag.kind}`, { name: names(flag.name, flag.kind) }),
        count: flag.count,
        others: more > 0 ? `${shown} ${t('ui.calendar.fatigue.andMore', { count: more })}` : shown,
      });
    })
    .join(' ');
}

function LaunchButtonImpl({
  entry,
  view,
  tabIndex,
}: {
  entry: CalendarEntry;
  view: CalendarView;
  tabIndex: number;
}) {
  const { t } = view;
  const flags = view.fatigue.get(entry.key);
  const warning = flags === undefined ? '' : fatigueText(flags, view);
  // The name is what the button shows, then in words what the eye reads from colour and marks.
  const details = t('ui.calendar.item.launchDetails', {
    tier: entry.tier === null ? '' : view.tierLabel(entry.tier),
    status: entry.status.name,
  });
  return (
    <button
      type="button"
      className={`cg-cal-item cg-cal-launch${flags === undefined ? '' : ' cg-cal-fatigued'}`}
      data-key={entry.key}
      data-kind="launch"
      tabIndex={tabIndex}
      title={warning === '' ? undefined : warning}
      onClick={() => {
        view.open(entry.key);
      }}
    >
      {entry.tier !== null && (
        <span className={`cg-cal-tier cg-cal-tier-${String(view.tierRank(entry.tier))}`}>
          {t('ui.calendar.item.tierShort', { tier: entry.tier })}
        </span>
      )}
      {flags !== undefined && (
        <span className="cg-cal-warn" aria-hidden="true">
          ⚠
        </span>
      )}
      {entry.emergency && (
        <span className="cg-cal-emergency">{t('ui.calendar.item.emergency')}</span>
      )}
      <span className="cg-cal-key">{entry.key}</span>
      <span className="cg-cal-summary">{entry.summary}</span>
      <span className="cg-visually-hidden">
        {details}
        {warning === '' ? '' : ` ${warning}`}
      </span>
    </button>
  );
}
export const LaunchButton = memo(LaunchButtonImpl);

function CommsButtonImpl({
  item,
  view,
  tabIndex,
}: {
  item: CommsItem;
  view: CalendarView;
  tabIndex: number;
}) {
  const { t, locale } = view;
  const title = localize(item.step.title, locale);
  return (
    <button
      type="button"
      className={`cg-cal-item cg-cal-comms${item.step.customerFacing ? ' cg-cal-customer' : ''}`}
      data-key={item.entry.key}
      data-kind="comms"
      tabIndex={tabIndex}
      onClick={() => {
        view.open(item.entry.key);
      }}
    >
      <span className="cg-cal-comms-mark" aria-hidden="true">
        ✉
      </span>
      <span className="cg-cal-summary">
        {title} · {item.entry.key}
      </span>
      <span className="cg-visually-hidden">{t('ui.calendar.item.commsDetails')}</span>
    </button>
  );
}
export const CommsButton = memo(CommsButtonImpl);

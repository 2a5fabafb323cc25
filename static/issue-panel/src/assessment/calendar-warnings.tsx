// What the change calendar says about this change's launch: a freeze window it falls in, the first
// compliant day a window pushed back, and the segments or touchpoints it would overload, naming
// the other changes so the requester can talk to their owners or move the date.
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { Assessed, PanelConfig } from '../../../../src/contract/ui-kit';
import type {
  CalendarWarningsView,
  FatigueCollision,
  FreezeHit,
} from '../../../../src/contract/calendar-warnings';
import { localize, type Locale } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { formatCalendarDate } from '../../../shared/dates';
import type { Translate } from '../../../shared/i18n';
import { IssueLink } from '../tickets/issue-link';

export function freezeText(
  t: Translate,
  locale: Locale,
  hit: FreezeHit,
  launch: string,
  emergency: boolean,
): string {
  return t(
    emergency ? 'ui.calendarRules.warnings.freezeEmergency' : 'ui.calendarRules.warnings.freeze',
    {
      launch: formatCalendarDate(launch, locale),
      window: localize(hit.name, locale),
      start: formatCalendarDate(hit.start, locale),
      end: formatCalendarDate(hit.end, locale),
      earliest: formatCalendarDate(hit.earliestLaunch, locale),
    },
  );
}

/** A touchpoint by its registry name in the viewer's language; free text as written. */
function touchpointName(config: PanelConfig, id: string, locale: Locale): string {
  const touchpoint = (config.journey?.stages ?? [])
    .flatMap((stage) => stage.steps.flatMap((step) => step.touchpoints))
    .find((tp) => tp.id === id);
  return touchpoint ? localize(touchpoint.name, locale) : id;
}

export function fatigueText(
  t: Translate,
  locale: Locale,
  collision: FatigueCollision,
  config: PanelConfig,
): string {
  return t(
    collision.kind === 'segment'
      ? 'ui.calendarRules.warnings.fatigueSegment'
      : 'ui.calendarRules.warnings.fatigueTouchpoint',
    {
      name:
        collision.kind === 'segment'
          ? collision.name
          : touchpointName(config, collision.name, locale),
      count: collision.count,
      days: collision.windowDays,
      start: formatCalendarDate(collision.windowStart, locale),
      end: formatCalendarDate(collision.windowEnd, locale),
      max: collision.maxChanges,
    },
  );
}

/** One fatigue collision: the sentence, then the other changes, each linked. */
export function FatigueCollisionItem({
  collision,
  config,
}: {
  collision: FatigueCollision;
  config: PanelConfig;
}) {
  const { t, locale } = useAppEnv();
  return (
    <Stack space="space.050">
      <Text>{fatigueText(t, locale, collision, config)}</Text>
      <ul className="cg-list" aria-label={t('ui.calendarRules.warnings.othersLabel')}>
        {collision.others.map((other) => (
          <li key={other.key}>
            <IssueLink issueKey={other.key} />{' '}
            {t('ui.calendarRules.warnings.other', {
              summary: other.summary,
              date: formatCalendarDate(other.launchDate, locale),
            })}
          </li>
        ))}
        {collision.hiddenOthers > 0 && (
          <li>{t('ui.calendarRules.warnings.hidden', { count: collision.hiddenOthers })}</li>
        )}
      </ul>
    </Stack>
  );
}

/** The panel's warnings: shown only when there is something to warn about. */
export function CalendarWarnings({
  warnings,
  assessment,
  config,
}: {
  warnings: CalendarWarningsView | undefined;
  assessment: Assessed;
  config: PanelConfig;
}) {
  const { t, locale } = useAppEnv();
  const skipped = assessment.freeze?.earliestCompliantLaunch ?? null;
  const freeze = warnings?.freeze ?? null;
  const fatigue = warnings?.fatigue ?? [];
  if (!freeze && !skipped && fatigue.length === 0) return null;
  return (
    <SectionMessage appearance="warning" title={t('ui.calendarRules.warnings.heading')}>
      <Stack space="space.150">
        {freeze && warnings && (
          <Text>{freezeText(t, locale, freeze, warnings.launchDate, warnings.emergency)}</Text>
        )}
        {skipped && (
          <Text>
            {t('ui.calendarRules.warnings.earliestSkipsFreeze', {
              window: localize(skipped.name, locale),
              start: formatCalendarDate(skipped.start, locale),
              end: formatCalendarDate(skipped.end, locale),
              earliest: formatCalendarDate(skipped.earliestLaunch, locale),
            })}
          </Text>
        )}
        {fatigue.map((collision) => (
          <FatigueCollisionItem
            key={`${collision.kind}:${collision.name}`}
            collision={collision}
            config={config}
          />
        ))}
        {warnings?.partial && (
          <Text>{t('ui.calendarRules.warnings.partial', { count: warnings.checked })}</Text>
        )}
      </Stack>
    </SectionMessage>
  );
}

/** One what-if date's freeze window and fatigue, or that it has neither. */
export function ScenarioCalendar({
  calendar,
  launchDate,
  config,
  partial = false,
}: {
  calendar: { freeze: FreezeHit | null; fatigue: FatigueCollision[] };
  launchDate: string;
  config: PanelConfig;
  /** More neighbouring changes than were read: the counts are lower bounds. */
  partial?: boolean;
}) {
  const { t, locale } = useAppEnv();
  const note = partial ? <Text>{t('ui.calendarRules.whatIf.partial')}</Text> : null;
  if (!calendar.freeze && calendar.fatigue.length === 0)
    return (
      <Stack space="space.050">
        <Text color="color.text.subtle">{t('ui.calendarRules.whatIf.clear')}</Text>
        {note}
      </Stack>
    );
  return (
    <Stack space="space.100">
      {note}
      {calendar.freeze && <Text>{freezeText(t, locale, calendar.freeze, launchDate, false)}</Text>}
      {calendar.fatigue.map((collision) => (
        <FatigueCollisionItem
          key={`${collision.kind}:${collision.name}`}
          collision={collision}
          config={config}
        />
      ))}
    </Stack>
  );
}

// The change calendar's rules: how many customer-facing changes one segment or touchpoint may take
// within a window (fatigue), and the freeze windows no launch may fall in.
import { Inline, Stack, Text } from '@atlaskit/primitives';
import {
  DEFAULT_CALENDAR,
  type ChangeCalendarRules,
  type FreezeWindow,
} from '../../../../src/contract/calendar-rules';
import { useAppEnv } from '../../../shared/app-env';
import { FreezeWindowCard } from './freeze-window-card';
import type { EditorProps } from '../editor-props';
import { binder } from '../fields/bind';
import { NumberField } from '../fields/number-field';
import { removeAt, replaceAt } from '../immutable';
import { AddButton, TabSection } from '../parts/tab-parts';

const MAX_WINDOWS = 50;

const isoDay = (date: Date): string =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');

/** A new window starts a month from today and lasts a week: dates an admin then moves. */
function newWindow(taken: readonly FreezeWindow[], name: string): FreezeWindow {
  let n = taken.length + 1;
  while (taken.some((w) => w.id === `freeze-${String(n)}`)) n += 1;
  const start = new Date();
  start.setDate(start.getDate() + 30);
  const end = new Date(start);
  end.setDate(end.getDate() + 6);
  return {
    id: `freeze-${String(n)}`,
    name: { 'en-US': name },
    start: isoDay(start),
    end: isoDay(end),
    segments: [],
    channels: [],
  };
}

export function CalendarRulesEditor({ config, problems, onChange }: EditorProps) {
  const { t } = useAppEnv();
  // A configuration saved before the calendar existed edits the shipped rules.
  const rules = config.calendar ?? DEFAULT_CALENDAR;
  const setRules = (next: ChangeCalendarRules) => {
    onChange({ ...config, calendar: next });
  };
  const bindFatigue = binder('calendar.fatigue', rules.fatigue, problems, (fatigue) => {
    setRules({ ...rules, fatigue });
  });
  const windows = rules.freezeWindows;
  return (
    <Stack space="space.300">
      <TabSection id="cfg-fatigue" title={t('ui.calendarRules.admin.fatigueTitle')}>
        <Text>{t('ui.calendarRules.admin.fatigueIntro')}</Text>
        <Inline space="space.200" shouldWrap alignBlock="start">
          <NumberField
            {...bindFatigue('maxChanges')}
            label={t('ui.calendarRules.admin.maxChanges')}
          />
          <NumberField
            {...bindFatigue('windowDays')}
            label={t('ui.calendarRules.admin.windowDays')}
          />
        </Inline>
      </TabSection>
      <TabSection
        id="cfg-freeze"
        title={t('ui.calendarRules.admin.freezeTitle')}
        path="calendar.freezeWindows"
      >
        <Text>{t('ui.calendarRules.admin.freezeIntro')}</Text>
        {windows.length === 0 && (
          <Text color="color.text.subtle">{t('ui.calendarRules.admin.noWindows')}</Text>
        )}
        {windows.map((window, index) => (
          <FreezeWindowCard
            // The index keys the card: editing the id must not remount it and lose focus.
            key={index}
            path={`calendar.freezeWindows[${String(index)}]`}
            window={window}
            problems={problems}
            onChange={(next) => {
              setRules({ ...rules, freezeWindows: replaceAt(windows, index, next) });
            }}
            onRemove={() => {
              setRules({ ...rules, freezeWindows: removeAt(windows, index) });
            }}
          />
        ))}
        <AddButton
          label={t('ui.calendarRules.admin.addWindow')}
          isDisabled={windows.length >= MAX_WINDOWS}
          onClick={() => {
            setRules({
              ...rules,
              freezeWindows: [
                ...windows,
                newWindow(windows, t('ui.calendarRules.admin.newWindow')),
              ],
            });
          }}
        />
      </TabSection>
    </Stack>
  );
}

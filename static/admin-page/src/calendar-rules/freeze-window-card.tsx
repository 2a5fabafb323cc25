// One freeze window: its id, name in each language, first and last frozen day, and the segments
// and channels it holds for (none: every change).
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { FreezeWindow } from '../../../../src/contract/calendar-rules';
import { localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { formatCalendarDate } from '../../../shared/dates';
import type { ProblemIndex } from '../../../shared/problems';
import { binder } from '../fields/bind';
import { LocalizedTextField } from '../fields/localized-text-field';
import { fieldId } from '../paths';
import { TextField } from '../fields/text-field';
import { RemoveButton } from '../parts/tab-parts';
import { SectionCard } from '../section-card';
import { FreezeDateField } from './freeze-date-field';
import { ScopeTagsField } from './scope-tags-field';

interface FreezeWindowCardProps {
  path: string;
  window: FreezeWindow;
  problems: ProblemIndex;
  onChange: (window: FreezeWindow) => void;
  onRemove: () => void;
}

export function FreezeWindowCard({
  path,
  window,
  problems,
  onChange,
  onRemove,
}: FreezeWindowCardProps) {
  const { t, locale } = useAppEnv();
  const bind = binder(path, window, problems, onChange);
  const name = localize(window.name, locale).trim() || window.id;
  const global = window.segments.length === 0 && window.channels.length === 0;
  return (
    <SectionCard
      id={`${fieldId(path)}-card`}
      title={t('ui.calendarRules.admin.windowTitle', {
        name,
        start: formatCalendarDate(window.start, locale),
        end: formatCalendarDate(window.end, locale),
      })}
      actions={
        <RemoveButton
          label={t('ui.calendarRules.admin.removeWindow', { name })}
          onClick={onRemove}
        />
      }
    >
      <Stack space="space.150">
        <TextField {...bind('id')} label={t('ui.calendarRules.admin.id')} maxLength={64} />
        <LocalizedTextField {...bind('name')} label={t('ui.calendarRules.admin.name')} />
        <Inline space="space.200" shouldWrap alignBlock="start">
          <FreezeDateField {...bind('start')} label={t('ui.calendarRules.admin.start')} />
          <FreezeDateField {...bind('end')} label={t('ui.calendarRules.admin.end')} />
        </Inline>
        <ScopeTagsField
          {...bind('segments')}
          label={t('ui.calendarRules.admin.segments')}
          helper={t('ui.calendarRules.admin.scopeHelp')}
          max={50}
        />
        <ScopeTagsField
          {...bind('channels')}
          label={t('ui.calendarRules.admin.channels')}
          max={20}
        />
        {global && <Text color="color.text.subtle">{t('ui.calendarRules.admin.everyChange')}</Text>}
      </Stack>
    </SectionCard>
  );
}

// Placeholder until its part lands: the calendar tab of the admin page.
import { Text } from '@atlaskit/primitives';
import { useAppEnv } from '../../../shared/app-env';
import type { EditorProps } from '../editor-props';

export function CalendarRulesTab(_props: EditorProps) {
  const { t } = useAppEnv();
  return <Text>{t('ui.admin.tabs.calendar')}</Text>;
}

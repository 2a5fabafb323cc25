// Placeholder until its part lands: the report tab of the admin page.
import { Text } from '@atlaskit/primitives';
import { useAppEnv } from '../../../shared/app-env';

export function ReportTab() {
  const { t } = useAppEnv();
  return <Text>{t('ui.admin.tabs.report')}</Text>;
}

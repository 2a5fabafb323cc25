// The launch date: picked in the calendar or typed (a typed day is taken on leaving the field).
import { useAppEnv } from '../../../shared/app-env';
import { TypedDateField } from '../../../shared/typed-date-field';

interface LaunchDateFieldProps {
  value: string;
  problems: readonly string[] | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}

export function LaunchDateField(props: LaunchDateFieldProps) {
  const { t } = useAppEnv();
  return (
    <TypedDateField
      id="intake-launch-date"
      label={t('ui.panel.fields.launchDate')}
      helper={t('ui.panel.intake.launchDateHelp')}
      {...props}
    />
  );
}

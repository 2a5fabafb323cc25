// A freeze window's first or last day, picked in the calendar or typed, with its problems on it.
import DatePicker from '@atlaskit/datetime-picker/date-picker';
import { useAppEnv } from '../../../shared/app-env';
import { Field } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { fieldId } from '../paths';

interface FreezeDateFieldProps {
  path: string;
  label: string;
  value: string;
  problems: ProblemIndex;
  onChange: (value: string) => void;
}

export function FreezeDateField({ path, label, value, problems, onChange }: FreezeDateFieldProps) {
  const { t, locale } = useAppEnv();
  return (
    <Field id={fieldId(path)} label={label} problems={problems.get(path)}>
      {({ id, describedBy, invalid }) => (
        <DatePicker
          id={id}
          value={value}
          locale={locale}
          isInvalid={invalid}
          aria-describedby={describedBy}
          shouldShowCalendarButton
          inputLabel={label}
          placeholder={t('ui.panel.intake.datePlaceholder')}
          openCalendarLabel={t('ui.panel.intake.openCalendar')}
          clearControlLabel={t('ui.panel.intake.clearDate')}
          previousMonthLabel={t('ui.panel.intake.previousMonth')}
          nextMonthLabel={t('ui.panel.intake.nextMonth')}
          onChange={onChange}
        />
      )}
    </Field>
  );
}

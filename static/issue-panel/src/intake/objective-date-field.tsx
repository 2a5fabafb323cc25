// An objective's measure-by day: the Atlaskit date picker, picked or typed, as the launch date is
// (a typed day is taken on leaving the box; text that is no day is named instead of vanishing).
import DatePicker from '@atlaskit/datetime-picker/date-picker';
import { useState, type FormEvent } from 'react';
import { useAppEnv } from '../../../shared/app-env';
import { Field } from '../../../shared/field';
import { parseTypedDate } from './launch-date-field';

interface ObjectiveDateFieldProps {
  id: string;
  label: string;
  value: string;
  problems: readonly string[] | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}

export function ObjectiveDateField(props: ObjectiveDateFieldProps) {
  const { id, label, value, problems, disabled, onChange } = props;
  const { t, locale } = useAppEnv();
  const [typed, setTyped] = useState('');
  const [notADate, setNotADate] = useState<string | null>(null);
  const take = (next: string) => {
    setTyped('');
    setNotADate(null);
    onChange(next);
  };
  const onInput = (event: FormEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement) {
      setTyped(event.target.value);
      setNotADate(null);
    }
  };
  const onLeave = () => {
    if (typed.trim() === '') return;
    const day = parseTypedDate(typed, locale);
    if (day === null) setNotADate(typed.trim());
    else take(day);
  };
  const shown =
    notADate === null
      ? problems
      : [t('ui.panel.validation.notADate', { text: notADate }), ...(problems ?? [])];
  return (
    <Field id={id} label={label} problems={shown}>
      {({ id: inputId, describedBy, invalid }) => (
        <div onInput={onInput}>
          <DatePicker
            id={inputId}
            value={value}
            locale={locale}
            isDisabled={disabled}
            isInvalid={invalid}
            aria-describedby={describedBy}
            shouldShowCalendarButton
            inputLabel={label}
            placeholder={t('ui.panel.intake.datePlaceholder')}
            openCalendarLabel={t('ui.panel.intake.openCalendar')}
            clearControlLabel={t('ui.panel.intake.clearDate')}
            previousMonthLabel={t('ui.panel.intake.previousMonth')}
            nextMonthLabel={t('ui.panel.intake.nextMonth')}
            onBlur={onLeave}
            onChange={take}
          />
        </div>
      )}
    </Field>
  );
}

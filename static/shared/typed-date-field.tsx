// A calendar day, picked in the Atlaskit date picker or typed. The picker drops typed text it did not
// take when the field loses focus; here a typed day is taken on leaving the field, and text that is no
// day is named as not a date instead of vanishing. The launch date, an objective's measure-by day and
// a freeze window's days all use it.
import DatePicker from '@atlaskit/datetime-picker/date-picker';
import { useState, type FormEvent } from 'react';
import type { Locale } from '../../src/contract/ui-kit';
import { useAppEnv } from './app-env';
import { Field } from './field';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A typed day as `YYYY-MM-DD`: ISO, or day, month and year in the order the locale writes them. */
export function parseTypedDate(text: string, locale: Locale): string | null {
  const numbers = text.trim().split(/\D+/).filter(Boolean).map(Number);
  if (numbers.length !== 3) return null;
  const order = /^\d{4}\D/.test(text.trim())
    ? ['year', 'month', 'day']
    : new Intl.DateTimeFormat(locale, { timeZone: 'UTC' })
        .formatToParts(Date.UTC(2000, 10, 22))
        .map((p) => p.type)
        .filter((type) => type === 'year' || type === 'month' || type === 'day');
  const get = (type: string) => numbers[order.indexOf(type)] ?? Number.NaN;
  const [year, month, day] = [get('year'), get('month'), get('day')];
  if (year < 1000 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null;
}

export interface TypedDateFieldProps {
  id: string;
  label: string;
  helper?: string;
  value: string;
  problems: readonly string[] | undefined;
  disabled?: boolean;
  onChange: (value: string) => void;
}

export function TypedDateField(props: TypedDateFieldProps) {
  const { id, label, helper, value, problems, disabled = false, onChange } = props;
  const { t, locale } = useAppEnv();
  // What is in the picker's text box and not yet taken as a date.
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
    <Field id={id} label={label} {...(helper === undefined ? {} : { helper })} problems={shown}>
      {({ id: inputId, describedBy, invalid }) => (
        // Typing reaches the wrapper as input events; the picker itself reports only dates it took.
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

// A number input that lets the admin type freely (an empty or half-typed value is shown as typed)
// and hands the configuration a number, or NaN that validation then names on this field.
import Textfield from '@atlaskit/textfield';
import { useEffect, useState } from 'react';
import { Field } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { fieldId } from '../paths';

interface NumberFieldProps {
  path: string;
  label: string;
  value: number | undefined;
  problems: ProblemIndex;
  helper?: string;
  step?: number;
  onChange: (value: number) => void;
}

const show = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? '' : String(value);

export function NumberField({
  path,
  label,
  value,
  problems,
  helper,
  step = 1,
  onChange,
}: NumberFieldProps) {
  const [text, setText] = useState(show(value));
  // Follow outside changes (reload, restore) unless the text already means this value.
  useEffect(() => {
    setText((current) =>
      Number(current) === value && current.trim() !== '' ? current : show(value),
    );
  }, [value]);
  return (
    <Field id={fieldId(path)} label={label} helper={helper} problems={problems.get(path)}>
      {({ id, describedBy, invalid }) => (
        <Textfield
          id={id}
          type="number"
          step={step}
          inputMode="decimal"
          value={text}
          isInvalid={invalid}
          aria-describedby={describedBy}
          width="small"
          onChange={(event) => {
            const next = event.currentTarget.value;
            setText(next);
            onChange(next.trim() === '' ? Number.NaN : Number(next));
          }}
        />
      )}
    </Field>
  );
}

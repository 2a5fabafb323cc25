// A short list typed as comma-separated text; the admin's own typing (a trailing comma) is kept.
import Textfield from '@atlaskit/textfield';
import { useEffect, useState } from 'react';
import { Field } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { fieldId } from '../paths';

const split = (text: string): string[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

interface CommaListFieldProps {
  path: string;
  label: string;
  helper?: string;
  values: readonly string[];
  problems: ProblemIndex;
  onChange: (values: string[]) => void;
}

export function CommaListField({
  path,
  label,
  helper,
  values,
  problems,
  onChange,
}: CommaListFieldProps) {
  const [text, setText] = useState(values.join(', '));
  const joined = values.join('\u0000');
  useEffect(() => {
    setText((current) =>
      split(current).join('\u0000') === joined ? current : joined.split('\u0000').join(', '),
    );
  }, [joined]);
  const own = [...problems.entries()]
    .filter(([p]) => p === path || p.startsWith(`${path}[`))
    .flatMap(([, m]) => m);
  return (
    <Field id={fieldId(path)} label={label} helper={helper} problems={own}>
      {({ id, describedBy, invalid }) => (
        <Textfield
          id={id}
          value={text}
          isInvalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.currentTarget.value);
            onChange(split(event.currentTarget.value));
          }}
        />
      )}
    </Field>
  );
}

// A labelled single-line text input bound to one configuration path.
import Textfield from '@atlaskit/textfield';
import { Field } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { fieldId } from '../paths';

interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  problems: ProblemIndex;
  helper?: string;
  isDisabled?: boolean;
  maxLength?: number;
  onChange: (value: string) => void;
}

export function TextField({
  path,
  label,
  value,
  problems,
  helper,
  isDisabled,
  maxLength,
  onChange,
}: TextFieldProps) {
  return (
    <Field id={fieldId(path)} label={label} helper={helper} problems={problems.get(path)}>
      {({ id, describedBy, invalid }) => (
        <Textfield
          id={id}
          value={value}
          isInvalid={invalid}
          isDisabled={isDisabled}
          maxLength={maxLength}
          aria-describedby={describedBy}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
}

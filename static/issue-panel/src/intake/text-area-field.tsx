// A labelled multi-line text of the intake (description, customer action, rollback plan,
// justification): each holds up to the 5000 characters the backend accepts.
import TextArea from '@atlaskit/textarea';
import { Field } from '../../../shared/field';

interface TextAreaFieldProps {
  id: string;
  label: string;
  helper?: string;
  value: string;
  minimumRows: number;
  problems: readonly string[] | undefined;
  isDisabled: boolean;
  onChange: (value: string) => void;
}

/** The limit the contract puts on every long intake text. */
const MAX_TEXT = 5000;

export function TextAreaField({
  id,
  label,
  helper,
  value,
  minimumRows,
  problems,
  isDisabled,
  onChange,
}: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} helper={helper} problems={problems}>
      {({ id: controlId, describedBy, invalid }) => (
        <TextArea
          id={controlId}
          value={value}
          isDisabled={isDisabled}
          isInvalid={invalid}
          aria-describedby={describedBy}
          maxLength={MAX_TEXT}
          minimumRows={minimumRows}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
}

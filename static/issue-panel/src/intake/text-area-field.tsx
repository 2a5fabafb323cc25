// A labelled multi-line text of the intake (description, customer action, rollback plan,
// justification): each holds up to the 5000 characters the backend accepts.
import { Stack, Text } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import { useAppEnv } from '../../../shared/app-env';
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
  const { t, locale } = useAppEnv();
  const number = new Intl.NumberFormat(locale);
  const counterId = `${id}-count`;
  // The limit cuts what is typed or pasted beyond it: the counter says so instead of losing text silently.
  const atLimit = value.length >= MAX_TEXT;
  return (
    <Field id={id} label={label} helper={helper} problems={problems}>
      {({ id: controlId, describedBy, invalid }) => (
        <Stack space="space.050">
          <TextArea
            id={controlId}
            value={value}
            isDisabled={isDisabled}
            isInvalid={invalid}
            aria-describedby={[describedBy, counterId].filter(Boolean).join(' ')}
            maxLength={MAX_TEXT}
            minimumRows={minimumRows}
            onChange={(event) => {
              onChange(event.currentTarget.value);
            }}
          />
          <span id={counterId}>
            <Text
              size="small"
              color={atLimit ? 'color.text.warning' : 'color.text.subtlest'}
              weight={atLimit ? 'bold' : 'regular'}
            >
              {t(atLimit ? 'ui.panel.validation.charLimit' : 'ui.panel.validation.charCount', {
                count: number.format(value.length),
                max: number.format(MAX_TEXT),
              })}
            </Text>
          </span>
        </Stack>
      )}
    </Field>
  );
}

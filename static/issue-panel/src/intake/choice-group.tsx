// A question answered by one option: a fieldset whose legend is the question, so the radios are
// announced with it, and whose error is read with each radio.
import { Fieldset } from '@atlaskit/form';
import { RadioGroup } from '@atlaskit/radio';
import { Stack } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import { FieldErrors } from '../../../shared/field';

interface ChoiceGroupProps {
  id: string;
  legend: ReactNode;
  name: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string | null;
  problems?: readonly string[] | undefined;
  hint?: ReactNode;
  isDisabled: boolean;
  onChange: (value: string) => void;
}

export function ChoiceGroup({
  id,
  legend,
  name,
  options,
  value,
  problems,
  hint,
  isDisabled,
  onChange,
}: ChoiceGroupProps) {
  return (
    <div
      id={id}
      className="cg-choice"
      data-invalid={(problems?.length ?? 0) > 0 ? 'true' : undefined}
    >
      <Fieldset legend={legend}>
        <Stack space="space.050">
          <RadioGroup
            name={name}
            value={value}
            isDisabled={isDisabled}
            isInvalid={(problems?.length ?? 0) > 0}
            options={options.map((option) => ({ name, value: option.value, label: option.label }))}
            onChange={(event) => {
              onChange(event.currentTarget.value);
            }}
          />
          {hint}
          <FieldErrors id={`${id}-error`} problems={problems ?? []} />
        </Stack>
      </Fieldset>
    </div>
  );
}

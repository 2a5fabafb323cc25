// Labelled single and multiple choice from a fixed list (tiers, roles, criteria, operators).
import Select from '@atlaskit/select';
import { Field } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { fieldId } from '../paths';
import { listProblems } from './bind';

export interface Choice {
  value: string;
  label: string;
}

interface BaseProps {
  path: string;
  label: string;
  options: readonly Choice[];
  problems: ProblemIndex;
}

const labelFor = (options: readonly Choice[], value: string): Choice =>
  options.find((option) => option.value === value) ?? { value, label: value };

export function SelectField({
  path,
  label,
  options,
  problems,
  value,
  onChange,
}: BaseProps & { value: string; onChange: (value: string) => void }) {
  return (
    <Field id={fieldId(path)} label={label} problems={problems.get(path)}>
      {({ id, describedBy, invalid }) => (
        <Select<Choice>
          inputId={id}
          options={[...options]}
          value={labelFor(options, value)}
          isInvalid={invalid}
          aria-describedby={describedBy}
          menuPosition="fixed"
          onChange={(choice) => {
            if (choice) onChange(choice.value);
          }}
        />
      )}
    </Field>
  );
}

export function MultiSelectField({
  path,
  label,
  options,
  problems,
  value: values,
  onChange,
}: BaseProps & { value: readonly string[]; onChange: (values: string[]) => void }) {
  // A problem on one entry (`approvers[1]`) belongs to the whole list input.
  return (
    <Field id={fieldId(path)} label={label} problems={listProblems(problems, path)}>
      {({ id, describedBy, invalid }) => (
        <Select<Choice, true>
          inputId={id}
          isMulti
          options={[...options]}
          value={values.map((value) => labelFor(options, value))}
          isInvalid={invalid}
          aria-describedby={describedBy}
          menuPosition="fixed"
          onChange={(choices) => {
            onChange(choices.map((choice) => choice.value));
          }}
        />
      )}
    </Field>
  );
}

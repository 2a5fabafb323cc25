// A freeze window's first or last day, picked in the calendar or typed, with its problems on it.
import type { ProblemIndex } from '../../../shared/problems';
import { TypedDateField } from '../../../shared/typed-date-field';
import { fieldId } from '../paths';

interface FreezeDateFieldProps {
  path: string;
  label: string;
  value: string;
  problems: ProblemIndex;
  onChange: (value: string) => void;
}

export function FreezeDateField({ path, label, value, problems, onChange }: FreezeDateFieldProps) {
  return (
    <TypedDateField
      id={fieldId(path)}
      label={label}
      value={value}
      problems={problems.get(path)}
      onChange={onChange}
    />
  );
}

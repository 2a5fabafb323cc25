// A short list typed as comma-separated text; the admin's own typing (a trailing comma) is kept.
import { useEffect, useState } from 'react';
import type { ProblemIndex } from '../../../shared/problems';
import { listProblems } from './bind';
import { TextField } from './text-field';

const split = (text: string): string[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

interface CommaListFieldProps {
  path: string;
  label: string;
  helper?: string;
  value: readonly string[];
  problems: ProblemIndex;
  onChange: (values: string[]) => void;
}

export function CommaListField({
  path,
  label,
  helper,
  value,
  problems,
  onChange,
}: CommaListFieldProps) {
  const [text, setText] = useState(value.join(', '));
  const joined = value.join('\u0000');
  useEffect(() => {
    setText((current) =>
      split(current).join('\u0000') === joined ? current : joined.split('\u0000').join(', '),
    );
  }, [joined]);
  // The plain text input, shown with every problem of the list or one of its entries.
  return (
    <TextField
      path={path}
      label={label}
      helper={helper}
      value={text}
      problems={new Map([[path, listProblems(problems, path)]])}
      onChange={(next) => {
        setText(next);
        onChange(split(next));
      }}
    />
  );
}

// The segments or channels a freeze window names, as a tag list; problems of the list or any entry
// show on the field. Names compare case-insensitively where windows are applied.
import type { ProblemIndex } from '../../../shared/problems';
import { TagListField } from '../../../shared/tag-list-field';
import { listProblems } from '../fields/bind';
import { fieldId } from '../paths';

interface ScopeTagsFieldProps {
  path: string;
  label: string;
  helper?: string;
  value: readonly string[];
  max: number;
  problems: ProblemIndex;
  onChange: (values: string[]) => void;
}

export function ScopeTagsField({ path, value, problems, ...rest }: ScopeTagsFieldProps) {
  return (
    <TagListField
      {...rest}
      id={fieldId(path)}
      values={value}
      maxLength={200}
      problems={listProblems(problems, path)}
      isDisabled={false}
      caseInsensitive
    />
  );
}

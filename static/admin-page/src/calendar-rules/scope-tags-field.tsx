// The segments or channels a freeze window names: type one, press Enter or Add; each is a
// removable tag reachable by keyboard. Problems of the list or any entry show on the field.
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { RemovableTag } from '@atlaskit/tag';
import Textfield from '@atlaskit/textfield';
import { useState, type KeyboardEvent } from 'react';
import { useT } from '../../../shared/app-env';
import { Field } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
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

const MAX_LENGTH = 200;

export function ScopeTagsField({
  path,
  label,
  helper,
  value,
  max,
  problems,
  onChange,
}: ScopeTagsFieldProps) {
  const t = useT();
  const [pending, setPending] = useState('');
  const entry = pending.trim();
  // Names compare case-insensitively where windows are applied, so a second spelling adds nothing.
  const taken = value.some((v) => v.toLocaleLowerCase() === entry.toLocaleLowerCase());
  const canAdd = entry !== '' && !taken && value.length < max;
  const add = () => {
    if (!canAdd) return;
    onChange([...value, entry]);
    setPending('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };
  return (
    <Field id={fieldId(path)} label={label} helper={helper} problems={listProblems(problems, path)}>
      {({ id, describedBy, invalid }) => (
        <Stack space="space.075">
          <Inline space="space.100" alignBlock="center">
            <Textfield
              id={id}
              value={pending}
              isInvalid={invalid}
              aria-describedby={describedBy}
              maxLength={MAX_LENGTH}
              onChange={(event) => {
                setPending(event.currentTarget.value);
              }}
              onKeyDown={onKeyDown}
            />
            <Button isDisabled={!canAdd} onClick={add}>
              {t('ui.common.add')}
            </Button>
          </Inline>
          {value.length > 0 && (
            <ul className="cg-tag-list" aria-label={label}>
              {value.map((item) => (
                <li key={item}>
                  <RemovableTag
                    text={item}
                    maxWidth="100%"
                    removeButtonLabel={t('ui.common.removeItem', { item })}
                    onAfterRemoveAction={() => {
                      onChange(value.filter((v) => v !== item));
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </Stack>
      )}
    </Field>
  );
}

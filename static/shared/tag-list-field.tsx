// A list of short texts (segments, channels, KPIs, a freeze window's scope): type one, press Enter
// or the Add button; each entry is a removable tag reachable by keyboard.
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { RemovableTag } from '@atlaskit/tag';
import Textfield from '@atlaskit/textfield';
import { useState, type KeyboardEvent } from 'react';
import { useT } from './app-env';
import { Field } from './field';

interface TagListFieldProps {
  id: string;
  label: string;
  helper?: string;
  values: readonly string[];
  max: number;
  maxLength: number;
  problems?: readonly string[] | undefined;
  isDisabled: boolean;
  /** Names that compare case-insensitively where they are used: a second spelling adds nothing. */
  caseInsensitive?: boolean;
  onChange: (values: string[]) => void;
}

export function TagListField({
  id,
  label,
  helper,
  values,
  max,
  maxLength,
  problems,
  isDisabled,
  caseInsensitive = false,
  onChange,
}: TagListFieldProps) {
  const t = useT();
  const [pending, setPending] = useState('');
  const entry = pending.trim();
  const fold = (text: string) => (caseInsensitive ? text.toLocaleLowerCase() : text);
  const taken = values.some((value) => fold(value) === fold(entry));
  const canAdd = entry !== '' && !taken && values.length < max && entry.length <= maxLength;

  const add = () => {
    if (!canAdd) return;
    onChange([...values, entry]);
    setPending('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the entry instead of submitting the form around it.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <Field id={id} label={label} helper={helper} problems={problems}>
      {({ describedBy, invalid }) => (
        <Stack space="space.075">
          <Inline space="space.100" alignBlock="center">
            <Textfield
              id={id}
              value={pending}
              isDisabled={isDisabled}
              isInvalid={invalid}
              aria-describedby={describedBy}
              maxLength={maxLength}
              onChange={(event) => {
                setPending(event.currentTarget.value);
              }}
              onKeyDown={onKeyDown}
            />
            <Button isDisabled={isDisabled || !canAdd} onClick={add}>
              {t('ui.common.add')}
            </Button>
          </Inline>
          {values.length > 0 && (
            <ul className="cg-tag-list" aria-label={label}>
              {values.map((value) => (
                <li key={value}>
                  <RemovableTag
                    text={value}
                    maxWidth="100%"
                    isRemovable={!isDisabled}
                    removeButtonLabel={t('ui.common.removeItem', { item: value })}
                    onAfterRemoveAction={() => {
                      onChange(values.filter((v) => v !== value));
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

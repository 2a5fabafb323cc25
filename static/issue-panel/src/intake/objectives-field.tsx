// The intake's SMART objectives: each a KPI, the value it starts from, the value aimed for, its unit
// and the day it is measured. Objectives are added and removed here; every box shows its own problem
// (`objectives[1].unit`), the browser's at once and the backend's after a save.
import Button from '@atlaskit/button/new';
import { Fieldset } from '@atlaskit/form';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { useT } from '../../../shared/app-env';
import { Field, FieldErrors } from '../../../shared/field';
import type { IntakeSectionProps } from './intake-section';
import { TypedDateField } from '../../../shared/typed-date-field';
import {
  MAX_OBJECTIVES,
  newObjective,
  objectivePath,
  type ObjectiveDraft,
  type ObjectiveField,
} from './objective-draft';

const card = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  padding: 'space.150',
});
const wide = xcss({ flexGrow: 1, minWidth: '16rem' });
const narrow = xcss({ width: '9rem' });

const elementId = (index: number, field: ObjectiveField) =>
  `intake-objective-${String(index)}-${field}`;

export function ObjectivesField({ draft, problems, disabled, set }: IntakeSectionProps) {
  const t = useT();
  const objectives = draft.objectives;
  const replace = (index: number, next: ObjectiveDraft) => {
    set(
      'objectives',
      objectives.map((o, i) => (i === index ? next : o)),
    );
  };
  const remove = (index: number) => {
    set(
      'objectives',
      objectives.filter((_, i) => i !== index),
    );
  };
  return (
    <div id="intake-objectives">
      <Fieldset legend={t('ui.objectives.intake.legend')}>
        <Stack space="space.150">
          <Text size="small" color="color.text.subtle">
            {t('ui.objectives.intake.help')}
          </Text>
          {objectives.length === 0 && <Text>{t('ui.objectives.intake.none')}</Text>}
          {objectives.map((objective, index) => (
            <ObjectiveCard
              key={objective.id || String(index)}
              index={index}
              objective={objective}
              problemsAt={(path) => problems.get(path)}
              disabled={disabled}
              onChange={(next) => {
                replace(index, next);
              }}
              onRemove={() => {
                remove(index);
              }}
            />
          ))}
          <FieldErrors id="intake-objectives-error" problems={problems.get('objectives') ?? []} />
          <Box>
            <Button
              isDisabled={disabled || objectives.length >= MAX_OBJECTIVES}
              onClick={() => {
                set('objectives', [...objectives, newObjective(objectives)]);
              }}
            >
              {t('ui.objectives.intake.add')}
            </Button>
          </Box>
          {objectives.length >= MAX_OBJECTIVES && (
            <Text size="small">{t('ui.objectives.intake.max', { max: MAX_OBJECTIVES })}</Text>
          )}
        </Stack>
      </Fieldset>
    </div>
  );
}

interface ObjectiveCardProps {
  index: number;
  objective: ObjectiveDraft;
  problemsAt: (path: string) => readonly string[] | undefined;
  disabled: boolean;
  onChange: (next: ObjectiveDraft) => void;
  onRemove: () => void;
}

function ObjectiveCard({
  index,
  objective,
  problemsAt,
  disabled,
  onChange,
  onRemove,
}: ObjectiveCardProps) {
  const t = useT();
  const number = index + 1;
  const field = (name: ObjectiveField) => ({
    id: elementId(index, name),
    label: t(`ui.objectives.fields.${name}`),
    value: objective[name],
    problems: problemsAt(objectivePath(index, name)),
    disabled,
    onChange: (value: string) => {
      onChange({ ...objective, [name]: value });
    },
  });
  const idProblems = problemsAt(objectivePath(index, 'id')) ?? [];
  return (
    <Box xcss={card}>
      <Fieldset legend={t('ui.objectives.intake.objective', { number })}>
        <Stack space="space.100">
          <Inline space="space.150" shouldWrap alignBlock="start">
            <Box xcss={wide}>
              <TextBox {...field('kpi')} />
            </Box>
            <Box xcss={narrow}>
              <TextBox {...field('baseline')} numeric />
            </Box>
            <Box xcss={narrow}>
              <TextBox {...field('target')} numeric />
            </Box>
            <Box xcss={narrow}>
              <TextBox {...field('unit')} />
            </Box>
            <TypedDateField {...field('measureBy')} />
          </Inline>
          <FieldErrors id={`intake-objective-${String(index)}-id-error`} problems={idProblems} />
          <Box>
            <Button appearance="subtle" isDisabled={disabled} onClick={onRemove}>
              {t('ui.objectives.intake.remove', { number })}
            </Button>
          </Box>
        </Stack>
      </Fieldset>
    </Box>
  );
}

interface TextBoxProps {
  id: string;
  label: string;
  value: string;
  problems: readonly string[] | undefined;
  disabled: boolean;
  numeric?: boolean;
  onChange: (value: string) => void;
}

/** One labelled box; numbers use the browser's number input, so each locale types its own decimals. */
function TextBox({
  id,
  label,
  value,
  problems,
  disabled,
  numeric = false,
  onChange,
}: TextBoxProps) {
  return (
    <Field id={id} label={label} problems={problems}>
      {({ id: inputId, describedBy, invalid }) => (
        <Textfield
          id={inputId}
          value={value}
          isDisabled={disabled}
          isInvalid={invalid}
          aria-describedby={describedBy}
          {...(numeric ? { type: 'number', step: 'any', inputMode: 'decimal' as const } : {})}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
}

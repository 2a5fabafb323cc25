// The intake's repeated kinds of field (long texts, lists of short texts, one-of choices), each
// bound to its draft field. The tables below hold what differs: ids, labels and the bounds the
// contract puts on each field.
import { Text } from '@atlaskit/primitives';
import { OUTCOMES, ROLLOUTS } from '../../../../src/contract/intake-fields';
import { useT } from '../../../shared/app-env';
import { ChoiceGroup } from './choice-group';
import type { IntakeDraft } from './intake-draft';
import type { IntakeSectionProps } from './intake-section';
import { TagListField } from '../../../shared/tag-list-field';
import { TextAreaField } from './text-area-field';

const LONG_TEXTS = {
  description: {
    id: 'intake-description',
    label: 'ui.panel.fields.description',
    helper: 'ui.panel.intake.descriptionHelp',
    rows: 3,
  },
  customerAction: {
    id: 'intake-customer-action',
    label: 'ui.panel.fields.customerAction',
    rows: 2,
  },
  rollbackPlan: { id: 'intake-rollback', label: 'ui.panel.fields.rollbackPlan', rows: 2 },
  justification: {
    id: 'intake-justification',
    label: 'ui.panel.fields.justification',
    helper: 'ui.panel.intake.justificationHelp',
    rows: 2,
  },
} as const;

/** The justification is stored inside `emergency`; the backend may name either path. */
const problemsOf = (props: IntakeSectionProps, field: keyof typeof LONG_TEXTS) =>
  field === 'justification'
    ? (props.problems.get('emergency.justification') ?? props.problems.get('emergency'))
    : props.problems.get(field);

export function DraftTextArea(props: IntakeSectionProps & { field: keyof typeof LONG_TEXTS }) {
  const { field, draft, disabled, set } = props;
  const t = useT();
  const spec: { id: string; label: string; helper?: string; rows: number } = LONG_TEXTS[field];
  return (
    <TextAreaField
      id={spec.id}
      label={t(spec.label)}
      helper={spec.helper === undefined ? undefined : t(spec.helper)}
      value={draft[field]}
      minimumRows={spec.rows}
      problems={problemsOf(props, field)}
      isDisabled={disabled}
      onChange={(value) => {
        set(field, value);
      }}
    />
  );
}

const TAG_LISTS = {
  segments: { id: 'intake-segments', label: 'ui.panel.fields.segments', max: 50, maxLength: 200 },
  channels: { id: 'intake-channels', label: 'ui.panel.fields.channels', max: 20, maxLength: 200 },
  kpis: { id: 'intake-kpis', label: 'ui.panel.fields.kpis', max: 20, maxLength: 500 },
} as const;
const TAG_HELP = {
  segments: 'ui.panel.intake.segmentsHelp',
  channels: 'ui.panel.intake.channelsHelp',
  kpis: 'ui.panel.intake.kpisHelp',
} as const;

export function DraftTagList(props: IntakeSectionProps & { field: keyof typeof TAG_LISTS }) {
  const { field, draft, problems, disabled, set } = props;
  const t = useT();
  const { id, label, max, maxLength } = TAG_LISTS[field];
  return (
    <TagListField
      id={id}
      label={t(label)}
      helper={t(TAG_HELP[field])}
      values={draft[field]}
      max={max}
      maxLength={maxLength}
      isDisabled={disabled}
      problems={problems.get(field)}
      onChange={(values) => {
        set(field, values);
      }}
    />
  );
}

type ChoiceField = 'rollout' | 'outcome';
interface ChoiceSpec<K extends ChoiceField> {
  values: ReadonlyArray<Exclude<IntakeDraft[K], ''>>;
  legend: string;
  labelKey: (value: Exclude<IntakeDraft[K], ''>) => string;
  hint?: string;
}
const CHOICES: { [K in ChoiceField]: ChoiceSpec<K> } = {
  rollout: {
    values: ROLLOUTS,
    legend: 'ui.panel.fields.rollout',
    labelKey: (rollout) => `ui.panel.rollouts.${rollout}`,
  },
  outcome: {
    values: OUTCOMES,
    legend: 'ui.panel.fields.outcome',
    labelKey: (outcome) => `ui.panel.outcomes.${outcome}`,
    hint: 'ui.panel.intake.outcomeHelp',
  },
};

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K ties the field to the values it may be set to
export function DraftChoice<K extends ChoiceField>(props: IntakeSectionProps & { field: K }) {
  const { field, draft, problems, disabled, set } = props;
  const t = useT();
  const spec: ChoiceSpec<K> = CHOICES[field];
  const value = draft[field];
  return (
    <ChoiceGroup
      id={`intake-${field}`}
      name={field}
      legend={t(spec.legend)}
      value={value === '' ? null : value}
      isDisabled={disabled}
      problems={problems.get(field)}
      hint={
        spec.hint === undefined ? undefined : (
          <Text size="small" color="color.text.subtle">
            {t(spec.hint)}
          </Text>
        )
      }
      options={spec.values.map((choice) => ({
        value: choice,
        label: t(spec.labelKey(choice)),
      }))}
      onChange={(next) => {
        const choice = spec.values.find((v) => v === next);
        if (choice) set(field, choice);
      }}
    />
  );
}

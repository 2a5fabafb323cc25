// Criteria: each question, the label of every answer, and its weight in the score.
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import { type Criterion, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import type { EditorProps } from '../editor-props';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';
import { removeAt, replaceAt } from '../immutable';
import { SectionCard } from '../section-card';

const ID_PATTERN = /^[a-zA-Z][a-zA-Z0-9-]{0,63}$/;

export function CriteriaTab({ config, problems, onChange }: EditorProps) {
  const { t, locale } = useAppEnv();
  const [newId, setNewId] = useState('');
  const setCriteria = (criteria: Criterion[]) => {
    onChange({ ...config, criteria });
  };
  const maxPoints = config.criteria.reduce(
    (sum, c) =>
      sum +
      (Number.isFinite(c.weight) ? c.weight : 0) * Math.max(0, ...c.options.map((o) => o.value)),
    0,
  );
  const idTaken = config.criteria.some((c) => c.id === newId.trim());
  const idValid = ID_PATTERN.test(newId.trim()) && !idTaken;

  return (
    <Stack space="space.200">
      <Text>{t('ui.admin.criteria.intro', { max: maxPoints })}</Text>
      {config.criteria.map((criterion, index) => {
        const base = `criteria[${String(index)}]`;
        const update = (patch: Partial<Criterion>) => {
          setCriteria(replaceAt(config.criteria, index, { ...criterion, ...patch }));
        };
        // A criterion that an escalation rule reads cannot go without breaking the rule.
        const usedBy = config.escalations
          .filter((rule) => rule.when.some((c) => c.criterion === criterion.id))
          .map((rule) => rule.id);
        return (
          <SectionCard
            key={criterion.id}
            id={`cfg-criterion-${criterion.id}`}
            title={`${localize(criterion.question, locale)} (${criterion.id})`}
            actions={
              <Button
                appearance="subtle"
                onClick={() => {
                  setCriteria(removeAt(config.criteria, index));
                }}
              >
                {t('ui.admin.criteria.remove', { id: criterion.id })}
              </Button>
            }
          >
            {usedBy.length > 0 && (
              <Text color="color.text.subtle">
                {t('ui.admin.criteria.usedBy', { rules: usedBy.join(', ') })}
              </Text>
            )}
            <LocalizedTextField
              path={`${base}.question`}
              label={t('ui.admin.criteria.question')}
              value={criterion.question}
              problems={problems}
              onChange={(question) => {
                update({ question });
              }}
            />
            <NumberField
              path={`${base}.weight`}
              label={t('ui.admin.criteria.weight')}
              helper={t('ui.admin.criteria.weightHelp')}
              value={criterion.weight}
              step={0.5}
              problems={problems}
              onChange={(weight) => {
                update({ weight });
              }}
            />
            {criterion.options.map((option, optionIndex) => (
              <LocalizedTextField
                key={option.value}
                path={`${base}.options[${String(optionIndex)}].label`}
                label={t('ui.admin.criteria.option', { value: option.value })}
                value={option.label}
                problems={problems}
                onChange={(label) => {
                  update({
                    options: replaceAt(criterion.options, optionIndex, { ...option, label }),
                  });
                }}
              />
            ))}
          </SectionCard>
        );
      })}
      <SectionCard id="cfg-criterion-new" title={t('ui.admin.criteria.addTitle')}>
        <Inline space="space.100" alignBlock="end">
          <TextField
            path="criteria-new-id"
            label={t('ui.admin.criteria.newId')}
            helper={t('ui.admin.criteria.newIdHelp')}
            value={newId}
            problems={
              new Map(
                newId.trim() !== '' && !idValid
                  ? [
                      [
                        'criteria-new-id',
                        [t(idTaken ? 'ui.admin.criteria.idTaken' : 'ui.admin.criteria.idInvalid')],
                      ],
                    ]
                  : [],
              )
            }
            onChange={setNewId}
          />
          <Button
            isDisabled={!idValid || config.criteria.length >= 30}
            onClick={() => {
              const id = newId.trim();
              setCriteria([
                ...config.criteria,
                {
                  id,
                  question: { 'en-US': '' },
                  weight: 1,
                  options: [0, 1, 2, 3].map((value) => ({ value, label: { 'en-US': '' } })),
                },
              ]);
              setNewId('');
            }}
          >
            {t('ui.admin.criteria.add')}
          </Button>
        </Inline>
      </SectionCard>
    </Stack>
  );
}

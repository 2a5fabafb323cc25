// Criteria: each question, the label of every answer, and its weight in the score.
import { Stack, Text } from '@atlaskit/primitives';
import { type Criterion, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import type { EditorProps } from '../editor-props';
import { binder } from '../fields/bind';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { removeAt, replaceAt } from '../immutable';
import { NewIdCard } from '../parts/new-id-card';
import { RemoveButton } from '../parts/tab-parts';
import { SectionCard } from '../section-card';

export function CriteriaTab({ config, problems, onChange }: EditorProps) {
  const { t, locale } = useAppEnv();
  const setCriteria = (criteria: Criterion[]) => {
    onChange({ ...config, criteria });
  };
  const maxPoints = config.criteria.reduce(
    (sum, c) =>
      sum +
      (Number.isFinite(c.weight) ? c.weight : 0) * Math.max(0, ...c.options.map((o) => o.value)),
    0,
  );

  return (
    <Stack space="space.200">
      <Text>{t('ui.admin.criteria.intro', { max: maxPoints })}</Text>
      {config.criteria.map((criterion, index) => {
        const base = `criteria[${String(index)}]`;
        const bind = binder(base, criterion, problems, (next) => {
          setCriteria(replaceAt(config.criteria, index, next));
        });
        const options = bind('options');
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
              <RemoveButton
                label={t('ui.admin.criteria.remove', { id: criterion.id })}
                onClick={() => {
                  setCriteria(removeAt(config.criteria, index));
                }}
              />
            }
          >
            {usedBy.length > 0 && (
              <Text color="color.text.subtle">
                {t('ui.admin.criteria.usedBy', { rules: usedBy.join(', ') })}
              </Text>
            )}
            <LocalizedTextField {...bind('question')} label={t('ui.admin.criteria.question')} />
            <NumberField
              {...bind('weight')}
              label={t('ui.admin.criteria.weight')}
              helper={t('ui.admin.criteria.weightHelp')}
              step={0.5}
            />
            {criterion.options.map((option, optionIndex) => {
              const bindOption = binder(
                `${options.path}[${String(optionIndex)}]`,
                option,
                problems,
                (next) => {
                  options.onChange(replaceAt(criterion.options, optionIndex, next));
                },
              );
              return (
                <LocalizedTextField
                  key={option.value}
                  {...bindOption('label')}
                  label={t('ui.admin.criteria.option', { value: option.value })}
                />
              );
            })}
          </SectionCard>
        );
      })}
      <NewIdCard
        list="criteria"
        id="cfg-criterion-new"
        helper={t('ui.admin.criteria.newIdHelp')}
        taken={config.criteria.map((c) => c.id)}
        full={config.criteria.length >= 30}
        onAdd={(id) => {
          setCriteria([
            ...config.criteria,
            {
              id,
              question: { 'en-US': '' },
              weight: 1,
              options: [0, 1, 2, 3].map((value) => ({ value, label: { 'en-US': '' } })),
            },
          ]);
        }}
      />
    </Stack>
  );
}

// Thresholds (score → tier) and escalation rules (conditions on answers → minimum tier), as data.
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { type Condition, type EscalationRule, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv, useT } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { criterionChoices, tierChoices } from '../choices';
import type { EditorProps } from '../editor-props';
import { binder } from '../fields/bind';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { type Choice, SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { removeAt, replaceAt } from '../immutable';
import { AddButton, RemoveButton, TabSection } from '../parts/tab-parts';
import { fieldId } from '../paths';
import { SectionCard } from '../section-card';

const OPS: ReadonlyArray<Condition['op']> = ['eq', 'neq', 'gte', 'lte'];

export function ScoringTab({ config, problems, onChange }: EditorProps) {
  const { t, locale } = useAppEnv();
  const tiers = tierChoices(config, t, locale);
  const criteria = criterionChoices(config, locale);
  const ops = OPS.map((op) => ({ value: op, label: t(`ui.admin.scoring.ops.${op}`) }));
  const lowestTier = Math.max(...config.tiers.map((tier) => tier.tier));
  const setRules = (escalations: EscalationRule[]) => {
    onChange({ ...config, escalations });
  };
  // A new condition starts on the first criterion: "answer 3 or more".
  const firstCondition = (): Condition => ({
    criterion: config.criteria[0]?.id ?? '',
    op: 'gte',
    value: 3,
  });

  return (
    <Stack space="space.300">
      <TabSection
        id="cfg-thresholds"
        path="thresholds"
        title={t('ui.admin.scoring.thresholdsTitle')}
      >
        <Text>{t('ui.admin.scoring.thresholdsIntro', { tier: lowestTier })}</Text>
        <FieldErrors id="cfg-thresholds-error" problems={problems.get('thresholds') ?? []} />
        {config.thresholds.map((threshold, index) => {
          const bind = binder(`thresholds[${String(index)}]`, threshold, problems, (next) => {
            onChange({ ...config, thresholds: replaceAt(config.thresholds, index, next) });
          });
          const tier = bind('tier');
          return (
            <Inline key={index} space="space.150" alignBlock="end" shouldWrap>
              <SelectField
                {...tier}
                label={t('ui.admin.scoring.thresholdTier', { n: index + 1 })}
                options={tiers}
                value={String(threshold.tier)}
                onChange={(value) => {
                  tier.onChange(Number(value));
                }}
              />
              <NumberField
                {...bind('minScore')}
                label={t('ui.admin.scoring.minScore', { n: index + 1 })}
              />
              <RemoveButton
                label={t('ui.admin.scoring.removeThreshold', { n: index + 1 })}
                isDisabled={config.thresholds.length <= 1}
                onClick={() => {
                  onChange({ ...config, thresholds: removeAt(config.thresholds, index) });
                }}
              />
            </Inline>
          );
        })}
        <AddButton
          label={t('ui.admin.scoring.addThreshold')}
          isDisabled={config.thresholds.length >= 8}
          onClick={() => {
            const last = config.thresholds[config.thresholds.length - 1];
            const tier = (last?.tier ?? 0) + 1;
            const minScore = Math.max(0, (last?.minScore ?? 10) - 10);
            onChange({ ...config, thresholds: [...config.thresholds, { tier, minScore }] });
          }}
        />
      </TabSection>

      <TabSection id="cfg-escalations" title={t('ui.admin.scoring.rulesTitle')}>
        <Text>{t('ui.admin.scoring.rulesIntro')}</Text>
        {config.escalations.map((rule, index) => {
          const base = `escalations[${String(index)}]`;
          const bind = binder(base, rule, problems, (next) => {
            setRules(replaceAt(config.escalations, index, next));
          });
          const when = bind('when');
          const minimumTier = bind('minimumTier');
          return (
            <SectionCard
              key={index}
              id={`cfg-rule-${String(index)}`}
              title={rule.id || t('ui.admin.scoring.newRule')}
              actions={
                <RemoveButton
                  label={t('ui.admin.scoring.removeRule', { id: rule.id })}
                  onClick={() => {
                    setRules(removeAt(config.escalations, index));
                  }}
                />
              }
            >
              <TextField {...bind('id')} label={t('ui.admin.scoring.ruleId')} maxLength={64} />
              <LocalizedTextField
                {...bind('description')}
                label={t('ui.admin.scoring.ruleDescription')}
                multiline
              />
              <Text weight="bold">{t('ui.admin.scoring.when')}</Text>
              <FieldErrors
                id={`${fieldId(when.path)}-error`}
                problems={problems.get(when.path) ?? []}
              />
              {rule.when.map((condition, conditionIndex) => (
                <ConditionRow
                  key={conditionIndex}
                  path={`${when.path}[${String(conditionIndex)}]`}
                  n={conditionIndex + 1}
                  condition={condition}
                  criteria={criteria}
                  ops={ops}
                  problems={problems}
                  isOnly={rule.when.length <= 1}
                  onChange={(next) => {
                    when.onChange(replaceAt(rule.when, conditionIndex, next));
                  }}
                  onRemove={() => {
                    when.onChange(removeAt(rule.when, conditionIndex));
                  }}
                />
              ))}
              <AddButton
                label={t('ui.admin.scoring.addCondition')}
                isDisabled={rule.when.length >= 8 || config.criteria.length === 0}
                onClick={() => {
                  when.onChange([...rule.when, firstCondition()]);
                }}
              />
              <SelectField
                {...minimumTier}
                label={t('ui.admin.scoring.minimumTier')}
                options={tiers}
                value={String(rule.minimumTier)}
                onChange={(value) => {
                  minimumTier.onChange(Number(value));
                }}
              />
              <Text color="color.text.subtle">
                {t('ui.admin.scoring.ruleSummary', {
                  conditions: rule.when
                    .map(
                      (c) =>
                        `${c.criterion} ${t(`ui.admin.scoring.opSymbols.${c.op}`)} ${String(c.value)}`,
                    )
                    .join(` ${t('ui.admin.scoring.and')} `),
                  tier: localize(
                    config.tiers.find((tier) => tier.tier === rule.minimumTier)?.name ?? {
                      'en-US': String(rule.minimumTier),
                    },
                    locale,
                  ),
                })}
              </Text>
            </SectionCard>
          );
        })}
        <AddButton
          label={t('ui.admin.scoring.addRule')}
          isDisabled={config.escalations.length >= 30 || config.criteria.length === 0}
          onClick={() => {
            setRules([
              ...config.escalations,
              {
                id: `rule-${String(config.escalations.length + 1)}`,
                description: { 'en-US': '' },
                when: [firstCondition()],
                minimumTier: config.tiers[0]?.tier ?? 1,
              },
            ]);
          }}
        />
      </TabSection>
    </Stack>
  );
}

interface ConditionRowProps {
  path: string;
  n: number;
  condition: Condition;
  criteria: readonly Choice[];
  ops: readonly Choice[];
  problems: ProblemIndex;
  /** The last condition of a rule stays: a rule without one would always apply. */
  isOnly: boolean;
  onChange: (condition: Condition) => void;
  onRemove: () => void;
}

/** One condition of an escalation rule: criterion, operator and value. */
function ConditionRow(props: ConditionRowProps) {
  const { path, n, condition, criteria, ops, problems, isOnly, onChange, onRemove } = props;
  const t = useT();
  const bind = binder(path, condition, problems, onChange);
  const op = bind('op');
  return (
    <Inline space="space.100" alignBlock="end" shouldWrap>
      <div style={{ minWidth: 240 }}>
        <SelectField
          {...bind('criterion')}
          label={t('ui.admin.scoring.conditionCriterion', { n })}
          options={criteria}
        />
      </div>
      <div style={{ minWidth: 140 }}>
        <SelectField
          {...op}
          label={t('ui.admin.scoring.conditionOp', { n })}
          options={ops}
          onChange={(value) => {
            const next = OPS.find((o) => o === value);
            if (next) op.onChange(next);
          }}
        />
      </div>
      <NumberField {...bind('value')} label={t('ui.admin.scoring.conditionValue', { n })} />
      <RemoveButton
        label={t('ui.admin.scoring.removeCondition', { n })}
        isDisabled={isOnly}
        onClick={onRemove}
      />
    </Inline>
  );
}

// Thresholds (score → tier) and escalation rules (conditions on answers → minimum tier), as data.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { type Condition, type EscalationRule, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import { criterionChoices, tierChoices } from '../choices';
import type { EditorProps } from '../editor-props';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { removeAt, replaceAt } from '../immutable';
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

  return (
    <Stack space="space.300">
      <section aria-labelledby="cfg-thresholds-title" id={fieldId('thresholds')}>
        <Stack space="space.150">
          <Heading size="small" as="h3" id="cfg-thresholds-title">
            {t('ui.admin.scoring.thresholdsTitle')}
          </Heading>
          <Text>{t('ui.admin.scoring.thresholdsIntro', { tier: lowestTier })}</Text>
          <FieldErrors id="cfg-thresholds-error" problems={problems.get('thresholds') ?? []} />
          {config.thresholds.map((threshold, index) => {
            const base = `thresholds[${String(index)}]`;
            return (
              <Inline key={index} space="space.150" alignBlock="end" shouldWrap>
                <SelectField
                  path={`${base}.tier`}
                  label={t('ui.admin.scoring.thresholdTier', { n: index + 1 })}
                  options={tiers}
                  value={String(threshold.tier)}
                  problems={problems}
                  onChange={(value) => {
                    onChange({
                      ...config,
                      thresholds: replaceAt(config.thresholds, index, {
                        ...threshold,
                        tier: Number(value),
                      }),
                    });
                  }}
                />
                <NumberField
                  path={`${base}.minScore`}
                  label={t('ui.admin.scoring.minScore', { n: index + 1 })}
                  value={threshold.minScore}
                  problems={problems}
                  onChange={(minScore) => {
                    onChange({
                      ...config,
                      thresholds: replaceAt(config.thresholds, index, { ...threshold, minScore }),
                    });
                  }}
                />
                <Button
                  appearance="subtle"
                  isDisabled={config.thresholds.length <= 1}
                  onClick={() => {
                    onChange({ ...config, thresholds: removeAt(config.thresholds, index) });
                  }}
                >
                  {t('ui.admin.scoring.removeThreshold', { n: index + 1 })}
                </Button>
              </Inline>
            );
          })}
          <Inline>
            <Button
              isDisabled={config.thresholds.length >= 8}
              onClick={() => {
                const last = config.thresholds[config.thresholds.length - 1];
                onChange({
                  ...config,
                  thresholds: [
                    ...config.thresholds,
                    {
                      tier: (last?.tier ?? 0) + 1,
                      minScore: Math.max(0, (last?.minScore ?? 10) - 10),
                    },
                  ],
                });
              }}
            >
              {t('ui.admin.scoring.addThreshold')}
            </Button>
          </Inline>
        </Stack>
      </section>

      <section aria-labelledby="cfg-escalations-title">
        <Stack space="space.150">
          <Heading size="small" as="h3" id="cfg-escalations-title">
            {t('ui.admin.scoring.rulesTitle')}
          </Heading>
          <Text>{t('ui.admin.scoring.rulesIntro')}</Text>
          {config.escalations.map((rule, index) => {
            const base = `escalations[${String(index)}]`;
            const update = (patch: Partial<EscalationRule>) => {
              setRules(replaceAt(config.escalations, index, { ...rule, ...patch }));
            };
            return (
              <SectionCard
                key={index}
                id={`cfg-rule-${String(index)}`}
                title={rule.id || t('ui.admin.scoring.newRule')}
                actions={
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      setRules(removeAt(config.escalations, index));
                    }}
                  >
                    {t('ui.admin.scoring.removeRule', { id: rule.id })}
                  </Button>
                }
              >
                <TextField
                  path={`${base}.id`}
                  label={t('ui.admin.scoring.ruleId')}
                  value={rule.id}
                  problems={problems}
                  maxLength={64}
                  onChange={(id) => {
                    update({ id });
                  }}
                />
                <LocalizedTextField
                  path={`${base}.description`}
                  label={t('ui.admin.scoring.ruleDescription')}
                  value={rule.description}
                  problems={problems}
                  multiline
                  onChange={(description) => {
                    update({ description });
                  }}
                />
                <Text weight="bold">{t('ui.admin.scoring.when')}</Text>
                <FieldErrors
                  id={`${fieldId(`${base}.when`)}-error`}
                  problems={problems.get(`${base}.when`) ?? []}
                />
                {rule.when.map((condition, conditionIndex) => {
                  const path = `${base}.when[${String(conditionIndex)}]`;
                  const n = conditionIndex + 1;
                  const setCondition = (patch: Partial<Condition>) => {
                    update({
                      when: replaceAt(rule.when, conditionIndex, { ...condition, ...patch }),
                    });
                  };
                  return (
                    <Inline key={conditionIndex} space="space.100" alignBlock="end" shouldWrap>
                      <div style={{ minWidth: 240 }}>
                        <SelectField
                          path={`${path}.criterion`}
                          label={t('ui.admin.scoring.conditionCriterion', { n })}
                          options={criteria}
                          value={condition.criterion}
                          problems={problems}
                          onChange={(criterion) => {
                            setCondition({ criterion });
                          }}
                        />
                      </div>
                      <div style={{ minWidth: 140 }}>
                        <SelectField
                          path={`${path}.op`}
                          label={t('ui.admin.scoring.conditionOp', { n })}
                          options={ops}
                          value={condition.op}
                          problems={problems}
                          onChange={(op) => {
                            const next = OPS.find((o) => o === op);
                            if (next) setCondition({ op: next });
                          }}
                        />
                      </div>
                      <NumberField
                        path={`${path}.value`}
                        label={t('ui.admin.scoring.conditionValue', { n })}
                        value={condition.value}
                        problems={problems}
                        onChange={(value) => {
                          setCondition({ value });
                        }}
                      />
                      <Button
                        appearance="subtle"
                        isDisabled={rule.when.length <= 1}
                        onClick={() => {
                          update({ when: removeAt(rule.when, conditionIndex) });
                        }}
                      >
                        {t('ui.admin.scoring.removeCondition', { n })}
                      </Button>
                    </Inline>
                  );
                })}
                <Inline>
                  <Button
                    isDisabled={rule.when.length >= 8 || config.criteria.length === 0}
                    onClick={() => {
                      update({
                        when: [
                          ...rule.when,
                          { criterion: config.criteria[0]?.id ?? '', op: 'gte', value: 3 },
                        ],
                      });
                    }}
                  >
                    {t('ui.admin.scoring.addCondition')}
                  </Button>
                </Inline>
                <SelectField
                  path={`${base}.minimumTier`}
                  label={t('ui.admin.scoring.minimumTier')}
                  options={tiers}
                  value={String(rule.minimumTier)}
                  problems={problems}
                  onChange={(value) => {
                    update({ minimumTier: Number(value) });
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
          <Inline>
            <Button
              isDisabled={config.escalations.length >= 30 || config.criteria.length === 0}
              onClick={() => {
                setRules([
                  ...config.escalations,
                  {
                    id: `rule-${String(config.escalations.length + 1)}`,
                    description: { 'en-US': '' },
                    when: [{ criterion: config.criteria[0]?.id ?? '', op: 'gte', value: 3 }],
                    minimumTier: config.tiers[0]?.tier ?? 1,
                  },
                ]);
              }}
            >
              {t('ui.admin.scoring.addRule')}
            </Button>
          </Inline>
        </Stack>
      </section>
    </Stack>
  );
}

// Tiers: name, lead time, what each means for CX, PR and Finance, and example changes.
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import type { EditorProps } from '../editor-props';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { removeAt, replaceAt, updateAt } from '../immutable';
import { SectionCard } from '../section-card';
import { PlanBeforeLeadTime } from './plan-before-lead-time';

export function TiersTab({ config, problems, onChange }: EditorProps) {
  const { t, locale } = useAppEnv();
  const setTiers = (tiers: EditorProps['config']['tiers']) => {
    onChange({ ...config, tiers });
  };
  return (
    <Stack space="space.200">
      <Text>{t('ui.admin.tiers.intro')}</Text>
      {config.tiers.map((tier, index) => {
        const base = `tiers[${String(index)}]`;
        const update = (patch: Partial<typeof tier>) => {
          setTiers(replaceAt(config.tiers, index, { ...tier, ...patch }));
        };
        return (
          <SectionCard
            key={tier.tier}
            id={`cfg-tier-${String(tier.tier)}`}
            title={t('ui.common.tierNamed', { tier: tier.tier, name: localize(tier.name, locale) })}
          >
            <LocalizedTextField
              path={`${base}.name`}
              label={t('ui.admin.tiers.name')}
              value={tier.name}
              problems={problems}
              onChange={(name) => {
                update({ name });
              }}
            />
            <NumberField
              path={`${base}.leadTimeDays`}
              label={t('ui.admin.tiers.leadTime')}
              helper={t('ui.admin.tiers.leadTimeHelp')}
              value={tier.leadTimeDays}
              problems={problems}
              onChange={(leadTimeDays) => {
                update({ leadTimeDays });
              }}
            />
            <PlanBeforeLeadTime config={config} tier={tier.tier} />
            {(['cx', 'pr', 'finance'] as const).map((effect) => (
              <LocalizedTextField
                key={effect}
                path={`${base}.effects.${effect}`}
                label={t(`ui.common.effects.${effect}`)}
                value={tier.effects[effect]}
                problems={problems}
                multiline
                onChange={(text) => {
                  update({ effects: { ...tier.effects, [effect]: text } });
                }}
              />
            ))}
            <Stack space="space.100">
              <Text weight="bold">{t('ui.admin.tiers.examples')}</Text>
              {tier.examples.map((example, exampleIndex) => (
                <Inline key={exampleIndex} space="space.100" alignBlock="end">
                  <div style={{ flexGrow: 1 }}>
                    <LocalizedTextField
                      path={`${base}.examples[${String(exampleIndex)}]`}
                      label={t('ui.admin.tiers.example', { n: exampleIndex + 1 })}
                      value={example}
                      problems={problems}
                      onChange={(text) => {
                        update({ examples: replaceAt(tier.examples, exampleIndex, text) });
                      }}
                    />
                  </div>
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      update({ examples: removeAt(tier.examples, exampleIndex) });
                    }}
                  >
                    {t('ui.admin.tiers.removeExample', { n: exampleIndex + 1 })}
                  </Button>
                </Inline>
              ))}
              <Inline>
                <Button
                  isDisabled={tier.examples.length >= 20}
                  onClick={() => {
                    setTiers(
                      updateAt(config.tiers, index, (current) => ({
                        ...current,
                        examples: [...current.examples, { 'en-US': '' }],
                      })),
                    );
                  }}
                >
                  {t('ui.admin.tiers.addExample')}
                </Button>
              </Inline>
            </Stack>
          </SectionCard>
        );
      })}
    </Stack>
  );
}

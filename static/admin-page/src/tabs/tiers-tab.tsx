// Tiers: name, lead time, what each means for CX, PR and Finance, and example changes.
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useAppEnv } from '../../../shared/app-env';
import type { EditorProps } from '../editor-props';
import { binder } from '../fields/bind';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { removeAt, replaceAt } from '../immutable';
import { AddButton, RemoveButton, TierCard } from '../parts/tab-parts';
import { PlanBeforeLeadTime } from './plan-before-lead-time';

export function TiersTab({ config, problems, onChange }: EditorProps) {
  const { t } = useAppEnv();
  return (
    <Stack space="space.200">
      <Text>{t('ui.admin.tiers.intro')}</Text>
      {config.tiers.map((tier, index) => {
        const base = `tiers[${String(index)}]`;
        const bind = binder(base, tier, problems, (next) => {
          onChange({ ...config, tiers: replaceAt(config.tiers, index, next) });
        });
        const effects = bind('effects');
        const examples = bind('examples');
        return (
          <TierCard key={tier.tier} config={config} tier={tier.tier} idPrefix="cfg-tier">
            <LocalizedTextField {...bind('name')} label={t('ui.admin.tiers.name')} />
            <NumberField
              {...bind('leadTimeDays')}
              label={t('ui.admin.tiers.leadTime')}
              helper={t('ui.admin.tiers.leadTimeHelp')}
            />
            <PlanBeforeLeadTime config={config} tier={tier.tier} />
            {(['cx', 'pr', 'finance'] as const).map((effect) => (
              <LocalizedTextField
                key={effect}
                {...binder(effects.path, tier.effects, problems, effects.onChange)(effect)}
                label={t(`ui.common.effects.${effect}`)}
                multiline
              />
            ))}
            <Stack space="space.100">
              <Text weight="bold">{t('ui.admin.tiers.examples')}</Text>
              {tier.examples.map((example, exampleIndex) => (
                <Inline key={exampleIndex} space="space.100" alignBlock="end">
                  <div style={{ flexGrow: 1 }}>
                    <LocalizedTextField
                      path={`${examples.path}[${String(exampleIndex)}]`}
                      label={t('ui.admin.tiers.example', { n: exampleIndex + 1 })}
                      value={example}
                      problems={problems}
                      onChange={(text) => {
                        examples.onChange(replaceAt(tier.examples, exampleIndex, text));
                      }}
                    />
                  </div>
                  <RemoveButton
                    label={t('ui.admin.tiers.removeExample', { n: exampleIndex + 1 })}
                    onClick={() => {
                      examples.onChange(removeAt(tier.examples, exampleIndex));
                    }}
                  />
                </Inline>
              ))}
              <AddButton
                label={t('ui.admin.tiers.addExample')}
                isDisabled={tier.examples.length >= 20}
                onClick={() => {
                  examples.onChange([...tier.examples, { 'en-US': '' }]);
                }}
              />
            </Stack>
          </TierCard>
        );
      })}
    </Stack>
  );
}

// Comms plans: per tier, each step's id, title, offset from launch, channel, owner role and whether
// customers see it; plus the post-launch review an emergency adds.
import { Checkbox } from '@atlaskit/checkbox';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { type CommsPlan, type CommsStep, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import { roleChoices } from '../choices';
import type { EditorProps } from '../editor-props';
import { binder } from '../fields/bind';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { removeAt, replaceAt } from '../immutable';
import { fieldId } from '../paths';
import { AddButton, RemoveButton, TabSection, TierCard } from '../parts/tab-parts';
import { PlanBeforeLeadTime } from './plan-before-lead-time';
import { RedesignOffsetField } from './redesign-offset-field';

export function CommsTab({ config, problems, onChange }: EditorProps) {
  const { t, locale } = useAppEnv();
  const roles = roleChoices(config, locale);
  const setPlan = (index: number, plan: CommsPlan) => {
    onChange({ ...config, commsPlans: replaceAt(config.commsPlans, index, plan) });
  };
  const bindReview = binder('emergency.review', config.emergency.review, problems, (review) => {
    onChange({ ...config, emergency: { ...config.emergency, review } });
  });

  return (
    <Stack space="space.300">
      <Text>{t('ui.admin.comms.intro')}</Text>
      <div id={fieldId('commsPlans')}>
        <FieldErrors id="cfg-commsPlans-error" problems={problems.get('commsPlans') ?? []} />
      </div>
      {config.commsPlans.map((plan, planIndex) => {
        const base = `commsPlans[${String(planIndex)}]`;
        const setStep = (index: number, step: CommsStep) => {
          setPlan(planIndex, { ...plan, steps: replaceAt(plan.steps, index, step) });
        };
        return (
          <TierCard key={plan.tier} config={config} tier={plan.tier} idPrefix="cfg-plan">
            <PlanBeforeLeadTime config={config} tier={plan.tier} />
            <RedesignOffsetField
              base={base}
              plan={plan}
              problems={problems}
              onChange={(next) => {
                setPlan(planIndex, next);
              }}
            />
            {plan.steps.map((step, index) => {
              const path = `${base}.steps[${String(index)}]`;
              const bind = binder(path, step, problems, (next) => {
                setStep(index, next);
              });
              const n = localize(step.title, locale) || step.id;
              return (
                <fieldset key={index} className="cg-card" id={fieldId(path)}>
                  <legend>
                    <Text weight="bold">
                      {t('ui.admin.comms.stepLegend', { step: n, offset: step.offsetDays })}
                    </Text>
                  </legend>
                  <Stack space="space.100">
                    <Inline space="space.150" shouldWrap alignBlock="end">
                      <TextField
                        {...bind('id')}
                        label={t('ui.admin.comms.stepId')}
                        maxLength={64}
                      />
                      <NumberField {...bind('offsetDays')} label={t('ui.admin.comms.offset')} />
                      <div style={{ minWidth: 260 }}>
                        <SelectField
                          {...bind('ownerRole')}
                          label={t('ui.admin.comms.owner')}
                          options={roles}
                        />
                      </div>
                    </Inline>
                    <LocalizedTextField {...bind('title')} label={t('ui.admin.comms.title')} />
                    <LocalizedTextField {...bind('channel')} label={t('ui.admin.comms.channel')} />
                    <Inline spread="space-between" alignBlock="center">
                      <Checkbox
                        id={fieldId(`${path}.customerFacing`)}
                        label={t('ui.admin.comms.customerFacing')}
                        isChecked={step.customerFacing}
                        onChange={(event) => {
                          setStep(index, { ...step, customerFacing: event.currentTarget.checked });
                        }}
                      />
                      <RemoveButton
                        label={t('ui.admin.comms.removeStep', { step: n })}
                        onClick={() => {
                          setPlan(planIndex, { ...plan, steps: removeAt(plan.steps, index) });
                        }}
                      />
                    </Inline>
                  </Stack>
                </fieldset>
              );
            })}
            <AddButton
              label={t('ui.admin.comms.addStep')}
              isDisabled={plan.steps.length >= 30}
              onClick={() => {
                const owner =
                  config.tierRoles.find((entry) => entry.tier === plan.tier)?.commsOwner ??
                  config.roles[0]?.id ??
                  '';
                const step: CommsStep = {
                  id: `step-${String(plan.steps.length + 1)}`,
                  title: { 'en-US': '' },
                  offsetDays: 0,
                  channel: { 'en-US': 'Email', 'it-IT': 'Email' },
                  ownerRole: owner,
                  customerFacing: true,
                };
                setPlan(planIndex, { ...plan, steps: [...plan.steps, step] });
              }}
            />
          </TierCard>
        );
      })}

      <TabSection id="cfg-review" title={t('ui.admin.comms.reviewTitle')}>
        <Text>{t('ui.admin.comms.reviewIntro')}</Text>
        <Inline space="space.150" shouldWrap alignBlock="end">
          <TextField {...bindReview('id')} label={t('ui.admin.comms.stepId')} maxLength={64} />
          <NumberField {...bindReview('offsetDays')} label={t('ui.admin.comms.offset')} />
        </Inline>
        <LocalizedTextField {...bindReview('title')} label={t('ui.admin.comms.title')} />
      </TabSection>
    </Stack>
  );
}

// Comms plans: per tier, each step's id, title, offset from launch, channel, owner role and whether
// customers see it; plus the post-launch review an emergency adds.
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { type CommsPlan, type CommsStep, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import { roleChoices } from '../choices';
import type { EditorProps } from '../editor-props';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { TextField } from '../fields/text-field';
import { removeAt, replaceAt } from '../immutable';
import { fieldId } from '../paths';
import { SectionCard } from '../section-card';
import { PlanBeforeLeadTime } from './plan-before-lead-time';

export function CommsTab({ config, problems, onChange }: EditorProps) {
  const { t, locale } = useAppEnv();
  const roles = roleChoices(config, locale);
  const setPlan = (index: number, plan: CommsPlan) => {
    onChange({ ...config, commsPlans: replaceAt(config.commsPlans, index, plan) });
  };
  const review = config.emergency.review;

  return (
    <Stack space="space.300">
      <Text>{t('ui.admin.comms.intro')}</Text>
      <div id={fieldId('commsPlans')}>
        <FieldErrors id="cfg-commsPlans-error" problems={problems.get('commsPlans') ?? []} />
      </div>
      {config.commsPlans.map((plan, planIndex) => {
        const base = `commsPlans[${String(planIndex)}]`;
        const tier = config.tiers.find((x) => x.tier === plan.tier);
        const setStep = (index: number, step: CommsStep) => {
          setPlan(planIndex, { ...plan, steps: replaceAt(plan.steps, index, step) });
        };
        return (
          <SectionCard
            key={plan.tier}
            id={`cfg-plan-${String(plan.tier)}`}
            title={t('ui.common.tierNamed', {
              tier: plan.tier,
              name: tier ? localize(tier.name, locale) : '?',
            })}
          >
            <PlanBeforeLeadTime config={config} tier={plan.tier} />
            {plan.steps.map((step, index) => {
              const path = `${base}.steps[${String(index)}]`;
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
                        path={`${path}.id`}
                        label={t('ui.admin.comms.stepId')}
                        value={step.id}
                        maxLength={64}
                        problems={problems}
                        onChange={(id) => {
                          setStep(index, { ...step, id });
                        }}
                      />
                      <NumberField
                        path={`${path}.offsetDays`}
                        label={t('ui.admin.comms.offset')}
                        value={step.offsetDays}
                        problems={problems}
                        onChange={(offsetDays) => {
                          setStep(index, { ...step, offsetDays });
                        }}
                      />
                      <TextField
                        path={`${path}.channel`}
                        label={t('ui.admin.comms.channel')}
                        value={step.channel}
                        maxLength={200}
                        problems={problems}
                        onChange={(channel) => {
                          setStep(index, { ...step, channel });
                        }}
                      />
                      <div style={{ minWidth: 260 }}>
                        <SelectField
                          path={`${path}.ownerRole`}
                          label={t('ui.admin.comms.owner')}
                          options={roles}
                          value={step.ownerRole}
                          problems={problems}
                          onChange={(ownerRole) => {
                            setStep(index, { ...step, ownerRole });
                          }}
                        />
                      </div>
                    </Inline>
                    <LocalizedTextField
                      path={`${path}.title`}
                      label={t('ui.admin.comms.title')}
                      value={step.title}
                      problems={problems}
                      onChange={(title) => {
                        setStep(index, { ...step, title });
                      }}
                    />
                    <Inline spread="space-between" alignBlock="center">
                      <Checkbox
                        id={fieldId(`${path}.customerFacing`)}
                        label={t('ui.admin.comms.customerFacing')}
                        isChecked={step.customerFacing}
                        onChange={(event) => {
                          setStep(index, { ...step, customerFacing: event.currentTarget.checked });
                        }}
                      />
                      <Button
                        appearance="subtle"
                        onClick={() => {
                          setPlan(planIndex, { ...plan, steps: removeAt(plan.steps, index) });
                        }}
                      >
                        {t('ui.admin.comms.removeStep', { step: n })}
                      </Button>
                    </Inline>
                  </Stack>
                </fieldset>
              );
            })}
            <Inline>
              <Button
                isDisabled={plan.steps.length >= 30}
                onClick={() => {
                  const owner =
                    config.tierRoles.find((entry) => entry.tier === plan.tier)?.commsOwner ??
                    config.roles[0]?.id ??
                    '';
                  setPlan(planIndex, {
                    ...plan,
                    steps: [
                      ...plan.steps,
                      {
                        id: `step-${String(plan.steps.length + 1)}`,
                        title: { 'en-US': '' },
                        offsetDays: 0,
                        channel: 'Email',
                        ownerRole: owner,
                        customerFacing: true,
                      },
                    ],
                  });
                }}
              >
                {t('ui.admin.comms.addStep')}
              </Button>
            </Inline>
          </SectionCard>
        );
      })}

      <section aria-labelledby="cfg-review-title">
        <Stack space="space.150">
          <Heading size="small" as="h3" id="cfg-review-title">
            {t('ui.admin.comms.reviewTitle')}
          </Heading>
          <Text>{t('ui.admin.comms.reviewIntro')}</Text>
          <Inline space="space.150" shouldWrap alignBlock="end">
            <TextField
              path="emergency.review.id"
              label={t('ui.admin.comms.stepId')}
              value={review.id}
              maxLength={64}
              problems={problems}
              onChange={(id) => {
                onChange({
                  ...config,
                  emergency: { ...config.emergency, review: { ...review, id } },
                });
              }}
            />
            <NumberField
              path="emergency.review.offsetDays"
              label={t('ui.admin.comms.offset')}
              value={review.offsetDays}
              problems={problems}
              onChange={(offsetDays) => {
                onChange({
                  ...config,
                  emergency: { ...config.emergency, review: { ...review, offsetDays } },
                });
              }}
            />
          </Inline>
          <LocalizedTextField
            path="emergency.review.title"
            label={t('ui.admin.comms.title')}
            value={review.title}
            problems={problems}
            onChange={(title) => {
              onChange({
                ...config,
                emergency: { ...config.emergency, review: { ...review, title } },
              });
            }}
          />
        </Stack>
      </section>
    </Stack>
  );
}

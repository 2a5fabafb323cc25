// The touchpoints a change touches, chosen from the registry: a fieldset per journey stage, a group
// of checkboxes per customer step, and (where the admin allows it) touchpoints the registry lacks
// as free text. Ids the registry no longer holds (the stage words of intakes written before it)
// are named, so the requester can choose what they meant.
import { Checkbox } from '@atlaskit/checkbox';
import { Fieldset } from '@atlaskit/form';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import {
  retiredTouchpoints,
  touchpointPlaces,
  type PublicJourney,
} from '../../../../src/contract/journey-contract';
import { localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import type { IntakeSectionProps } from './intake-section';
import { TagListField } from '../../../shared/tag-list-field';
import { retiredName } from './touchpoint-names';

export function TouchpointChoice(
  props: IntakeSectionProps & { journey: PublicJourney | undefined },
) {
  const { journey, draft, problems, disabled, set } = props;
  const { t, locale } = useAppEnv();
  const stages = journey?.stages ?? [];
  const order = journey ? touchpointPlaces(journey).map(({ touchpoint }) => touchpoint.id) : [];
  const retired = journey ? retiredTouchpoints(draft, journey) : [];
  const toggle = (id: string, checked: boolean) => {
    // In the journey's own order, whatever order they were ticked in; ticking replaces retired ids.
    set(
      'touchpoints',
      order.filter((tp) => (tp === id ? checked : draft.touchpoints.includes(tp))),
    );
  };
  const allowOther = journey?.allowOtherTouchpoints ?? false;
  return (
    <>
      <div id="intake-touchpoints">
        <Fieldset legend={t('ui.journey.intake.legend')}>
          <Stack space="space.150">
            <Text color="color.text.subtle">{t('ui.journey.intake.help')}</Text>
            {stages.map((stage) => (
              <Fieldset key={stage.id} legend={localize(stage.name, locale)}>
                <Stack space="space.100">
                  {stage.steps.map((step) => {
                    const stepLabelId = `intake-step-${stage.id}-${step.id}`;
                    return (
                      <div key={step.id} role="group" aria-labelledby={stepLabelId}>
                        <Text id={stepLabelId} color="color.text.subtle" size="small">
                          {localize(step.name, locale)}
                        </Text>
                        <Inline space="space.200" shouldWrap>
                          {step.touchpoints.map((touchpoint) => (
                            <Checkbox
                              key={touchpoint.id}
                              name="touchpoints"
                              value={touchpoint.id}
                              label={localize(touchpoint.name, locale)}
                              isChecked={draft.touchpoints.includes(touchpoint.id)}
                              isDisabled={disabled}
                              onChange={(event) => {
                                toggle(touchpoint.id, event.currentTarget.checked);
                              }}
                            />
                          ))}
                        </Inline>
                      </div>
                    );
                  })}
                </Stack>
              </Fieldset>
            ))}
            {retired.length > 0 && (
              <SectionMessage appearance="warning" title={t('ui.journey.intake.retiredTitle')}>
                <Text>
                  {t('ui.journey.intake.retiredBody', {
                    list: retired.map((id) => retiredName(id, t)).join(', '),
                  })}
                </Text>
              </SectionMessage>
            )}
            <FieldErrors
              id="intake-touchpoints-error"
              problems={problems.get('touchpoints') ?? []}
            />
          </Stack>
        </Fieldset>
      </div>
      {/* Shown where allowed, and wherever some are stored, so they can be removed. */}
      {(allowOther || draft.otherTouchpoints.length > 0) && (
        <TagListField
          id="intake-other-touchpoints"
          label={t('ui.journey.intake.other')}
          helper={t('ui.journey.intake.otherHelp')}
          values={draft.otherTouchpoints}
          max={20}
          maxLength={200}
          isDisabled={disabled}
          problems={problems.get('otherTouchpoints')}
          onChange={(values) => {
            set('otherTouchpoints', values);
          }}
        />
      )}
    </>
  );
}

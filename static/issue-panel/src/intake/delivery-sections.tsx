// The intake's later sections: who and what the change touches, how it rolls out and back,
// whether it is an emergency, and (once launched) how it went.
import { Checkbox } from '@atlaskit/checkbox';
import { Fieldset } from '@atlaskit/form';
import { Inline } from '@atlaskit/primitives';
import Toggle from '@atlaskit/toggle';
import { TOUCHPOINTS } from '../../../../src/contract/intake-fields';
import { useT } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import { DraftChoice, DraftTagList, DraftTextArea } from './draft-fields';
import { IntakeSection, type IntakeSectionProps } from './intake-section';

export function CustomersSection(props: IntakeSectionProps) {
  const { draft, problems, disabled, set } = props;
  const t = useT();
  return (
    <IntakeSection name="customers">
      <DraftTagList field="segments" {...props} />
      <DraftTagList field="channels" {...props} />
      <div id="intake-touchpoints">
        <Fieldset legend={t('ui.panel.fields.touchpoints')}>
          <Inline space="space.200" shouldWrap>
            {TOUCHPOINTS.map((touchpoint) => (
              <Checkbox
                key={touchpoint}
                name="touchpoints"
                value={touchpoint}
                label={t(`ui.panel.touchpoints.${touchpoint}`)}
                isChecked={draft.touchpoints.includes(touchpoint)}
                isDisabled={disabled}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  // Kept in the list's own order, whatever order they were ticked in.
                  set(
                    'touchpoints',
                    TOUCHPOINTS.filter((tp) =>
                      tp === touchpoint ? checked : draft.touchpoints.includes(tp),
                    ),
                  );
                }}
              />
            ))}
          </Inline>
          <FieldErrors id="intake-touchpoints-error" problems={problems.get('touchpoints') ?? []} />
        </Fieldset>
      </div>
      <DraftTextArea field="customerAction" {...props} />
    </IntakeSection>
  );
}

export function RolloutSection(props: IntakeSectionProps) {
  return (
    <IntakeSection name="rollout">
      <DraftChoice field="rollout" {...props} />
      <DraftTextArea field="rollbackPlan" {...props} />
      <DraftTagList field="kpis" {...props} />
    </IntakeSection>
  );
}

export function EmergencySection(props: IntakeSectionProps) {
  const { draft, disabled, set } = props;
  const t = useT();
  return (
    <IntakeSection name="emergency">
      <Inline space="space.100" alignBlock="center">
        <Toggle
          id="intake-emergency"
          isChecked={draft.emergency}
          isDisabled={disabled}
          onChange={(event) => {
            set('emergency', event.currentTarget.checked);
          }}
        />
        <label htmlFor="intake-emergency">{t('ui.panel.fields.emergency')}</label>
      </Inline>
      {draft.emergency && <DraftTextArea field="justification" {...props} />}
    </IntakeSection>
  );
}

export function AfterLaunchSection(props: IntakeSectionProps) {
  return (
    <IntakeSection name="afterLaunch">
      <DraftChoice field="outcome" {...props} />
    </IntakeSection>
  );
}

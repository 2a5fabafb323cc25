// The intake's later sections: who and what the change touches, how it rolls out and back,
// whether it is an emergency, and (once launched) how it went.
import { Inline, Text } from '@atlaskit/primitives';
import Toggle from '@atlaskit/toggle';
import type { PublicJourney } from '../../../../src/contract/journey-contract';
import { useT } from '../../../shared/app-env';
import { DraftChoice, DraftTagList, DraftTextArea } from './draft-fields';
import { IntakeSection, type IntakeSectionProps } from './intake-section';
import { TouchpointChoice } from './touchpoint-choice';
import { ObjectivesField } from './objectives-field';

export function CustomersSection(
  props: IntakeSectionProps & { journey: PublicJourney | undefined },
) {
  return (
    <IntakeSection name="customers">
      <DraftTagList field="segments" {...props} />
      <DraftTagList field="channels" {...props} />
      <TouchpointChoice {...props} />
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
      <ObjectivesField {...props} />
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
  const t = useT();
  return (
    <IntakeSection name="afterLaunch">
      {/* After launch the outcome is recorded with the measured objectives in the assessment tab; that
          record is what later changes learn from first. This answer stays for changes without one. */}
      <Text>{t('ui.objectives.intake.outcomeMoved')}</Text>
      <DraftChoice field="outcome" {...props} />
    </IntakeSection>
  );
}

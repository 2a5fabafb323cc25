// Touchpoints: the customer's journey stage by stage (customer steps, touchpoints, the people,
// process and technology behind each, and who owns it), which the intake offers requesters.
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Toggle from '@atlaskit/toggle';
import { localize } from '../../../../src/contract/ui-kit';
import { journeyOf } from '../../../../src/contract/journey-contract';
import { useAppEnv } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import type { EditorProps } from '../editor-props';
import { TabSection } from '../parts/tab-parts';
import { newStage, touchpointCount, type Journey } from './journey-edits';
import { JourneyItemList } from './journey-item-list';
import { StageEditor } from './stage-editor';
import { fieldId } from '../paths';

/** The schema's limit of stages. */
const MAX_STAGES = 12;

export function JourneyEditor({ config, problems, onChange }: EditorProps) {
  const { t, locale } = useAppEnv();
  // A configuration saved before the registry has none: the shipped journey is the one in force.
  const journey = journeyOf(config);
  const setJourney = (next: Journey) => {
    onChange({ ...config, journey: next });
  };
  const setStages = (stages: Journey['stages']) => {
    setJourney({ ...journey, stages });
  };
  const wholeProblems = problems.get('journey') ?? [];
  const stagesProblems = problems.get('journey.stages') ?? [];
  const toggleId = fieldId('journey.allowOtherTouchpoints');
  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Text>{t('ui.journey.admin.intro')}</Text>
        <Text color="color.text.subtle">
          {t('ui.journey.admin.count', {
            stages: journey.stages.length,
            touchpoints: touchpointCount(journey),
          })}
        </Text>
        {/* Where "go to the problem" lands for a touchpoint open changes still use. */}
        <div id={fieldId('journey')} tabIndex={wholeProblems.length > 0 ? -1 : undefined}>
          <FieldErrors id={`${fieldId('journey')}-error`} problems={wholeProblems} />
        </div>
      </Stack>

      <TabSection id="cfg-journey-other" title={t('ui.journey.admin.otherTitle')}>
        <Inline space="space.100" alignBlock="center">
          <Toggle
            id={toggleId}
            isChecked={journey.allowOtherTouchpoints}
            aria-describedby={`${toggleId}-helper`}
            onChange={(event) => {
              setJourney({ ...journey, allowOtherTouchpoints: event.currentTarget.checked });
            }}
          />
          <label htmlFor={toggleId}>{t('ui.journey.admin.allowOther')}</label>
        </Inline>
        <Text id={`${toggleId}-helper`} color="color.text.subtle">
          {t('ui.journey.admin.allowOtherHelp')}
        </Text>
      </TabSection>

      <TabSection
        id="cfg-journey-stages"
        path="journey.stages"
        title={t('ui.journey.admin.stagesTitle')}
      >
        <FieldErrors id={`${fieldId('journey.stages')}-error`} problems={stagesProblems} />
        <JourneyItemList
          listPath="journey.stages"
          items={journey.stages}
          level="h3"
          nameOf={(stage) => localize(stage.name, locale) || stage.id}
          titleOf={(_stage, index, name) =>
            t('ui.journey.admin.stageTitle', { n: index + 1, name })
          }
          // The registry needs one stage; an empty one is refused with its reason.
          removeBlocked={journey.stages.length <= 1}
          addLabel={t('ui.journey.admin.addStage')}
          max={MAX_STAGES}
          newItem={() => newStage(journey)}
          onChange={setStages}
        >
          {(stage, itemPath, onStageChange) => (
            <StageEditor
              path={itemPath}
              stage={stage}
              journey={journey}
              problems={problems}
              onChange={onStageChange}
            />
          )}
        </JourneyItemList>
      </TabSection>
    </Stack>
  );
}

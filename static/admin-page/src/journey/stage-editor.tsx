// One journey stage: its id and name, and the customer steps it holds, each with its touchpoints.
import { localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { binder } from '../fields/bind';
import { LocalizedTextField } from '../fields/localized-text-field';
import { TextField } from '../fields/text-field';
import { fieldId } from '../paths';
import { newStep, type Journey, type Stage } from './journey-edits';
import { JourneyItemList } from './journey-item-list';
import { StepEditor } from './step-editor';

/** The schema's limit of steps per stage. */
const MAX_STEPS = 20;

interface StageEditorProps {
  path: string;
  stage: Stage;
  journey: Journey;
  problems: ProblemIndex;
  onChange: (next: Stage) => void;
}

export function StageEditor({ path, stage, journey, problems, onChange }: StageEditorProps) {
  const { t, locale } = useAppEnv();
  const bind = binder(path, stage, problems, onChange);
  const listPath = `${path}.steps`;
  const setSteps = (steps: Stage['steps']) => {
    onChange({ ...stage, steps });
  };
  const ownProblems = problems.get(listPath) ?? [];
  return (
    <>
      <TextField {...bind('id')} label={t('ui.journey.admin.stageId')} maxLength={64} />
      <LocalizedTextField {...bind('name')} label={t('ui.journey.admin.stageName')} />
      <div id={fieldId(listPath)} tabIndex={ownProblems.length > 0 ? -1 : undefined}>
        <FieldErrors id={`${fieldId(listPath)}-error`} problems={ownProblems} />
      </div>
      <JourneyItemList
        listPath={listPath}
        items={stage.steps}
        level="h4"
        nameOf={(step) => localize(step.name, locale) || step.id}
        titleOf={(_step, _index, name) => t('ui.journey.admin.stepTitle', { name })}
        addLabel={t('ui.journey.admin.addStep', {
          stage: localize(stage.name, locale) || stage.id,
        })}
        max={MAX_STEPS}
        newItem={() => newStep(journey)}
        onChange={setSteps}
      >
        {(step, itemPath, onStepChange) => (
          <StepEditor
            path={itemPath}
            step={step}
            journey={journey}
            problems={problems}
            onChange={onStepChange}
          />
        )}
      </JourneyItemList>
    </>
  );
}

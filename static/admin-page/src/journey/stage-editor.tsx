// One journey stage: its id and name, and the customer steps it holds, each with its touchpoints.
import { localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { binder } from '../fields/bind';
import { LocalizedTextField } from '../fields/localized-text-field';
import { TextField } from '../fields/text-field';
import { removeAt, replaceAt } from '../immutable';
import { AddButton } from '../parts/tab-parts';
import { fieldId } from '../paths';
import { JourneyItemCard } from './journey-item-card';
import { moveItem, newStep, type Journey, type Stage } from './journey-edits';
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
  const at = (index: number) => `${listPath}[${String(index)}]`;
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
      {stage.steps.map((step, index) => {
        const name = localize(step.name, locale) || step.id;
        return (
          <JourneyItemCard
            key={index}
            path={at(index)}
            pathAt={at}
            index={index}
            count={stage.steps.length}
            level="h4"
            title={t('ui.journey.admin.stepTitle', { name })}
            name={name}
            onMove={(to) => {
              setSteps(moveItem(stage.steps, index, to));
            }}
            onRemove={() => {
              setSteps(removeAt(stage.steps, index));
            }}
          >
            <StepEditor
              path={at(index)}
              step={step}
              journey={journey}
              problems={problems}
              onChange={(next) => {
                setSteps(replaceAt(stage.steps, index, next));
              }}
            />
          </JourneyItemCard>
        );
      })}
      <AddButton
        label={t('ui.journey.admin.addStep', { stage: localize(stage.name, locale) || stage.id })}
        isDisabled={stage.steps.length >= MAX_STEPS}
        onClick={() => {
          setSteps([...stage.steps, newStep(journey)]);
        }}
      />
    </>
  );
}

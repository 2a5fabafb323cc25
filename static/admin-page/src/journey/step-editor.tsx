// One customer step of a stage: its id and name, and the touchpoints the customer meets in it.
import { localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { FieldErrors } from '../../../shared/field';
import type { ProblemIndex } from '../../../shared/problems';
import { binder } from '../fields/bind';
import { LocalizedTextField } from '../fields/localized-text-field';
import { TextField } from '../fields/text-field';
import { fieldId } from '../paths';
import { newTouchpoint, type Journey, type Step } from './journey-edits';
import { JourneyItemList } from './journey-item-list';
import { TouchpointEditor } from './touchpoint-editor';

/** The schema's limit of touchpoints per step. */
const MAX_TOUCHPOINTS = 30;

interface StepEditorProps {
  path: string;
  step: Step;
  journey: Journey;
  problems: ProblemIndex;
  onChange: (next: Step) => void;
}

export function StepEditor({ path, step, journey, problems, onChange }: StepEditorProps) {
  const { t, locale } = useAppEnv();
  const bind = binder(path, step, problems, onChange);
  const listPath = `${path}.touchpoints`;
  const setTouchpoints = (touchpoints: Step['touchpoints']) => {
    onChange({ ...step, touchpoints });
  };
  const ownProblems = problems.get(listPath) ?? [];
  return (
    <>
      <TextField {...bind('id')} label={t('ui.journey.admin.stepId')} maxLength={64} />
      <LocalizedTextField {...bind('name')} label={t('ui.journey.admin.stepName')} />
      {/* Focusable, so "go to the problem" lands on an empty step's message. */}
      <div id={fieldId(listPath)} tabIndex={ownProblems.length > 0 ? -1 : undefined}>
        <FieldErrors id={`${fieldId(listPath)}-error`} problems={ownProblems} />
      </div>
      <JourneyItemList
        listPath={listPath}
        items={step.touchpoints}
        level="h5"
        nameOf={(touchpoint) => localize(touchpoint.name, locale) || touchpoint.id}
        titleOf={(touchpoint, _index, name) =>
          t('ui.journey.admin.touchpointTitle', { name, id: touchpoint.id })
        }
        addLabel={t('ui.journey.admin.addTouchpoint', {
          step: localize(step.name, locale) || step.id,
        })}
        max={MAX_TOUCHPOINTS}
        newItem={() => newTouchpoint(journey)}
        onChange={setTouchpoints}
      >
        {(touchpoint, itemPath, onTouchpointChange) => (
          <TouchpointEditor
            path={itemPath}
            touchpoint={touchpoint}
            problems={problems}
            onChange={onTouchpointChange}
          />
        )}
      </JourneyItemList>
    </>
  );
}

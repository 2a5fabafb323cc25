// When a tier's redesign tasks are due: days from launch, never after it (the schema refuses a positive number
// on this field). Empty leaves it to the plan's first customer-facing step, as configurations saved before
// redesign tasks existed do.
import type { CommsPlan } from '../../../../src/contract/ui-kit';
import { useT } from '../../../shared/app-env';
import type { ProblemIndex } from '../../../shared/problems';
import { NumberField } from '../fields/number-field';

interface RedesignOffsetFieldProps {
  /** The plan's path in the configuration, e.g. `commsPlans[2]`. */
  base: string;
  plan: CommsPlan;
  problems: ProblemIndex;
  onChange: (plan: CommsPlan) => void;
}

export function RedesignOffsetField({ base, plan, problems, onChange }: RedesignOffsetFieldProps) {
  const t = useT();
  return (
    <NumberField
      path={`${base}.redesignOffsetDays`}
      label={t('ui.redesign.offsetLabel')}
      helper={t('ui.redesign.offsetHelp')}
      value={plan.redesignOffsetDays}
      problems={problems}
      onChange={(value) => {
        const { redesignOffsetDays: _previous, ...rest } = plan;
        onChange(Number.isNaN(value) ? rest : { ...rest, redesignOffsetDays: value });
      }}
    />
  );
}

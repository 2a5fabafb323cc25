// The intake's objectives as the form edits them, and the browser's own checks of them (the backend
// re-checks every field with the same rules and names the same paths, `objectives[1].unit`).
import type { StoredObjective } from '../../../../src/contract/intake-fields';
import { MAX_OBJECTIVES, OBJECTIVE_LIMITS } from '../../../../src/contract/outcome-contract';
import type { IntakeInput } from '../../../../src/contract/ui-kit';
import type { DraftProblem } from './intake-draft';

/** One objective as typed: numbers are kept as the text in their box until the intake is sent. */
export interface ObjectiveDraft {
  id: string;
  kpi: string;
  baseline: string;
  target: string;
  unit: string;
  measureBy: string;
}

export const OBJECTIVE_FIELDS = ['kpi', 'baseline', 'target', 'unit', 'measureBy'] as const;
export type ObjectiveField = (typeof OBJECTIVE_FIELDS)[number];

export { MAX_OBJECTIVES };
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const objectivePath = (index: number, field: ObjectiveField | 'id') =>
  `objectives[${String(index)}].${field}`;

export function objectiveDraftOf(stored: StoredObjective): ObjectiveDraft {
  const number = (value: number | null) => (value === null ? '' : String(value));
  return {
    id: stored.id,
    kpi: stored.kpi,
    baseline: number(stored.baseline),
    target: number(stored.target),
    unit: stored.unit,
    measureBy: stored.measureBy,
  };
}

/**
 * A new, empty objective numbered after the highest of the list: an id is not handed out again while
 * a later one exists, so measured values recorded against a removed objective never attach to a new one.
 */
export function newObjective(existing: readonly ObjectiveDraft[]): ObjectiveDraft {
  const highest = existing.reduce((top, o) => {
    const match = /^objective-(\d+)$/.exec(o.id);
    return match ? Math.max(top, Number(match[1])) : top;
  }, existing.length);
  return {
    id: `objective-${String(highest + 1)}`,
    kpi: '',
    baseline: '',
    target: '',
    unit: '',
    measureBy: '',
  };
}

/** A typed number, or null when the box is empty or holds no number. */
export function typedNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

type ObjectiveInput = NonNullable<IntakeInput['objectives']>[number];

/**
 * What is sent: an empty box is left out, so the backend names it as missing, and text that is no
 * number is sent as typed, so it names it as not a number instead of silently dropping it.
 */
export function objectiveInputOf(draft: ObjectiveDraft): ObjectiveInput {
  const input: Record<string, unknown> = { id: draft.id };
  const text = (key: 'kpi' | 'unit' | 'measureBy') => {
    if (draft[key].trim() !== '') input[key] = draft[key].trim();
  };
  const number = (key: 'baseline' | 'target') => {
    if (draft[key].trim() !== '') input[key] = typedNumber(draft[key]) ?? draft[key];
  };
  text('kpi');
  number('baseline');
  number('target');
  text('unit');
  text('measureBy');
  return input;
}

/** The paths a change of the list touches: every field that differs, and all of an added or removed objective. */
export function objectivePaths(
  before: readonly ObjectiveDraft[],
  after: readonly ObjectiveDraft[],
): string[] {
  const paths: string[] = [];
  const count = Math.max(before.length, after.length);
  for (let index = 0; index < count; index += 1) {
    for (const field of OBJECTIVE_FIELDS) {
      if (before[index]?.[field] !== after[index]?.[field]) paths.push(objectivePath(index, field));
    }
  }
  return paths;
}

/** The checks the browser can make at once; all block the save, each shown once its field is touched. */
export function checkObjectives(
  objectives: readonly ObjectiveDraft[],
  launchDate: string,
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const add = (index: number, field: ObjectiveField, messageKey: string) => {
    problems.push({
      path: objectivePath(index, field),
      messageKey: `ui.objectives.validation.${messageKey}`,
      kind: 'blocking',
      quietUntilTouched: true,
    });
  };
  objectives.forEach((objective, index) => {
    if (objective.kpi.trim() === '') add(index, 'kpi', 'kpiRequired');
    else if (objective.kpi.trim().length > OBJECTIVE_LIMITS.kpi) add(index, 'kpi', 'kpiTooLong');
    const baseline = typedNumber(objective.baseline);
    const target = typedNumber(objective.target);
    if (baseline === null) add(index, 'baseline', 'numberRequired');
    if (target === null) add(index, 'target', 'numberRequired');
    else if (baseline !== null && baseline === target) add(index, 'target', 'sameAsBaseline');
    if (objective.unit.trim() === '') add(index, 'unit', 'unitRequired');
    else if (objective.unit.trim().length > OBJECTIVE_LIMITS.unit)
      add(index, 'unit', 'unitTooLong');
    if (!ISO_DAY.test(objective.measureBy)) add(index, 'measureBy', 'measureByRequired');
    // ISO days compare as text; an unset launch date is the launch field's own problem.
    else if (ISO_DAY.test(launchDate) && objective.measureBy < launchDate)
      add(index, 'measureBy', 'beforeLaunchDraft');
  });
  return problems;
}

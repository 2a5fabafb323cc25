// The intake as the form edits it, and the conversions to and from what the backend stores.
import {
  type Outcome,
  type Rollout,
  type StoredIntake,
} from '../../../../src/contract/intake-fields';
import type { IntakeInput } from '../../../../src/contract/ui-kit';
import {
  checkObjectives,
  objectiveDraftOf,
  objectiveInputOf,
  objectivePaths,
  type ObjectiveDraft,
} from './objective-draft';

export interface IntakeDraft {
  /** What changes, and why. */
  description: string;
  launchDate: string;
  answers: Readonly<Record<string, number>>;
  segments: readonly string[];
  channels: readonly string[];
  /** Registry ids, in journey order once the requester ticks one; older intakes' stage words until then. */
  touchpoints: readonly string[];
  /** Touchpoints the registry lacks, in the requester's words (where the admin allows them). */
  otherTouchpoints: readonly string[];
  customerAction: string;
  rollbackPlan: string;
  rollout: Rollout | '';
  kpis: readonly string[];
  /** SMART objectives, as typed: numbers stay text until sent, so half-typed values are not lost. */
  objectives: readonly ObjectiveDraft[];
  /** How the change went once launched; similar later changes learn from it. */
  outcome: Outcome | '';
  emergency: boolean;
  justification: string;
}

/** The form's starting point: the backend has already read the property, an absent field starts empty. */
export function draftFromIntake(intake: StoredIntake | null): IntakeDraft {
  return {
    description: intake?.description ?? '',
    launchDate: intake?.launchDate ?? '',
    answers: intake?.answers ?? {},
    segments: intake?.segments ?? [],
    channels: intake?.channels ?? [],
    touchpoints: intake?.touchpoints ?? [],
    otherTouchpoints: intake?.otherTouchpoints ?? [],
    customerAction: intake?.customerAction ?? '',
    rollbackPlan: intake?.rollbackPlan ?? '',
    rollout: intake?.rollout ?? '',
    kpis: intake?.kpis ?? [],
    objectives: (intake?.objectives ?? []).map(objectiveDraftOf),
    outcome: intake?.outcome ?? '',
    emergency: intake?.emergency !== undefined,
    justification: intake?.emergency?.justification ?? '',
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What `saveIntake` sends: only what the user changed since the intake was loaded. The backend
 * merges it into the stored property, so every field the user did not touch keeps what is stored
 * there, including values this form cannot show (another tool's fields, a value it does not know).
 * A cleared text is sent empty and an emergency switched off as `null`: both remove the field.
 */
export function intakePatch(saved: IntakeDraft, draft: IntakeDraft): IntakeInput {
  const patch: IntakeInput = {};
  const changed = (key: keyof IntakeDraft): boolean => !same(saved[key], draft[key]);
  for (const key of ['description', 'launchDate', 'customerAction', 'rollbackPlan'] as const) {
    if (changed(key)) patch[key] = draft[key].trim() === '' ? '' : draft[key];
  }
  if (changed('rollout')) patch.rollout = draft.rollout;
  if (changed('outcome')) patch.outcome = draft.outcome;
  for (const key of ['segments', 'channels', 'kpis', 'otherTouchpoints'] as const) {
    if (changed(key)) patch[key] = [...draft[key]];
  }
  if (changed('touchpoints')) patch.touchpoints = [...draft.touchpoints];
  if (changed('objectives')) patch.objectives = draft.objectives.map(objectiveInputOf);
  if (changed('answers')) patch.answers = { ...draft.answers };
  if (changed('emergency') || (draft.emergency && changed('justification'))) {
    patch.emergency = draft.emergency ? { justification: draft.justification } : null;
  }
  return patch;
}

/** The problem paths a change from `before` to `after` touches (`answers.reach`, `emergency.justification`). */
export function changedPaths(before: IntakeDraft, after: IntakeDraft): string[] {
  const paths: string[] = [];
  for (const key of Object.keys(after) as Array<keyof IntakeDraft>) {
    if (key === 'answers' || same(before[key], after[key])) continue;
    if (key === 'objectives') {
      paths.push(...objectivePaths(before.objectives, after.objectives));
      continue;
    }
    paths.push(key === 'justification' || key === 'emergency' ? 'emergency.justification' : key);
  }
  const ids = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]);
  for (const id of ids) {
    if (before.answers[id] !== after.answers[id]) paths.push(`answers.${id}`);
  }
  return paths;
}

export interface DraftProblem {
  path: string;
  /** A `ui.*` translation key. */
  messageKey: string;
  /**
   * `blocking`: the backend would refuse it, so it is not sent. `incomplete`: an unanswered field,
   * which the backend keeps as a draft; the change is tiered once it is answered.
   */
  kind: 'blocking' | 'incomplete';
  /** A blocking problem of a field the user has not reached yet (a new objective): shown once touched or on save. */
  quietUntilTouched?: boolean;
}

/** The checks the browser can make at once; the backend re-checks everything. */
export function checkDraft(draft: IntakeDraft, criterionIds: readonly string[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.launchDate)) {
    problems.push({
      path: 'launchDate',
      messageKey: 'ui.panel.validation.launchDate',
      kind: 'incomplete',
    });
  }
  for (const id of criterionIds) {
    if (draft.answers[id] === undefined)
      problems.push({
        path: `answers.${id}`,
        messageKey: 'ui.panel.validation.answer',
        kind: 'incomplete',
      });
  }
  if (draft.emergency && draft.justification.trim() === '') {
    problems.push({
      path: 'emergency.justification',
      messageKey: 'ui.panel.validation.justification',
      kind: 'incomplete',
    });
  }
  for (const [field, limit] of [
    ['description', 5000],
    ['customerAction', 5000],
    ['rollbackPlan', 5000],
  ] as const) {
    if (draft[field].length > limit)
      problems.push({ path: field, messageKey: 'ui.panel.validation.tooLong', kind: 'blocking' });
  }
  problems.push(...checkObjectives(draft.objectives, draft.launchDate));
  return problems;
}

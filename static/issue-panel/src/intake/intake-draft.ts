// The intake as the form edits it, and the conversions to and from what the backend stores.
import type { IntakeInput } from '../../../../src/contract/resolver-contract';
import { OUTCOMES, ROLLOUTS, TOUCHPOINTS, type Outcome } from '../../../../src/domain/intake';

export type Touchpoint = (typeof TOUCHPOINTS)[number];
export type Rollout = (typeof ROLLOUTS)[number];

export interface IntakeDraft {
  /** What changes, and why. */
  description: string;
  launchDate: string;
  answers: Readonly<Record<string, number>>;
  segments: readonly string[];
  channels: readonly string[];
  touchpoints: readonly Touchpoint[];
  customerAction: string;
  rollbackPlan: string;
  rollout: Rollout | '';
  kpis: readonly string[];
  /** How the change went once launched; similar later changes learn from it. */
  outcome: Outcome | '';
  emergency: boolean;
  justification: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const isTouchpoint = (value: string): value is Touchpoint =>
  (TOUCHPOINTS as readonly string[]).includes(value);
const isRollout = (value: string): value is Rollout =>
  (ROLLOUTS as readonly string[]).includes(value);
const isOutcome = (value: string): value is Outcome =>
  (OUTCOMES as readonly string[]).includes(value);

/** Reads whatever the property holds (the form, a REST client, an old version) without trusting it. */
export function draftFromIntake(raw: Record<string, unknown> | null): IntakeDraft {
  const record = raw ?? {};
  const answers: Record<string, number> = {};
  if (isRecord(record.answers)) {
    for (const [id, value] of Object.entries(record.answers)) {
      if (typeof value === 'number' && Number.isInteger(value)) answers[id] = value;
    }
  }
  const emergency = isRecord(record.emergency) ? record.emergency : null;
  const rollout = text(record.rollout);
  const outcome = text(record.outcome);
  return {
    description: text(record.description),
    launchDate: text(record.launchDate),
    answers,
    segments: strings(record.segments),
    channels: strings(record.channels),
    touchpoints: strings(record.touchpoints).filter(isTouchpoint),
    customerAction: text(record.customerAction),
    rollbackPlan: text(record.rollbackPlan),
    rollout: isRollout(rollout) ? rollout : '',
    kpis: strings(record.kpis),
    outcome: isOutcome(outcome) ? outcome : '',
    emergency: emergency !== null,
    justification: emergency ? text(emergency.justification) : '',
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
  for (const key of ['segments', 'channels', 'kpis'] as const) {
    if (changed(key)) patch[key] = [...draft[key]];
  }
  if (changed('touchpoints')) patch.touchpoints = [...draft.touchpoints];
  if (changed('answers')) patch.answers = { ...draft.answers };
  if (changed('emergency') || (draft.emergency && changed('justification'))) {
    patch.emergency = draft.emergency ? { justification: draft.justification } : null;
  }
  return patch;
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
  return problems;
}

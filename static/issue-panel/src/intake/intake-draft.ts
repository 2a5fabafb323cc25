// The intake as the form edits it, and the conversions to and from what the backend stores.
import type { IntakeInput } from '../../../../src/contract/resolver-contract';
import { ROLLOUTS, TOUCHPOINTS } from '../../../../src/domain/intake';

export type Touchpoint = (typeof TOUCHPOINTS)[number];
export type Rollout = (typeof ROLLOUTS)[number];

export interface IntakeDraft {
  launchDate: string;
  answers: Readonly<Record<string, number>>;
  segments: readonly string[];
  channels: readonly string[];
  touchpoints: readonly Touchpoint[];
  customerAction: string;
  rollbackPlan: string;
  rollout: Rollout | '';
  kpis: readonly string[];
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
  return {
    launchDate: text(record.launchDate),
    answers,
    segments: strings(record.segments),
    channels: strings(record.channels),
    touchpoints: strings(record.touchpoints).filter(isTouchpoint),
    customerAction: text(record.customerAction),
    rollbackPlan: text(record.rollbackPlan),
    rollout: isRollout(rollout) ? rollout : '',
    kpis: strings(record.kpis),
    emergency: emergency !== null,
    justification: emergency ? text(emergency.justification) : '',
  };
}

/** What `saveIntake` sends: empty optional fields are left out rather than sent blank. */
export function intakeFromDraft(draft: IntakeDraft): IntakeInput {
  const trimmed = (value: string) => value.trim();
  return {
    ...(draft.launchDate ? { launchDate: draft.launchDate } : {}),
    answers: { ...draft.answers },
    segments: [...draft.segments],
    channels: [...draft.channels],
    touchpoints: [...draft.touchpoints],
    ...(trimmed(draft.customerAction) ? { customerAction: draft.customerAction } : {}),
    ...(trimmed(draft.rollbackPlan) ? { rollbackPlan: draft.rollbackPlan } : {}),
    ...(draft.rollout ? { rollout: draft.rollout } : {}),
    kpis: [...draft.kpis],
    emergency: draft.emergency ? { justification: draft.justification } : null,
  };
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
    ['customerAction', 5000],
    ['rollbackPlan', 5000],
  ] as const) {
    if (draft[field].length > limit)
      problems.push({ path: field, messageKey: 'ui.panel.validation.tooLong', kind: 'blocking' });
  }
  return problems;
}

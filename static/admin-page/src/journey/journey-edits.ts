// The journey editor's list edits, pure so the tab only wires them: move an item one place, and the
// new stage, step or touchpoint with an id nothing else in the journey uses.
import type { GovernanceConfig } from '../../../../src/contract/ui-kit';

export type Journey = NonNullable<GovernanceConfig['journey']>;
export type Stage = Journey['stages'][number];
export type Step = Stage['steps'][number];
export type Touchpoint = Step['touchpoints'][number];

/** The list with the item at `from` moved to `to`; the same list when either is out of range. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const item = items[from];
  if (item === undefined || to < 0 || to >= items.length) return [...items];
  const rest = items.filter((_, index) => index !== from);
  return [...rest.slice(0, to), item, ...rest.slice(to)];
}

/** `prefix-n` with the smallest n ≥ 1 not in `taken`. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${String(n)}`)) n += 1;
  return `${prefix}-${String(n)}`;
}

/** Every id of one kind in the journey: ids are unique per kind across it, not per parent. */
export const idsOf = (journey: Journey) => ({
  stages: journey.stages.map((stage) => stage.id),
  steps: journey.stages.flatMap((stage) => stage.steps.map((step) => step.id)),
  touchpoints: journey.stages.flatMap((stage) =>
    stage.steps.flatMap((step) => step.touchpoints.map((tp) => tp.id)),
  ),
});

/**
 * A new touchpoint: named after its id until the admin names it, and with no owner yet, which the
 * validation points at (every touchpoint needs one).
 */
export function newTouchpoint(journey: Journey): Touchpoint {
  const id = freshId('touchpoint', idsOf(journey).touchpoints);
  return { id, name: { 'en-US': id }, owner: { kind: 'user', accountId: '' } };
}

/** A new customer step, with one touchpoint so it offers the intake something at once. */
export function newStep(journey: Journey): Step {
  const id = freshId('step', idsOf(journey).steps);
  return { id, name: { 'en-US': id }, touchpoints: [newTouchpoint(journey)] };
}

export function newStage(journey: Journey): Stage {
  const id = freshId('stage', idsOf(journey).stages);
  return { id, name: { 'en-US': id }, steps: [newStep(journey)] };
}

/** Whether the journey names a touchpoint at all (an intake has something to offer). */
export const touchpointCount = (journey: Journey): number => idsOf(journey).touchpoints.length;

// The touchpoint registry read for one change: which stages, customer steps and touchpoints its
// intake names, and who owns them. Pure: the configuration and the intake are passed in.
import type {
  CustomerStep,
  GovernanceConfig,
  Journey,
  JourneyStage,
  Touchpoint,
  TouchpointOwner,
} from './config-schema';
import { DEFAULT_JOURNEY } from './default-journey';
import type { IntakeFieldProblem } from './intake';

/**
 * The registry in force: a configuration saved before the registry existed has none, and the
 * shipped journey stands in for it (as it does for every other reader of `journey`).
 */
export function journeyOf(config: Pick<GovernanceConfig, 'journey'>): Journey {
  return config.journey ?? DEFAULT_JOURNEY;
}

/**
 * A journey of any touchpoint shape: the admin's (with owners) and the panel's (without them,
 * since account ids and group names are for admins only) are read by the same functions.
 */
export interface JourneyOf<T extends { id: string }> {
  stages: ReadonlyArray<
    Omit<JourneyStage, 'steps'> & {
      steps: ReadonlyArray<Omit<CustomerStep, 'touchpoints'> & { touchpoints: readonly T[] }>;
    }
  >;
}

/** Where a touchpoint sits in the journey. */
export interface TouchpointPlace<T extends { id: string } = Touchpoint> {
  stage: JourneyOf<T>['stages'][number];
  step: JourneyOf<T>['stages'][number]['steps'][number];
  touchpoint: T;
}

/** Every touchpoint of the journey with its stage and step, in journey order. */
export function touchpointPlaces<T extends { id: string }>(
  journey: JourneyOf<T>,
): TouchpointPlace<T>[] {
  return journey.stages.flatMap((stage) =>
    stage.steps.flatMap((step) =>
      step.touchpoints.map((touchpoint) => ({ stage, step, touchpoint })),
    ),
  );
}

/**
 * The touchpoints an intake names that the registry holds, in journey order (not the order they
 * were ticked), each once. Names the registry lacks (retired touchpoints, the journey-stage words
 * intakes held before the registry) are `retiredTouchpoints`' business, never an owner's.
 */
export function touchedTouchpoints<T extends { id: string } = Touchpoint>(
  intakeDetails: { touchpoints?: readonly string[] | undefined },
  journey: JourneyOf<T>,
): TouchpointPlace<T>[] {
  const chosen = new Set(intakeDetails.touchpoints ?? []);
  if (chosen.size === 0) return [];
  const seen = new Set<string>();
  return touchpointPlaces(journey).filter(({ touchpoint }) => {
    if (!chosen.has(touchpoint.id) || seen.has(touchpoint.id)) return false;
    seen.add(touchpoint.id);
    return true;
  });
}

/**
 * The journey-stage words the intake offered before the registry. A stored intake can still hold
 * them; they are not touchpoints of any registry, so they reach no owner: the panel shows them as
 * no longer in the registry and the requester chooses the touchpoints they meant.
 */
export const LEGACY_TOUCHPOINT_STAGES = [
  'awareness',
  'purchase',
  'onboarding',
  'usage',
  'billing',
  'support',
  'renewal-cancellation',
] as const;

/** The ids an intake names that the registry does not hold, in the intake's order, each once. */
export function retiredTouchpoints<T extends { id: string }>(
  intakeDetails: { touchpoints?: readonly string[] | undefined },
  journey: JourneyOf<T>,
): string[] {
  const known = new Set(touchpointPlaces(journey).map(({ touchpoint }) => touchpoint.id));
  return [...new Set(intakeDetails.touchpoints ?? [])].filter((id) => !known.has(id));
}

/** The stages a change touches, in journey order, with the steps and touchpoints it touches in each. */
export interface TouchedStage<T extends { id: string } = Touchpoint> {
  stage: JourneyOf<T>['stages'][number];
  steps: Array<{ step: JourneyOf<T>['stages'][number]['steps'][number]; touchpoints: T[] }>;
}

export function touchedStages<T extends { id: string } = Touchpoint>(
  touched: readonly TouchpointPlace<T>[],
): TouchedStage<T>[] {
  const stages: TouchedStage<T>[] = [];
  for (const { stage, step, touchpoint } of touched) {
    let stageEntry = stages.find((entry) => entry.stage.id === stage.id);
    if (!stageEntry) {
      stageEntry = { stage, steps: [] };
      stages.push(stageEntry);
    }
    let stepEntry = stageEntry.steps.find((entry) => entry.step.id === step.id);
    if (!stepEntry) {
      stepEntry = { step, touchpoints: [] };
      stageEntry.steps.push(stepEntry);
    }
    stepEntry.touchpoints.push(touchpoint);
  }
  return stages;
}

/** One owner as a stable key, so two touchpoints with the same owner ask them once. */
export function ownerKey(owner: TouchpointOwner): string {
  switch (owner.kind) {
    case 'user':
      return `user:${owner.accountId}`;
    case 'group':
      return `group:${owner.groupName}`;
    case 'projectRole':
      return `projectRole:${owner.roleName}`;
  }
}

/** The owners of the touched touchpoints, each once, in journey order, with what they own. */
export function touchpointOwners(
  touched: readonly TouchpointPlace[],
): Array<{ owner: TouchpointOwner; touchpointIds: string[] }> {
  const owners = new Map<string, { owner: TouchpointOwner; touchpointIds: string[] }>();
  for (const { touchpoint } of touched) {
    const key = ownerKey(touchpoint.owner);
    const entry = owners.get(key) ?? { owner: touchpoint.owner, touchpointIds: [] };
    entry.touchpointIds.push(touchpoint.id);
    owners.set(key, entry);
  }
  return [...owners.values()];
}

/**
 * The intake's touchpoints judged against the registry in force. At `save` (the form, a patch the
 * caller sent) every id must be the registry's, and free-text touchpoints need the admin's leave.
 * At `assess` (whatever anyone wrote to the property) the journey-stage words of intakes written
 * before the registry are read, not refused: a change raised then keeps its tier, and the panel
 * asks its requester to choose the touchpoints they meant.
 */
export function intakeTouchpointProblems<T extends { id: string }>(
  intakeDetails: {
    touchpoints?: readonly string[] | undefined;
    otherTouchpoints?: readonly string[] | undefined;
  },
  journey: JourneyOf<T> & { allowOtherTouchpoints: boolean },
  when: 'save' | 'assess',
): IntakeFieldProblem[] {
  const legacy: readonly string[] = LEGACY_TOUCHPOINT_STAGES;
  const unknown = retiredTouchpoints(intakeDetails, journey).filter(
    (id) => when === 'save' || !legacy.includes(id),
  );
  const problems: IntakeFieldProblem[] = unknown.map((id) => ({
    field: 'touchpoints',
    code: 'INTAKE.INVALID',
    message: `"${id}" is not a touchpoint of the registry: choose one it lists.`,
    params: { rule: 'notInRegistry', value: id },
  }));
  if (
    when === 'save' &&
    !journey.allowOtherTouchpoints &&
    (intakeDetails.otherTouchpoints ?? []).length > 0
  ) {
    problems.push({
      field: 'otherTouchpoints',
      code: 'INTAKE.INVALID',
      message: 'Touchpoints outside the registry are not allowed: choose them from the registry.',
      params: { rule: 'otherTouchpointsOff' },
    });
  }
  return problems;
}

// The touchpoint registry judged as a whole: what the schema cannot see (ids unique across the
// journey, stages and steps that offer the intake something), and a touchpoint open changes still
// use, which may not disappear from under them.
import type { Journey, Touchpoint } from './config-schema';
import { problem, type ConfigProblem } from './config-problems';
import { touchpointPlaces } from './journey';

/**
 * The intake offers every touchpoint as a checkbox; beyond this many the list stops being a choice
 * a requester can make (the schema alone would allow 12 × 20 × 30).
 */
export const MAX_JOURNEY_TOUCHPOINTS = 100;

/** Paths of one journey item, as the admin page names its fields. */
const stagePath = (s: number) => `journey.stages[${String(s)}]`;
const stepPath = (s: number, c: number) => `${stagePath(s)}.steps[${String(c)}]`;
const touchpointPath = (s: number, c: number, t: number) =>
  `${stepPath(s, c)}.touchpoints[${String(t)}]`;

/**
 * Ids are unique within their kind across the whole journey, not only within their parent: an
 * intake names a touchpoint by id alone, and the calendar filters by it.
 */
function duplicateIds(items: ReadonlyArray<{ id: string; path: string }>): ConfigProblem[] {
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const { id, path } of items) {
    if (seen.has(id))
      problems.push(
        problem('CONFIG.DUPLICATE_ID', `${path}.id`, `"${id}" is used more than once.`, { id }),
      );
    seen.add(id);
  }
  return problems;
}

export function journeyProblems(journey: Journey): ConfigProblem[] {
  const stages = journey.stages.map((stage, s) => ({ id: stage.id, path: stagePath(s) }));
  const steps = journey.stages.flatMap((stage, s) =>
    stage.steps.map((step, c) => ({ id: step.id, path: stepPath(s, c) })),
  );
  const touchpoints = journey.stages.flatMap((stage, s) =>
    stage.steps.flatMap((step, c) =>
      step.touchpoints.map((tp, t) => ({ id: tp.id, path: touchpointPath(s, c, t) })),
    ),
  );
  const problems = [...duplicateIds(stages), ...duplicateIds(steps), ...duplicateIds(touchpoints)];

  journey.stages.forEach((stage, s) => {
    // A stage without a step offers the intake nothing to choose: an empty heading.
    if (stage.steps.length === 0)
      problems.push(
        problem(
          'CONFIG.JOURNEY_STAGE_EMPTY',
          `${stagePath(s)}.steps`,
          `The stage "${stage.id}" needs at least one customer step.`,
          { stage: stage.id },
        ),
      );
    stage.steps.forEach((step, c) => {
      if (step.touchpoints.length === 0)
        problems.push(
          problem(
            'CONFIG.JOURNEY_STEP_EMPTY',
            `${stepPath(s, c)}.touchpoints`,
            `The customer step "${step.id}" needs at least one touchpoint.`,
            { step: step.id },
          ),
        );
    });
  });

  if (touchpoints.length > MAX_JOURNEY_TOUCHPOINTS)
    problems.push(
      problem(
        'CONFIG.TOO_MANY',
        'journey.stages',
        `Use at most ${String(MAX_JOURNEY_TOUCHPOINTS)} touchpoints in the whole journey.`,
        { max: MAX_JOURNEY_TOUCHPOINTS },
      ),
    );
  return problems;
}

/**
 * The touchpoints of `before` that `after` no longer holds (deleted, or their id changed): an
 * intake names them by id, so to an intake either is a deletion.
 */
export function removedTouchpoints(before: Journey, after: Journey): Touchpoint[] {
  const kept = new Set(touchpointPlaces(after).map(({ touchpoint }) => touchpoint.id));
  return touchpointPlaces(before)
    .map(({ touchpoint }) => touchpoint)
    .filter((touchpoint) => !kept.has(touchpoint.id));
}

/** At most this many changes are named per touchpoint; the count says how many there are. */
const NAMED_CHANGES = 10;

/**
 * A removed touchpoint that open change requests still name is refused, on the journey, naming
 * them: their owners would silently stop reviewing, and their intakes would stop validating.
 * `usage` maps a touchpoint id to the keys of the open change requests that name it.
 */
export function touchpointsInUseProblems(
  removed: readonly Touchpoint[],
  usage: ReadonlyMap<string, readonly string[]>,
): ConfigProblem[] {
  return removed.flatMap((touchpoint) => {
    const keys = [...new Set(usage.get(touchpoint.id) ?? [])].sort(compareKeys);
    if (keys.length === 0) return [];
    const named = keys.slice(0, NAMED_CHANGES).join(', ');
    const changes = keys.length > NAMED_CHANGES ? `${named}, …` : named;
    return [
      problem(
        'CONFIG.TOUCHPOINT_IN_USE',
        'journey',
        `The touchpoint "${touchpoint.id}" is used by open change requests (${changes}): ` +
          'keep it until they no longer name it.',
        {
          touchpoint: touchpoint.id,
          name: touchpoint.name['en-US'],
          changes,
          count: keys.length,
        },
      ),
    ];
  });
}

/** CHG-2 before CHG-10: keys by project, then by number. */
function compareKeys(a: string, b: string): number {
  const [pa = '', na = '0'] = a.split('-');
  const [pb = '', nb = '0'] = b.split('-');
  return pa === pb ? Number(na) - Number(nb) : pa < pb ? -1 : 1;
}

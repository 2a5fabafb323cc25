// The intake's objectives, checked field by field: each problem names the one field to fix
// (`objectives[1].unit`), so the form shows it there and a REST client learns exactly what is wrong.
import { compareDates, formatDate, parseCalendarDate, type CalendarDate } from './calendar';
import type { IntakeFieldProblem, IntakeProblemParams } from './intake';
import { MAX_OBJECTIVES, OBJECTIVE_ID, OBJECTIVE_LIMITS, type Objective } from './objectives';
import { isRecord } from './result';

export interface ParsedObjectives {
  /** The objectives that passed every check, in their order. */
  objectives: Objective[];
  problems: IntakeFieldProblem[];
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const invalid = (
  field: string,
  message: string,
  params: IntakeProblemParams,
): IntakeFieldProblem => ({ field, code: 'INTAKE.INVALID', message, params });

/**
 * A KPI or unit: one line of text within its limit. An objective without one is refused, not kept as
 * a draft: an objective that cannot be measured in a unit is no objective (seed 003's "measurable").
 */
function checkText(field: string, value: unknown, maximum: number): IntakeFieldProblem | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return invalid(field, 'Fill in this field.', { rule: 'required' });
  if (typeof value !== 'string') return invalid(field, 'Use text.', { rule: 'required' });
  if (CONTROL_CHARACTER.test(value))
    return {
      field,
      code: 'INTAKE.INVALID_TEXT',
      message:
        'Use one line of plain text: tabs, line breaks and other control characters are not allowed.',
      params: {},
    };
  if (value.trim().length > maximum)
    return invalid(field, `Keep this to ${String(maximum)} characters or fewer.`, {
      rule: 'tooLong',
      maximum,
    });
  return null;
}

function checkNumber(field: string, value: unknown): IntakeFieldProblem | null {
  if (value === undefined || value === null || value === '')
    return invalid(field, 'Enter a number.', { rule: 'required' });
  if (typeof value !== 'number' || !Number.isFinite(value))
    return invalid(field, 'Enter a number.', { rule: 'notANumber' });
  return null;
}

/** One objective's problems, each on its own field; the objective itself when it has none. */
function checkObjective(
  raw: unknown,
  path: string,
  launchDate: CalendarDate | undefined,
): { objective?: Objective; problems: IntakeFieldProblem[] } {
  if (!isRecord(raw))
    return {
      problems: [invalid(path, 'An objective must be a JSON object.', { rule: 'notAnObject' })],
    };
  const problems: IntakeFieldProblem[] = [];
  const { id, kpi, baseline, target, unit, measureBy } = raw;
  if (typeof id !== 'string' || !OBJECTIVE_ID.test(id))
    problems.push(
      invalid(`${path}.id`, 'Give the objective an id of lower-case letters, digits and dashes.', {
        rule: 'required',
      }),
    );
  const kpiProblem = checkText(`${path}.kpi`, kpi, OBJECTIVE_LIMITS.kpi);
  if (kpiProblem) problems.push(kpiProblem);
  const baselineProblem = checkNumber(`${path}.baseline`, baseline);
  if (baselineProblem) problems.push(baselineProblem);
  const targetProblem = checkNumber(`${path}.target`, target);
  if (targetProblem) problems.push(targetProblem);
  else if (baselineProblem === null && target === baseline)
    // A target equal to the baseline asks for no change: met or missed would mean nothing.
    problems.push(
      invalid(`${path}.target`, 'The target must differ from the baseline.', {
        rule: 'sameAsBaseline',
      }),
    );
  const unitProblem = checkText(`${path}.unit`, unit, OBJECTIVE_LIMITS.unit);
  if (unitProblem) problems.push(unitProblem);
  const measureDay = parseCalendarDate(measureBy);
  if (measureBy === undefined || measureBy === null || measureBy === '')
    problems.push(invalid(`${path}.measureBy`, 'Choose a measure-by date.', { rule: 'required' }));
  else if (!measureDay)
    problems.push(
      invalid(`${path}.measureBy`, 'Enter a real calendar day (YYYY-MM-DD).', {
        rule: 'notADate',
      }),
    );
  else if (launchDate && compareDates(measureDay, launchDate) < 0)
    // Nothing the change does can be measured before customers have it.
    problems.push(
      invalid(
        `${path}.measureBy`,
        `Measure on or after the launch date (${formatDate(launchDate)}).`,
        { rule: 'beforeLaunch', launchDate: formatDate(launchDate) },
      ),
    );
  if (problems.length > 0) return { problems };
  return {
    objective: {
      id: id as string,
      kpi: (kpi as string).trim(),
      baseline: baseline as number,
      target: target as number,
      unit: (unit as string).trim(),
      measureBy: measureBy as string,
    },
    problems,
  };
}

/**
 * The intake's `objectives` as written by anyone (the form, a REST client): never throws. The
 * measure-by date is checked against the launch date when the intake has a valid one (a missing
 * launch date is reported on its own field).
 */
export function parseObjectives(
  raw: unknown,
  launchDate: CalendarDate | undefined,
): ParsedObjectives {
  if (raw === undefined || raw === null) return { objectives: [], problems: [] };
  if (!Array.isArray(raw))
    return {
      objectives: [],
      problems: [invalid('objectives', 'Objectives must be a list.', { rule: 'notAnObject' })],
    };
  if (raw.length > MAX_OBJECTIVES)
    return {
      objectives: [],
      problems: [
        invalid('objectives', `Keep this to ${String(MAX_OBJECTIVES)} entries or fewer.`, {
          rule: 'tooMany',
          maximum: MAX_OBJECTIVES,
        }),
      ],
    };
  const objectives: Objective[] = [];
  const problems: IntakeFieldProblem[] = [];
  const seen = new Set<string>();
  raw.forEach((entry: unknown, index) => {
    const path = `objectives[${String(index)}]`;
    const checked = checkObjective(entry, path, launchDate);
    problems.push(...checked.problems);
    const { objective } = checked;
    if (!objective) return;
    // The id ties recorded results to the objective: two with one id could swap their results.
    if (seen.has(objective.id)) {
      problems.push(invalid(`${path}.id`, 'Another objective has this id.', { rule: 'duplicate' }));
      return;
    }
    seen.add(objective.id);
    objectives.push(objective);
  });
  return { objectives, problems };
}

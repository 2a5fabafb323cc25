import { z } from 'zod';
import { parseCalendarDate, type CalendarDate } from './calendar';
import { parseObjectives } from './objective-validation';
import { MAX_OBJECTIVES, objectiveSchema } from './objectives';
import { isRecord } from './result';

export const ROLLOUTS = ['big-bang', 'phased', 'pilot'] as const;
export const OUTCOMES = ['smooth', 'minor-issues', 'complaints', 'escalations'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const shortText = z.string().trim().min(1).max(200);
/** A change touching more of the journey than this is better described by its stages. */
export const MAX_INTAKE_TOUCHPOINTS = 50;
export const MAX_OTHER_TOUCHPOINTS = 20;
const longText = z.string().max(5000);

/** Descriptive intake fields: each is checked on its own so one bad field never hides the others. */
export const intakeDetailSchemas = {
  segments: z.array(shortText).max(50),
  channels: z.array(shortText).max(20),
  /**
   * Ids of the configuration's touchpoint registry (`journey`); the registry in force is checked by
   * `intakeTouchpointProblems`, since the intake alone cannot know it. Intakes written before the
   * registry hold journey-stage words here (`LEGACY_TOUCHPOINT_STAGES`), which read the same way.
   */
  touchpoints: z
    .array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]{0,63}$/, 'A touchpoint id of the registry.'))
    .max(MAX_INTAKE_TOUCHPOINTS),
  /** Touchpoints the registry lacks, in the requester's words: only where the admin allows them. */
  otherTouchpoints: z.array(shortText).max(MAX_OTHER_TOUCHPOINTS),
  customerAction: longText,
  rollbackPlan: longText,
  rollout: z.enum(ROLLOUTS),
  kpis: z.array(z.string().trim().min(1).max(500)).max(20),
  objectives: z.array(objectiveSchema).max(MAX_OBJECTIVES),
  outcome: z.enum(OUTCOMES),
  description: longText,
} as const;

type DetailKey = keyof typeof intakeDetailSchemas;
export type IntakeDetails = { [K in DetailKey]?: z.infer<(typeof intakeDetailSchemas)[K]> };

export const INTAKE_PROBLEM_CODES = [
  'INTAKE.MISSING',
  'INTAKE.INVALID',
  'INTAKE.INVALID_TEXT',
] as const;

/**
 * What made a value invalid, for the UI to say in the viewer's language (`message` stays English, for
 * logs and REST callers): `rule` names the check that failed, `maximum` its limit, `allowed` the
 * values a choice takes.
 */
export type IntakeProblemParams = Readonly<{
  rule?:
    | 'notAnObject'
    | 'notADate'
    | 'tooLong'
    | 'tooMany'
    | 'empty'
    | 'notAnOption'
    // An objective's own checks (objective-validation.ts).
    | 'required'
    | 'notANumber'
    | 'sameAsBaseline'
    | 'beforeLaunch'
    | 'duplicate'
    // The touchpoint registry's checks (journey.ts).
    | 'notInRegistry'
    | 'otherTouchpointsOff';
  maximum?: number;
  allowed?: string;
  /** With `notInRegistry`: the touchpoint id the registry in force does not hold. */
  value?: string;
  /** With `beforeLaunch`: the launch date the measure-by date must not precede. */
  launchDate?: string;
}>;

export interface IntakeFieldProblem {
  field: string;
  code: (typeof INTAKE_PROBLEM_CODES)[number];
  message: string;
  params?: IntakeProblemParams;
}

/**
 * Names that are searched for with JQL (segments) and their siblings hold one line of plain text.
 * A control character (tab, line break, C0/C1, DEL, line and paragraph separators) has no place in
 * a name and once made every search built from one fail, so it is refused on the element itself.
 */
const SINGLE_LINE_LISTS = ['segments', 'channels', 'kpis', 'otherTouchpoints'] as const;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Each element of a single-line list that holds a control character, by its path (`segments[0]`). */
function controlCharacterProblems(key: string, value: unknown): IntakeFieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((element: unknown, index) =>
    typeof element === 'string' && CONTROL_CHARACTER.test(element)
      ? [
          {
            field: `${key}[${String(index)}]`,
            code: 'INTAKE.INVALID_TEXT' as const,
            message:
              'Use one line of plain text: tabs, line breaks and other control characters are not allowed.',
            params: {},
          },
        ]
      : [],
  );
}

/** The failed check of a descriptive field, from Zod's issue, in words the UI can translate. */
function paramsOf(issue: z.core.$ZodIssue): IntakeProblemParams {
  const maximum = 'maximum' in issue ? Number(issue.maximum) : undefined;
  if (issue.code === 'too_big' && maximum !== undefined)
    return { rule: issue.origin === 'array' ? 'tooMany' : 'tooLong', maximum };
  if (issue.code === 'too_small') return { rule: 'empty' };
  if (issue.code === 'invalid_value')
    return { rule: 'notAnOption', allowed: issue.values.map(String).join(', ') };
  return {};
}

/** What the domain reads from the `change-governance.intake` property once it is parsed. */
export interface Intake {
  launchDate?: CalendarDate;
  /** Raw answers by criterion id; checked against the configuration's options by `assess`. */
  answers: ReadonlyMap<string, unknown>;
  emergency?: { justification: string };
  details: IntakeDetails;
  problems: IntakeFieldProblem[];
}

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/**
 * Reads an intake written by anyone (the form, a REST client, an old version of the app).
 * Never throws: every unusable field becomes a problem naming it.
 */
export function parseIntake(raw: unknown): Intake {
  const problems: IntakeFieldProblem[] = [];
  const record = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) {
    problems.push({
      field: 'intake',
      code: 'INTAKE.INVALID',
      message: 'The intake must be a JSON object.',
      params: { rule: 'notAnObject' },
    });
  }

  const rawLaunch = own(record, 'launchDate');
  const launchDate = parseCalendarDate(rawLaunch);
  if (!launchDate) {
    problems.push({
      field: 'launchDate',
      code:
        rawLaunch === undefined || rawLaunch === null || rawLaunch === ''
          ? 'INTAKE.MISSING'
          : 'INTAKE.INVALID',
      message: 'A launch date (YYYY-MM-DD, a real calendar day) is required.',
      params: { rule: 'notADate' },
    });
  }

  const answers = new Map<string, unknown>();
  const rawAnswers = own(record, 'answers');
  if (isRecord(rawAnswers)) {
    for (const key of Object.keys(rawAnswers)) answers.set(key, rawAnswers[key]);
  } else if (rawAnswers !== undefined) {
    problems.push({
      field: 'answers',
      code: 'INTAKE.INVALID',
      message: 'Answers must be an object of criterion → value.',
      params: { rule: 'notAnObject' },
    });
  }

  let emergency: Intake['emergency'];
  const rawEmergency = own(record, 'emergency');
  if (rawEmergency !== undefined && rawEmergency !== null) {
    const justification = isRecord(rawEmergency) ? own(rawEmergency, 'justification') : undefined;
    if (
      typeof justification === 'string' &&
      justification.trim().length > 0 &&
      justification.length <= 5000
    ) {
      emergency = { justification: justification.trim() };
    } else {
      problems.push({
        field: 'emergency.justification',
        code: 'INTAKE.MISSING',
        message: 'An emergency needs a justification (up to 5000 characters).',
        params: { maximum: 5000 },
      });
    }
  }

  const details: IntakeDetails = {};
  for (const key of Object.keys(intakeDetailSchemas) as DetailKey[]) {
    const value = own(record, key);
    if (value === undefined || value === null || key === 'objectives') continue;
    const textProblems = (SINGLE_LINE_LISTS as readonly string[]).includes(key)
      ? controlCharacterProblems(key, value)
      : [];
    if (textProblems.length > 0) {
      problems.push(...textProblems);
      continue;
    }
    const parsed = intakeDetailSchemas[key].safeParse(value);
    if (parsed.success) {
      (details as Record<DetailKey, unknown>)[key] = parsed.data;
    } else {
      const issue = parsed.error.issues[0];
      problems.push({
        field: key,
        code: 'INTAKE.INVALID',
        message: issue?.message ?? 'Invalid value.',
        params: issue ? paramsOf(issue) : {},
      });
    }
  }

  // Objectives are checked field by field (`objectives[1].unit`), their measure-by against the launch.
  const objectives = parseObjectives(own(record, 'objectives'), launchDate);
  problems.push(...objectives.problems);
  if (own(record, 'objectives') !== undefined && objectives.problems.length === 0)
    details.objectives = objectives.objectives;

  return {
    ...(launchDate ? { launchDate } : {}),
    answers,
    ...(emergency ? { emergency } : {}),
    details,
    problems,
  };
}

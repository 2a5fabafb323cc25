// The configuration's problems as codes with parameters, and the schema's findings turned into them.
import type { z } from 'zod';
import type { Problem } from './result';

/**
 * What is wrong, as a stable code the UI words for a change manager in their language, with the
 * parameters the wording needs. The shape codes come first (a value of the wrong kind or out of
 * range, from the schema), then the rules that look at the configuration as a whole.
 */
export type ConfigProblemCode =
  | 'CONFIG.INVALID'
  | 'CONFIG.REQUIRED'
  | 'CONFIG.NOT_A_NUMBER'
  | 'CONFIG.NOT_WHOLE_NUMBER'
  | 'CONFIG.WRONG_TYPE'
  | 'CONFIG.TOO_SMALL'
  | 'CONFIG.TOO_LARGE'
  | 'CONFIG.TOO_LONG'
  | 'CONFIG.TOO_FEW'
  | 'CONFIG.TOO_MANY'
  | 'CONFIG.NOT_ALLOWED'
  | 'CONFIG.UNKNOWN_FIELD'
  | 'CONFIG.LOWEST_TIER_THRESHOLD'
  | 'CONFIG.TIER_ROLES_MISSING'
  | 'CONFIG.DUPLICATE_ID'
  | 'CONFIG.WEIGHT_NOT_POSITIVE'
  | 'CONFIG.THRESHOLDS_NOT_DESCENDING'
  | 'CONFIG.TIER_LEAD_TIME_MISSING'
  | 'CONFIG.OFFSET_OUT_OF_RANGE'
  | 'CONFIG.UNKNOWN_ROLE'
  | 'CONFIG.UNKNOWN_TIER'
  | 'CONFIG.UNKNOWN_CRITERION'
  | 'CONFIG.ANSWER_OUT_OF_OPTIONS'
  | 'CONFIG.TIER_PLAN_MISSING'
  | 'CONFIG.NOT_A_DATE'
  | 'CONFIG.FREEZE_END_BEFORE_START'
  | 'CONFIG.FREEZE_TOO_LONG'
  | 'CONFIG.FREEZE_OVERLAP'
  | 'CONFIG.JOURNEY_STAGE_EMPTY'
  | 'CONFIG.JOURNEY_STEP_EMPTY'
  | 'CONFIG.TOUCHPOINT_IN_USE';

export type ProblemParams = Readonly<Record<string, string | number>>;

/** `message` stays for logs and API callers; people read the code worded by the UI. */
export interface ConfigProblem extends Problem<ConfigProblemCode> {
  path: string;
  params: ProblemParams;
}

export const problem = (
  code: ConfigProblemCode,
  path: string,
  message: string,
  params: ProblemParams = {},
): ConfigProblem => ({ code, path, message, params });

/** Comms steps further than two years from launch are almost certainly typos. */

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, part) =>
      typeof part === 'number'
        ? `${acc}[${String(part)}]`
        : acc
          ? `${acc}.${String(part)}`
          : String(part),
    '',
  );

const inputAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    input,
  );

/** The schema's findings as codes: what kind of value the field wants, or the bound it crossed. */
export function shapeProblem(issue: z.core.$ZodIssue, input: unknown): ConfigProblem {
  const path = formatPath(issue.path);
  const say = (code: ConfigProblemCode, params: ProblemParams = {}) =>
    problem(code, path, issue.message, params);
  switch (issue.code) {
    case 'invalid_type': {
      const value = inputAt(input, issue.path);
      if (value === undefined || value === null) return say('CONFIG.REQUIRED');
      if (issue.expected === 'int') return say('CONFIG.NOT_WHOLE_NUMBER');
      if (issue.expected === 'number') return say('CONFIG.NOT_A_NUMBER');
      return say('CONFIG.WRONG_TYPE', { expected: issue.expected });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return say(min <= 1 ? 'CONFIG.REQUIRED' : 'CONFIG.TOO_LONG');
      if (issue.origin === 'array') return say('CONFIG.TOO_FEW', { min });
      return say('CONFIG.TOO_SMALL', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return say('CONFIG.TOO_LONG', { max });
      if (issue.origin === 'array') return say('CONFIG.TOO_MANY', { max });
      return say('CONFIG.TOO_LARGE', { max });
    }
    case 'invalid_value':
      return say('CONFIG.NOT_ALLOWED', { allowed: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return say('CONFIG.UNKNOWN_FIELD', { fields: issue.keys.join(', ') });
    default:
      return say('CONFIG.INVALID');
  }
}

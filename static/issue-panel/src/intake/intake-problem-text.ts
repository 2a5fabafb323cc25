// The backend's intake problems (`INTAKE.*`, with the field they are on and what failed) in the viewer's
// language: the English `message` is for logs and REST callers, the form says it from the code.
import type { Problem } from '../../../../src/contract/ui-kit';
import type { Translate } from '../../../shared/i18n';

/** The sentence of each intake code when nothing more specific is known about the field. */
export const INTAKE_CODE_KEYS = {
  'INTAKE.MISSING': 'ui.panel.validation.intake.MISSING',
  'INTAKE.INVALID': 'ui.panel.validation.intake.INVALID',
  'INTAKE.INVALID_TEXT': 'ui.panel.validation.intake.INVALID_TEXT',
} as const;

/** The sentence of each failed check the backend names in `params.rule`. */
export const INTAKE_RULE_KEYS = {
  notAnObject: 'ui.panel.validation.intake.notAnObject',
  notADate: 'ui.panel.validation.intake.notADate',
  tooLong: 'ui.panel.validation.intake.tooLong',
  tooMany: 'ui.panel.validation.intake.tooMany',
  empty: 'ui.panel.validation.intake.empty',
  notAnOption: 'ui.panel.validation.intake.notAnOption',
  // An objective's own checks.
  required: 'ui.objectives.validation.required',
  notANumber: 'ui.objectives.validation.notANumber',
  sameAsBaseline: 'ui.objectives.validation.sameAsBaseline',
  beforeLaunch: 'ui.objectives.validation.beforeLaunch',
  duplicate: 'ui.objectives.validation.duplicate',
  notInRegistry: 'ui.journey.validation.notInRegistry',
  otherTouchpointsOff: 'ui.journey.validation.otherTouchpointsOff',
} as const;

export type IntakeProblem = Problem & { params?: Readonly<Record<string, string | number>> };

const isCode = (code: string): code is keyof typeof INTAKE_CODE_KEYS =>
  Object.hasOwn(INTAKE_CODE_KEYS, code);
const isRule = (rule: unknown): rule is keyof typeof INTAKE_RULE_KEYS =>
  typeof rule === 'string' && Object.hasOwn(INTAKE_RULE_KEYS, rule);

/**
 * The problem in the viewer's words. A missing value says what the field wants (the same sentences as the
 * browser's own checks); an invalid one says which check failed when the backend named it, and a choice
 * outside its options says so. A code the UI does not know keeps the backend's message.
 */
export function intakeProblemText(problem: IntakeProblem, t: Translate): string {
  if (!isCode(problem.code)) return problem.message;
  const path = problem.path ?? '';
  const params = problem.params ?? {};
  if (problem.code === 'INTAKE.MISSING') {
    if (path === 'launchDate') return t('ui.panel.validation.launchDate');
    if (path.startsWith('answers.')) return t('ui.panel.validation.answer');
    if (path.startsWith('emergency')) return t('ui.panel.validation.justification');
  }
  if (problem.code === 'INTAKE.INVALID') {
    if (isRule(params.rule)) return t(INTAKE_RULE_KEYS[params.rule], params);
    // Assessing checks an answer against its question's options without naming the rule.
    if (path.startsWith('answers.')) return t(INTAKE_RULE_KEYS.notAnOption);
    if (path === 'launchDate') return t(INTAKE_RULE_KEYS.notADate);
  }
  return t(INTAKE_CODE_KEYS[problem.code], params);
}

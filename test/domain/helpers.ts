import { Temporal } from 'temporal-polyfill';
import { DEFAULT_CONFIG, parseIntake, type GovernanceConfig, type Intake } from '../../src/domain';

export const CRITERIA = [
  'reach',
  'customerAction',
  'financial',
  'visibility',
  'supportLoad',
  'reversibility',
  'regulatory',
  'history',
] as const;
export type Answers = Partial<Record<(typeof CRITERIA)[number], number>>;

export const zeroAnswers = (): Record<(typeof CRITERIA)[number], number> =>
  Object.fromEntries(CRITERIA.map((id) => [id, 0])) as Record<(typeof CRITERIA)[number], number>;

export const date = (text: string) => Temporal.PlainDate.from(text);

export function intakeOf(
  answers: Answers,
  launchDate = '2027-12-01',
  extra: Record<string, unknown> = {},
): Intake {
  return parseIntake({ launchDate, answers: { ...zeroAnswers(), ...answers }, ...extra });
}

export const config = (): GovernanceConfig => structuredClone(DEFAULT_CONFIG);
export const context = (submittedOn = '2026-11-23') => ({
  submittedOn: date(submittedOn),
  similarPast: [],
});

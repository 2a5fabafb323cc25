import { compareDates, formatDate, type CalendarDate } from './calendar';
import { withFreezeWindows, type AssessmentFreeze } from './change-calendar/lead-time-freeze';
import { calendarRulesOf } from './change-calendar/warnings';
import type { GovernanceConfig, Tier } from './config-schema';
import type { Intake, IntakeFieldProblem } from './intake';
import { intakeTouchpointProblems, journeyOf } from './journey';
import { leadTimeFor, planOfTier, type LeadTime } from './lead-time';
import type { LocalizedText } from './localized';
import {
  applyEscalations,
  criterionPoints,
  tierForScore,
  weightedScore,
  type AppliedEscalation,
  type CriterionPoints,
} from './scoring';
import { suggestedHistoryAnswer, type SimilarChange } from './similar-changes';

export * from './lead-time';

/** The intake field an emergency's justification is reported on. */
export const EMERGENCY_JUSTIFICATION_FIELD = 'emergency.justification';

interface AssessmentBase {
  configVersion: number;
  submittedOn: string;
}

export interface NeedsInput extends AssessmentBase {
  status: 'needs-input';
  /** Each unanswered or invalid field, e.g. `answers.history`, `launchDate`. */
  missing: string[];
  problems: IntakeFieldProblem[];
}

export interface Assessed extends AssessmentBase {
  status: 'assessed';
  missing: [];
  tier: number;
  tierName: LocalizedText;
  score: number;
  /** The tier the score alone reaches, before escalation rules. */
  scoreTier: number;
  points: CriterionPoints[];
  escalations: AppliedEscalation[];
  effects: Tier['effects'];
  leadTime: LeadTime;
  launchDate: string;
  /** A justified emergency; a flagged one without a usable justification is `null` here. */
  emergency: { justification: string } | null;
  /**
   * Flagged as an emergency without a usable justification: the change is still tiered, but the
   * Schedule gate refuses a launch inside the lead time until the justification is given.
   */
  emergencyJustificationMissing: boolean;
  similarChanges: SimilarChange[];
  suggestedHistoryAnswer: number | null;
  /**
   * Only where a freeze window holds for the change and its launch or its first compliant day falls
   * in one (an extension of the design contract's assessment; absent with the shipped configuration).
   */
  freeze?: AssessmentFreeze;
}

/** What `change-governance.assessment` holds: JSON-ready, dates as `YYYY-MM-DD`. */
export type Assessment = NeedsInput | Assessed;

export interface AssessmentContext {
  /** The change request's creation day in UTC. */
  submittedOn: CalendarDate;
  similarPast: readonly SimilarChange[];
}

export function tierOf(config: GovernanceConfig, tierNumber: number): Tier {
  const tier = config.tiers.find((t) => t.tier === tierNumber);
  if (!tier)
    throw new Error(
      `Configuration version ${String(config.version)} has no tier ${String(tierNumber)}.`,
    );
  return tier;
}

/** Validated answers by criterion, plus the fields that stop the request being tiered. */
export function readAnswers(
  intake: Intake,
  config: GovernanceConfig,
): { answers: Map<string, number>; problems: IntakeFieldProblem[] } {
  const answers = new Map<string, number>();
  const problems: IntakeFieldProblem[] = [];
  for (const criterion of config.criteria) {
    const field = `answers.${criterion.id}`;
    const raw = intake.answers.get(criterion.id);
    if (raw === undefined || raw === null) {
      problems.push({
        field,
        code: 'INTAKE.MISSING',
        message: `Answer "${criterion.question['en-US']}"`,
      });
    } else if (
      typeof raw !== 'number' ||
      !criterion.options.some((option) => option.value === raw)
    ) {
      const allowed = criterion.options.map((option) => option.value).join(', ');
      problems.push({
        field,
        code: 'INTAKE.INVALID',
        message: `The answer must be one of ${allowed}.`,
      });
    } else {
      answers.set(criterion.id, raw);
    }
  }
  return { answers, problems };
}

/** A launch before the request exists cannot be governed: every comms step would be born overdue. */
function launchBeforeSubmission(
  launchDate: CalendarDate | undefined,
  submittedOn: CalendarDate,
): IntakeFieldProblem[] {
  if (!launchDate || compareDates(launchDate, submittedOn) >= 0) return [];
  return [
    {
      field: 'launchDate',
      code: 'INTAKE.INVALID',
      message: `The launch date ${formatDate(launchDate)} is before the submission date ${formatDate(submittedOn)}: launch on or after it.`,
    },
  ];
}

/** The customer impact of one change request under one configuration version. */
export function assess(
  intake: Intake,
  config: GovernanceConfig,
  context: AssessmentContext,
): Assessment {
  const base = { configVersion: config.version, submittedOn: formatDate(context.submittedOn) };
  const { answers, problems: answerProblems } = readAnswers(intake, config);
  const problems = [
    ...answerProblems,
    ...intake.problems,
    ...launchBeforeSubmission(intake.launchDate, context.submittedOn),
    // A touchpoint the registry in force lacks is a value the intake cannot hold, like an answer
    // outside its options; the stage words of intakes older than the registry still read.
    ...intakeTouchpointProblems(intake.details, journeyOf(config), 'assess'),
  ];
  // A missing emergency justification only matters for a launch inside the lead time, which the
  // Schedule gate decides: it never withholds the tier.
  const emergencyJustificationMissing = problems.some(
    (p) => p.field === EMERGENCY_JUSTIFICATION_FIELD,
  );
  const blocking = problems.filter((p) => p.field !== EMERGENCY_JUSTIFICATION_FIELD);
  if (blocking.length > 0 || !intake.launchDate) {
    return {
      ...base,
      status: 'needs-input',
      missing: [...new Set(problems.map((p) => p.field))],
      problems,
    };
  }

  const points = config.criteria.map((criterion) =>
    criterionPoints(criterion, answers.get(criterion.id) ?? 0),
  );
  const score = weightedScore(points);
  const scoreTier = tierForScore(score, config);
  const { tier: tierNumber, escalations } = applyEscalations(
    scoreTier,
    answers,
    config.escalations,
  );
  const tier = tierOf(config, tierNumber);
  const { leadTime, freeze } = withFreezeWindows(
    leadTimeFor(tier, planOfTier(config, tierNumber), context.submittedOn, intake.launchDate),
    calendarRulesOf(config),
    { segments: intake.details.segments ?? [], channels: intake.details.channels ?? [] },
    { submittedOn: context.submittedOn, launchDate: intake.launchDate },
  );
  return {
    ...base,
    status: 'assessed',
    missing: [],
    tier: tierNumber,
    tierName: tier.name,
    score,
    scoreTier,
    points,
    escalations,
    effects: tier.effects,
    leadTime,
    launchDate: formatDate(intake.launchDate),
    emergency: intake.emergency ?? null,
    emergencyJustificationMissing,
    similarChanges: [...context.similarPast],
    suggestedHistoryAnswer: suggestedHistoryAnswer(context.similarPast) ?? null,
    ...(freeze ? { freeze } : {}),
  };
}

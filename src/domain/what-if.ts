import { assess, type AssessmentContext, type LeadTime } from './assess';
import { formatDate, type CalendarDate } from './calendar';
import type { GovernanceConfig } from './config-schema';
import type { Intake } from './intake';
import { planComms, type DesiredComms } from './plan';

export type WhatIfOutcome =
  | { status: 'needs-input'; missing: string[] }
  | {
      status: 'assessed';
      tier: number;
      scenarios: Array<{ launchDate: string; leadTime: LeadTime; timeline: DesiredComms[] }>;
    };

/** The same change at other launch dates: whether each complies and the comms timeline it would produce. */
export function whatIf(
  intake: Intake,
  config: GovernanceConfig,
  context: AssessmentContext & { today: CalendarDate },
  candidates: readonly CalendarDate[],
): WhatIfOutcome {
  const scenarios: Array<{ launchDate: string; leadTime: LeadTime; timeline: DesiredComms[] }> = [];
  let tier = 0;
  for (const launchDate of candidates) {
    const withDate = {
      ...intake,
      launchDate,
      problems: intake.problems.filter((p) => p.field !== 'launchDate'),
    };
    const assessment = assess(withDate, config, context);
    if (assessment.status === 'needs-input')
      return { status: 'needs-input', missing: assessment.missing };
    tier = assessment.tier;
    scenarios.push({
      launchDate: formatDate(launchDate),
      leadTime: assessment.leadTime,
      timeline: planComms(assessment, config, context.today),
    });
  }
  if (scenarios.length === 0) {
    const assessment = assess({ ...intake }, config, context);
    if (assessment.status === 'needs-input')
      return { status: 'needs-input', missing: assessment.missing };
    tier = assessment.tier;
  }
  return { status: 'assessed', tier, scenarios };
}

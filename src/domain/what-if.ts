import { assess, planOfTier, type AssessmentContext, type LeadTime } from './assess';
import { formatDate, type CalendarDate } from './calendar';
import type { CalendarChange } from './change-calendar/fatigue';
import {
  calendarRulesOf,
  calendarWarnings,
  type CalendarWarnings,
} from './change-calendar/warnings';
import type { GovernanceConfig } from './config-schema';
import type { Intake } from './intake';
import { planComms, type DesiredComms } from './plan';

export interface WhatIfScenario {
  launchDate: string;
  leadTime: LeadTime;
  timeline: DesiredComms[];
  /** The freeze window the date falls in and the fatigue a launch that day would add. */
  calendar: CalendarWarnings;
}

export type WhatIfOutcome =
  | { status: 'needs-input'; missing: string[] }
  | {
      status: 'assessed';
      tier: number;
      scenarios: WhatIfScenario[];
      /** More neighbouring changes than were read: fatigue counts are at least those shown. */
      calendarPartial?: boolean;
    };

/** The other governed changes near the candidate dates, for the fatigue check. */
export interface WhatIfNeighbours {
  /** The change itself, left out of its neighbours. */
  key: string | null;
  changes: readonly CalendarChange[];
  partial: boolean;
}

/** The same change at other launch dates: whether each complies and the comms timeline it would produce. */
export function whatIf(
  intake: Intake,
  config: GovernanceConfig,
  context: AssessmentContext & { today: CalendarDate; neighbours?: WhatIfNeighbours },
  candidates: readonly CalendarDate[],
): WhatIfOutcome {
  const scenarios: WhatIfScenario[] = [];
  const rules = calendarRulesOf(config);
  const { neighbours } = context;
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
    const timeline = planComms(assessment, config, context.today);
    const subject = {
      key: neighbours?.key ?? null,
      launchDate,
      segments: intake.details.segments ?? [],
      channels: intake.details.channels ?? [],
      touchpoints: intake.details.touchpoints ?? [],
      customerFacing: (planOfTier(config, tier)?.steps ?? []).some((s) => s.customerFacing),
    };
    scenarios.push({
      launchDate: formatDate(launchDate),
      leadTime: assessment.leadTime,
      timeline,
      calendar: calendarWarnings(subject, neighbours?.changes ?? [], rules),
    });
  }
  if (scenarios.length === 0) {
    const assessment = assess({ ...intake }, config, context);
    if (assessment.status === 'needs-input')
      return { status: 'needs-input', missing: assessment.missing };
    tier = assessment.tier;
  }
  return {
    status: 'assessed',
    tier,
    scenarios,
    ...(neighbours?.partial ? { calendarPartial: true } : {}),
  };
}

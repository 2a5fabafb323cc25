// Which comms step is the post-launch review, and when a change's objectives can be measured.
import { compareDates, formatDate, type CalendarDate } from './calendar';

/**
 * Whether a comms step is the post-launch review its objectives are judged in. The configuration
 * gives steps no kind, so the step's id decides: ids are stable across versions and edits (titles
 * are translated and rewritten by admins), the shipped plans name their reviews `post-launch-review`
 * (tiers 1–2) and `review` (tier 3), and the emergency review has its own configured id
 * (`emergency-review`). An admin-added step follows the same naming (`…-review`). Only a step on or
 * after launch counts: a review before it (say `legal-review` at −30 days) has nothing to measure.
 */
export function isPostLaunchReviewStep(
  step: { stepId: string; offsetDays: number },
  emergencyReviewId: string,
): boolean {
  if (step.stepId === emergencyReviewId) return true;
  return /(^|-)review$/.test(step.stepId) && step.offsetDays >= 0;
}

export type ResultsWindow =
  { state: 'open' } | { state: 'before-launch'; opensOn: string } | { state: 'no-launch-date' };

/**
 * Whether measured values and an outcome can be recorded: from the launch day on. The review
 * ticket needs no separate rule: a review step is on or after launch (`isPostLaunchReviewStep`), so
 * by the day it is due the window is open already; before launch there is nothing to measure.
 */
export function objectiveResultsWindow(
  launch: CalendarDate | undefined,
  today: CalendarDate,
): ResultsWindow {
  if (!launch) return { state: 'no-launch-date' };
  return compareDates(today, launch) >= 0
    ? { state: 'open' }
    : { state: 'before-launch', opensOn: formatDate(launch) };
}

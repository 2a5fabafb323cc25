import type { Outcome } from './intake';
import { historyAnswerOf, type ObjectiveTally } from './objective-results';

/** A change made before that shares segments or touchpoints with this one. */
export interface SimilarChange {
  key: string;
  summary: string;
  tier: number | null;
  outcome: Outcome | 'unknown';
  /**
   * Where `outcome` comes from: `recorded` after launch in the panel and kept in the app's storage,
   * or `reported` in the intake's free `outcome` field (changes from before outcomes were recorded).
   * Absent when unknown.
   */
  outcomeSource?: 'recorded' | 'reported';
  /** With a recorded outcome: how many of its objectives were met, missed, and how many it had. */
  objectives?: ObjectiveTally | null;
  sharedSegments: string[];
  sharedTouchpoints: string[];
}

/** What one past change teaches: its outcome on the `history` scale, a missed objective counting as at least 1. */
const historyOf = (c: SimilarChange): number | undefined =>
  c.outcome === 'unknown' ? undefined : historyAnswerOf(c.outcome, c.objectives?.missed ?? 0);

/** Most relevant first: more shared ground, then the worse outcome (it teaches more). */
export function rankSimilarChanges(
  candidates: readonly SimilarChange[],
  limit = 5,
): SimilarChange[] {
  const overlap = (c: SimilarChange) => c.sharedSegments.length + c.sharedTouchpoints.length;
  const severity = (c: SimilarChange) => historyOf(c) ?? -1;
  return [...candidates]
    .filter((c) => overlap(c) > 0)
    .sort(
      (a, b) => overlap(b) - overlap(a) || severity(b) - severity(a) || a.key.localeCompare(b.key),
    )
    .slice(0, limit);
}

/**
 * The `history` answer the past suggests: the worst that any similar change teaches (`historyAnswerOf`:
 * escalations 3, complaints 2, minor issues or a missed objective 1, smooth with none missed 0).
 * None known: no suggestion. It is a suggestion the requester can override, never an answer.
 */
export function suggestedHistoryAnswer(similar: readonly SimilarChange[]): number | undefined {
  const known = similar.flatMap((c) => {
    const answer = historyOf(c);
    return answer === undefined ? [] : [answer];
  });
  return known.length > 0 ? Math.max(...known) : undefined;
}

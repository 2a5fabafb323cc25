import type { Outcome } from './intake';

/** A change made before that shares segments or touchpoints with this one. */
export interface SimilarChange {
  key: string;
  summary: string;
  tier: number | null;
  outcome: Outcome | 'unknown';
  sharedSegments: string[];
  sharedTouchpoints: string[];
}

const OUTCOME_TO_HISTORY: Record<Outcome, number> = {
  smooth: 0,
  'minor-issues': 1,
  complaints: 2,
  escalations: 3,
};

/** Most relevant first: more shared ground, then the worse outcome (it teaches more). */
export function rankSimilarChanges(
  candidates: readonly SimilarChange[],
  limit = 5,
): SimilarChange[] {
  const overlap = (c: SimilarChange) => c.sharedSegments.length + c.sharedTouchpoints.length;
  const severity = (c: SimilarChange) =>
    c.outcome === 'unknown' ? -1 : OUTCOME_TO_HISTORY[c.outcome];
  return [...candidates]
    .filter((c) => overlap(c) > 0)
    .sort(
      (a, b) => overlap(b) - overlap(a) || severity(b) - severity(a) || a.key.localeCompare(b.key),
    )
    .slice(0, limit);
}

/** The `history` answer the past suggests: the worst known outcome among similar changes. */
export function suggestedHistoryAnswer(similar: readonly SimilarChange[]): number | undefined {
  const known = similar.flatMap((c) =>
    c.outcome === 'unknown' ? [] : [OUTCOME_TO_HISTORY[c.outcome]],
  );
  return known.length > 0 ? Math.max(...known) : undefined;
}

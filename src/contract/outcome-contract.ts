// The outcome part of the one UI↔backend contract (resolver-contract.ts merges it): payload schemas
// of its resolvers and what each answers. Free of platform imports, so the browser bundles can use it;
// it imports nothing that pulls the calendar library into every bundle (only types and the verdict).
import { z } from 'zod';
import type { Outcome } from '../domain/intake';
import type { Objective } from '../domain/objectives';
import type { ObjectiveTally, ObjectiveVerdict } from '../domain/objective-results';
import type { ResultsWindow } from '../domain/post-launch-review';

export { objectiveVerdict, tallyVerdicts } from '../domain/objective-results';
export { MAX_OBJECTIVES, OBJECTIVE_LIMITS } from '../domain/objectives';
export type { Objective, ObjectiveTally, ObjectiveVerdict, ResultsWindow };

/** The intake's outcomes (`OUTCOMES`), named here so this module stays light; the check below keeps them equal. */
export const OUTCOME_CHOICES = ['smooth', 'minor-issues', 'complaints', 'escalations'] as const;
type SameAs<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when the two lists drift apart. */
export const OUTCOME_CHOICES_MATCH: SameAs<(typeof OUTCOME_CHOICES)[number], Outcome> = true;

/** What the person recording may write: a note for the review, not an essay. */
export const OUTCOME_LIMITS = { noteChars: 2000 } as const;

/**
 * The issue property the app writes on a change request when its outcome is recorded: a display
 * copy and the JQL index (`changeOutcome`, `changeObjectivesMet`, `changeObjectivesMissed`,
 * `changeObjectivesTotal`, `changeOutcomeRecordedAt`, manifest `change-outcome-index`). The truth is
 * the app's own record in storage; anyone with Edit Issues can rewrite this property, so it serves
 * reports and searches, never a decision. `met + missed ≤ total`: objectives without a measured value
 * count in neither. `recordedAt` is an ISO-8601 instant (UTC).
 */
export const OUTCOME_PROPERTY = 'change-governance.outcome';
export const outcomePropertySchema = z.object({
  outcome: z.enum(OUTCOME_CHOICES),
  met: z.number().int().min(0),
  missed: z.number().int().min(0),
  total: z.number().int().min(0),
  recordedAt: z.string(),
});
export type OutcomeProperty = z.infer<typeof outcomePropertySchema>;

/** One measured value: `null` when the KPI could not be measured (yet); it then counts neither way. */
const measuredResult = z
  .object({ objectiveId: z.string().min(1).max(40), measured: z.number().nullable() })
  .strict();

/** Payload schemas, one per resolver key of this part. */
export const outcomePayloadSchemas = {
  recordObjectiveResults: z
    .object({
      outcome: z.enum(OUTCOME_CHOICES),
      note: z.string().max(OUTCOME_LIMITS.noteChars),
      results: z.array(measuredResult).max(10),
    })
    .strict(),
} as const;

/** One objective as it was when its value was recorded, with the value and the verdict. */
export interface ObjectiveResult {
  objective: Objective;
  measured: number | null;
  verdict: ObjectiveVerdict;
}

/** The outcome recorded for a launched change, as the panel shows it. */
export interface RecordedOutcome {
  outcome: Outcome;
  note: string;
  results: ObjectiveResult[];
  tally: ObjectiveTally;
  recordedBy: { accountId: string; displayName: string | null };
  recordedAt: string;
  /** How many earlier versions the record keeps (each edit is kept). */
  earlierVersions: number;
}

/** The panel's post-launch part: the objectives to measure, whether it is time, and what was recorded. */
export interface ObjectiveResultsView {
  /** The intake's objectives as checked; empty when it has none or they need fixing. */
  objectives: Objective[];
  window: ResultsWindow;
  recorded: RecordedOutcome | null;
}

/** What each resolver of this part answers when it succeeds. */
export interface OutcomeResponses {
  recordObjectiveResults: ObjectiveResultsView;
}

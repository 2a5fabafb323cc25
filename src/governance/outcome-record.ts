// The app's own record of how a launched change went: measured values, verdicts, outcome, who and
// when, with every earlier version kept. It lives in app storage keyed by the change request's id, so
// nobody with Edit Issues can rewrite it; the issue property `change-governance.outcome` is only its
// display copy and JQL index.
import { z } from 'zod';
import {
  OUTCOMES,
  objectiveSchema,
  objectiveVerdict,
  tallyVerdicts,
  type Objective,
  type Outcome,
} from '../domain';
import type {
  ObjectiveResult,
  OutcomeProperty,
  RecordedOutcome,
} from '../contract/outcome-contract';
import { jsonBytes } from '../contract/resolver-payloads';
import { storageKey, type KeyValueStore } from '../storage/key-value-store';

/** Earlier versions kept per change: enough for an audit of a review. */
export const OUTCOME_HISTORY_LIMIT = 20;
/**
 * What one record may take in storage: Forge's Key-Value Store holds up to 240 KiB per value. Twenty
 * earlier versions of ten objectives with long texts can exceed it, so the oldest go first.
 */
export const OUTCOME_RECORD_BYTES = 200 * 1024;

const entrySchema = z.object({
  outcome: z.enum(OUTCOMES),
  note: z.string(),
  /** The objective as it stood when measured: a later edit of the intake does not rewrite the past. */
  results: z.array(z.object({ objective: objectiveSchema, measured: z.number().nullable() })),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type OutcomeEntry = z.infer<typeof entrySchema>;

const recordSchema = z.object({
  changeRequest: z.object({ id: z.string(), key: z.string() }),
  current: entrySchema,
  /** Earlier versions, newest first. */
  history: z.array(entrySchema),
});
export type OutcomeRecord = z.infer<typeof recordSchema>;

export const outcomeKey = (changeRequestId: string) => storageKey('outcome', changeRequestId);

/** The record of a change request, or null when none was made (or storage holds something unreadable). */
export async function loadOutcome(
  store: KeyValueStore,
  changeRequestId: string,
): Promise<OutcomeRecord | null> {
  const parsed = recordSchema.safeParse(await store.get(outcomeKey(changeRequestId)));
  return parsed.success ? parsed.data : null;
}

/** A new version on top of the record: the one it replaces goes to the history, the oldest drop off. */
export function withEntry(
  previous: OutcomeRecord | null,
  changeRequest: { id: string; key: string },
  entry: OutcomeEntry,
): OutcomeRecord {
  const history = (previous ? [previous.current, ...previous.history] : []).slice(
    0,
    OUTCOME_HISTORY_LIMIT,
  );
  const record = { changeRequest, current: entry, history };
  while (record.history.length > 0 && jsonBytes(record) > OUTCOME_RECORD_BYTES)
    record.history = record.history.slice(0, -1);
  return record;
}

export async function saveOutcome(store: KeyValueStore, record: OutcomeRecord): Promise<void> {
  await store.set(outcomeKey(record.changeRequest.id), record);
}

/** The entry for measured values against the objectives as they stand now. */
export function outcomeEntry(input: {
  outcome: Outcome;
  note: string;
  objectives: readonly Objective[];
  measured: ReadonlyMap<string, number | null>;
  recordedBy: string;
  recordedAt: string;
}): OutcomeEntry {
  return {
    outcome: input.outcome,
    note: input.note,
    results: input.objectives.map((objective) => ({
      objective,
      measured: input.measured.get(objective.id) ?? null,
    })),
    recordedBy: input.recordedBy,
    recordedAt: input.recordedAt,
  };
}

export function resultsOf(entry: OutcomeEntry): ObjectiveResult[] {
  return entry.results.map(({ objective, measured }) => ({
    objective,
    measured,
    verdict: objectiveVerdict(objective, measured),
  }));
}

/** The display copy and JQL index of an entry (`outcomePropertySchema`). */
export function outcomeProperty(entry: OutcomeEntry): OutcomeProperty {
  const tally = tallyVerdicts(resultsOf(entry).map((r) => r.verdict));
  return { outcome: entry.outcome, ...tally, recordedAt: entry.recordedAt };
}

export function recordedOutcomeView(
  record: OutcomeRecord,
  displayName: string | null,
): RecordedOutcome {
  const results = resultsOf(record.current);
  return {
    outcome: record.current.outcome,
    note: record.current.note,
    results,
    tally: tallyVerdicts(results.map((r) => r.verdict)),
    recordedBy: { accountId: record.current.recordedBy, displayName },
    recordedAt: record.current.recordedAt,
    earlierVersions: record.history.length,
  };
}

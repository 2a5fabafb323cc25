// Which open change requests the hourly sweep reads: only those that can be stale, selected by JQL over the
// indexed assessment and `updated`, so a site where nothing happened costs one search that finds nothing.
import { z } from 'zod';
import { storageKey, type KeyValueStore } from '../storage/key-value-store';
import { jqlString } from './jql';
import { ASSESSMENT_PROPERTY, CHANGE_REQUEST_TYPE } from './properties';

/**
 * Added to the time since the last complete sweep began: covers Jira's search index trailing its writes, the
 * app's and Jira's clocks disagreeing, and an event still being retried when that sweep searched.
 */
export const SWEEP_OVERLAP_MINUTES = 15;

const WATERMARK = storageKey('sweep', 'watermark');
const watermarkSchema = z.object({ startedAt: z.number() });

/** When the last sweep that looked at everything it selected began (epoch ms, the app's clock). */
export async function lastCompleteSweep(store: KeyValueStore): Promise<number | null> {
  const parsed = watermarkSchema.safeParse(await store.get(WATERMARK));
  return parsed.success ? parsed.data.startedAt : null;
}

export async function recordCompleteSweep(store: KeyValueStore, startedAt: number): Promise<void> {
  await store.set(WATERMARK, { startedAt });
}

export interface Selection {
  /** The configuration in force. */
  configVersion: number;
  /**
   * A re-assessment for this configuration is under way: it re-assesses the older ones itself, so the sweep
   * does not select them all at once behind its back.
   */
  reassessmentRunning: boolean;
  /** When the last complete sweep began, or null when none has (the first sweep reads every open request). */
  since: number | null;
  now: number;
}

const property = (path: string) => `issue.property[${ASSESSMENT_PROPERTY}].${path}`;

/**
 * What can be stale: no assessment a finished run wrote (no record, or one without the intake's digest: a
 * run that failed or was interrupted), an assessment of an older configuration, or anything updated since
 * the last complete sweep began (an edit whose event was lost). Interrupted provisionings are also found by
 * the app's own in-flight markers, which cost no Jira call.
 */
export function staleSelectionJql(selection: Selection): string {
  const type = `issuetype = ${jqlString(CHANGE_REQUEST_TYPE)}`;
  const open = `${type} AND statusCategory != Done`;
  // A closed request (declined, done) is governed by its events too: its redesign tasks close when it is declined.
  // One whose event was lost is found while it is recent: since the last complete sweep, or a week on the first.
  const recentlyClosed = (window: string) =>
    `(${type} AND statusCategory = Done AND updated >= -${window})`;
  if (selection.since === null) return `(${open}) OR ${recentlyClosed('7d')} ORDER BY key ASC`;
  const minutes =
    Math.max(0, Math.ceil((selection.now - selection.since) / 60_000)) + SWEEP_OVERLAP_MINUTES;
  const clauses = [
    `${property('intakeDigest')} is EMPTY`,
    ...(selection.reassessmentRunning
      ? []
      : [`${property('configVersion')} != ${String(selection.configVersion)}`]),
    `updated >= -${String(minutes)}m`,
  ];
  return `(${open} AND (${clauses.join(' OR ')})) OR ${recentlyClosed(`${String(minutes)}m`)} ORDER BY key ASC`;
}

import { z } from 'zod';
import {
  OUTCOMES,
  rankSimilarChanges,
  tallyVerdicts,
  type IntakeDetails,
  type SimilarChange,
} from '../domain';
import type { JiraHttp } from '../jira/http';
import { searchAll } from '../jira/issues';
import type { KeyValueStore } from '../storage/key-value-store';
import { jqlList, jqlString } from './jql';
import { loadOutcome, resultsOf } from './outcome-record';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY } from './properties';

const pastIntake = z.object({
  segments: z.array(z.string()).optional().catch(undefined),
  touchpoints: z.array(z.string()).optional().catch(undefined),
  outcome: z.enum(OUTCOMES).optional().catch(undefined),
});
const pastAssessment = z.object({ tier: z.number().int().optional() });

/**
 * How a past change went, from the app's own record in storage: the outcome recorded after launch
 * and its objectives met. Not the `change-governance.outcome` property, which anyone with Edit Issues
 * can rewrite: the suggestion for a new request's `history` answer must not be steerable by editing
 * an old change. Without a record, the intake's own `outcome` answer (how changes reported it before
 * outcomes were recorded) is shown as reported.
 */
async function pastOutcome(
  store: KeyValueStore,
  issueId: string,
  reported: SimilarChange['outcome'] | undefined,
): Promise<Pick<SimilarChange, 'outcome' | 'outcomeSource' | 'objectives'>> {
  const record = await loadOutcome(store, issueId);
  if (record)
    return {
      outcome: record.current.outcome,
      outcomeSource: 'recorded',
      objectives: tallyVerdicts(resultsOf(record.current).map((r) => r.verdict)),
    };
  return reported === undefined
    ? { outcome: 'unknown', objectives: null }
    : { outcome: reported, outcomeSource: 'reported', objectives: null };
}

/**
 * Assessed requests that touched the same segments or journey stages, most relevant first. Found
 * with JQL (as the caller); their outcomes read from app storage, one read per candidate sharing
 * ground with this change (at most 50, in parallel, no Jira call).
 */
export async function findSimilarChanges(
  jira: JiraHttp,
  store: KeyValueStore,
  changeRequest: { key: string; projectKey: string },
  details: IntakeDetails,
): Promise<SimilarChange[]> {
  const segments = details.segments ?? [];
  const touchpoints = details.touchpoints ?? [];
  if (segments.length === 0 && touchpoints.length === 0) return [];
  const overlap = [
    ...(segments.length > 0 ? [`changeSegment in ${jqlList(segments.slice(0, 20))}`] : []),
    ...(touchpoints.length > 0 ? [`changeTouchpoint in ${jqlList(touchpoints)}`] : []),
  ].join(' OR ');
  const jql =
    `project = ${jqlString(changeRequest.projectKey)} AND key != ${jqlString(changeRequest.key)} ` +
    `AND changeAssessmentStatus = "assessed" AND (${overlap}) ORDER BY created DESC`;
  const issues = await searchAll(
    jira,
    jql,
    ['summary'],
    [INTAKE_PROPERTY, ASSESSMENT_PROPERTY],
    50,
  );
  const mine = {
    segments: new Set(segments.map((s) => s.toLowerCase())),
    touchpoints: new Set<string>(touchpoints),
  };
  const candidates = issues.slice(0, 50).map((issue) => {
    const intake = pastIntake.safeParse(issue.properties?.[INTAKE_PROPERTY]);
    const assessment = pastAssessment.safeParse(issue.properties?.[ASSESSMENT_PROPERTY]);
    const data = intake.success ? intake.data : {};
    return {
      id: issue.id,
      reported: data.outcome,
      change: {
        key: issue.key,
        summary: issue.fields.summary ?? '',
        tier: assessment.success ? (assessment.data.tier ?? null) : null,
        outcome: 'unknown' as const,
        sharedSegments: (data.segments ?? []).filter((s) => mine.segments.has(s.toLowerCase())),
        sharedTouchpoints: (data.touchpoints ?? []).filter((t) => mine.touchpoints.has(t)),
      },
    };
  });
  // Only candidates that share ground can be shown: their outcomes are the ones worth a storage read.
  const sharing = candidates.filter(
    ({ change }) => change.sharedSegments.length + change.sharedTouchpoints.length > 0,
  );
  const withOutcomes = await Promise.all(
    sharing.map(async ({ id, reported, change }): Promise<SimilarChange> => ({
      ...change,
      ...(await pastOutcome(store, id, reported)),
    })),
  );
  return rankSimilarChanges(withOutcomes, 5);
}

import { z } from 'zod';
import { OUTCOMES, rankSimilarChanges, type IntakeDetails, type SimilarChange } from '../domain';
import type { JiraHttp } from '../jira/http';
import { searchAll } from '../jira/issues';
import { jqlList, jqlString } from './jql';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY } from './properties';

const pastIntake = z.object({
  segments: z.array(z.string()).optional().catch(undefined),
  touchpoints: z.array(z.string()).optional().catch(undefined),
  outcome: z.enum(OUTCOMES).optional().catch(undefined),
});
const pastAssessment = z.object({ tier: z.number().int().optional() });

/** Assessed requests that touched the same segments or journey stages, most relevant first. */
export async function findSimilarChanges(
  jira: JiraHttp,
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
  const candidates = issues.slice(0, 50).map((issue): SimilarChange => {
    const intake = pastIntake.safeParse(issue.properties?.[INTAKE_PROPERTY]);
    const assessment = pastAssessment.safeParse(issue.properties?.[ASSESSMENT_PROPERTY]);
    const data = intake.success ? intake.data : {};
    return {
      key: issue.key,
      summary: issue.fields.summary ?? '',
      tier: assessment.success ? (assessment.data.tier ?? null) : null,
      outcome: data.outcome ?? 'unknown',
      sharedSegments: (data.segments ?? []).filter((s) => mine.segments.has(s.toLowerCase())),
      sharedTouchpoints: (data.touchpoints ?? []).filter((t) => mine.touchpoints.has(t)),
    };
  });
  return rankSimilarChanges(candidates, 5);
}

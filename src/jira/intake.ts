// The change request's intake property, written as the person saving it.
import { route } from '@forge/api';
import { JiraRequestError, type JiraHttp } from './http';

export type IntakeWrite = 'written' | 'refused';

/**
 * Replaces the stored intake. Written as the caller, so Jira itself refuses someone who may not edit the issue
 * (403, or 404 when they may not even see it): that refusal is an expected answer, anything else unexpected a
 * technical failure.
 */
export async function writeIntakeAsCaller(
  jiraAsUser: JiraHttp,
  issueKey: string,
  propertyKey: string,
  intake: Record<string, unknown>,
): Promise<IntakeWrite> {
  const response = await jiraAsUser.requestJira(
    route`/rest/api/3/issue/${issueKey}/properties/${propertyKey}`,
    { method: 'PUT', body: intake },
  );
  if (response.status === 403 || response.status === 404) return 'refused';
  if (response.status < 200 || response.status >= 300)
    throw new JiraRequestError(
      'PUT',
      `/rest/api/3/issue/${issueKey}/properties/${propertyKey}`,
      response.status,
      response.body,
      response.retryAfterSeconds,
      response.rateLimit ?? null,
    );
  return 'written';
}

import { route } from '@forge/api';
import { expectOk, searchParams, type JiraHttp } from '../jira/http';
import { permissionsSchema } from '../jira/schemas';

/** Asks Jira, as the calling user, which of these permissions they hold: the UI's word is never taken. */
export async function userHolds(
  jiraAsUser: JiraHttp,
  permissions: readonly string[],
  scope: { issueKey?: string } = {},
): Promise<Record<string, boolean>> {
  const query = searchParams({ permissions: permissions.join(','), issueKey: scope.issueKey });
  const body = await expectOk(jiraAsUser).requestJira(route`/rest/api/3/mypermissions?${query}`);
  const parsed = permissionsSchema.parse(body).permissions;
  return Object.fromEntries(permissions.map((p) => [p, parsed[p]?.havePermission === true]));
}

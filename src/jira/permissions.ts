// What the calling user may do, asked of Jira as that user: the UI's word is never taken.
import { route } from '@forge/api';
import { expectOk, JiraRequestError, searchParams, type JiraHttp } from './http';
import { permissionsSchema } from './schemas';

export type HeldPermissions<P extends string> = Record<P, boolean>;

const held = <P extends string>(permissions: readonly P[], body: unknown): HeldPermissions<P> => {
  const parsed = permissionsSchema.parse(body).permissions;
  return Object.fromEntries(
    permissions.map((p) => [p, parsed[p]?.havePermission === true]),
  ) as HeldPermissions<P>;
};

/** The site-wide permissions (e.g. ADMINISTER) the caller holds. */
export async function globalPermissionsOfCaller<P extends string>(
  jiraAsUser: JiraHttp,
  permissions: readonly P[],
): Promise<HeldPermissions<P>> {
  const body = await expectOk(jiraAsUser).requestJira(
    route`/rest/api/3/mypermissions?${searchParams({ permissions: permissions.join(',') })}`,
  );
  return held(permissions, body);
}

/**
 * The caller's permissions on one issue; null when Jira hides the issue from them (it answers 404 for an issue
 * that does not exist and for one they may not browse alike, so neither leaks which).
 */
export async function issuePermissionsOfCaller<P extends string>(
  jiraAsUser: JiraHttp,
  issueKey: string,
  permissions: readonly P[],
): Promise<HeldPermissions<P> | null> {
  const response = await jiraAsUser.requestJira(
    route`/rest/api/3/mypermissions?${searchParams({ permissions: permissions.join(','), issueKey })}`,
  );
  if (response.status === 404) return null;
  if (response.status < 200 || response.status >= 300)
    throw new JiraRequestError(
      'GET',
      '/rest/api/3/mypermissions',
      response.status,
      response.body,
      response.retryAfterSeconds,
      response.rateLimit ?? null,
    );
  return held(permissions, response.body);
}

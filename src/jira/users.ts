// Users, groups and project roles as the caller may look them up: Jira applies its own rules on who may browse them.
import { route } from '@forge/api';
import { z } from 'zod';
import { expectOk, searchParams, type JiraHttp } from './http';

const accountsSchema = z.array(
  z.object({
    accountId: z.string(),
    displayName: z.string().optional(),
    accountType: z.string().optional(),
  }),
);
const groupsSchema = z.object({
  groups: z.array(z.object({ name: z.string(), groupId: z.string().optional() })),
});
const rolesSchema = z.array(z.object({ id: z.number(), name: z.string() }));

export type JiraAccount = z.infer<typeof accountsSchema>[number];
export type JiraGroup = z.infer<typeof groupsSchema>['groups'][number];
export type JiraProjectRole = z.infer<typeof rolesSchema>[number];

/** People matching a text; an empty text matches everyone (Jira wants some query). */
export async function searchUsers(jira: JiraHttp, text: string): Promise<JiraAccount[]> {
  return accountsSchema.parse(
    await expectOk(jira).requestJira(
      route`/rest/api/3/user/search?${searchParams({ query: text || '.', maxResults: 20 })}`,
    ),
  );
}

export async function pickGroups(jira: JiraHttp, text: string): Promise<JiraGroup[]> {
  return groupsSchema.parse(
    await expectOk(jira).requestJira(
      route`/rest/api/3/groups/picker?${searchParams({ query: text, maxResults: 20 })}`,
    ),
  ).groups;
}

/** Every project role of the site (Jira has no search for them). */
export async function listProjectRoles(jira: JiraHttp): Promise<JiraProjectRole[]> {
  return rolesSchema.parse(await expectOk(jira).requestJira(route`/rest/api/3/role`));
}

const userSchema = z.object({ accountId: z.string(), displayName: z.string().optional() });

/** A person's display name as the caller may see it, or null when Jira does not show them. */
export async function displayNameOf(jira: JiraHttp, accountId: string): Promise<string | null> {
  const response = await jira.requestJira(route`/rest/api/3/user?${searchParams({ accountId })}`);
  if (response.status !== 200) return null;
  const parsed = userSchema.safeParse(response.body);
  return parsed.success ? (parsed.data.displayName ?? null) : null;
}

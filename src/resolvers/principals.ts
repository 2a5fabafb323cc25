// The admin page's people picker: users, groups and project roles, looked up as the admin.
import { route } from '@forge/api';
import { z } from 'zod';
import type { PrincipalOption } from '../contract/resolver-contract';
import { expectOk, searchParams, type JiraHttp } from '../jira/http';

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

/**
 * Searched as the caller (a Jira admin, checked by the resolver), so Jira applies its own rules on
 * who may browse users and groups.
 */
export async function searchPrincipals(
  jiraAsUser: JiraHttp,
  kind: PrincipalOption['kind'],
  text: string,
): Promise<PrincipalOption[]> {
  switch (kind) {
    case 'user': {
      const users = accountsSchema.parse(
        await expectOk(jiraAsUser).requestJira(
          route`/rest/api/3/user/search?${searchParams({ query: text || '.', maxResults: 20 })}`,
        ),
      );
      return users
        .filter((u) => u.accountType !== 'app')
        .map((u) => ({ kind, id: u.accountId, label: u.displayName ?? u.accountId }));
    }
    case 'group': {
      const found = groupsSchema.parse(
        await expectOk(jiraAsUser).requestJira(
          route`/rest/api/3/groups/picker?${searchParams({ query: text, maxResults: 20 })}`,
        ),
      );
      return found.groups.map((g) => ({ kind, id: g.name, label: g.name }));
    }
    case 'projectRole': {
      const roles = rolesSchema.parse(
        await expectOk(jiraAsUser).requestJira(route`/rest/api/3/role`),
      );
      return roles
        .filter((r) => r.name.toLowerCase().includes(text.toLowerCase()))
        .map((r) => ({ kind, id: r.name, label: r.name }));
    }
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

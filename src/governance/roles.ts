import { route } from '@forge/api';
import { z } from 'zod';
import type { RoleMapping } from '../domain';
import { expectOk, searchParams, type JiraHttp } from '../jira/http';

const membersSchema = z.object({
  values: z.array(z.object({ accountId: z.string(), active: z.boolean().optional() })),
});
const rolesSchema = z.record(z.string(), z.string());
const roleActorsSchema = z.object({
  actors: z
    .array(
      z.object({ type: z.string(), actorUser: z.object({ accountId: z.string() }).optional() }),
    )
    .default([]),
});

/** Who a role means on this change request: a person to assign, or nobody when the mapping names no one. */
export function roleResolver(
  jira: JiraHttp,
  context: { reporterAccountId: string | null; projectKey: string },
) {
  const cache = new Map<string, Promise<string | null>>();

  async function resolve(mapping: RoleMapping): Promise<string | null> {
    switch (mapping.kind) {
      case 'user':
        return mapping.accountId;
      case 'reporter':
        return context.reporterAccountId;
      case 'group': {
        const members = searchParams({ groupname: mapping.groupName, maxResults: 50 });
        const body = await expectOk(jira).requestJira(route`/rest/api/3/group/member?${members}`);
        // Groups cannot be assignees: the first active member stands in, and the panel shows the role.
        return membersSchema.parse(body).values.find((m) => m.active !== false)?.accountId ?? null;
      }
      case 'projectRole': {
        const roles = rolesSchema.parse(
          await expectOk(jira).requestJira(route`/rest/api/3/project/${context.projectKey}/role`),
        );
        const url = Object.entries(roles).find(
          ([name]) => name.toLowerCase() === mapping.roleName.toLowerCase(),
        )?.[1];
        const id = url ? /\/(\d+)$/.exec(url)?.[1] : undefined;
        if (!id) return null;
        const actors = roleActorsSchema.parse(
          await expectOk(jira).requestJira(
            route`/rest/api/3/project/${context.projectKey}/role/${id}`,
          ),
        );
        return actors.actors.find((a) => a.actorUser)?.actorUser?.accountId ?? null;
      }
      default: {
        const _exhaustive: never = mapping;
        return _exhaustive;
      }
    }
  }

  return (mapping: RoleMapping): Promise<string | null> => {
    const cacheKey = JSON.stringify(mapping);
    let found = cache.get(cacheKey);
    if (!found) {
      found = resolve(mapping);
      cache.set(cacheKey, found);
    }
    return found;
  };
}

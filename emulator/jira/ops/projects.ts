// Projects and project roles.
import type { Ctx, Operation } from '../context';
import { json, jiraError } from '../http';
import { isAdmin } from '../permissions';
import { projectSelf, renderProject } from '../render/meta';
import { avatarUrls } from '../render/user';
import type { ProjectRecord, RoleRecord } from '../state';
import { queryInt, queryList, queryString } from '../values';
import { pathParam, visibleProject } from './load';

function projectNotFound(ref: string): ReturnType<Operation> {
  return jiraError(404, [`No project could be found with key '${ref}'.`]);
}

export const searchProjects: Operation = (ctx) => {
  const keys = queryList(ctx.query.keys).map((k) => k.toUpperCase());
  const ids = queryList(ctx.query.id);
  const query = queryString(ctx.query.query)?.toLowerCase();
  const visible = ctx.site.state.projects.filter(
    (p) =>
      visibleProject(ctx, p.id) !== undefined &&
      (keys.length === 0 || keys.includes(p.key.toUpperCase())) &&
      (ids.length === 0 || ids.includes(p.id)) &&
      (query === undefined ||
        p.key.toLowerCase().includes(query) ||
        p.name.toLowerCase().includes(query)),
  );
  const startAt = Math.max(0, queryInt(ctx.query.startAt, 0));
  const maxResults = Math.min(Math.max(1, queryInt(ctx.query.maxResults, 50)), 100);
  const values = visible.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= visible.length;
  return json(200, {
    self: `${ctx.baseUrl}/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}`,
    ...(isLast
      ? {}
      : {
          nextPage: `${ctx.baseUrl}/rest/api/3/project/search?startAt=${startAt + maxResults}&maxResults=${maxResults}`,
        }),
    maxResults,
    startAt,
    total: visible.length,
    isLast,
    values: values.map((p) => renderProject(ctx, p)),
  });
};

export const getProject: Operation = (ctx) => {
  const ref = pathParam(ctx, 'projectIdOrKey');
  const project = visibleProject(ctx, ref);
  if (!project) return projectNotFound(ref);
  return json(200, renderProject(ctx, project));
};

export const getProjectRoles: Operation = (ctx) => {
  const ref = pathParam(ctx, 'projectIdOrKey');
  const project = visibleProject(ctx, ref);
  if (!project) return projectNotFound(ref);
  const roles: Record<string, string> = {};
  for (const role of ctx.site.state.roles)
    roles[role.name] = `${projectSelf(ctx, project)}/role/${role.id}`;
  return json(200, roles);
};

function renderRoleActors(
  ctx: Ctx,
  project: ProjectRecord,
  role: RoleRecord,
): Record<string, unknown>[] {
  const actors = project.roleActors[String(role.id)] ?? { users: [], groups: [] };
  let actorId = role.id * 100;
  const users = actors.users.map((accountId) => ({
    id: ++actorId,
    displayName: ctx.site.user(accountId)?.displayName ?? accountId,
    type: 'atlassian-user-role-actor',
    avatarUrl: avatarUrls(ctx.baseUrl, 'user', accountId)['48x48'],
    actorUser: { accountId },
  }));
  const groups = actors.groups.map((name) => {
    const group = ctx.site.groupByName(name);
    return {
      id: ++actorId,
      displayName: name,
      name,
      type: 'atlassian-group-role-actor',
      actorGroup: { name, displayName: name, ...(group ? { groupId: group.groupId } : {}) },
    };
  });
  return [...users, ...groups];
}

export const getProjectRole: Operation = (ctx) => {
  const ref = pathParam(ctx, 'projectIdOrKey');
  const project = visibleProject(ctx, ref);
  if (!project) return projectNotFound(ref);
  const roleId = pathParam(ctx, 'id');
  const role = ctx.site.state.roles.find((r) => String(r.id) === roleId);
  if (!role) return jiraError(404, [`The project role with id '${roleId}' does not exist.`]);
  return json(200, {
    self: `${projectSelf(ctx, project)}/role/${role.id}`,
    name: role.name,
    id: role.id,
    description: role.description,
    actors: renderRoleActors(ctx, project, role),
  });
};

export const getAllProjectRoles: Operation = (ctx) => {
  if (!isAdmin(ctx)) return jiraError(403, ['You do not have permission to view project roles.']);
  return json(
    200,
    ctx.site.state.roles.map((r) => ({
      self: `${ctx.baseUrl}/rest/api/3/role/${r.id}`,
      name: r.name,
      id: r.id,
      description: r.description,
    })),
  );
};

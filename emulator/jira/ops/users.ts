// Users, groups and permissions.
import type { Ctx, Operation } from '../context';
import { json, jiraError } from '../http';
import {
  PERMISSIONS,
  hasGlobalPermission,
  hasProjectPermission,
  userHasGlobalPermission,
  userHasProjectPermission,
} from '../permissions';
import { renderUser, renderUserDetails } from '../render/user';
import type { GroupRecord, ProjectRecord, UserRecord } from '../state';
import type { Actor } from '../types';
import { isRecord, queryBool, queryInt, queryList, queryString } from '../values';
import { visibleIssue, visibleProject } from './load';

function groupName(ctx: Ctx, group: GroupRecord): Record<string, unknown> {
  return {
    name: group.name,
    groupId: group.groupId,
    self: `${ctx.baseUrl}/rest/api/3/group?groupId=${group.groupId}`,
  };
}

function userWithGroups(ctx: Ctx, user: UserRecord, expand: string[]): Record<string, unknown> {
  const rendered = renderUser(ctx, user);
  if (expand.includes('groups')) {
    const groups = ctx.site.groupsOf(user.accountId).map((g) => groupName(ctx, g));
    rendered.groups = { size: groups.length, items: groups };
  }
  if (expand.includes('applicationRoles')) rendered.applicationRoles = { size: 0, items: [] };
  return rendered;
}

function userNotFound(): ReturnType<Operation> {
  return jiraError(404, ['Specified user does not exist or you do not have required permissions']);
}

function page<T>(items: readonly T[], startAt: number, maxResults: number): T[] {
  return items.slice(Math.max(0, startAt), Math.max(0, startAt) + Math.max(0, maxResults));
}

export const getCurrentUser: Operation = (ctx) => {
  const user = ctx.site.user(ctx.actorId);
  if (!user) return jiraError(401, ['Client must be authenticated to access this resource.']);
  return json(200, userWithGroups(ctx, user, queryList(ctx.query.expand)));
};

export const getUser: Operation = (ctx) => {
  const accountId = queryString(ctx.query.accountId);
  if (accountId === undefined)
    return jiraError(400, ['The accountId query parameter needs to be provided.']);
  const user = ctx.site.user(accountId);
  if (!user) return userNotFound();
  return json(200, userWithGroups(ctx, user, queryList(ctx.query.expand)));
};

function matchesQuery(user: UserRecord, query: string): boolean {
  const q = query.toLowerCase();
  const words = user.displayName.toLowerCase().split(/[\s()]+/);
  return (
    user.accountId.toLowerCase() === q ||
    user.displayName.toLowerCase().startsWith(q) ||
    words.some((w) => w.startsWith(q)) ||
    (user.emailAddress?.toLowerCase().startsWith(q) ?? false)
  );
}

export const findUsers: Operation = (ctx) => {
  const query = queryString(ctx.query.query);
  const accountId = queryString(ctx.query.accountId);
  if (query === undefined && accountId === undefined) {
    return jiraError(400, ['One of the query parameters query or accountId is required.']);
  }
  const users = ctx.site.state.users.filter(
    (u) =>
      u.active &&
      (accountId === undefined || u.accountId === accountId) &&
      (query === undefined || matchesQuery(u, query)),
  );
  const selected = page(users, queryInt(ctx.query.startAt, 0), queryInt(ctx.query.maxResults, 50));
  return json(
    200,
    selected.map((u) => renderUser(ctx, u)),
  );
};

export const getAllUsers: Operation = (ctx) => {
  const selected = page(
    ctx.site.state.users,
    queryInt(ctx.query.startAt, 0),
    queryInt(ctx.query.maxResults, 50),
  );
  return json(
    200,
    selected.map((u) => renderUser(ctx, u)),
  );
};

export const getUserGroups: Operation = (ctx) => {
  const accountId = queryString(ctx.query.accountId);
  const user = accountId === undefined ? undefined : ctx.site.user(accountId);
  if (!user) return userNotFound();
  return json(
    200,
    ctx.site.groupsOf(user.accountId).map((g) => groupName(ctx, g)),
  );
};

export const getUsersFromGroup: Operation = (ctx) => {
  const name = queryString(ctx.query.groupname);
  const groupId = queryString(ctx.query.groupId);
  if (name === undefined && groupId === undefined) {
    return jiraError(400, ['You must provide either a group name or a group ID.']);
  }
  const group =
    groupId === undefined ? ctx.site.groupByName(name ?? '') : ctx.site.groupById(groupId);
  if (!group) return jiraError(404, [`Group ${name ?? groupId ?? ''} was not found.`]);
  const includeInactive = queryBool(ctx.query.includeInactiveUsers, false);
  const members = group.members
    .map((id) => ctx.site.user(id))
    .filter((u): u is UserRecord => u !== undefined && (includeInactive || u.active));
  const startAt = Math.max(0, queryInt(ctx.query.startAt, 0));
  const maxResults = Math.min(Math.max(1, queryInt(ctx.query.maxResults, 50)), 50);
  const values = page(members, startAt, maxResults);
  return json(200, {
    self: `${ctx.baseUrl}/rest/api/3/group/member?groupId=${group.groupId}&startAt=${startAt}&maxResults=${maxResults}`,
    maxResults,
    startAt,
    total: members.length,
    isLast: startAt + values.length >= members.length,
    values: values.map((u) => renderUserDetails(ctx, u)),
  });
};

export const findGroups: Operation = (ctx) => {
  const query = (queryString(ctx.query.query) ?? '').toLowerCase();
  const maxResults = queryInt(ctx.query.maxResults, 20);
  const matching = ctx.site.state.groups.filter((g) => g.name.toLowerCase().includes(query));
  const shown = matching.slice(0, Math.max(0, maxResults));
  return json(200, {
    header: `Showing ${shown.length} of ${matching.length} matching groups`,
    total: matching.length,
    groups: shown.map((g) => ({ name: g.name, html: g.name, groupId: g.groupId, labels: [] })),
  });
};

function describe(key: string, havePermission: boolean): Record<string, unknown> | undefined {
  const definition = PERMISSIONS.get(key);
  if (!definition) return undefined;
  return { ...definition, havePermission };
}

export const getMyPermissions: Operation = (ctx) => {
  const requested = queryList(ctx.query.permissions);
  if (requested.length === 0) {
    return jiraError(400, [
      'The permissions query parameter is required. Specify one or more permission keys.',
    ]);
  }
  const unknown = requested.filter((key) => !PERMISSIONS.has(key));
  if (unknown.length > 0)
    return jiraError(
      400,
      unknown.map((key) => `Permission key '${key}' is not valid.`),
    );

  let projects: readonly ProjectRecord[] = ctx.site.state.projects;
  const projectRef = queryString(ctx.query.projectKey) ?? queryString(ctx.query.projectId);
  const issueRef = queryString(ctx.query.issueKey) ?? queryString(ctx.query.issueId);
  if (issueRef !== undefined) {
    const issue = visibleIssue(ctx, issueRef);
    if (!issue)
      return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
    projects = [ctx.site.projectOf(issue)];
  } else if (projectRef !== undefined) {
    const project = visibleProject(ctx, projectRef);
    if (!project) return jiraError(404, [`No project could be found with key '${projectRef}'.`]);
    projects = [project];
  }
  const permissions: Record<string, unknown> = {};
  for (const key of requested) {
    const definition = PERMISSIONS.get(key);
    if (!definition) continue;
    // Without a project or issue, a project permission counts if it is held in any project.
    const have =
      definition.type === 'GLOBAL'
        ? hasGlobalPermission(ctx.site, ctx.actor, key)
        : projects.some((p) => hasProjectPermission(ctx.site, ctx.actor, p, key));
    const described = describe(key, have);
    if (described) permissions[key] = described;
  }
  return json(200, { permissions });
};

function numberList(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export const getBulkPermissions: Operation = (ctx) => {
  const body = isRecord(ctx.body) ? ctx.body : {};
  const accountId = typeof body.accountId === 'string' ? body.accountId : undefined;
  if (accountId !== undefined && !hasGlobalPermission(ctx.site, ctx.actor, 'ADMINISTER')) {
    return jiraError(403, ['Only Jira administrators can check the permissions of other users.']);
  }
  if (accountId !== undefined && !ctx.site.user(accountId))
    return jiraError(400, ['The user does not exist.']);
  const subject: Actor = accountId === undefined ? ctx.actor : { kind: 'user', accountId };
  const holdsProject = (project: ProjectRecord, key: string): boolean =>
    subject.kind === 'app'
      ? hasProjectPermission(ctx.site, subject, project, key)
      : userHasProjectPermission(ctx.site, subject.accountId, project, key);
  const holdsGlobal = (key: string): boolean =>
    subject.kind === 'app'
      ? hasGlobalPermission(ctx.site, subject, key)
      : userHasGlobalPermission(ctx.site, subject.accountId, key);

  const globalPermissions = stringList(body.globalPermissions).filter(
    (key) => PERMISSIONS.get(key)?.type === 'GLOBAL' && holdsGlobal(key),
  );
  const grants = new Map<string, { projects: Set<number>; issues: Set<number> }>();
  const requests = Array.isArray(body.projectPermissions)
    ? body.projectPermissions.filter(isRecord)
    : [];
  for (const request of requests) {
    const keys = stringList(request.permissions);
    const projectIds = numberList(request.projects);
    const issueIds = numberList(request.issues);
    for (const key of keys) {
      if (PERMISSIONS.get(key)?.type !== 'PROJECT')
        return jiraError(400, [`Permission key '${key}' is not a project permission.`]);
      const grant = grants.get(key) ?? { projects: new Set<number>(), issues: new Set<number>() };
      grants.set(key, grant);
      for (const id of projectIds) {
        const project = ctx.site.projectById(String(id));
        if (project && holdsProject(project, key)) grant.projects.add(id);
      }
      for (const id of issueIds) {
        const issue = ctx.site.issueById(String(id));
        if (issue && holdsProject(ctx.site.projectOf(issue), key)) grant.issues.add(id);
      }
    }
  }
  return json(200, {
    globalPermissions,
    projectPermissions: [...grants.entries()].map(([permission, grant]) => ({
      permission,
      projects: [...grant.projects],
      issues: [...grant.issues],
    })),
  });
};

// Statuses, issue types, link types and projects as Jira renders them.
import type { Ctx } from '../context';
import type {
  IssueTypeRecord,
  LinkTypeRecord,
  ProjectRecord,
  StatusCategoryKey,
  StatusRecord,
} from '../state';
import { avatarUrls, renderUser } from './user';

const CATEGORIES: Record<StatusCategoryKey, { id: number; colorName: string; name: string }> = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
};

export function statusCategory(key: StatusCategoryKey): {
  id: number;
  key: StatusCategoryKey;
  colorName: string;
  name: string;
} {
  return { ...CATEGORIES[key], key };
}

export function renderStatusCategory(ctx: Ctx, key: StatusCategoryKey): Record<string, unknown> {
  const category = statusCategory(key);
  return { self: `${ctx.baseUrl}/rest/api/3/statuscategory/${category.id}`, ...category };
}

export function renderStatus(ctx: Ctx, status: StatusRecord): Record<string, unknown> {
  return {
    self: `${ctx.baseUrl}/rest/api/3/status/${status.id}`,
    description: status.description,
    iconUrl: `${ctx.baseUrl}/emulator/icons/status/${status.id}.svg`,
    name: status.name,
    id: status.id,
    statusCategory: renderStatusCategory(ctx, status.category),
  };
}

export function renderIssueType(ctx: Ctx, type: IssueTypeRecord): Record<string, unknown> {
  return {
    self: `${ctx.baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: `${ctx.baseUrl}/emulator/icons/issuetype/${type.avatarId}.svg`,
    name: type.name,
    subtask: type.hierarchyLevel < 0,
    avatarId: type.avatarId,
    hierarchyLevel: type.hierarchyLevel,
  };
}

export function renderLinkType(ctx: Ctx, type: LinkTypeRecord): Record<string, unknown> {
  return {
    id: type.id,
    name: type.name,
    inward: type.inward,
    outward: type.outward,
    self: `${ctx.baseUrl}/rest/api/3/issueLinkType/${type.id}`,
  };
}

export function projectSelf(ctx: Ctx, project: ProjectRecord): string {
  return `${ctx.baseUrl}/rest/api/3/project/${project.id}`;
}

// The short form embedded in issues.
export function renderProjectRef(ctx: Ctx, project: ProjectRecord): Record<string, unknown> {
  return {
    self: projectSelf(ctx, project),
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: false,
    avatarUrls: avatarUrls(ctx.baseUrl, 'project', project.id),
  };
}

export function renderProject(ctx: Ctx, project: ProjectRecord): Record<string, unknown> {
  const lead = ctx.site.user(project.leadAccountId);
  const roles: Record<string, string> = {};
  for (const role of ctx.site.state.roles) {
    roles[role.name] = `${projectSelf(ctx, project)}/role/${role.id}`;
  }
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...renderProjectRef(ctx, project),
    description: project.description,
    ...(lead ? { lead: renderUser(ctx, lead) } : {}),
    issueTypes: ctx.site.projectIssueTypes(project).map((t) => renderIssueType(ctx, t)),
    assigneeType: 'UNASSIGNED',
    roles,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}

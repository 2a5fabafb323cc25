// Who may do what. Project permissions come from one permission scheme shared by all
// projects (granted to project roles); global permissions to groups. The app user holds
// every permission its scopes grant, and the manifest asks for all the ones modelled here.
import type { Ctx } from './context';
import type { PermissionGrants, ProjectRecord } from './state';
import type { SiteModel } from './site-model';
import type { Actor } from './types';

export interface PermissionDefinition {
  id: string;
  key: string;
  name: string;
  type: 'PROJECT' | 'GLOBAL';
  description: string;
}

const definitions: PermissionDefinition[] = [
  {
    id: '0',
    key: 'ADMINISTER',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description:
      'Create and administer projects, issue types, fields, workflows, and schemes for all projects.',
  },
  {
    id: '44',
    key: 'SYSTEM_ADMIN',
    name: 'Jira System Administrators',
    type: 'GLOBAL',
    description: 'Ability to perform most administration functions.',
  },
  {
    id: '27',
    key: 'USER_PICKER',
    name: 'Browse users and groups',
    type: 'GLOBAL',
    description: 'View and select users or groups from the user picker.',
  },
  {
    id: '22',
    key: 'CREATE_SHARED_OBJECTS',
    name: 'Share dashboards and filters',
    type: 'GLOBAL',
    description: 'Share dashboards and filters with other users.',
  },
  {
    id: '33',
    key: 'BULK_CHANGE',
    name: 'Make bulk changes',
    type: 'GLOBAL',
    description: 'Modify collections of issues at once.',
  },
  {
    id: '10',
    key: 'BROWSE_PROJECTS',
    name: 'Browse Projects',
    type: 'PROJECT',
    description: 'Ability to browse projects and the issues within them.',
  },
  {
    id: '11',
    key: 'CREATE_ISSUES',
    name: 'Create Issues',
    type: 'PROJECT',
    description: 'Ability to create issues.',
  },
  {
    id: '12',
    key: 'EDIT_ISSUES',
    name: 'Edit Issues',
    type: 'PROJECT',
    description: 'Ability to edit issues.',
  },
  {
    id: '13',
    key: 'ASSIGN_ISSUES',
    name: 'Assign Issues',
    type: 'PROJECT',
    description: 'Ability to assign issues to other people.',
  },
  {
    id: '14',
    key: 'RESOLVE_ISSUES',
    name: 'Resolve Issues',
    type: 'PROJECT',
    description: 'Ability to resolve and reopen issues.',
  },
  {
    id: '15',
    key: 'ADD_COMMENTS',
    name: 'Add Comments',
    type: 'PROJECT',
    description: 'Ability to comment on issues.',
  },
  {
    id: '16',
    key: 'DELETE_ISSUES',
    name: 'Delete Issues',
    type: 'PROJECT',
    description: 'Ability to delete issues.',
  },
  {
    id: '17',
    key: 'ASSIGNABLE_USER',
    name: 'Assignable User',
    type: 'PROJECT',
    description: 'Users with this permission may be assigned to issues.',
  },
  {
    id: '18',
    key: 'CLOSE_ISSUES',
    name: 'Close Issues',
    type: 'PROJECT',
    description: 'Ability to close issues.',
  },
  {
    id: '21',
    key: 'LINK_ISSUES',
    name: 'Link Issues',
    type: 'PROJECT',
    description: 'Ability to link issues together.',
  },
  {
    id: '23',
    key: 'ADMINISTER_PROJECTS',
    name: 'Administer Projects',
    type: 'PROJECT',
    description: 'Ability to administer a project in Jira.',
  },
  {
    id: '25',
    key: 'MOVE_ISSUES',
    name: 'Move Issues',
    type: 'PROJECT',
    description: 'Ability to move issues between projects or between workflows.',
  },
  {
    id: '28',
    key: 'SCHEDULE_ISSUES',
    name: 'Schedule Issues',
    type: 'PROJECT',
    description: 'Ability to view or edit an issue’s due date.',
  },
  {
    id: '30',
    key: 'MODIFY_REPORTER',
    name: 'Modify Reporter',
    type: 'PROJECT',
    description: 'Ability to modify the reporter when creating or editing an issue.',
  },
  {
    id: '34',
    key: 'EDIT_OWN_COMMENTS',
    name: 'Edit Own Comments',
    type: 'PROJECT',
    description: 'Ability to edit own comments made on issues.',
  },
  {
    id: '35',
    key: 'EDIT_ALL_COMMENTS',
    name: 'Edit All Comments',
    type: 'PROJECT',
    description: 'Ability to edit all comments made on issues.',
  },
  {
    id: '36',
    key: 'DELETE_ALL_COMMENTS',
    name: 'Delete All Comments',
    type: 'PROJECT',
    description: 'Ability to delete all comments made on issues.',
  },
  {
    id: '37',
    key: 'DELETE_OWN_COMMENTS',
    name: 'Delete Own Comments',
    type: 'PROJECT',
    description: 'Ability to delete own comments made on issues.',
  },
  {
    id: '46',
    key: 'TRANSITION_ISSUES',
    name: 'Transition Issues',
    type: 'PROJECT',
    description: 'Ability to transition issues.',
  },
];

export const PERMISSIONS: ReadonlyMap<string, PermissionDefinition> = new Map(
  definitions.map((d) => [d.key, d]),
);

const MEMBER_GRANTS = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'ASSIGN_ISSUES',
  'RESOLVE_ISSUES',
  'ADD_COMMENTS',
  'ASSIGNABLE_USER',
  'CLOSE_ISSUES',
  'LINK_ISSUES',
  'SCHEDULE_ISSUES',
  'TRANSITION_ISSUES',
  'EDIT_OWN_COMMENTS',
  'DELETE_OWN_COMMENTS',
];
const ADMIN_ONLY_GRANTS = [
  'ADMINISTER_PROJECTS',
  'DELETE_ISSUES',
  'MOVE_ISSUES',
  'MODIFY_REPORTER',
  'EDIT_ALL_COMMENTS',
  'DELETE_ALL_COMMENTS',
];

// The default permission scheme, by role name, and the global permissions, by group name.
export function defaultPermissionGrants(): PermissionGrants {
  const project: Record<string, string[]> = {};
  for (const key of MEMBER_GRANTS) project[key] = ['Administrators', 'Members'];
  for (const key of ADMIN_ONLY_GRANTS) project[key] = ['Administrators'];
  return {
    project,
    global: {
      ADMINISTER: ['jira-administrators'],
      SYSTEM_ADMIN: ['jira-administrators'],
      USER_PICKER: ['jira-users', 'jira-administrators'],
      CREATE_SHARED_OBJECTS: ['jira-users'],
      BULK_CHANGE: ['jira-users'],
    },
  };
}

function rolesGranting(site: SiteModel, permission: string): string[] {
  const names = site.state.permissionGrants.project[permission] ?? [];
  return site.state.roles.filter((r) => names.includes(r.name)).map((r) => String(r.id));
}

export function isInRole(
  site: SiteModel,
  project: ProjectRecord,
  roleId: string,
  accountId: string,
): boolean {
  const actors = project.roleActors[roleId];
  if (!actors) return false;
  if (actors.users.includes(accountId)) return true;
  return actors.groups.some((name) => site.groupByName(name)?.members.includes(accountId) ?? false);
}

export function userHasProjectPermission(
  site: SiteModel,
  accountId: string,
  project: ProjectRecord,
  permission: string,
): boolean {
  const user = site.user(accountId);
  if (!user?.active) return false;
  return rolesGranting(site, permission).some((roleId) =>
    isInRole(site, project, roleId, accountId),
  );
}

export function userHasGlobalPermission(
  site: SiteModel,
  accountId: string,
  permission: string,
): boolean {
  const user = site.user(accountId);
  if (!user?.active) return false;
  const groups = site.state.permissionGrants.global[permission] ?? [];
  return groups.some((name) => site.groupByName(name)?.members.includes(accountId) ?? false);
}

export function hasProjectPermission(
  site: SiteModel,
  actor: Actor,
  project: ProjectRecord,
  permission: string,
): boolean {
  if (actor.kind === 'app') return PERMISSIONS.has(permission);
  return userHasProjectPermission(site, actor.accountId, project, permission);
}

export function hasGlobalPermission(site: SiteModel, actor: Actor, permission: string): boolean {
  if (actor.kind === 'app') return PERMISSIONS.has(permission);
  return userHasGlobalPermission(site, actor.accountId, permission);
}

export function canBrowse(ctx: Ctx, project: ProjectRecord): boolean {
  return hasProjectPermission(ctx.site, ctx.actor, project, 'BROWSE_PROJECTS');
}

export function can(ctx: Ctx, project: ProjectRecord, permission: string): boolean {
  return hasProjectPermission(ctx.site, ctx.actor, project, permission);
}

export function isAdmin(ctx: Ctx): boolean {
  return hasGlobalPermission(ctx.site, ctx.actor, 'ADMINISTER');
}

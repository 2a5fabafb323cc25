// Everything the in-process Jira knows, as plain JSON so it can be persisted and restored.
// Timestamps are epoch milliseconds; they are rendered in Jira's format at the edge.
import { z } from 'zod';

export const StatusCategoryKey = z.enum(['new', 'indeterminate', 'done']);
export type StatusCategoryKey = z.infer<typeof StatusCategoryKey>;

export const UserRecord = z.object({
  accountId: z.string(),
  displayName: z.string(),
  emailAddress: z.string().optional(),
  accountType: z.enum(['atlassian', 'app']),
  active: z.boolean(),
  timeZone: z.string(),
});
export type UserRecord = z.infer<typeof UserRecord>;

export const GroupRecord = z.object({
  groupId: z.string(),
  name: z.string(),
  members: z.array(z.string()),
});
export type GroupRecord = z.infer<typeof GroupRecord>;

export const RoleRecord = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
});
export type RoleRecord = z.infer<typeof RoleRecord>;

export const RoleActors = z.object({ users: z.array(z.string()), groups: z.array(z.string()) });
export type RoleActors = z.infer<typeof RoleActors>;

export const ProjectRecord = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  description: z.string(),
  leadAccountId: z.string(),
  issueTypeSchemeId: z.string(),
  // Workflow per issue type; types without an entry use the default workflow.
  workflowByIssueType: z.record(z.string(), z.string()),
  defaultWorkflowId: z.string(),
  roleActors: z.record(z.string(), RoleActors),
  nextIssueNumber: z.number().int(),
});
export type ProjectRecord = z.infer<typeof ProjectRecord>;

export const StatusRecord = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  category: StatusCategoryKey,
});
export type StatusRecord = z.infer<typeof StatusRecord>;

export const TransitionRecord = z.object({
  id: z.string(),
  name: z.string(),
  from: z.array(z.string()).nullable(), // null: a global transition, available from every status
  to: z.string(),
  validators: z.array(z.string()),
  // A condition only the app's own account meets (see ASSUMPTIONS.md): people never see the transition.
  appOnly: z.boolean().optional(),
});
export type TransitionRecord = z.infer<typeof TransitionRecord>;

export const WorkflowRecord = z.object({
  id: z.string(),
  name: z.string(),
  initialStatusId: z.string(),
  statusIds: z.array(z.string()),
  transitions: z.array(TransitionRecord),
});
export type WorkflowRecord = z.infer<typeof WorkflowRecord>;

export const IssueTypeRecord = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  hierarchyLevel: z.number().int(), // 0 standard, -1 sub-task
  avatarId: z.number().int(),
});
export type IssueTypeRecord = z.infer<typeof IssueTypeRecord>;

export const IssueTypeSchemeRecord = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  isDefault: z.boolean(),
  issueTypeIds: z.array(z.string()),
  defaultIssueTypeId: z.string().optional(),
});
export type IssueTypeSchemeRecord = z.infer<typeof IssueTypeSchemeRecord>;

export const LinkTypeRecord = z.object({
  id: z.string(),
  name: z.string(),
  inward: z.string(),
  outward: z.string(),
});
export type LinkTypeRecord = z.infer<typeof LinkTypeRecord>;

// "source <outward> destination", e.g. source blocks destination.
export const LinkRecord = z.object({
  id: z.string(),
  typeId: z.string(),
  sourceId: z.string(),
  destinationId: z.string(),
});
export type LinkRecord = z.infer<typeof LinkRecord>;

export const CommentRecord = z.object({
  id: z.string(),
  authorId: z.string(),
  body: z.unknown(),
  created: z.number(),
  updated: z.number(),
});
export type CommentRecord = z.infer<typeof CommentRecord>;

export const ChangeItem = z.object({
  field: z.string(),
  fieldtype: z.string(),
  fieldId: z.string().optional(),
  from: z.string().nullable(),
  fromString: z.string().nullable(),
  to: z.string().nullable(),
  toString: z.string().nullable(),
});
export type ChangeItem = z.infer<typeof ChangeItem>;

export const HistoryRecord = z.object({
  id: z.string(),
  authorId: z.string(),
  created: z.number(),
  items: z.array(ChangeItem),
});
export type HistoryRecord = z.infer<typeof HistoryRecord>;

export const IssueRecord = z.object({
  id: z.string(),
  key: z.string(),
  projectId: z.string(),
  issueTypeId: z.string(),
  statusId: z.string(),
  summary: z.string(),
  description: z.unknown(),
  reporterId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  creatorId: z.string(),
  duedate: z.string().nullable(),
  labels: z.array(z.string()),
  parentId: z.string().nullable(),
  created: z.number(),
  updated: z.number(),
  statusCategoryChanged: z.number(),
  /** When the issue last entered a done-category status (Jira's resolution date); null or absent while open. */
  resolutionDate: z.number().nullable().optional(),
  properties: z.record(z.string(), z.unknown()),
  comments: z.array(CommentRecord),
  history: z.array(HistoryRecord),
});
export type IssueRecord = z.infer<typeof IssueRecord>;

// Which project roles hold each project permission, and which groups each global permission.
export const PermissionGrants = z.object({
  project: z.record(z.string(), z.array(z.string())),
  global: z.record(z.string(), z.array(z.string())),
});
export type PermissionGrants = z.infer<typeof PermissionGrants>;

export const SiteState = z.object({
  version: z.literal(1),
  counters: z.object({
    issue: z.number().int(),
    comment: z.number().int(),
    link: z.number().int(),
    history: z.number().int(),
    issueType: z.number().int(),
  }),
  siteAdmins: z.array(z.string()),
  users: z.array(UserRecord),
  groups: z.array(GroupRecord),
  roles: z.array(RoleRecord),
  permissionGrants: PermissionGrants,
  projects: z.array(ProjectRecord),
  statuses: z.array(StatusRecord),
  workflows: z.array(WorkflowRecord),
  issueTypes: z.array(IssueTypeRecord),
  issueTypeSchemes: z.array(IssueTypeSchemeRecord),
  linkTypes: z.array(LinkTypeRecord),
  issues: z.array(IssueRecord),
  links: z.array(LinkRecord),
});
export type SiteState = z.infer<typeof SiteState>;

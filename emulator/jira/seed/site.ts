// A fresh Jira site for a seed. `demo` has the app's issue types in project CHG with their
// workflows; `empty` has only Task and Sub-task, so the app's setup must create its types.
import { defaultPermissionGrants } from '../permissions';
import type { SeedName } from '../types';
import type {
  IssueTypeRecord,
  IssueTypeSchemeRecord,
  LinkTypeRecord,
  RoleRecord,
  SiteState,
} from '../state';
import { REQUESTER_ID, ROLE_USER_IDS, SITE_ADMIN_ID, seedGroups, seedUsers } from './users';
import { WORKFLOW, seedStatuses, seedWorkflows } from './workflows';

export const ISSUE_TYPE = {
  task: '10001',
  subtask: '10002',
  changeRequest: '10003',
  changeApproval: '10004',
} as const;

export const PROJECT_ID = '10000';
export const DEFAULT_SCHEME_ID = '10000';
export const PROJECT_SCHEME_ID = '10001';
export const ROLE = { administrators: 10002, members: 10003 } as const;

const BASE_TYPES: IssueTypeRecord[] = [
  {
    id: ISSUE_TYPE.task,
    name: 'Task',
    description: 'A small, distinct piece of work.',
    hierarchyLevel: 0,
    avatarId: 10318,
  },
  {
    id: ISSUE_TYPE.subtask,
    name: 'Sub-task',
    description: 'A small piece of a larger task.',
    hierarchyLevel: -1,
    avatarId: 10316,
  },
];

const APP_TYPES: IssueTypeRecord[] = [
  {
    id: ISSUE_TYPE.changeRequest,
    name: 'Change Request',
    description: 'A planned customer-facing change, assessed for customer impact.',
    hierarchyLevel: 0,
    avatarId: 10320,
  },
  {
    id: ISSUE_TYPE.changeApproval,
    name: 'Change Approval',
    description: 'One approver’s decision on a change request.',
    hierarchyLevel: -1,
    avatarId: 10321,
  },
];

function linkTypes(): LinkTypeRecord[] {
  return [
    { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
    { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
    { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
    { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
  ];
}

function roles(): RoleRecord[] {
  return [
    {
      id: ROLE.administrators,
      name: 'Administrators',
      description: 'Administrators of the project.',
    },
    { id: ROLE.members, name: 'Members', description: 'People who work on the project.' },
  ];
}

export function buildSeed(seed: SeedName, appAccountId: string): SiteState {
  const issueTypes = seed === 'demo' ? [...BASE_TYPES, ...APP_TYPES] : [...BASE_TYPES];
  const typeIds = issueTypes.map((t) => t.id);
  const schemes: IssueTypeSchemeRecord[] = [
    {
      id: DEFAULT_SCHEME_ID,
      name: 'Default Issue Type Scheme',
      description:
        'Default issue type scheme is the list of global issue types. All newly created issue types will automatically be added to this scheme.',
      isDefault: true,
      issueTypeIds: [...typeIds],
    },
    {
      id: PROJECT_SCHEME_ID,
      name: 'CHG: Customer Changes Issue Type Scheme',
      description: 'Issue types of project CHG.',
      isDefault: false,
      issueTypeIds: [...typeIds],
      defaultIssueTypeId: ISSUE_TYPE.task,
    },
  ];
  const workflowByIssueType: Record<string, string> =
    seed === 'demo'
      ? {
          [ISSUE_TYPE.changeRequest]: WORKFLOW.changeRequest,
          [ISSUE_TYPE.changeApproval]: WORKFLOW.changeApproval,
        }
      : {};
  return {
    version: 1,
    counters: {
      issue: 10000,
      comment: 10000,
      link: 10000,
      history: 10000,
      issueType: 10000 + issueTypes.length + 1,
    },
    siteAdmins: [SITE_ADMIN_ID],
    users: seedUsers(appAccountId),
    groups: seedGroups(),
    roles: roles(),
    permissionGrants: defaultPermissionGrants(),
    projects: [
      {
        id: PROJECT_ID,
        key: 'CHG',
        name: 'Customer Changes',
        description:
          'Customer-facing changes, their impact assessment, approvals and communications.',
        leadAccountId: SITE_ADMIN_ID,
        issueTypeSchemeId: PROJECT_SCHEME_ID,
        workflowByIssueType,
        defaultWorkflowId: WORKFLOW.task,
        roleActors: {
          [String(ROLE.administrators)]: { users: [SITE_ADMIN_ID], groups: [] },
          [String(ROLE.members)]: { users: [REQUESTER_ID, ...ROLE_USER_IDS], groups: [] },
        },
        nextIssueNumber: 1,
      },
    ],
    statuses: seedStatuses(),
    workflows: seedWorkflows(),
    issueTypes,
    issueTypeSchemes: schemes,
    linkTypes: linkTypes(),
    issues: [],
    links: [],
  };
}

// People of the demo site: an admin, a requester, and one person per role of the default
// configuration (accountId = role id) so approvals can be routed to someone real.
import type { GroupRecord, UserRecord } from '../state';

interface Person {
  accountId: string;
  displayName: string;
}

const PEOPLE: readonly Person[] = [
  { accountId: 'admin', displayName: 'Alex Admin' },
  { accountId: 'requester', displayName: 'Riley Requester' },
  { accountId: 'cx-lead', displayName: 'Casey Lead (CX lead)' },
  { accountId: 'pr-lead', displayName: 'Parker Reed (PR lead)' },
  { accountId: 'finance-partner', displayName: 'Frankie Patel (Finance partner)' },
  { accountId: 'legal', displayName: 'Logan Ellis (Legal)' },
  { accountId: 'vp-cx', displayName: 'Valerie Cruz (VP Customer Experience)' },
  { accountId: 'vp-comms', displayName: 'Victor Chen (VP Communications)' },
  { accountId: 'finance-director', displayName: 'Fiona Diaz (Finance director)' },
  { accountId: 'comms-manager', displayName: 'Morgan Kim (Customer communications manager)' },
  { accountId: 'cx-director', displayName: 'Dana Reyes (Director of Customer Experience)' },
  { accountId: 'cx-team-lead', displayName: 'Taylor Brooks (CX team lead)' },
  { accountId: 'cx-manager', displayName: 'Jordan Mills (CX manager)' },
  { accountId: 'team-lead', displayName: 'Sam Turner (Requesting team lead)' },
];

export const SITE_ADMIN_ID = 'admin';
export const REQUESTER_ID = 'requester';
export const ROLE_USER_IDS: readonly string[] = PEOPLE.map((p) => p.accountId).filter(
  (id) => id !== SITE_ADMIN_ID && id !== REQUESTER_ID,
);

export function seedUsers(appAccountId: string): UserRecord[] {
  const people: UserRecord[] = PEOPLE.map((p) => ({
    accountId: p.accountId,
    displayName: p.displayName,
    emailAddress: `${p.accountId}@example.com`,
    accountType: 'atlassian',
    active: true,
    timeZone: 'UTC',
  }));
  const app: UserRecord = {
    accountId: appAccountId,
    displayName: 'Change Governance',
    accountType: 'app',
    active: true,
    timeZone: 'UTC',
  };
  return [...people, app];
}

export function seedGroups(): GroupRecord[] {
  return [
    {
      groupId: 'b5e2a0c4-0001-4a1e-9c11-000000000001',
      name: 'jira-administrators',
      members: [SITE_ADMIN_ID],
    },
    {
      groupId: 'b5e2a0c4-0002-4a1e-9c11-000000000002',
      name: 'jira-users',
      members: PEOPLE.map((p) => p.accountId),
    },
    {
      groupId: 'b5e2a0c4-0003-4a1e-9c11-000000000003',
      name: 'cx-leadership',
      members: ['cx-director', 'cx-manager', 'cx-team-lead'],
    },
  ];
}

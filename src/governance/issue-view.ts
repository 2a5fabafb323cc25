import { readStoredIntake } from '../contract/intake-fields';
import type { ApprovalRow, CommsRow, IssueView, Person } from '../contract/resolver-contract';
import { approvalStandings, DEFAULT_CONFIG, planComms } from '../domain';
import type { JiraIssue } from '../jira/schemas';
import { decide, snapshot } from './gate-checks';
import { isChangeRequest, type Decided } from './govern-change-request';
import type { GovernancePorts } from './ports';
import { INTAKE_PROPERTY } from './properties';
import { redesignRows } from './redesign-rows';

const person = (user: JiraIssue['fields']['assignee']): Person | null =>
  user ? { accountId: user.accountId, displayName: user.displayName ?? user.accountId } : null;

/** Everything the issue panel shows, read fresh: the panel never trusts a cached decision. */
export async function buildIssueView(
  ports: GovernancePorts,
  issue: JiraIssue,
  canEdit: boolean,
  /** The decision a governance pass just made for this issue, when the view follows one. */
  decided?: Decided,
): Promise<IssueView> {
  const intake = readStoredIntake(issue.properties?.[INTAKE_PROPERTY]);
  if (!isChangeRequest(issue)) {
    const pass = { pass: true } as const;
    return {
      issueKey: issue.key,
      isChangeRequest: false,
      canEdit,
      intake,
      assessment: null,
      approvals: [],
      comms: [],
      redesign: [],
      gates: { approve: pass, schedule: pass },
      config: DEFAULT_CONFIG,
    };
  }
  const s = await snapshot(ports, issue, decided);
  const byKey = new Map(s.tickets.map((t) => [t.key, t]));
  const approvals: ApprovalRow[] = approvalStandings(s.required, s.existing).map(
    ({ approval, standing, key }) => {
      const ticket = key ? byKey.get(key) : undefined;
      return {
        key,
        stepId: approval.stepId,
        roleName: approval.roleName,
        approver: person(ticket?.fields.assignee),
        dueDate: ticket?.fields.duedate ?? approval.dueDate,
        status: ticket?.fields.status?.name ?? null,
        standing,
      };
    },
  );
  const comms: CommsRow[] =
    s.assessment.status === 'assessed'
      ? planComms(s.assessment, s.config, ports.today()).map((step) => {
          const existing = s.existing.find(
            (t) => t.kind === 'comms' && t.stepId === step.stepId && !t.retired,
          );
          const ticket = existing ? byKey.get(existing.key) : undefined;
          const role = s.config.roles.find((r) => r.id === step.ownerRole);
          return {
            key: existing?.key ?? null,
            stepId: step.stepId,
            title: step.title,
            dueDate: ticket?.fields.duedate ?? step.dueDate,
            channel: step.channel,
            owner: person(ticket?.fields.assignee),
            ownerRoleName: role?.name ?? { 'en-US': step.ownerRole },
            status: ticket?.fields.status?.name ?? null,
            done: existing?.state === 'done',
            overdue: existing?.state !== 'done' && step.overdue,
          };
        })
      : [];
  return {
    issueKey: issue.key,
    isChangeRequest: true,
    canEdit,
    intake,
    assessment: s.assessment,
    approvals,
    comms,
    redesign: redesignRows(s.existing, s.tickets, s.config, ports.today()),
    gates: { approve: decide('approve', s), schedule: decide('schedule', s) },
    config: s.config,
  };
}

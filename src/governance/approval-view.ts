// What an approver sees on a Change Approval: the change request they are deciding, and which of its approvals
// this one is. Only approvals the app registered for the change get it: a sub-task a user made under a change
// request is not an approval, whatever its type or properties say (anyone with Edit Issues can write those).
import type { ApprovalContext, IssueView } from '../contract/resolver-contract';
import { getIssue } from '../jira/issues';
import type { JiraIssue } from '../jira/schemas';
import { CHANGE_REQUEST_FIELDS, isChangeRequest } from './govern-change-request';
import type { GovernancePorts } from './ports';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY } from './properties';
import { loadRegistry } from './ticket-registry';

export interface RegisteredApproval {
  /** The change request, read as governance reads it. */
  changeRequest: JiraIssue;
  stepId: string;
}

/**
 * The change request an issue is a registered approval of, or null when it is none. Read as the app: the caller's
 * right to see the change request is the resolver's to check.
 */
export async function registeredApprovalOf(
  ports: GovernancePorts,
  issue: JiraIssue,
): Promise<RegisteredApproval | null> {
  // The panel reads issues without their parent; one small read answers where this one hangs.
  const parentKey =
    issue.fields.parent?.key ??
    (await getIssue(ports.jira, issue.key, ['parent']))?.fields.parent?.key;
  if (!parentKey) return null;
  const parent = await getIssue(ports.jira, parentKey, CHANGE_REQUEST_FIELDS, [
    INTAKE_PROPERTY,
    ASSESSMENT_PROPERTY,
  ]);
  if (!parent || !isChangeRequest(parent)) return null;
  const registry = await loadRegistry(ports.store, { id: parent.id, key: parent.key });
  const entry = registry.tickets.find((t) => t.id === issue.id && t.kind === 'approval');
  return entry ? { changeRequest: parent, stepId: entry.stepId } : null;
}

/**
 * The change request's view with the approval it was opened on. An approval that no longer counts (retired, asked
 * again, or of a tier the change left) is `history`: its approver sees the change, and that their decision is not
 * the one that counts now.
 */
export function withApprovalContext(
  view: IssueView,
  approvalKey: string,
  stepId: string,
): IssueView {
  const row = view.approvals.find((a) => a.key === approvalKey);
  const approvalOf: ApprovalContext = {
    changeRequestKey: view.issueKey,
    stepId,
    standing: row ? row.standing : 'history',
  };
  return { ...view, approvalOf };
}

// The panel's read phase: the change request as the caller may see it, and what an assessment of it needs, each
// read once per call and handed on.
import {
  ok,
  parseIntake,
  type AssessmentContext,
  type GovernanceConfig,
  type Intake,
} from '../domain';
import {
  CHANGE_REQUEST_FIELDS,
  isChangeRequest,
  launchDateView,
  submittedOn,
} from '../governance/govern-change-request';
import { registeredApprovalOf } from '../governance/approval-view';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY } from '../governance/properties';
import { loadRegistry } from '../governance/ticket-registry';
import { getIssue } from '../jira/issues';
import { issuePermissionsOfCaller } from '../jira/permissions';
import type { JiraIssue } from '../jira/schemas';
import { configRepository } from '../storage/config-repository';
import type { ResolverContext } from './context';
import { refuse, type Answer } from './failure';

export interface CallerIssue {
  /** Read as the app (governance must see every link and sub-task), once the caller's Browse is confirmed. */
  issue: JiraIssue;
  canEdit: boolean;
}

const notFound = () =>
  refuse('ISSUE.NOT_FOUND', 'The issue does not exist or you do not have permission to see it.');

/**
 * The context's issue, if the caller may browse it. Jira answers whether they may (and may edit it) for the issue
 * itself, so a security level hides it exactly as Jira would; nothing of the issue is read before that.
 */
export async function issueForCaller(ctx: ResolverContext): Promise<Answer<CallerIssue>> {
  if (!ctx.issueKey) return refuse('ISSUE.NOT_FOUND', 'Open a change request to use this panel.');
  const held = await issuePermissionsOfCaller(ctx.ports.jiraAsUser, ctx.issueKey, [
    'BROWSE_PROJECTS',
    'EDIT_ISSUES',
  ]);
  if (!held?.BROWSE_PROJECTS) return notFound();
  const issue = await readChangeRequest(ctx, ctx.issueKey);
  return issue ? ok({ issue, canEdit: held.EDIT_ISSUES }) : notFound();
}

export interface CallerChange extends CallerIssue {
  /** Set when the panel was opened on one of the change request's approvals: `issue` is then the change request. */
  approval?: { key: string; stepId: string };
}

/**
 * The change request the panel is about: the context's issue, or, on an approval the app registered for a change
 * request, that change request, if the caller may browse it too (asked of Jira, as for the issue itself).
 */
export async function changeForCaller(ctx: ResolverContext): Promise<Answer<CallerChange>> {
  const read = await issueForCaller(ctx);
  if (!read.ok || isChangeRequest(read.value.issue)) return read;
  const registered = await registeredApprovalOf(ctx.ports, read.value.issue);
  if (!registered) return read;
  const { changeRequest, stepId } = registered;
  const held = await issuePermissionsOfCaller(ctx.ports.jiraAsUser, changeRequest.key, [
    'BROWSE_PROJECTS',
    'EDIT_ISSUES',
  ]);
  if (!held?.BROWSE_PROJECTS) return read;
  return ok({
    issue: changeRequest,
    canEdit: held.EDIT_ISSUES,
    approval: { key: read.value.issue.key, stepId },
  });
}

/** The change request with what governance reads of it, as the app. */
export const readChangeRequest = (ctx: ResolverContext, issueKey: string) =>
  getIssue(ctx.ports.jira, issueKey, CHANGE_REQUEST_FIELDS, [INTAKE_PROPERTY, ASSESSMENT_PROPERTY]);

export const configInForce = (ctx: ResolverContext): Promise<GovernanceConfig> =>
  configRepository(ctx.ports.store, ctx.ports.nowIso).inForce();

/**
 * What governance would assess the change request with: the intake as governed (a Due date moved in Jira is its
 * launch date) and its submission day. The same gathering the governance service does, so a what-if never
 * disagrees with the stored assessment about the change as it stands.
 */
export async function assessmentInputs(
  ctx: ResolverContext,
  issue: JiraIssue,
): Promise<{ intake: Intake; context: AssessmentContext }> {
  const registry = await loadRegistry(ctx.ports.store, { id: issue.id, key: issue.key });
  return {
    intake: parseIntake(launchDateView(issue, registry).intakeRaw),
    context: { submittedOn: submittedOn(issue, ctx.ports), similarPast: [] },
  };
}

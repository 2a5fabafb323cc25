import {
  localize,
  type DesiredTicket,
  type ExistingTicket,
  type GovernanceConfig,
} from '../domain';
import type { JiraIssue } from '../jira/schemas';
import { paragraphs } from './adf';
import type { ProjectIssueTypes } from './issue-types';
import { APP_LABEL, STEP_PROPERTY, stepPropertySchema, type StepProperty } from './properties';

/** Reads back a provisioned ticket in the domain's terms. */
export function toExistingTicket(
  issue: JiraIssue,
  config: GovernanceConfig,
): ExistingTicket | null {
  const step = stepPropertySchema.safeParse(issue.properties?.[STEP_PROPERTY]);
  if (!step.success) return null;
  const status = issue.fields.status;
  const done = status?.statusCategory?.key === 'done';
  const statusName = status?.name ?? '';
  const is = (names: readonly string[]) =>
    names.some((n) => n.toLowerCase() === statusName.toLowerCase());
  const outcome =
    !done || step.data.kind !== 'approval'
      ? undefined
      : is(config.approvalStatuses.approved)
        ? 'approved'
        : is(config.approvalStatuses.declined)
          ? 'declined'
          : 'withdrawn';
  return {
    key: issue.key,
    kind: step.data.kind,
    stepId: step.data.stepId,
    state: done ? 'done' : 'open',
    ...(outcome ? { outcome } : {}),
    ...(issue.fields.duedate ? { dueDate: issue.fields.duedate } : {}),
    ...(step.data.forTier !== undefined ? { forTier: step.data.forTier } : {}),
    ...(step.data.roleId !== undefined ? { roleId: step.data.roleId } : {}),
    retired: step.data.retired === true,
  };
}

export function stepPropertyOf(changeRequest: string, ticket: DesiredTicket): StepProperty {
  return ticket.kind === 'approval'
    ? {
        changeRequest,
        kind: 'approval',
        stepId: ticket.stepId,
        forTier: ticket.forTier,
        roleId: ticket.roleId,
      }
    : { changeRequest, kind: 'comms', stepId: ticket.stepId, roleId: ticket.ownerRole };
}

export function ticketSummary(
  ticket: DesiredTicket,
  changeRequest: { key: string; summary: string },
): string {
  const what =
    ticket.kind === 'approval'
      ? `Approval: ${localize(ticket.roleName, 'en-US')}`
      : `Customer comms: ${localize(ticket.title, 'en-US')}`;
  // Jira caps summaries at 255 characters.
  return `${what} — ${changeRequest.key} ${changeRequest.summary}`.slice(0, 255);
}

export interface CreateContext {
  changeRequest: { key: string; id: string; summary: string; projectId: string };
  types: ProjectIssueTypes;
  /** Who a step's ticket is assigned to: the person its role maps to, or nobody. */
  assigneeOf(ticket: Pick<DesiredTicket, 'kind' | 'stepId'>): string | null;
}

/** One entry of a bulk create: parent or link, assignee, due date and the step property in the same payload. */
export function createPayload(ticket: DesiredTicket, context: CreateContext): unknown {
  const { changeRequest, types } = context;
  const assignee = context.assigneeOf(ticket);
  const common = {
    project: { id: changeRequest.projectId },
    summary: ticketSummary(ticket, changeRequest),
    duedate: ticket.dueDate,
    labels: [APP_LABEL],
    ...(assignee ? { assignee: { accountId: assignee } } : {}),
  };
  const properties = [{ key: STEP_PROPERTY, value: stepPropertyOf(changeRequest.key, ticket) }];
  if (ticket.kind === 'approval') {
    if (!types.changeApproval)
      throw new Error('The project has no Change Approval issue type: run the setup.');
    return {
      fields: {
        ...common,
        issuetype: { id: types.changeApproval },
        parent: { key: changeRequest.key },
        description: paragraphs(
          `Approve or decline ${changeRequest.key} as ${localize(ticket.roleName, 'en-US')} for customer-impact tier ${String(ticket.forTier)}.`,
          `Decide by ${ticket.dueDate}, the day before customers first hear of the change.`,
        ),
      },
      properties,
    };
  }
  if (!types.comms) throw new Error('The project has no issue type for communication tickets.');
  const description = paragraphs(
    `${localize(ticket.title, 'en-US')} for ${changeRequest.key}, due ${ticket.dueDate} (${ticket.offsetDays >= 0 ? '+' : ''}${String(ticket.offsetDays)} days from launch).`,
    `Channel: ${ticket.channel}.`,
  );
  return types.comms.subtask
    ? {
        fields: {
          ...common,
          issuetype: { id: types.comms.id },
          parent: { key: changeRequest.key },
          description,
        },
        properties,
      }
    : {
        fields: { ...common, issuetype: { id: types.comms.id }, description },
        update: {
          issuelinks: [
            { add: { type: { name: 'Relates' }, outwardIssue: { key: changeRequest.key } } },
          ],
        },
        properties,
      };
}

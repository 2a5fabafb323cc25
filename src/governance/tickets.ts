import { DEFAULT_LOCALE, localize, type DesiredTicket, type Locale } from '../domain';
import { translate } from '../i18n/translate';
import { paragraphs } from './adf';
import type { ProjectIssueTypes } from './issue-types';
import { APP_LABEL, STEP_PROPERTY, type StepProperty } from './properties';
import { redesignDescription, redesignSummary } from './redesign-tickets';
import { withReviewObjectives, type PostLaunchReviewContext } from './review-description';

export function stepPropertyOf(
  changeRequest: string,
  ticket: DesiredTicket,
  token?: string,
): StepProperty {
  const withToken = token !== undefined ? { token } : {};
  return ticket.kind === 'approval'
    ? {
        changeRequest,
        kind: 'approval',
        stepId: ticket.stepId,
        forTier: ticket.forTier,
        roleId: ticket.roleId,
        ...withToken,
      }
    : {
        changeRequest,
        kind: ticket.kind,
        stepId: ticket.stepId,
        roleId: ticket.ownerRole,
        ...withToken,
      };
}

export function ticketSummary(
  ticket: DesiredTicket,
  changeRequest: { key: string; summary: string },
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (ticket.kind === 'redesign') return redesignSummary(ticket, changeRequest, locale);
  const what =
    ticket.kind === 'approval'
      ? translate(locale, 'server.tickets.approvalSummary', {
          role: localize(ticket.roleName, locale),
        })
      : translate(locale, 'server.tickets.commsSummary', { title: localize(ticket.title, locale) });
  // Jira caps summaries at 255 characters.
  return `${what} — ${changeRequest.key} ${changeRequest.summary}`.slice(0, 255);
}

export interface CreateContext {
  changeRequest: { key: string; id: string; summary: string; projectId: string };
  types: ProjectIssueTypes;
  /** Who a step's ticket is assigned to: the person its role maps to, or nobody. */
  assigneeOf(ticket: Pick<DesiredTicket, 'kind' | 'stepId'>): string | null;
  /** The one-time token of this bulk create, written into each step property so a lost answer is recovered. */
  token?: string;
  /** The site's default language, for the comments the app writes; English when not given. */
  siteLocale?: () => Promise<Locale>;
  /** The change's objectives, for the post-launch review ticket's description. */
  postLaunchReview?: PostLaunchReviewContext;
}

/** One entry of a bulk create: parent or link, assignee, due date and the step property in the same payload. */
/** Summaries and descriptions are written in `locale`: the site's default language. */
export function createPayload(
  ticket: DesiredTicket,
  context: CreateContext,
  locale: Locale = DEFAULT_LOCALE,
): unknown {
  const { changeRequest, types } = context;
  const assignee = context.assigneeOf(ticket);
  const common = {
    project: { id: changeRequest.projectId },
    summary: ticketSummary(ticket, changeRequest, locale),
    duedate: ticket.dueDate,
    labels: [APP_LABEL],
    ...(assignee ? { assignee: { accountId: assignee } } : {}),
  };
  const properties = [
    { key: STEP_PROPERTY, value: stepPropertyOf(changeRequest.key, ticket, context.token) },
  ];
  if (ticket.kind === 'approval') {
    if (!types.changeApproval)
      throw new Error('The project has no Change Approval issue type: run the setup.');
    return {
      fields: {
        ...common,
        issuetype: { id: types.changeApproval },
        parent: { key: changeRequest.key },
        description: paragraphs(
          translate(locale, 'server.tickets.approvalAsk', {
            key: changeRequest.key,
            role: localize(ticket.roleName, locale),
            tier: ticket.forTier,
          }),
          translate(locale, 'server.tickets.approvalDecideBy', { date: ticket.dueDate }),
        ),
      },
      properties,
    };
  }
  if (!types.comms) throw new Error('The project has no issue type for communication tickets.');
  // A redesign task is made like a comms task (a Task linked to the change), only its words differ.
  const description =
    ticket.kind === 'redesign'
      ? redesignDescription(ticket, changeRequest, assignee, locale)
      : withReviewObjectives(
          paragraphs(
            translate(locale, 'server.tickets.commsDue', {
              title: localize(ticket.title, locale),
              key: changeRequest.key,
              date: ticket.dueDate,
              offset: `${ticket.offsetDays >= 0 ? '+' : ''}${String(ticket.offsetDays)}`,
            }),
            translate(locale, 'server.tickets.commsChannel', {
              channel: localize(ticket.channel, locale),
            }),
          ),
          // The post-launch review carries the change's objectives (review-description.ts).
          ticket,
          context.postLaunchReview,
          locale,
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

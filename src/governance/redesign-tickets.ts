// The words of a redesign task, in the site's language: what to update at which touchpoint, by when, and who
// should pick it up when the touchpoint's owner names nobody the app can assign.
import { localize, type DesiredRedesign, type Locale, type TouchpointOwner } from '../domain';
import { REDESIGN_TICKET_KEYS } from '../i18n/governance-text';
import { translate } from '../i18n/translate';
import { paragraphs } from './adf';

/** "Update the help-centre article, macros and journey map for <touchpoint>: <key> <summary>", at most 255. */
export function redesignSummary(
  ticket: DesiredRedesign,
  changeRequest: { key: string; summary: string },
  locale: Locale,
): string {
  const what = translate(locale, REDESIGN_TICKET_KEYS.summary, {
    touchpoint: localize(ticket.touchpoint, locale),
  });
  // Jira caps summaries at 255 characters.
  return `${what}: ${changeRequest.key} ${changeRequest.summary}`.slice(0, 255);
}

const ownerName = (owner: TouchpointOwner): string => {
  switch (owner.kind) {
    case 'user':
      return owner.accountId;
    case 'group':
      return owner.groupName;
    case 'projectRole':
      return owner.roleName;
  }
};

/**
 * The task's description. An owner the app could not resolve to a person (an empty group, a project role
 * without members) is said here, in the same create call: the task can never exist without the note.
 */
export function redesignDescription(
  ticket: DesiredRedesign,
  changeRequest: { key: string },
  assignee: string | null,
  locale: Locale,
): ReturnType<typeof paragraphs> {
  const touchpoint = localize(ticket.touchpoint, locale);
  return paragraphs(
    translate(locale, REDESIGN_TICKET_KEYS.what, {
      touchpoint,
      stage: localize(ticket.stage, locale),
      step: localize(ticket.customerStep, locale),
      key: changeRequest.key,
    }),
    translate(locale, REDESIGN_TICKET_KEYS.due, {
      date: ticket.dueDate,
      offset: String(ticket.offsetDays),
    }),
    ...(assignee === null
      ? [
          translate(locale, REDESIGN_TICKET_KEYS.unassigned, {
            owner: ownerName(ticket.owner),
            touchpoint,
          }),
        ]
      : []),
  );
}

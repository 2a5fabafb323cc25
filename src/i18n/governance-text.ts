/**
 * The comments the app writes outside a governance pass, in the site's language: the note left when an
 * approval is asked again and the daily reminder on a comms ticket.
 */
export const ASK_AGAIN_KEYS = {
  onApproval: 'server.comments.askedAgain',
  onChangeRequest: 'server.comments.askedAgainOnRequest',
} as const;

export const REMINDER_KEYS = {
  due: 'server.reminders.due',
  overdue: 'server.reminders.overdue',
  /** Opens the reminder in place of the owner's mention when the ticket has no assignee. */
  unassigned: 'server.reminders.unassigned',
} as const;

/** What a redesign task says: its summary, its description and the note when its owner names nobody. */
export const REDESIGN_TICKET_KEYS = {
  summary: 'server.tickets.redesignSummary',
  what: 'server.tickets.redesignWhat',
  due: 'server.tickets.redesignDue',
  unassigned: 'server.tickets.redesignUnassigned',
} as const;

// Jira's status names in the viewer's language. A status name is the site's own word: the app translates only
// the names it ships (the demo workflows' statuses and the default configuration's approval statuses) and shows
// any other name exactly as Jira gave it, since the site chose it in its own language.
import type { Translate } from '../../../shared/i18n';

/** The status names the app knows, lower-cased, to their key among the locale files' ticket statuses. */
const KNOWN_STATUSES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    draft: 'draft',
    'in review': 'inReview',
    approved: 'approved',
    scheduled: 'scheduled',
    done: 'done',
    declined: 'declined',
    rejected: 'rejected',
    pending: 'pending',
    'to do': 'toDo',
    'in progress': 'inProgress',
    "won't do": 'wontDo',
    'won’t do': 'wontDo',
    withdrawn: 'withdrawn',
  }),
);

/** Every key a status name is translated with, so a test can hold the locale files to them. */
export const STATUS_KEYS: readonly string[] = [...new Set(KNOWN_STATUSES.values())];

/** The status `name` as the viewer reads it: translated when the app knows it, else Jira's own words. */
export function statusName(name: string, t: Translate): string {
  const key = KNOWN_STATUSES.get(name.trim().toLowerCase());
  return key === undefined ? name : t(`ui.panel.tickets.statuses.${key}`);
}

import { doc, mention, p, text } from '@atlaskit/adf-utils/builders';
import { addDays, formatDate } from '../domain';
import { REMINDER_KEYS } from '../i18n/governance-text';
import { siteLocale } from '../i18n/site-locale';
import { formatCalendarDate, translate } from '../i18n/translate';
import { addComment, searchAll } from '../jira/issues';
import { storageKey } from '../storage/key-value-store';
import { jqlString } from './jql';
import type { GovernancePorts } from './ports';
import { STEP_PROPERTY } from './properties';

/** How far ahead a comms step starts being announced to its owner. */
export const REMINDER_HORIZON_DAYS = 7;

/** Daily: every open comms ticket due within a week or overdue gets one reminder a day, mentioning its owner. */
export async function sendReminders(
  ports: GovernancePorts,
): Promise<{ reminded: number; skipped: number }> {
  const today = ports.today();
  const horizon = formatDate(addDays(today, REMINDER_HORIZON_DAYS));
  const jql =
    `issue.property[${STEP_PROPERTY}].kind = "comms" AND statusCategory != Done ` +
    `AND duedate <= ${jqlString(horizon)} ORDER BY duedate ASC`;
  const tickets = await searchAll(
    ports.jira,
    jql,
    ['duedate', 'assignee', 'summary'],
    [STEP_PROPERTY],
  );
  let reminded = 0;
  let skipped = 0;
  if (tickets.length === 0) return { reminded, skipped };
  // Reminders are read by whoever owns the step: written in the site's language, asked once per run.
  const language = await siteLocale(ports.jira, ports.store);
  for (const ticket of tickets) {
    const onceKey = storageKey('reminded', ticket.key, formatDate(today));
    if (!(await ports.store.setIfAbsent(onceKey, true, { ttlSeconds: 3 * 24 * 3600 }))) {
      skipped += 1;
      continue;
    }
    const due = ticket.fields.duedate ?? horizon;
    const overdue = due < formatDate(today);
    const owner = ticket.fields.assignee;
    const sentence = translate(language, overdue ? REMINDER_KEYS.overdue : REMINDER_KEYS.due, {
      date: formatCalendarDate(due, language),
    });
    const body = doc(
      p(
        ...(owner
          ? [mention({ id: owner.accountId, text: `@${owner.displayName ?? owner.accountId}` })]
          : [text(translate(language, REMINDER_KEYS.unassigned))]),
        text(` ${sentence}`),
      ),
    );
    try {
      await addComment(ports.jira, ticket.key, body);
      reminded += 1;
    } catch (error) {
      // Let tomorrow's run or a retry try again rather than believing the reminder went out.
      await ports.store.delete(onceKey);
      throw error;
    }
  }
  return { reminded, skipped };
}

// The issue panel's redesign rows: the tasks the app's registry holds for the change, as Jira has them now, named
// from the touchpoint registry in force. Read as the app; the resolver hides what the caller may not browse.
import type { RedesignRow } from '../contract/redesign-contract';
import {
  compareDates,
  journeyOf,
  parseCalendarDate,
  touchpointPlaces,
  type CalendarDate,
  type ExistingTicket,
  type GovernanceConfig,
} from '../domain';
import type { JiraIssue } from '../jira/schemas';

export function redesignRows(
  existing: readonly ExistingTicket[],
  tickets: readonly JiraIssue[],
  config: GovernanceConfig,
  today: CalendarDate,
): RedesignRow[] {
  const places = touchpointPlaces(journeyOf(config));
  const order = (id: string) => {
    const at = places.findIndex((p) => p.touchpoint.id === id);
    return at === -1 ? places.length : at;
  };
  const byKey = new Map(tickets.map((t) => [t.key, t]));
  return existing
    .filter((t) => t.kind === 'redesign' && !t.retired)
    .sort((a, b) => order(a.stepId) - order(b.stepId) || a.key.localeCompare(b.key))
    .map((task): RedesignRow => {
      const issue = byKey.get(task.key);
      const place = places.find((p) => p.touchpoint.id === task.stepId);
      const dueDate = issue?.fields.duedate ?? task.dueDate ?? null;
      const due = parseCalendarDate(dueDate);
      const done = task.state === 'done';
      const assignee = issue?.fields.assignee;
      return {
        key: task.key,
        touchpointId: task.stepId,
        touchpoint: place?.touchpoint.name ?? { 'en-US': task.stepId },
        stage: place?.stage.name ?? null,
        owner: assignee
          ? {
              accountId: assignee.accountId,
              displayName: assignee.displayName ?? assignee.accountId,
            }
          : null,
        dueDate,
        status: issue?.fields.status?.name ?? null,
        done,
        overdue: !done && due !== undefined && compareDates(due, today) < 0,
      };
    });
}

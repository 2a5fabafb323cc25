// What the issue panel may show the person who opened it. The view is built as the app (the gates
// must see every ticket); anything in it that names other issues is read again as the caller.
import type { IssueView, PanelConfig } from '../contract/resolver-contract';
import { parseIntake, suggestedHistoryAnswer, type GovernanceConfig } from '../domain';
import type { JiraIssue } from '../jira/schemas';
import { bulkFetchIssues } from '../jira/tickets-read';
import type { UserPorts } from '../governance/ports';
import { INTAKE_PROPERTY } from '../governance/properties';
import { objectiveResultsView } from '../governance/outcome-service';
import { calendarWarningsForChange } from '../governance/calendar-warnings';
import { findSimilarChanges } from '../governance/similar-changes';
import { publicJourneyOf, touchedJourneyOf } from './journey-view';

/** Role names only: who a role maps to (account ids, group names) is for Jira admins. */
export const panelConfig = (config: PanelConfig | GovernanceConfig): PanelConfig => ({
  ...config,
  roles: config.roles.map(({ id, name }) => ({ id, name })),
  // Touchpoints without their owners: who owns one is for Jira admins, like a role's mapping.
  journey: publicJourneyOf(config),
});

/**
 * Similar past changes as the caller may see them: searched as the caller, so an issue hidden from
 * them by a security level or a project permission never shows its key or summary in their panel.
 */
export async function similarChangesForCaller(ports: UserPorts, issue: JiraIssue) {
  const intake = parseIntake(issue.properties?.[INTAKE_PROPERTY]);
  if (intake.problems.length > 0 || !issue.fields.project) return [];
  return findSimilarChanges(
    ports.jiraAsUser,
    ports.store,
    { key: issue.key, projectKey: issue.fields.project.key },
    intake.details,
  );
}

/**
 * The view's ticket rows as the caller may see them: the gates need every ticket (read as the app), but a ticket
 * the caller cannot browse (a stricter security level) shows only its role or step, never its key, status or
 * people. One bulk fetch as the caller answers for all rows.
 */
async function rowsForCaller(ports: UserPorts, view: IssueView) {
  const keys = [...view.approvals, ...view.comms, ...view.redesign].flatMap((r) =>
    r.key ? [r.key] : [],
  );
  if (keys.length === 0)
    return { approvals: view.approvals, comms: view.comms, redesign: view.redesign };
  const visible = new Set(
    (await bulkFetchIssues(ports.jiraAsUser, keys, ['status'])).map((i) => i.key),
  );
  const seen = (key: string | null) => key !== null && visible.has(key);
  return {
    approvals: view.approvals.map((r) =>
      seen(r.key) ? r : { ...r, key: null, approver: null, status: null },
    ),
    comms: view.comms.map((r) =>
      seen(r.key) ? r : { ...r, key: null, owner: null, status: null },
    ),
    redesign: view.redesign.map((r) =>
      seen(r.key) ? r : { ...r, key: null, owner: null, status: null },
    ),
  };
}

/** The panel's view with everything read as the app that names other issues replaced by the caller's reading. */
export async function viewForCaller(
  ports: UserPorts,
  issue: JiraIssue,
  view: IssueView,
): Promise<IssueView> {
  const config = panelConfig(view.config);
  const [rows, objectiveResults, touchedJourney] = await Promise.all([
    rowsForCaller(ports, view),
    view.isChangeRequest ? objectiveResultsView(ports, issue) : undefined,
    view.isChangeRequest ? touchedJourneyOf(ports, issue) : undefined,
  ]);
  const journey = touchedJourney ? { touchedJourney } : {};
  const outcome = objectiveResults ? { objectiveResults } : {};
  if (view.assessment?.status !== 'assessed')
    return { ...view, ...rows, ...outcome, ...journey, config };
  const [similarChanges, calendarWarnings] = await Promise.all([
    similarChangesForCaller(ports, issue),
    calendarWarningsForChange(ports, config, issue, view.assessment),
  ]);
  return {
    ...view,
    ...rows,
    ...outcome,
    ...journey,
    ...(calendarWarnings ? { calendarWarnings } : {}),
    config,
    assessment: {
      ...view.assessment,
      similarChanges,
      suggestedHistoryAnswer: suggestedHistoryAnswer(similarChanges) ?? null,
    },
  };
}

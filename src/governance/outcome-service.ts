// Recording how a launched change went, gather → decide → act: the objectives from the intake and the
// app's record from storage; the window and the measured values decided by the domain; the record
// saved in storage (the truth) and its display copy written to the issue property (the JQL index).
import type { ObjectiveResultsView } from '../contract/outcome-contract';
import { OUTCOME_PROPERTY } from '../contract/outcome-contract';
import {
  fail,
  measuredByObjective,
  objectiveResultsWindow,
  ok,
  parseIntake,
  type Failure,
  type MeasuredValue,
  type Outcome,
  type Result,
} from '../domain';
import { setIssueProperty } from '../jira/issues';
import type { JiraIssue } from '../jira/schemas';
import { displayNameOf } from '../jira/users';
import { launchDateView } from './govern-change-request';
import type { UserPorts } from './ports';
import {
  loadOutcome,
  outcomeEntry,
  outcomeProperty,
  recordedOutcomeView,
  saveOutcome,
  withEntry,
} from './outcome-record';
import { loadRegistry } from './ticket-registry';

/** The change's objectives and launch date as governance reads them (a Due date moved in Jira is the launch). */
async function objectivesOf(ports: UserPorts, issue: JiraIssue) {
  const registry = await loadRegistry(ports.store, { id: issue.id, key: issue.key });
  const intake = parseIntake(launchDateView(issue, registry).intakeRaw);
  return {
    objectives: intake.details.objectives ?? [],
    window: objectiveResultsWindow(intake.launchDate, ports.today()),
  };
}

/** The panel's post-launch part of a change request: what to measure, whether it is time, what was recorded. */
export async function objectiveResultsView(
  ports: UserPorts,
  issue: JiraIssue,
): Promise<ObjectiveResultsView> {
  const [{ objectives, window }, record] = await Promise.all([
    objectivesOf(ports, issue),
    loadOutcome(ports.store, issue.id),
  ]);
  // Named as the viewer may see the person: looked up as the viewer, only when there is a record.
  const displayName = record
    ? await displayNameOf(ports.jiraAsUser, record.current.recordedBy)
    : null;
  return {
    objectives,
    window,
    recorded: record ? recordedOutcomeView(record, displayName) : null,
  };
}

export interface ObjectiveResultsInput {
  outcome: Outcome;
  note: string;
  results: readonly MeasuredValue[];
}

export type RecordRefusal = Failure<'OUTCOME.NOT_LAUNCHED' | 'OUTCOME.INVALID'>;

/**
 * Records the outcome and measured values of a launched change for `ports.accountId`, who the caller
 * has checked may edit it. The earlier version stays in the record's history.
 */
export async function recordObjectiveResults(
  ports: UserPorts,
  issue: JiraIssue,
  input: ObjectiveResultsInput,
): Promise<Result<ObjectiveResultsView, RecordRefusal>> {
  // Gather.
  const [{ objectives, window }, previous] = await Promise.all([
    objectivesOf(ports, issue),
    loadOutcome(ports.store, issue.id),
  ]);
  // Decide.
  if (window.state !== 'open')
    return fail<RecordRefusal>({
      code: 'OUTCOME.NOT_LAUNCHED',
      message:
        window.state === 'before-launch'
          ? `The change launches on ${window.opensOn}: record its results from then on.`
          : 'The change has no launch date yet.',
      problems: [
        {
          code: 'OUTCOME.NOT_LAUNCHED',
          path: 'launchDate',
          message: 'Not launched yet.',
          ...(window.state === 'before-launch' ? { params: { opensOn: window.opensOn } } : {}),
        },
      ],
    });
  const measured = measuredByObjective(objectives, input.results);
  if (!measured.ok) return measured;
  const entry = outcomeEntry({
    outcome: input.outcome,
    note: input.note.trim(),
    objectives,
    measured: measured.value,
    recordedBy: ports.accountId,
    recordedAt: ports.nowIso(),
  });
  // Act: the truth first; the display copy after, so a failed property write never leaves an index
  // claiming what storage does not hold (the next record rewrites it).
  const record = withEntry(previous, { id: issue.id, key: issue.key }, entry);
  await saveOutcome(ports.store, record);
  await setIssueProperty(ports.jira, issue.key, OUTCOME_PROPERTY, outcomeProperty(entry));
  return ok({
    objectives,
    window,
    recorded: recordedOutcomeView(record, await displayNameOf(ports.jiraAsUser, ports.accountId)),
  });
}

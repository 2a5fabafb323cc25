import {
  assess,
  intakeDigest,
  parseIntake,
  planGovernance,
  reconcile,
  utcDateOfTimestamp,
  type Assessment,
  type ExistingTicket,
  type GovernanceConfig,
} from '../domain';
import { getIssue, searchAll, setIssueProperty } from '../jira/issues';
import type { JiraIssue } from '../jira/schemas';
import { configRepository } from '../storage/config-repository';
import { storageKey } from '../storage/key-value-store';
import { executeActions } from './execute-actions';
import { projectIssueTypes } from './issue-types';
import { jqlString } from './jql';
import { exclusively } from './lock';
import type { GovernancePorts } from './ports';
import {
  ASSESSMENT_PROPERTY,
  CHANGE_REQUEST_TYPE,
  INTAKE_PROPERTY,
  STEP_PROPERTY,
  stepPropertySchema,
  storedAssessmentExtrasSchema,
  type Provisioned,
} from './properties';
import { roleResolver } from './roles';
import { findSimilarChanges } from './similar-changes';
import { toExistingTicket } from './tickets';

export const CHANGE_REQUEST_FIELDS = [
  'summary',
  'created',
  'issuetype',
  'project',
  'reporter',
  'status',
] as const;
const IN_FLIGHT_TTL_SECONDS = 24 * 3600;
const TICKET_FIELDS = ['status', 'duedate', 'assignee', 'summary', 'issuetype'] as const;

export type GovernOutcome =
  | { outcome: 'not-found' | 'not-a-change-request' | 'deferred' }
  | { outcome: 'governed'; assessment: Assessment; actions: number; failures: string[] };

export const isChangeRequest = (issue: JiraIssue) =>
  issue.fields.issuetype?.name.toLowerCase() === CHANGE_REQUEST_TYPE.toLowerCase();

/** The change request's submission day: its creation, as a UTC calendar day. */
export function submittedOn(issue: JiraIssue, ports: GovernancePorts) {
  return (
    (issue.fields.created ? utcDateOfTimestamp(issue.fields.created) : undefined) ?? ports.today()
  );
}

/** Tickets provisioned for a change request: those recorded on it plus any a crashed run left unrecorded. */
export async function provisionedTickets(
  ports: GovernancePorts,
  changeRequestKey: string,
  recorded: Provisioned,
): Promise<JiraIssue[]> {
  const jql = `issue.property[${STEP_PROPERTY}].changeRequest = ${jqlString(changeRequestKey)} ORDER BY key ASC`;
  const ids = recorded.map((t) => Number(t.id)).filter((id) => Number.isSafeInteger(id) && id > 0);
  return searchAll(ports.jira, jql, TICKET_FIELDS, [STEP_PROPERTY], 100, ids);
}

const storedExtras = (issue: JiraIssue) => {
  const parsed = storedAssessmentExtrasSchema.safeParse(issue.properties?.[ASSESSMENT_PROPERTY]);
  return parsed.success ? parsed.data : { provisioned: [] as Provisioned };
};

/** Assesses one change request as it is now, with the configuration in force. */
export async function assessIssue(
  ports: GovernancePorts,
  issue: JiraIssue,
  config: GovernanceConfig,
): Promise<Assessment> {
  const intake = parseIntake(issue.properties?.[INTAKE_PROPERTY]);
  const similarPast =
    intake.problems.length === 0 && issue.fields.project
      ? await findSimilarChanges(
          ports.jira,
          { key: issue.key, projectKey: issue.fields.project.key },
          intake.details,
        )
      : [];
  return assess(intake, config, { submittedOn: submittedOn(issue, ports), similarPast });
}

/**
 * The whole governance loop for one change request: assess, plan, reconcile with what exists,
 * carry out the actions, record the result. Safe to run any number of times, concurrently or late.
 */
export async function governChangeRequest(
  ports: GovernancePorts,
  issueKey: string,
): Promise<GovernOutcome> {
  const run = await exclusively(ports.store, issueKey, () => governOnce(ports, issueKey));
  return run.ran ? run.result : { outcome: 'deferred' };
}

async function governOnce(ports: GovernancePorts, issueKey: string): Promise<GovernOutcome> {
  const issue = await getIssue(ports.jira, issueKey, CHANGE_REQUEST_FIELDS, [
    INTAKE_PROPERTY,
    ASSESSMENT_PROPERTY,
  ]);
  if (!issue) return { outcome: 'not-found' };
  if (!isChangeRequest(issue) || !issue.fields.project) return { outcome: 'not-a-change-request' };

  const config = await configRepository(ports.store, ports.nowIso).inForce();
  const assessment = await assessIssue(ports, issue, config);
  const previous = storedExtras(issue);
  let provisioned = previous.provisioned;
  let failures: string[] = [];
  let actionCount = 0;

  if (assessment.status === 'assessed') {
    const inFlightKey = storageKey('provisioning', issue.key);
    // A first provisioning has nothing to find: skip the search unless an earlier run was interrupted.
    const mayHaveTickets =
      provisioned.length > 0 || (await ports.store.get(inFlightKey)) !== undefined;
    const tickets = mayHaveTickets ? await provisionedTickets(ports, issue.key, provisioned) : [];
    const existing = tickets
      .map((t) => toExistingTicket(t, config))
      .filter((t): t is ExistingTicket => t !== null);
    const desired = planGovernance(assessment, config, ports.today());
    const actions = reconcile(desired, existing);
    actionCount = actions.length;

    if (actions.length > 0) {
      const types = await projectIssueTypes(ports.jira, ports.store, issue.fields.project.id);
      const resolve = roleResolver(ports.jira, {
        reporterAccountId: issue.fields.reporter?.accountId ?? null,
        projectKey: issue.fields.project.key,
      });
      const assignees = new Map<string, string | null>();
      for (const action of actions) {
        if (action.type === 'reassign') {
          assignees.set(`${action.kind}:${action.stepId}`, await resolve(action.assignTo));
        }
        if (action.type !== 'create') continue;
        const t = action.ticket;
        assignees.set(
          `${t.kind}:${t.stepId}`,
          await resolve(t.kind === 'approval' ? t.approver : t.owner),
        );
      }
      const steps = new Map(
        tickets.flatMap((t) => {
          const step = stepPropertySchema.safeParse(t.properties?.[STEP_PROPERTY]);
          return step.success ? [[t.key, step.data] as const] : [];
        }),
      );
      // Outlives several hourly sweeps, so a crash mid-provisioning is always found and finished.
      await ports.store.set(inFlightKey, true, { ttlSeconds: IN_FLIGHT_TTL_SECONDS });
      const execution = await executeActions(
        ports.jira,
        actions,
        {
          changeRequest: {
            key: issue.key,
            id: issue.id,
            summary: issue.fields.summary ?? '',
            projectId: issue.fields.project.id,
          },
          types,
          assigneeOf: (t) => assignees.get(`${t.kind}:${t.stepId}`) ?? null,
        },
        (key) => steps.get(key),
      );
      failures = execution.failures;
      const known = new Map(existing.map((t) => [t.key, t]));
      provisioned = [
        ...tickets.flatMap((t) => {
          const e = known.get(t.key);
          return e ? [{ key: t.key, id: t.id, kind: e.kind, stepId: e.stepId }] : [];
        }),
        ...execution.created,
      ];
    } else if (mayHaveTickets) {
      provisioned = tickets.flatMap((t) => {
        const e = toExistingTicket(t, config);
        return e ? [{ key: t.key, id: t.id, kind: e.kind, stepId: e.stepId }] : [];
      });
    }
  }

  const keyNumber = (key: string) => Number(/(\d+)$/.exec(key)?.[1] ?? 0);
  const record = {
    ...assessment,
    // Only a run that finished says which intake it governed: an unfinished one is left for the sweep to find.
    ...(failures.length === 0
      ? { intakeDigest: intakeDigest(issue.properties?.[INTAKE_PROPERTY]) }
      : {}),
    provisioned: [...provisioned].sort((a, b) => keyNumber(a.key) - keyNumber(b.key)),
  };
  const before = issue.properties?.[ASSESSMENT_PROPERTY];
  // A replay that changes nothing writes nothing.
  if (JSON.stringify(before) !== JSON.stringify(record)) {
    await setIssueProperty(ports.jira, issue.key, ASSESSMENT_PROPERTY, record);
  }
  if (failures.length === 0) await ports.store.delete(storageKey('provisioning', issue.key));
  if (failures.length > 0) {
    // The tickets that were created are recorded above; failing now makes the platform retry the rest.
    throw new Error(
      `Provisioning ${issue.key} left ${String(failures.length)} ticket(s) uncreated: ${failures.join('; ')}`,
    );
  }
  return { outcome: 'governed', assessment, actions: actionCount, failures };
}

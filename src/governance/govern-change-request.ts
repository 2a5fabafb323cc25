import { randomUUID } from 'node:crypto';
import {
  decideGovernance,
  isRecord,
  parseIntake,
  syncLaunchDate,
  utcDateOfTimestamp,
  type Assessment,
  type DesiredTicket,
  type GovernanceConfig,
} from '../domain';
import { editIssue, getIssue, returnToReview } from '../jira/issues';
import type { JiraIssue } from '../jira/schemas';
import { configRepository } from '../storage/config-repository';
import { storageKey } from '../storage/key-value-store';
import { paragraphs } from './adf';
import { finishedRun, gatherStanding, withApprovedFrom } from './change-standing';
import { executeActions } from './execute-actions';
import { projectIssueTypes } from './issue-types';
import { exclusively } from './lock';
import type { GovernancePorts } from './ports';
import { ASSESSMENT_PROPERTY, CHANGE_REQUEST_TYPE, INTAKE_PROPERTY } from './properties';
import { roleResolver } from './roles';
import { registryUpdates, stepOf } from './registry-updates';
import { readTickets, recoverPendingCreate } from './ticket-reader';
import {
  loadRegistry,
  saveRegistry,
  upsertTickets,
  type PendingCreate,
  type RegisteredTicket,
  type TicketRegistry,
} from './ticket-registry';
import { siteLocale } from '../i18n/site-locale';

export const CHANGE_REQUEST_FIELDS = [
  'summary',
  'created',
  'duedate',
  'issuetype',
  'project',
  'reporter',
  'status',
  // Where the app's tickets hang: read with the issue, consistent, at no extra call.
  'subtasks',
  'issuelinks',
] as const;
const IN_FLIGHT_TTL_SECONDS = 24 * 3600;

/** What a caller already read: governance reuses it instead of reading the issue and configuration again. */
export interface Gathered {
  issue: JiraIssue;
  config: GovernanceConfig;
}

/** The decision a pass made, for a caller that shows it (the panel after a save). */
export interface Decided {
  config: GovernanceConfig;
  assessment: Assessment;
  desired: DesiredTicket[];
}

export type GovernOutcome =
  | { outcome: 'not-found' | 'not-a-change-request' | 'deferred' }
  | {
      outcome: 'governed';
      assessment: Assessment;
      actions: number;
      failures: string[];
      /** The change request as the pass left it (Due date and the app's properties as written). */
      issue: JiraIssue;
      decided: Decided;
    };

export const isChangeRequest = (issue: JiraIssue) =>
  issue.fields.issuetype?.name.toLowerCase() === CHANGE_REQUEST_TYPE.toLowerCase();

/** The change request's submission day: its creation, as a UTC calendar day. */
export function submittedOn(issue: JiraIssue, ports: GovernancePorts) {
  return (
    (issue.fields.created ? utcDateOfTimestamp(issue.fields.created) : undefined) ?? ports.today()
  );
}

/** The intake as stored, and as governed once the Due date and the launch date agree again. */
export function launchDateView(issue: JiraIssue, registry: TicketRegistry) {
  const stored = issue.properties?.[INTAKE_PROPERTY];
  const storedLaunch = isRecord(stored) ? stored.launchDate : undefined;
  const sync = syncLaunchDate({
    intakeLaunchDate: typeof storedLaunch === 'string' ? storedLaunch : null,
    dueDate: issue.fields.duedate ?? null,
    synced: registry.launchDateSynced ?? null,
  });
  const intakeRaw =
    sync.setIntakeLaunchDate !== undefined
      ? { ...(isRecord(stored) ? stored : {}), launchDate: sync.setIntakeLaunchDate }
      : stored;
  return { sync, intakeRaw };
}

/**
 * The whole governance loop for one change request: gather, decide, act. Safe to run any number of times,
 * concurrently or late.
 */
export async function governChangeRequest(
  ports: GovernancePorts,
  issueKey: string,
  gathered?: Gathered,
): Promise<GovernOutcome> {
  // What the caller read serves the first pass only: a re-run is for a change that came in meanwhile.
  let fresh = gathered;
  const run = await exclusively(ports.store, issueKey, () => {
    const given = fresh;
    fresh = undefined;
    return governOnce(ports, issueKey, given);
  });
  return run.ran ? run.result : { outcome: 'deferred' };
}

async function governOnce(
  ports: GovernancePorts,
  issueKey: string,
  gathered: Gathered | undefined,
): Promise<GovernOutcome> {
  // Gather: the issue, the configuration, the app's own record of its tickets, and the tickets as Jira has them.
  const issue =
    gathered?.issue ??
    (await getIssue(ports.jira, issueKey, CHANGE_REQUEST_FIELDS, [
      INTAKE_PROPERTY,
      ASSESSMENT_PROPERTY,
    ]));
  if (!issue) return { outcome: 'not-found' };
  if (!isChangeRequest(issue) || !issue.fields.project) return { outcome: 'not-a-change-request' };
  const project = issue.fields.project;
  const config = gathered?.config ?? (await configRepository(ports.store, ports.nowIso).inForce());
  const loaded = await loadRegistry(ports.store, { id: issue.id, key: issue.key });
  const registry = await recoverPendingCreate(ports.jira, issue, loaded);
  const { sync, intakeRaw } = launchDateView(issue, registry);
  const intake = parseIntake(intakeRaw);
  const read = await readTickets(ports.jira, issue, registry, config);
  const held = await gatherStanding(ports.jira, issue, registry, config, intake);

  // Decide.
  const { assessment, desired, actions, backToReview } = decideGovernance({
    intake,
    config,
    // Similar past changes are searched as the viewing user by the panel, never by the app: an assessment stored
    // on the issue must not carry keys and summaries its readers may not see.
    context: { submittedOn: submittedOn(issue, ports), similarPast: [] },
    existing: read.existing,
    today: ports.today(),
    changeRequestApproved: held.namedApproved,
    standing: held.standing,
  });

  // Act.
  const inFlightKey = storageKey('provisioning', issue.key);
  let next: TicketRegistry = {
    ...withApprovedFrom(registry, held.approvedFrom),
    ...(sync.synced ? { launchDateSynced: sync.synced } : {}),
  };
  let failures: string[] = [];
  if (actions.length > 0) {
    const types = await projectIssueTypes(ports.jira, ports.store, project.id);
    const resolve = roleResolver(ports.jira, {
      reporterAccountId: issue.fields.reporter?.accountId ?? null,
      projectKey: project.key,
    });
    const assignees = new Map<string, string | null>();
    const slot = (t: Pick<DesiredTicket, 'kind' | 'stepId'>) => `${t.kind}:${t.stepId}`;
    for (const action of actions) {
      if (action.type === 'reassign') assignees.set(slot(action), await resolve(action.assignTo));
      if (action.type === 'create') {
        const t = action.ticket;
        assignees.set(slot(t), await resolve(t.kind === 'approval' ? t.approver : t.owner));
      }
    }
    const creates = actions.flatMap((a) => (a.type === 'create' ? [a.ticket] : []));
    const pending: PendingCreate | undefined =
      creates.length > 0
        ? {
            token: randomUUID(),
            at: ports.nowIso(),
            steps: creates.map((t) => ({
              kind: t.kind,
              stepId: t.stepId,
              ...(t.kind === 'approval'
                ? { forTier: t.forTier, roleId: t.roleId }
                : { roleId: t.ownerRole }),
              approverAccountId: assignees.get(slot(t)) ?? null,
            })),
          }
        : undefined;
    if (pending) {
      // Recorded before the create, so a lost answer is recovered, never created twice.
      await saveRegistry(ports.store, { ...next, pending });
      // Outlives several hourly sweeps, so a crash mid-provisioning is always found and finished.
      await ports.store.set(inFlightKey, true, { ttlSeconds: IN_FLIGHT_TTL_SECONDS });
    }
    const byKey = new Map(registry.tickets.map((t) => [t.key, t]));
    const execution = await executeActions(
      ports.jira,
      actions,
      {
        changeRequest: {
          key: issue.key,
          id: issue.id,
          summary: issue.fields.summary ?? '',
          projectId: project.id,
        },
        types,
        assigneeOf: (t) => assignees.get(slot(t)) ?? null,
        siteLocale: () => siteLocale(ports.jira, ports.store),
        postLaunchReview: {
          objectives: intake.details.objectives ?? [],
          emergencyReviewId: config.emergency.review.id,
        },
        ...(pending ? { token: pending.token } : {}),
      },
      (key) => stepOf(issue.key, byKey.get(key)),
    );
    failures = execution.failures;
    next = upsertTickets(next, [
      ...execution.created.map((c): RegisteredTicket => {
        const planned = pending?.steps.find((s) => s.kind === c.kind && s.stepId === c.stepId);
        return { id: c.id, key: c.key, kind: c.kind, stepId: c.stepId, ...planned };
      }),
      ...registryUpdates(
        actions.filter((a) => execution.done.has(a)),
        registry,
        execution.leftOpen,
        assignees,
      ),
    ]);
  }
  if (
    backToReview &&
    assessment.status === 'assessed' &&
    registry.reviewRequestedForTier !== assessment.tier
  ) {
    await returnToReview(
      ports.jira,
      issue.key,
      paragraphs(
        `Change Governance: this change is now tier ${String(assessment.tier)} and needs approvals it was not approved with. ` +
          'It goes back to review; Schedule is refused until every approval of its current tier is given.',
      ),
    );
    next = { ...next, reviewRequestedForTier: assessment.tier };
  }
  if (JSON.stringify(next) !== JSON.stringify(loaded)) await saveRegistry(ports.store, next);

  const record = {
    ...assessment,
    // Only a run that finished says which intake it governed: an unfinished one is left for the sweep to find.
    ...(failures.length === 0 ? finishedRun(issue, intakeRaw, intake, config, next, loaded) : {}),
    // A display copy of the registry: nothing decides on it.
    provisioned: next.tickets.map(({ key, id, kind, stepId }) => ({ key, id, kind, stepId })),
  };
  const properties = [
    ...(JSON.stringify(issue.properties?.[ASSESSMENT_PROPERTY]) !== JSON.stringify(record)
      ? [{ key: ASSESSMENT_PROPERTY, value: record }]
      : []),
    ...(sync.setIntakeLaunchDate !== undefined ? [{ key: INTAKE_PROPERTY, value: intakeRaw }] : []),
  ];
  // One edit carries the Due date and the properties; a replay that changes nothing writes nothing.
  if (properties.length > 0 || sync.setDueDate !== undefined) {
    await editIssue(ports.jira, issue.key, {
      ...(sync.setDueDate !== undefined ? { fields: { duedate: sync.setDueDate } } : {}),
      ...(properties.length > 0 ? { properties } : {}),
    });
  }
  if (failures.length === 0) await ports.store.delete(inFlightKey);
  if (failures.length > 0) {
    // The tickets that were created are recorded above; failing now makes the platform retry the rest.
    throw new Error(
      `Provisioning ${issue.key} left ${String(failures.length)} ticket(s) uncreated: ${failures.join('; ')}`,
    );
  }
  const left: JiraIssue = {
    ...issue,
    fields: { ...issue.fields, duedate: sync.setDueDate ?? issue.fields.duedate ?? null },
    properties: {
      ...issue.properties,
      [INTAKE_PROPERTY]: intakeRaw,
      [ASSESSMENT_PROPERTY]: record,
    },
  };
  return {
    outcome: 'governed',
    assessment,
    actions: actions.length,
    failures,
    issue: left,
    decided: { config, assessment, desired },
  };
}

import {
  checkApprovalGate,
  checkScheduleGate,
  decideGovernance,
  parseIntake,
  type Assessment,
  type DesiredApproval,
  type ExistingTicket,
  type GateDecision,
  type GovernanceConfig,
} from '../domain';
import { getIssue } from '../jira/issues';
import type { JiraIssue } from '../jira/schemas';
import { configRepository } from '../storage/config-repository';
import {
  CHANGE_REQUEST_FIELDS,
  launchDateView,
  submittedOn,
  type Decided,
} from './govern-change-request';
import type { GovernancePorts } from './ports';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY } from './properties';
import { readTickets } from './ticket-reader';
import { loadRegistry } from './ticket-registry';

export interface GovernanceSnapshot {
  issue: JiraIssue;
  config: GovernanceConfig;
  assessment: Assessment;
  required: DesiredApproval[];
  tickets: JiraIssue[];
  existing: ExistingTicket[];
}

/**
 * The change request as it stands now: a fresh assessment, the approvals it needs, and the tickets the app's own
 * registry says it has, with each decision attributed to whoever took it. Read-only: a gate never writes.
 */
export async function snapshot(
  ports: GovernancePorts,
  issue: JiraIssue,
  /** The decision a governance pass just made for this issue: not made again. */
  decided?: Decided,
): Promise<GovernanceSnapshot> {
  const config = decided?.config ?? (await configRepository(ports.store, ports.nowIso).inForce());
  const registry = await loadRegistry(ports.store, { id: issue.id, key: issue.key });
  const read = await readTickets(ports.jira, issue, registry, config);
  const { assessment, desired } =
    decided ??
    decideGovernance({
      intake: parseIntake(launchDateView(issue, registry).intakeRaw),
      config,
      context: { submittedOn: submittedOn(issue, ports), similarPast: [] },
      existing: read.existing,
      today: ports.today(),
    });
  return {
    issue,
    config,
    assessment,
    required: desired.filter((d): d is DesiredApproval => d.kind === 'approval'),
    tickets: read.tickets,
    existing: read.existing,
  };
}

export type GateName = 'approve' | 'schedule';

export function decide(gate: GateName, s: GovernanceSnapshot): GateDecision {
  return gate === 'approve'
    ? checkApprovalGate(s.assessment, s.required, s.existing)
    : checkScheduleGate(s.assessment, s.required, s.existing);
}

/** What a workflow validator answers for a transition of one change request. */
export async function gateForIssue(
  ports: GovernancePorts,
  issueKey: string,
  gate: GateName,
): Promise<GateDecision> {
  const issue = await getIssue(ports.jira, issueKey, CHANGE_REQUEST_FIELDS, [
    INTAKE_PROPERTY,
    ASSESSMENT_PROPERTY,
  ]);
  if (!issue)
    return {
      pass: false,
      code: 'GATE.NOT_ASSESSED',
      message: `Issue ${issueKey} could not be read.`,
    };
  return decide(gate, await snapshot(ports, issue));
}

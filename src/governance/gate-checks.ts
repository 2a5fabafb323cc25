import {
  checkApprovalGate,
  checkScheduleGate,
  planGovernance,
  type Assessment,
  type DesiredApproval,
  type ExistingTicket,
  type GateDecision,
  type GovernanceConfig,
} from '../domain';
import { getIssue } from '../jira/issues';
import type { JiraIssue } from '../jira/schemas';
import { configRepository } from '../storage/config-repository';
import { assessIssue, CHANGE_REQUEST_FIELDS, provisionedTickets } from './govern-change-request';
import type { GovernancePorts } from './ports';
import { ASSESSMENT_PROPERTY, INTAKE_PROPERTY, storedAssessmentExtrasSchema } from './properties';
import { toExistingTicket } from './tickets';

export interface GovernanceSnapshot {
  issue: JiraIssue;
  config: GovernanceConfig;
  assessment: Assessment;
  required: DesiredApproval[];
  tickets: JiraIssue[];
  existing: ExistingTicket[];
}

/** The change request as it stands now: fresh assessment, the approvals it needs, the tickets it has. */
export async function snapshot(
  ports: GovernancePorts,
  issue: JiraIssue,
): Promise<GovernanceSnapshot> {
  const config = await configRepository(ports.store, ports.nowIso).inForce();
  const assessment = await assessIssue(ports, issue, config);
  const desired =
    assessment.status === 'assessed' ? planGovernance(assessment, config, ports.today()) : [];
  const recorded = storedAssessmentExtrasSchema.safeParse(issue.properties?.[ASSESSMENT_PROPERTY]);
  const tickets = await provisionedTickets(
    ports,
    issue.key,
    recorded.success ? recorded.data.provisioned : [],
  );
  return {
    issue,
    config,
    assessment,
    required: desired.filter((d): d is DesiredApproval => d.kind === 'approval'),
    tickets,
    existing: tickets
      .map((t) => toExistingTicket(t, config))
      .filter((t): t is ExistingTicket => t !== null),
  };
}

export type GateName = 'approve' | 'schedule';

export function decide(gate: GateName, s: GovernanceSnapshot): GateDecision {
  return gate === 'approve'
    ? checkApprovalGate(s.assessment, s.required, s.existing)
    : checkScheduleGate(s.assessment);
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

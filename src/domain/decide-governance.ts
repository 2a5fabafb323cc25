import { assess, type Assessment, type AssessmentContext } from './assess';
import type { CalendarDate } from './calendar';
import type { GovernanceConfig } from './config-schema';
import type { Intake } from './intake';
import { checkApprovalGate } from './gates';
import { planGovernance, type DesiredApproval, type DesiredTicket } from './plan';
import { reconcile, type ExistingTicket, type ReconcileAction } from './reconcile';
import { planRedesign, type ChangeStanding } from './plan-redesign';
import { reconcileRedesign } from './reconcile-redesign';

/** Everything one governance pass needs, gathered before anything is decided. */
export interface GovernanceInputs {
  intake: Intake;
  config: GovernanceConfig;
  context: AssessmentContext;
  /** The tickets the app's registry holds for the change request, as Jira has them now. */
  existing: readonly ExistingTicket[];
  today: CalendarDate;
  /** The change request stands in an approved status of its workflow. */
  changeRequestApproved?: boolean;
  /**
   * Where the change stands for its redesign tasks; absent (a gate or view that only reads), redesign tasks are
   * left as they are.
   */
  standing?: ChangeStanding;
}

export interface GovernanceDecision {
  assessment: Assessment;
  desired: DesiredTicket[];
  actions: ReconcileAction[];
  /**
   * Approved on approvals its current tier no longer accepts (re-tiered, or an emergency declared after Approve):
   * it goes back to review where the workflow allows; Schedule refuses meanwhile either way.
   */
  backToReview: boolean;
}

/**
 * The whole governance decision for one change request, pure: assess, plan for the tier, and say what to do to
 * bring its tickets in line. A request that is not assessed gets no actions: nothing is provisioned or closed
 * while the intake is incomplete.
 */
export function decideGovernance(inputs: GovernanceInputs): GovernanceDecision {
  const assessment = assess(inputs.intake, inputs.config, inputs.context);
  if (assessment.status !== 'assessed')
    return { assessment, desired: [], actions: [], backToReview: false };
  const desired = planGovernance(assessment, inputs.config, inputs.today);
  const approvals = desired.filter((d): d is DesiredApproval => d.kind === 'approval');
  const backToReview =
    inputs.changeRequestApproved === true &&
    !checkApprovalGate(assessment, approvals, inputs.existing).pass;
  const existing = inputs.existing.filter((t) => t.kind !== 'redesign');
  const actions = reconcile(desired, existing);
  if (!inputs.standing) return { assessment, desired, actions, backToReview };
  // A change going back to review is not approved any more, even while its status still says so.
  const standing: ChangeStanding = backToReview
    ? { approved: false, why: 'not-approved' }
    : inputs.standing;
  const redesign = standing.approved
    ? planRedesign(assessment, inputs.intake.details, inputs.config, inputs.today)
    : [];
  return {
    assessment,
    desired: [...desired, ...redesign],
    actions: [...actions, ...reconcileRedesign(redesign, inputs.existing, standing)],
    backToReview,
  };
}

// Whether a change request stands approved, for its redesign tasks. A status named approved says so; after it
// ("Scheduled", "Done") only the app's record can, since Jira's status categories do not tell "In review" from
// "Scheduled". The record holds the statuses the change passed through before its approval, read once from Jira's
// changelog (which nobody can rewrite) when the app first sees it approved.
import {
  changeStanding,
  intakeDigest,
  journeyOf,
  touchedTouchpoints,
  type ChangeStanding,
  type GovernanceConfig,
  type Intake,
} from '../domain';
import type { JiraHttp } from '../jira/http';
import type { JiraIssue } from '../jira/schemas';
import { statusChanges } from '../jira/tickets-read';
import { ASSESSMENT_PROPERTY, governedRecordSchema } from './properties';
import type { TicketRegistry } from './ticket-registry';

/**
 * The statuses a change request was in before it last moved into an approved status, oldest first, each once:
 * the statuses that mean "not approved (again)" once it has been approved. Null when it was never approved.
 */
export async function statusesBeforeApproval(
  jira: JiraHttp,
  issueId: string,
  approvedNames: readonly string[],
): Promise<string[] | null> {
  // One issue asked for: every change log answered is its own.
  const changes = [...(await statusChanges(jira, [issueId])).values()].flat();
  const moves = changes.map((change) => ({
    from: change.fromStatus,
    to: change.toStatus,
    at: change.at ?? '',
  }));
  // Oldest first whatever the page order, so "before the last approval" means what it says.
  moves.sort((a, b) => a.at.localeCompare(b.at));
  const isApproved = (name: string) =>
    approvedNames.some((n) => n.toLowerCase() === name.toLowerCase());
  const last = moves.map((m) => isApproved(m.to)).lastIndexOf(true);
  if (last === -1) return null;
  const before = moves
    .slice(0, last + 1)
    .flatMap((m, i) => (i === last ? [m.from] : [m.from, m.to]))
    .filter((name) => name !== '' && !isApproved(name));
  return [...new Set(before)];
}

export interface GatheredStanding {
  standing: ChangeStanding;
  /**
   * What the registry records from now on: the statuses before approval while the change stands approved; null
   * when an approval was seen but its statuses were not read (nothing hung on them yet); absent otherwise.
   */
  approvedFrom: string[] | null | undefined;
  /** The status is one the configuration names approved (not merely after an approval). */
  namedApproved: boolean;
}

/**
 * Whether redesign tasks hang on the change's status: it touches registry touchpoints, or has open redesign
 * tasks. A change that does neither costs and records nothing more than before redesign tasks existed.
 */
const redesignWatched = (intake: Intake, config: GovernanceConfig, registry: TicketRegistry) =>
  touchedTouchpoints(intake.details, journeyOf(config)).length > 0 ||
  registry.tickets.some((t) => t.kind === 'redesign' && t.retired !== true);

/**
 * The change request's standing now. The changelog is read only for a watched change, and only when it settles
 * something: the first pass that sees it approved, an approval seen earlier whose statuses were not read, or a
 * move to a status the last finished pass did not govern (an approval no pass saw: Approve and Schedule both
 * came before the first pass).
 */
export async function gatherStanding(
  jira: JiraHttp,
  issue: JiraIssue,
  registry: TicketRegistry,
  config: GovernanceConfig,
  intake: Intake,
): Promise<GatheredStanding> {
  const status = {
    name: issue.fields.status?.name ?? '',
    category: issue.fields.status?.statusCategory?.key ?? null,
  };
  const named = (names: readonly string[]) =>
    names.some((n) => n.toLowerCase() === status.name.toLowerCase());
  const namedApproved = named(config.approvalStatuses.approved);
  const watched = redesignWatched(intake, config, registry);
  const governed = governedRecordSchema.safeParse(issue.properties?.[ASSESSMENT_PROPERTY]);
  const moved = !governed.success || governed.data.governedStatus !== status.name;
  const read = () => statusesBeforeApproval(jira, issue.id, config.approvalStatuses.approved);
  let from = registry.approvedFrom;
  if (watched && from === null) from = await read();
  else if (watched && from === undefined && namedApproved) from = await read();
  else if (
    watched &&
    from === undefined &&
    moved &&
    status.category !== 'new' &&
    !named(config.approvalStatuses.declined)
  )
    from = (await read()) ?? undefined;
  if (!watched) {
    // Nothing hangs on the standing: an approval is only noted, for when touchpoints are added later.
    const seen = from !== undefined || namedApproved;
    return {
      standing: changeStanding(status, config.approvalStatuses, from ?? null),
      approvedFrom: seen ? (from ?? null) : undefined,
      namedApproved,
    };
  }
  const standing = changeStanding(status, config.approvalStatuses, from ?? null);
  return {
    standing,
    approvedFrom: standing.approved ? (from ?? []) : undefined,
    namedApproved,
  };
}

/**
 * What only a finished pass records on the assessment: the intake it governed and, for a change whose redesign
 * tasks hang on its status (it touches registry touchpoints, or has open redesign tasks), the status it governed,
 * so the sweep finds a transition whose event was lost. Other changes' records stay as they were, and their
 * transitions write nothing. A pass that took the change back to review itself left it in a status it did not
 * read: it records none (the app does not hear of its own transitions), so the sweep does not take its own move
 * for a lost one.
 */
export function finishedRun(
  issue: JiraIssue,
  intakeRaw: unknown,
  intake: Intake,
  config: GovernanceConfig,
  after: TicketRegistry,
  before: TicketRegistry,
): { intakeDigest: string; governedStatus?: string } {
  const status = issue.fields.status?.name;
  const movedBack = after.reviewRequestedForTier !== before.reviewRequestedForTier;
  const watched = redesignWatched(intake, config, after);
  return {
    intakeDigest: intakeDigest(intakeRaw),
    ...(status !== undefined && watched && !movedBack ? { governedStatus: status } : {}),
  };
}

/** The registry with the approval record as the pass leaves it (absent while the change is not approved). */
export function withApprovedFrom(
  registry: TicketRegistry,
  approvedFrom: string[] | null | undefined,
): TicketRegistry {
  const { approvedFrom: _previous, ...rest } = registry;
  return approvedFrom !== undefined ? { ...rest, approvedFrom } : rest;
}

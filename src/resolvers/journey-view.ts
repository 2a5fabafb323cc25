// The part of the customer's journey a change touches, as its issue panel shows it: stages, steps
// and touchpoints from the registry in force, and each touchpoint's owner as a person. Owners are
// resolved as approvers are (a group or project role stands for its first member, read as the app);
// their names are read as the caller, so Jira's browse-users rules apply to what the panel shows.
import type {
  PublicJourney,
  PublicTouchpoint,
  TouchedJourneyView,
  TouchpointOwnerView,
} from '../contract/journey-contract';
import {
  journeyOf,
  ownerKey,
  parseIntake,
  retiredTouchpoints,
  touchedStages,
  touchedTouchpoints,
  touchpointOwners,
  type GovernanceConfig,
  type IntakeDetails,
  type JourneyOf,
  type TouchpointOwner,
} from '../domain';
import { DEFAULT_JOURNEY } from '../domain/default-journey';
import { INTAKE_PROPERTY } from '../governance/properties';
import type { JiraIssue } from '../jira/schemas';
import { configRepository } from '../storage/config-repository';
import { roleResolver } from '../governance/roles';
import type { UserPorts } from '../governance/ports';
import { displayNameOf } from '../jira/users';

export async function touchedJourneyForCaller(
  ports: UserPorts,
  projectKey: string,
  details: IntakeDetails,
  config: GovernanceConfig,
): Promise<TouchedJourneyView> {
  const journey = journeyOf(config);
  const touched = touchedTouchpoints(details, journey);
  const owners = touchpointOwners(touched);
  const resolve = roleResolver(ports.jira, { reporterAccountId: null, projectKey });
  const views = new Map<string, TouchpointOwnerView>(
    await Promise.all(
      owners.map(async ({ owner }): Promise<[string, TouchpointOwnerView]> => [
        ownerKey(owner),
        { kind: owner.kind, person: await personOf(ports, resolve, owner) },
      ]),
    ),
  );
  const viewOf = (owner: TouchpointOwner): TouchpointOwnerView =>
    views.get(ownerKey(owner)) ?? { kind: owner.kind, person: null };
  const names = new Map(touched.map(({ touchpoint }) => [touchpoint.id, touchpoint.name]));
  return {
    stages: touchedStages(touched).map(({ stage, steps }) => ({
      id: stage.id,
      name: stage.name,
      steps: steps.map(({ step, touchpoints }) => ({
        id: step.id,
        name: step.name,
        touchpoints: touchpoints.map((tp) => ({
          id: tp.id,
          name: tp.name,
          owner: viewOf(tp.owner),
        })),
      })),
    })),
    owners: owners.map(({ owner, touchpointIds }) => ({
      ...viewOf(owner),
      touchpoints: touchpointIds.flatMap((id) => {
        const name = names.get(id);
        return name ? [name] : [];
      }),
    })),
    retired: retiredTouchpoints(details, journey),
    other: [...(details.otherTouchpoints ?? [])],
  };
}

/** The person an owner mapping names today, or null when it names nobody the caller may see. */
async function personOf(
  ports: UserPorts,
  resolve: ReturnType<typeof roleResolver>,
  owner: TouchpointOwner,
): Promise<TouchpointOwnerView['person']> {
  const accountId = await resolve(owner).catch(() => null);
  if (accountId === null) return null;
  const displayName = await displayNameOf(ports.jiraAsUser, accountId);
  return displayName === null ? null : { accountId, displayName };
}

/** The registry for the panel: every touchpoint without its owner, whichever shape came in. */
export function publicJourneyOf(config: {
  journey?: (JourneyOf<PublicTouchpoint> & { allowOtherTouchpoints: boolean }) | undefined;
}): PublicJourney {
  const journey = config.journey ?? DEFAULT_JOURNEY;
  return {
    allowOtherTouchpoints: journey.allowOtherTouchpoints,
    stages: journey.stages.map((stage) => ({
      id: stage.id,
      name: stage.name,
      steps: stage.steps.map((step) => ({
        id: step.id,
        name: step.name,
        // Named field by field, so nothing added to a touchpoint later reaches the panel unseen.
        touchpoints: step.touchpoints.map(({ id, name, people, process, technology }) => ({
          id,
          name,
          ...(people ? { people } : {}),
          ...(process ? { process } : {}),
          ...(technology ? { technology } : {}),
        })),
      })),
    })),
  };
}

/** The touched journey of a change request, for its panel: with the registry in force. */
export async function touchedJourneyOf(
  ports: UserPorts,
  issue: JiraIssue,
): Promise<TouchedJourneyView | undefined> {
  const projectKey = issue.fields.project?.key;
  if (!projectKey) return undefined;
  const { details } = parseIntake(issue.properties?.[INTAKE_PROPERTY]);
  const config = await configRepository(ports.store, ports.nowIso).inForce();
  return touchedJourneyForCaller(ports, projectKey, details, config);
}

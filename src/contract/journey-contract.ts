// The journey part of the one UI↔backend contract (resolver-contract.ts merges it): payload schemas
// of its resolvers and what each answers. Free of platform imports, so the browser bundles can use it.
import type { Touchpoint } from '../domain/config-schema';
import type { JourneyOf } from '../domain/journey';
import type { LocalizedText } from '../domain/localized';

/** Payload schemas, one per resolver key of this part. */
export const journeyPayloadSchemas = {} as const;

/** What each resolver of this part answers when it succeeds. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the part gains resolvers
export interface JourneyResponses {}

/**
 * A touchpoint as anyone who can open a change request may see it: what it is and what stands
 * behind it, not who owns it (account ids, group and project-role names are for Jira admins).
 */
export type PublicTouchpoint = Omit<Touchpoint, 'owner'>;

/** The touchpoint registry as the issue panel gets it, to offer in the intake. */
export type PublicJourney = JourneyOf<PublicTouchpoint> & { allowOtherTouchpoints: boolean };

/** Who owns a touched touchpoint, as the panel shows them: a person, never a group's or role's name. */
export interface TouchpointOwnerView {
  /** How the admin named the owner: a group or project role stands for its first member. */
  kind: 'user' | 'group' | 'projectRole';
  /** Null when the mapping names nobody Jira knows (an empty group, a role without people). */
  person: { accountId: string; displayName: string } | null;
}

/** The part of the customer's journey a change touches, stage by stage, with who owns each touchpoint. */
export interface TouchedJourneyView {
  stages: Array<{
    id: string;
    name: LocalizedText;
    steps: Array<{
      id: string;
      name: LocalizedText;
      touchpoints: Array<{ id: string; name: LocalizedText; owner: TouchpointOwnerView }>;
    }>;
  }>;
  /**
   * The touchpoints' owners, each once, in journey order: a change touching a touchpoint has its
   * owner review it, beside the reviewers its tier names.
   */
  owners: Array<TouchpointOwnerView & { touchpoints: LocalizedText[] }>;
  /**
   * Ids the intake names that the registry no longer holds: the journey-stage words of intakes
   * written before the registry, or a touchpoint renamed since. The requester chooses again.
   */
  retired: string[];
  /** Touchpoints outside the registry, in the requester's words (where the admin allows them). */
  other: string[];
}

// What the browser runs itself: the registry in force and where a touchpoint sits in it.
export {
  journeyOf,
  LEGACY_TOUCHPOINT_STAGES,
  retiredTouchpoints,
  touchpointPlaces,
  type JourneyOf,
} from '../domain/journey';

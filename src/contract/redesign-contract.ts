// The redesign part of the one UI↔backend contract (resolver-contract.ts merges it): payload schemas
// of its resolvers and what each answers. Free of platform imports, so the browser bundles can use it.
import type { LocalizedText } from '../domain/localized';

/**
 * One redesign task of an approved change, as the issue panel lists it: which touchpoint, where it sits in the
 * journey, who updates it and by when. Retired tasks (closed because the change was declined, went back to review
 * or no longer touches the touchpoint) are history and not listed.
 */
export interface RedesignRow {
  /** Null when the caller may not browse the task (then its owner and status are hidden too). */
  key: string | null;
  touchpointId: string;
  /** The touchpoint's name in the registry; its id when the registry no longer holds it. */
  touchpoint: LocalizedText;
  stage: LocalizedText | null;
  owner: { accountId: string; displayName: string } | null;
  dueDate: string | null;
  /** The Jira status name, e.g. To Do, Done. */
  status: string | null;
  done: boolean;
  /** Open past its due date (on the app's calendar day). */
  overdue: boolean;
}

/** Payload schemas, one per resolver key of this part. */
export const redesignPayloadSchemas = {} as const;

/** What each resolver of this part answers when it succeeds. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the part gains resolvers
export interface RedesignResponses {}

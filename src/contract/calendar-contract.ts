// The change-calendar part of the one UI↔backend contract (resolver-contract.ts merges it): payload
// schemas of its resolvers and what each answers. Free of platform imports, so the browser bundles
// can use it.
import type { LocalizedText } from '../domain/localized';

/**
 * One governed change as the calendar, the fatigue check and the freeze check see it: read with
 * JQL on the indexed launch date (never by reading every issue), with the intake and assessment
 * properties the search returns. Comms steps are the tier's plan laid on the launch date.
 */
export interface CalendarEntry {
  key: string;
  summary: string;
  projectKey: string;
  /** YYYY-MM-DD, the assessed launch date. */
  launchDate: string;
  /** Null while the change needs input. */
  tier: number | null;
  status: { name: string; category: 'new' | 'indeterminate' | 'done' };
  segments: string[];
  channels: string[];
  /** Registry touchpoint ids (and free-text ones where the admin allows them). */
  touchpoints: string[];
  emergency: boolean;
  /** Whether customers notice it: its tier's plan has a customer-facing step. */
  customerFacing: boolean;
  comms: Array<{
    stepId: string;
    title: LocalizedText;
    /** YYYY-MM-DD. */
    dueDate: string;
    customerFacing: boolean;
  }>;
}

/** Payload schemas, one per resolver key of this part. */
export const calendarPayloadSchemas = {} as const;

/** What each resolver of this part answers when it succeeds. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the part gains resolvers
export interface CalendarResponses {}

// The change-calendar part of the one UI↔backend contract (resolver-contract.ts merges it): payload
// schemas of its resolvers and what each answers. Free of platform imports, so the browser bundles
// can use it.
import { z } from 'zod';
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

const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.');

/** Payload schemas, one per resolver key of this part. */
export const calendarPayloadSchemas = {
  /**
   * One page of the governed changes launching in [from, to] (both included, at most 100 days,
   * refused with INPUT.INVALID otherwise), read as the caller. The UI pages on with
   * `nextPageToken` until the answer's is null.
   */
  getChangeCalendar: z
    .object({
      from: calendarDay,
      to: calendarDay,
      nextPageToken: z.string().min(1).max(4096).optional(),
    })
    .strict(),
} as const;

/** A freeze window as the calendar shades it: global when it names no segment and no channel. */
export interface CalendarFreezeWindow {
  id: string;
  name: LocalizedText;
  /** YYYY-MM-DD, first and last frozen day, both included. */
  start: string;
  end: string;
  segments: string[];
  channels: string[];
}

/** One page of the change calendar, with the rules it is drawn with. */
export interface ChangeCalendarPage {
  from: string;
  to: string;
  /** Launch date order (then key), so the launch of the last entry tells how far the loading got. */
  entries: CalendarEntry[];
  /** Null on the last page. */
  nextPageToken: string | null;
  /** The freeze windows with a day in [from, to]. */
  freezeWindows: CalendarFreezeWindow[];
  /** More than `maxChanges` customer-facing changes within `windowDays` days is change fatigue. */
  fatigue: { maxChanges: number; windowDays: number };
  /** Tier names for the lozenges, highest impact first. */
  tiers: Array<{ tier: number; name: LocalizedText }>;
  /** The touchpoint registry's names, for the touchpoint filter and the fatigue flags. */
  touchpoints: Array<{ id: string; name: LocalizedText }>;
}

/** What each resolver of this part answers when it succeeds. */
export interface CalendarResponses {
  getChangeCalendar: ChangeCalendarPage;
}

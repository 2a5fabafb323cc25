// What the intake, the panel and the what-if warn about from the change calendar for one launch
// date. Free of platform imports, so the browser bundles can use it.
import type { FatigueCollision, FreezeHit } from '../domain/change-calendar';

export type { FatigueCollision, FatigueNeighbour, FreezeHit } from '../domain/change-calendar';

export interface CalendarWarningsView {
  /** YYYY-MM-DD: the launch the warnings are about. */
  launchDate: string;
  /** The freeze window that launch falls in, with the first clear day after it. */
  freeze: FreezeHit | null;
  /** A justified emergency: Schedule lets it through a freeze window. */
  emergency: boolean;
  /**
   * Segments and touchpoints over the fatigue limit. Counts include every governed change; only
   * the ones the viewer may browse are named (`hiddenOthers` counts the rest).
   */
  fatigue: FatigueCollision[];
  /** More neighbouring changes than the pages read: the counts are at least these. */
  partial: boolean;
  /** How many neighbouring changes were read. */
  checked: number;
}

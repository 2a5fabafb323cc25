// What every part of the grid reads, built once per load: the language, the fatigue flags, how a
// tier and a touchpoint are named, and how a change is opened.
import type { FatigueFlag } from '../../../src/contract/calendar-view';
import type { Locale } from '../../../src/contract/ui-kit';
import type { Translate } from '../../shared/i18n';

export interface CalendarView {
  t: Translate;
  locale: Locale;
  /** Fatigue flags by change key; a change without any is not in the map. */
  fatigue: ReadonlyMap<string, readonly FatigueFlag[]>;
  /** "Tier 1 · Critical". */
  tierLabel: (tier: number) => string;
  /** 0 (highest impact) … 3, the lozenge colour. */
  tierRank: (tier: number) => number;
  /** A touchpoint's registry name (segments are shown as written). */
  names: (name: string, kind: FatigueFlag['kind']) => string;
  open: (issueKey: string) => void;
}

// Lozenge colours that mean the same thing everywhere in the panel: green only for an outcome that went ahead.
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { ApprovalRow } from '../../../../src/contract/ui-kit';

export const STANDING_APPEARANCE: Record<ApprovalRow['standing'], ThemeAppearance> = {
  approved: 'success',
  declined: 'removed',
  pending: 'inprogress',
  invalid: 'moved',
};

/**
 * Jira puts "Won't do", "Declined" or "Withdrawn" in the same Done category as "Done": the row only knows the
 * status's name, so a name that says the work did not go ahead is never shown green. English and Italian names,
 * the languages the demo workflows and the app's locales use.
 */
const NOT_DONE_AS_PLANNED =
  /won['’]?t do|declined|rejected|cancel|withdrawn|obsolete|non (si )?fa|rifiutat|annullat|ritirat/i;

/** A finished ticket: green when it was done, grey when it was closed without doing it. */
export const finishedAppearance = (status: string | null): ThemeAppearance =>
  status !== null && NOT_DONE_AS_PLANNED.test(status) ? 'default' : 'success';

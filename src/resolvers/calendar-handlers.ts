// The calendar part's resolvers (its payloads and answers are in src/contract/calendar-contract.ts).
// The customer change calendar (Jira global page and Confluence macro) loads a period page by page:
// each call is ONE JQL search on the indexed launch date, read as the caller so nobody sees a change
// they may not browse, which keeps every call far inside the 25 s a UI function has.
import type { calendarPayloadSchemas, ChangeCalendarPage } from '../contract/calendar-contract';
import { calendarRulesOf, journeyOf, ok, touchpointPlaces, type GovernanceConfig } from '../domain';
import { checkCalendarPeriod, freezeWindowsOverlapping } from '../domain/calendar-period';
import { readCalendarEntries } from '../governance/calendar-entries';
import { JiraRequestError } from '../jira/http';
import type { HandlersFor } from './context';
import { refuse } from './failure';
import { configInForce } from './panel-read';

/** What the calendar is drawn with besides the changes: a few hundred bytes, sent with every page. */
function calendarRules(
  config: GovernanceConfig,
  period: Parameters<typeof freezeWindowsOverlapping>[1],
): Omit<ChangeCalendarPage, 'from' | 'to' | 'entries' | 'nextPageToken'> {
  const rules = calendarRulesOf(config);
  return {
    freezeWindows: freezeWindowsOverlapping(rules.freezeWindows, period).map((w) => ({
      id: w.id,
      name: w.name,
      start: w.start,
      end: w.end,
      segments: [...w.segments],
      channels: [...w.channels],
    })),
    fatigue: { ...rules.fatigue },
    tiers: config.tiers.map((t) => ({ tier: t.tier, name: t.name })),
    touchpoints: touchpointPlaces(journeyOf(config)).map(({ touchpoint }) => ({
      id: touchpoint.id,
      name: touchpoint.name,
    })),
  };
}

export const calendarHandlers: HandlersFor<keyof typeof calendarPayloadSchemas> = {
  async getChangeCalendar(ctx, payload) {
    const period = checkCalendarPeriod(payload.from, payload.to);
    if (!period.ok) return refuse('INPUT.INVALID', period.message, period.problems);
    const config = await configInForce(ctx);
    let page;
    try {
      page = await readCalendarEntries(ctx.ports.jiraAsUser, config, {
        ...period.value,
        ...(payload.nextPageToken === undefined ? {} : { nextPageToken: payload.nextPageToken }),
      });
    } catch (error) {
      // Jira refuses a token it did not issue (or one for another query) with 400: bad input, not a fault.
      if (
        payload.nextPageToken !== undefined &&
        error instanceof JiraRequestError &&
        error.status === 400
      ) {
        return refuse('INPUT.INVALID', 'The page token is not valid for this period.', [
          {
            code: 'CALENDAR.PAGE_TOKEN_INVALID',
            path: 'nextPageToken',
            message: 'Start again from the first page.',
          },
        ]);
      }
      throw error;
    }
    return ok({
      from: payload.from,
      to: payload.to,
      entries: page.entries,
      nextPageToken: page.nextPageToken,
      ...calendarRules(config, period.value),
    });
  },
};

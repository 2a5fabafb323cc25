// The report part's resolvers (its payloads and answers are in src/contract/report-contract.ts), and
// the report the Confluence macro shows. Both answer aggregates only: counts, shares and medians per
// tier and quarter, never an issue key, summary or person. Both search the change requests as the
// person asking, so a change in a project they may not browse is not counted (docs/security.md).
import { NOTICE_REPORT_LIMITS, type NoticeReportView } from '../contract/report-contract';
import { ok } from '../domain';
import { parseQuarter, quartersBetween, quartersEndingAt } from '../domain/quarters';
import { noticeReportView, type NoticeReportSources } from '../governance/notice-report-data';
import { globalPermissionsOfCaller } from '../jira/permissions';
import type { HandlersFor, ResolverContext } from './context';
import { refuse } from './failure';
import { configInForce } from './panel-read';

const sourcesOf = (ctx: ResolverContext): NoticeReportSources => ({
  search: ctx.ports.jiraAsUser,
  app: ctx.ports.jira,
  store: ctx.ports.store,
  today: ctx.ports.today,
});

export const reportHandlers: HandlersFor<'getNoticeReport'> = {
  // For Jira administrators, as the rest of the admin page: the check is asked of Jira as the caller.
  async getNoticeReport(ctx, { fromQuarter, toQuarter }) {
    const held = await globalPermissionsOfCaller(ctx.ports.jiraAsUser, ['ADMINISTER']);
    if (!held.ADMINISTER)
      return refuse(
        'AUTH.FORBIDDEN',
        'Only Jira administrators can see the notice-compliance report on the admin page.',
      );
    const from = parseQuarter(fromQuarter);
    const to = parseQuarter(toQuarter);
    // The payload schema has checked both names and the range; this only narrows the types.
    if (!from || !to) return refuse('INPUT.INVALID', 'Name the quarters as 2026-Q3.');
    return ok(
      await noticeReportView(sourcesOf(ctx), await configInForce(ctx), quartersBetween(from, to)),
    );
  },
};

/**
 * The macro's report: the current quarter and the three before it, for anyone who may view the page.
 * What it may reveal is what the published report shows anyway: per tier and quarter, how many of the
 * changes the reader may browse there were and how their first notices went.
 */
export async function macroNoticeReport(ctx: ResolverContext): Promise<NoticeReportView> {
  return noticeReportView(
    sourcesOf(ctx),
    await configInForce(ctx),
    quartersEndingAt(ctx.ports.today(), NOTICE_REPORT_LIMITS.macroQuarters),
  );
}

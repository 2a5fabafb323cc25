// The Confluence macro's resolver: the configuration in force as tables, for anyone who may view the page.
import { buildMacroTables } from '../confluence/macro-tables';
import { ok, toLocale } from '../domain';
import type { HandlersFor } from './context';
import { configInForce } from './panel-read';
import { macroNoticeReport } from './report-handlers';

export const macroHandlers: HandlersFor<'getMacroTables'> = {
  async getMacroTables(ctx, config) {
    const tables = buildMacroTables(
      await configInForce(ctx),
      config.tables ?? ['criteria', 'roles', 'comms'],
      config.locale ?? toLocale(ctx.locale),
    );
    // The report reads Jira; the policy tables only the configuration, so it is read only when asked for.
    return ok(
      tables.tables.includes('report')
        ? { ...tables, report: await macroNoticeReport(ctx) }
        : tables,
    );
  },
};

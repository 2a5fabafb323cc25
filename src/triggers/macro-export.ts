import { z } from 'zod';
import { exportedTables, macroExportAdf } from '../confluence/macro-export';
import { NOTICE_REPORT_LIMITS, type NoticeReportView } from '../contract/report-contract';
import { toLocale, type GovernanceConfig } from '../domain';
import { quartersEndingAt } from '../domain/quarters';
import { noticeReportView } from '../governance/notice-report-data';
import type { JiraHttp } from '../jira/http';
import type { GovernancePorts } from '../governance/ports';
import { configRepository } from '../storage/config-repository';

/**
 * What Confluence sends a macro's `adfExport` function: the export's kind at the top level and the
 * macro's context, with the page under `content` and the author's settings under `extension.config`
 * (the same place the macro's view reads them from).
 */
export const adfExportEventSchema = z
  .object({
    exportType: z.enum(['pdf', 'word', 'other']),
    context: z
      .object({
        content: z.object({ id: z.string() }).loose().optional(),
        locale: z.string().optional(),
        extension: z.object({ config: z.unknown().optional() }).loose().optional(),
      })
      .loose(),
  })
  .loose();
export type AdfExportEvent = z.infer<typeof adfExportEventSchema>;

/**
 * The macro's ADF export: real tables, so exported and printed pages keep them. The report table
 * searches as the person exporting (`searchAsViewer`), as the macro's view does; without one, or when
 * Jira cannot answer, the export still succeeds and its report table says it could not be read.
 */
export async function handleMacroExport(
  ports: GovernancePorts,
  event: unknown,
  searchAsViewer?: JiraHttp,
): Promise<unknown> {
  const parsed = adfExportEventSchema.safeParse(event);
  // An export Confluence describes differently must not fail the whole page: every table, defaults.
  const context = parsed.success ? parsed.data.context : undefined;
  const config = await configRepository(ports.store, ports.nowIso).inForce();
  const macroConfig = context?.extension?.config;
  const report =
    searchAsViewer && exportedTables(macroConfig).includes('report')
      ? await exportReport(ports, config, searchAsViewer)
      : undefined;
  return macroExportAdf(config, macroConfig, toLocale(context?.locale), report);
}

async function exportReport(
  ports: GovernancePorts,
  config: GovernanceConfig,
  search: JiraHttp,
): Promise<NoticeReportView | undefined> {
  try {
    return await noticeReportView(
      { search, app: ports.jira, store: ports.store, today: ports.today },
      config,
      quartersEndingAt(ports.today(), NOTICE_REPORT_LIMITS.macroQuarters),
    );
  } catch (error) {
    console.warn('The notice report could not be read for an export:', error);
    return undefined;
  }
}

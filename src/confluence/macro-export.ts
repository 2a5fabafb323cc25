import type { DocNode } from '@atlaskit/adf-schema';
import type { NoticeReportView } from '../contract/report-contract';
import { macroConfigSchema, type MacroTable } from '../contract/resolver-contract';
import type { GovernanceConfig } from '../domain/config-schema';
import type { Locale } from '../domain/localized';
import { tablesToAdf } from './adf-export';
import { buildMacroTables } from './macro-tables';

/**
 * What the macro's `adfExport` handler answers, without the platform: the handler loads the
 * configuration and the page's locale and passes the macro's stored config through untouched.
 * A config that does not parse (an older macro, a hand-edited page) still exports every table
 * rather than failing the whole page export.
 */
export function macroExportAdf(
  config: GovernanceConfig,
  macroConfig: unknown,
  fallbackLocale: Locale,
  /** The notice-compliance report, when the macro shows it and it could be read. */
  report?: NoticeReportView,
): DocNode {
  const tables = exportedTables(macroConfig);
  const parsed = macroConfigSchema.safeParse(macroConfig ?? {});
  const locale = (parsed.success ? parsed.data.locale : undefined) ?? fallbackLocale;
  const model = buildMacroTables(config, tables, locale);
  return tablesToAdf(report && tables.includes('report') ? { ...model, report } : model);
}

/** The tables a macro's stored config asks for; one that does not parse exports the policy tables. */
export function exportedTables(macroConfig: unknown): MacroTable[] {
  const parsed = macroConfigSchema.safeParse(macroConfig ?? {});
  return parsed.success ? parsed.data.tables : macroConfigSchema.parse({}).tables;
}

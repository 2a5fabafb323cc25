import type { DocNode } from '@atlaskit/adf-schema';
import { macroConfigSchema } from '../contract/resolver-contract';
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
): DocNode {
  const parsed = macroConfigSchema.safeParse(macroConfig ?? {});
  const tables = parsed.success ? parsed.data.tables : macroConfigSchema.parse({}).tables;
  const locale = (parsed.success ? parsed.data.locale : undefined) ?? fallbackLocale;
  return tablesToAdf(buildMacroTables(config, tables, locale));
}

// The macro's configuration as the page stores it; anything unreadable falls back to the policy tables.
import type { FullContext } from '@forge/bridge';
import {
  DEFAULT_MACRO_TABLES,
  isRecord,
  type MacroConfig,
  macroConfigSchema,
} from '../../../src/contract/ui-kit';

export function readMacroConfig(context: FullContext): MacroConfig {
  const extension: unknown = context.extension;
  const raw = isRecord(extension) ? extension.config : undefined;
  const parsed = macroConfigSchema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  // Keep what is usable: a bad language must not hide the tables, nor a bad table list the language.
  const tables = macroConfigSchema.shape.tables.safeParse(isRecord(raw) ? raw.tables : undefined);
  const locale = macroConfigSchema.shape.locale.safeParse(isRecord(raw) ? raw.locale : undefined);
  return {
    tables: tables.success ? tables.data : [...DEFAULT_MACRO_TABLES],
    ...(locale.success && locale.data ? { locale: locale.data } : {}),
  };
}

// What the form edits, and turning it into the configuration the macro reads: the contract's own
// schema decides, so the form can never save what the macro would refuse.
import {
  type Locale,
  MACRO_TABLES,
  type MacroConfig,
  macroConfigSchema,
  type MacroTable,
} from '../../../../src/contract/ui-kit';

export interface ConfigDraft {
  tables: readonly MacroTable[];
  /** `null`: the reader's own language. */
  locale: Locale | null;
}

export const draftOf = (config: MacroConfig): ConfigDraft => ({
  tables: config.tables,
  locale: config.locale ?? null,
});

/** Ticks or unticks a table, keeping the order the macro shows them in. */
export function toggleTable(draft: ConfigDraft, table: MacroTable, on: boolean): ConfigDraft {
  return {
    ...draft,
    tables: MACRO_TABLES.filter((t) => (t === table ? on : draft.tables.includes(t))),
  };
}

export type DraftResult = { ok: true; config: MacroConfig } | { ok: false; noTables: boolean };

export function configOf(draft: ConfigDraft): DraftResult {
  const parsed = macroConfigSchema.safeParse({
    tables: draft.tables,
    ...(draft.locale === null ? {} : { locale: draft.locale }),
  });
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, noTables: parsed.error.issues.some((issue) => issue.path[0] === 'tables') };
}

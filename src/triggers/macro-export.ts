import { z } from 'zod';
import { macroExportAdf } from '../confluence/macro-export';
import { toLocale } from '../domain';
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

/** The macro's ADF export: real tables, so exported and printed pages keep them. */
export async function handleMacroExport(ports: GovernancePorts, event: unknown): Promise<unknown> {
  const parsed = adfExportEventSchema.safeParse(event);
  // An export Confluence describes differently must not fail the whole page: every table, defaults.
  const context = parsed.success ? parsed.data.context : undefined;
  const config = await configRepository(ports.store, ports.nowIso).inForce();
  return macroExportAdf(config, context?.extension?.config, toLocale(context?.locale));
}

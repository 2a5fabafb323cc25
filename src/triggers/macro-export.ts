import { z } from 'zod';
import { macroExportAdf } from '../confluence/macro-export';
import { toLocale } from '../domain';
import type { GovernancePorts } from '../governance/ports';
import { configRepository } from '../storage/config-repository';

const exportEventSchema = z
  .object({
    extensionPayload: z.object({ config: z.unknown().optional() }).loose().optional(),
    config: z.unknown().optional(),
    locale: z.string().optional(),
  })
  .loose();

/** The macro's ADF export: real tables, so exported and printed pages keep them. */
export async function handleMacroExport(ports: GovernancePorts, event: unknown): Promise<unknown> {
  const parsed = exportEventSchema.safeParse(event);
  const data = parsed.success ? parsed.data : {};
  const macroConfig = data.extensionPayload?.config ?? data.config;
  const config = await configRepository(ports.store, ports.nowIso).inForce();
  return macroExportAdf(config, macroConfig, toLocale(data.locale));
}

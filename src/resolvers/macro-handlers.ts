// The Confluence macro's resolver: the configuration in force as tables, for anyone who may view the page.
import { buildMacroTables } from '../confluence/macro-tables';
import { ok, toLocale } from '../domain';
import type { HandlersFor } from './context';
import { configInForce } from './panel-read';

export const macroHandlers: HandlersFor<'getMacroTables'> = {
  async getMacroTables(ctx, config) {
    return ok(
      buildMacroTables(
        await configInForce(ctx),
        config.tables ?? ['criteria', 'roles', 'comms'],
        config.locale ?? toLocale(ctx.locale),
      ),
    );
  },
};

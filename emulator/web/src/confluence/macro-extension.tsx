// A Forge macro is stored in the page's ADF as an extension node whose extensionKey ends in the
// macro's module key; its configuration travels in parameters.guestParams (Forge's own layout),
// or in parameters directly.
import { recordAttr, stringAttr, type AdfNode } from '../adf/adf-node';
import type { AppModule } from '../api/emulator-schemas';

export interface MacroInstance {
  macro: AppModule;
  config: Record<string, unknown>;
  locale: string | undefined;
  localId: string | undefined;
}

function matches(extensionKey: string, moduleKey: string): boolean {
  return (
    extensionKey === moduleKey ||
    extensionKey.endsWith(`/${moduleKey}`) ||
    extensionKey.split('/').includes(moduleKey)
  );
}

export function macroInstance(node: AdfNode, macros: readonly AppModule[]): MacroInstance | null {
  const extensionKey = stringAttr(node, 'extensionKey');
  if (extensionKey === undefined) return null;
  const macro = macros.find((m) => matches(extensionKey, m.key));
  if (macro === undefined) return null;
  const parameters = recordAttr(node, 'parameters') ?? {};
  const guest = parameters.guestParams;
  const config =
    typeof guest === 'object' && guest !== null && !Array.isArray(guest)
      ? (guest as Record<string, unknown>)
      : parameters;
  const locale =
    typeof config.locale === 'string' && config.locale !== '' ? config.locale : undefined;
  const localId =
    typeof parameters.localId === 'string' ? parameters.localId : stringAttr(node, 'localId');
  return { macro, config, locale, localId };
}

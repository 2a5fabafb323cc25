// The ADF extension node Confluence stores for a Forge macro, and reading one back.
import type { AdfNode } from './confluence-site';

export interface MacroRef {
  appUuid: string;
  environmentId: string;
  macroKey: string;
  title: string;
}

export interface MacroInstance {
  macroKey: string;
  localId: string;
  config: Record<string, unknown>;
}

/** Forge macros are stored as `extension` nodes keyed `<app>/<environment>/static/<macro key>`, config in guestParams. */
export function macroNode(
  ref: MacroRef,
  localId: string,
  config: Record<string, unknown>,
): AdfNode {
  const extensionKey = `${ref.appUuid}/${ref.environmentId}/static/${ref.macroKey}`;
  return {
    type: 'extension',
    attrs: {
      extensionType: 'com.atlassian.ecosystem',
      extensionKey,
      parameters: {
        localId,
        extensionId: `ari:cloud:ecosystem::extension/${extensionKey}`,
        extensionTitle: ref.title,
        forgeEnvironment: 'DEVELOPMENT',
        render: 'native',
        guestParams: config,
      },
      layout: 'default',
      localId,
    },
  };
}

/** Reads a Forge macro instance from an extension node (`undefined` for any other node). */
export function readMacro(node: AdfNode): MacroInstance | undefined {
  if (
    node.type !== 'extension' &&
    node.type !== 'bodiedExtension' &&
    node.type !== 'inlineExtension'
  )
    return undefined;
  const attrs = node.attrs ?? {};
  if (attrs.extensionType !== 'com.atlassian.ecosystem' || typeof attrs.extensionKey !== 'string')
    return undefined;
  const macroKey = attrs.extensionKey.split('/static/').pop() ?? attrs.extensionKey;
  const parameters =
    typeof attrs.parameters === 'object' && attrs.parameters !== null
      ? (attrs.parameters as Record<string, unknown>)
      : {};
  const guest = parameters.guestParams;
  const localId =
    typeof parameters.localId === 'string'
      ? parameters.localId
      : typeof attrs.localId === 'string'
        ? attrs.localId
        : macroKey;
  return {
    macroKey,
    localId,
    config: typeof guest === 'object' && guest !== null ? (guest as Record<string, unknown>) : {},
  };
}

export function findMacros(doc: AdfNode): MacroInstance[] {
  const found: MacroInstance[] = [];
  const walk = (node: AdfNode): void => {
    const macro = readMacro(node);
    if (macro !== undefined) found.push(macro);
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return found;
}

// Saving a macro's configuration the way Confluence's editor does: the new config goes into the
// macro node's guestParams and the whole page is saved as its next version.
import { z } from 'zod';
import type { Api } from '../api/client';
import { page as pageSchema, type Page } from '../api/confluence-schemas';

/** What a config page hands to `view.submit`, as Atlassian documents for custom macro config. */
export const configSubmit = z.object({ config: z.record(z.string(), z.unknown()) });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const EXTENSIONS = new Set(['extension', 'bodiedExtension', 'inlineExtension']);

/** A copy of `doc` with the macro `localId` configured with `config`; `null` if it is not there. */
export function withMacroConfig(
  doc: unknown,
  localId: string,
  config: Record<string, unknown>,
): unknown {
  // Set from inside the walk; an object so the compiler does not take it for constant.
  const hit = { found: false };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isRecord(node)) return node;
    const attrs = isRecord(node.attrs) ? node.attrs : undefined;
    const parameters = isRecord(attrs?.parameters) ? attrs.parameters : undefined;
    if (
      typeof node.type === 'string' &&
      EXTENSIONS.has(node.type) &&
      attrs !== undefined &&
      (parameters?.localId === localId || attrs.localId === localId)
    ) {
      hit.found = true;
      return { ...node, attrs: { ...attrs, parameters: { ...parameters, guestParams: config } } };
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
  };
  const next = walk(doc);
  return hit.found ? next : null;
}

/** Saves the page with the macro's new configuration; the saved page. */
export async function saveMacroConfig(
  api: Api,
  page: Page,
  localId: string,
  config: Record<string, unknown>,
): Promise<Page> {
  const version = page.version?.number;
  if (version === undefined) throw new Error('The page has no version to save over');
  const doc = withMacroConfig(page.body?.atlas_doc_format?.value, localId, config);
  if (doc === null) throw new Error('The macro is no longer on this page');
  return api.send(
    'PUT',
    `/wiki/api/v2/pages/${encodeURIComponent(page.id)}`,
    {
      id: page.id,
      status: 'current',
      title: page.title,
      body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
      version: { number: version + 1, message: 'Macro configuration' },
    },
    pageSchema,
  );
}

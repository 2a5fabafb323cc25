// `PUT /wiki/api/v2/pages/{id}`, as the editor saves a page (a macro's new configuration included):
// the whole body in atlas_doc_format and the next version number, else Confluence refuses it.
import { z } from 'zod';
import type { ProductResponse } from '../forge/product';
import { validateAdf } from './adf-validate';
import type { AdfNode, PageRecord } from './confluence-site';

const updateBody = z.object({
  id: z.string(),
  status: z.enum(['current', 'draft']),
  title: z.string().min(1).max(255),
  body: z.object({
    representation: z.literal('atlas_doc_format'),
    value: z.string(),
  }),
  version: z.object({ number: z.number().int().min(1), message: z.string().optional() }),
  spaceId: z.string().optional(),
  parentId: z.string().optional(),
});

const error = (status: number, code: string, title: string): ProductResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: { errors: [{ status, code, title, detail: null }] },
});

export type PageUpdate = { ok: true; page: PageRecord } | { ok: false; response: ProductResponse };

/** The page after the update `body` asks for, or Confluence's refusal. */
export function updatedPage(page: PageRecord, body: unknown): PageUpdate {
  const parsed = updateBody.safeParse(body);
  if (!parsed.success)
    return {
      ok: false,
      response: error(
        400,
        'INVALID_REQUEST_PARAMETER',
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      ),
    };
  const update = parsed.data;
  if (update.id !== page.id)
    return { ok: false, response: error(400, 'INVALID_REQUEST_PARAMETER', 'id differs from path') };
  // Optimistic locking: the editor must name the version after the one it loaded.
  if (update.version.number !== page.version + 1)
    return {
      ok: false,
      response: error(
        409,
        'CONFLICT',
        `Version must be incremented on update. Current version is: ${String(page.version)}`,
      ),
    };
  let doc: unknown;
  try {
    doc = JSON.parse(update.body.value);
  } catch {
    return { ok: false, response: error(400, 'INVALID_REQUEST_PARAMETER', 'body is not JSON') };
  }
  const problems = validateAdf(doc);
  if (problems.length > 0)
    return {
      ok: false,
      response: error(
        400,
        'INVALID_REQUEST_PARAMETER',
        `Invalid ADF: ${problems.map((p) => `${p.node}: ${p.message}`).join('; ')}`,
      ),
    };
  return {
    ok: true,
    page: { ...page, title: update.title, body: doc as AdfNode, version: update.version.number },
  };
}

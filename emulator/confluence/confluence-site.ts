// An in-process Confluence: spaces and pages with ADF bodies, under the real v2 REST paths.
import { z } from 'zod';
import type { ProductRequest, ProductResponse } from '../forge/product';
import { updatedPage } from './page-update';

export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  text?: string;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
  version?: number;
}

export interface SpaceRecord {
  id: string;
  key: string;
  name: string;
  description: string;
  homepageId: string;
  createdAt: string;
  authorId: string;
}

export interface PageRecord {
  id: string;
  spaceId: string;
  parentId: string | null;
  title: string;
  body: AdfNode;
  authorId: string;
  createdAt: string;
  version: number;
}

const stateSchema = z.object({
  spaces: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      name: z.string(),
      description: z.string(),
      homepageId: z.string(),
      createdAt: z.string(),
      authorId: z.string(),
    }),
  ),
  pages: z.array(
    z.object({
      id: z.string(),
      spaceId: z.string(),
      parentId: z.string().nullable(),
      title: z.string(),
      body: z.custom<AdfNode>((v) => typeof v === 'object' && v !== null),
      authorId: z.string(),
      createdAt: z.string(),
      version: z.number(),
    }),
  ),
});
export type ConfluenceState = z.infer<typeof stateSchema>;

const json = (status: number, body: unknown): ProductResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body,
});
const notFound = (title: string): ProductResponse =>
  json(404, { errors: [{ status: 404, code: 'NOT_FOUND', title, detail: null }] });
const badRequest = (title: string): ProductResponse =>
  json(400, { errors: [{ status: 400, code: 'INVALID_REQUEST_PARAMETER', title, detail: null }] });

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

export class ConfluenceSite {
  private spaces: SpaceRecord[] = [];
  private pages: PageRecord[] = [];

  constructor(private readonly baseUrl: string) {}

  load(state: ConfluenceState): void {
    const parsed = stateSchema.parse(state);
    this.spaces = parsed.spaces;
    this.pages = parsed.pages;
  }

  exportState(): ConfluenceState {
    return structuredClone({ spaces: this.spaces, pages: this.pages });
  }

  importState(state: unknown): void {
    this.load(stateSchema.parse(state));
  }

  listSpaces(): SpaceRecord[] {
    return this.spaces.map((s) => ({ ...s }));
  }

  listPages(spaceId?: string): PageRecord[] {
    return this.pages
      .filter((p) => spaceId === undefined || p.spaceId === spaceId)
      .map((p) => structuredClone(p));
  }

  page(id: string): PageRecord | undefined {
    const page = this.pages.find((p) => p.id === id);
    return page === undefined ? undefined : structuredClone(page);
  }

  space(id: string): SpaceRecord | undefined {
    return this.spaces.find((s) => s.id === id);
  }

  private renderSpace(space: SpaceRecord): Record<string, unknown> {
    return {
      id: space.id,
      key: space.key,
      name: space.name,
      type: 'global',
      status: 'current',
      authorId: space.authorId,
      createdAt: space.createdAt,
      homepageId: space.homepageId,
      description: null,
      icon: null,
      _links: { webui: `/spaces/${space.key}` },
    };
  }

  private renderPage(page: PageRecord, bodyFormat: string | undefined): Record<string, unknown> {
    const space = this.space(page.spaceId);
    return {
      id: page.id,
      status: 'current',
      title: page.title,
      spaceId: page.spaceId,
      parentId: page.parentId,
      parentType: page.parentId === null ? null : 'page',
      position: 0,
      authorId: page.authorId,
      ownerId: page.authorId,
      createdAt: page.createdAt,
      version: {
        createdAt: page.createdAt,
        message: '',
        number: page.version,
        minorEdit: false,
        authorId: page.authorId,
      },
      body:
        bodyFormat === 'atlas_doc_format'
          ? {
              atlas_doc_format: {
                representation: 'atlas_doc_format',
                value: JSON.stringify(page.body),
              },
            }
          : {},
      _links: {
        webui: `/spaces/${space?.key ?? ''}/pages/${page.id}`,
        editui: `/pages/resumedraft.action?draftId=${page.id}`,
        tinyui: `/x/${page.id}`,
      },
    };
  }

  private paged(
    items: unknown[],
    query: Record<string, string | string[]>,
    path: string,
  ): ProductResponse {
    const limit = Math.min(250, Math.max(1, Number(first(query.limit) ?? '25')));
    const start = Number(first(query.cursor) ?? '0');
    const page = items.slice(start, start + limit);
    const next =
      start + limit < items.length
        ? `${path}?cursor=${String(start + limit)}&limit=${String(limit)}`
        : undefined;
    return json(200, {
      results: page,
      _links: {
        base: `${this.baseUrl}/wiki`,
        ...(next === undefined ? {} : { next: `/wiki${next.replace(/^\/wiki/, '')}` }),
      },
    });
  }

  /** Answers `/wiki/api/v2/...`: reads, and the page update the editor saves with. */
  handle(req: ProductRequest): Promise<ProductResponse> {
    return Promise.resolve(req.method === 'PUT' ? this.update(req) : this.route(req));
  }

  private update(req: ProductRequest): ProductResponse {
    const m = /^\/wiki\/api\/v2\/pages\/([^/]+)$/.exec(req.path.replace(/\/+$/, ''));
    const index =
      m === null ? -1 : this.pages.findIndex((p) => p.id === decodeURIComponent(m[1] ?? ''));
    const current = this.pages[index];
    if (current === undefined)
      return m === null
        ? json(405, {
            errors: [
              { status: 405, code: 'METHOD_NOT_ALLOWED', title: `PUT ${req.path} is not emulated` },
            ],
          })
        : notFound('Page not found');
    const result = updatedPage(current, req.body);
    if (!result.ok) return result.response;
    this.pages[index] = result.page;
    return json(200, this.renderPage(result.page, 'atlas_doc_format'));
  }

  private route(req: ProductRequest): ProductResponse {
    if (req.method !== 'GET')
      return json(405, {
        errors: [
          {
            status: 405,
            code: 'METHOD_NOT_ALLOWED',
            title: `${req.method} ${req.path} is not emulated`,
          },
        ],
      });
    const bodyFormat = first(req.query['body-format']);
    if (bodyFormat !== undefined && bodyFormat !== 'atlas_doc_format') {
      return badRequest(
        `The emulator serves page bodies only as atlas_doc_format (asked for ${bodyFormat})`,
      );
    }
    const path = req.path.replace(/\/+$/, '');
    let m: RegExpExecArray | null;
    if (path === '/wiki/api/v2/spaces') {
      const keys = first(req.query.keys)?.split(',');
      const spaces = this.spaces
        .filter((s) => keys === undefined || keys.includes(s.key))
        .map((s) => this.renderSpace(s));
      return this.paged(spaces, req.query, path);
    }
    if ((m = /^\/wiki\/api\/v2\/spaces\/([^/]+)$/.exec(path)) !== null) {
      const space = this.space(decodeURIComponent(m[1] ?? ''));
      return space === undefined ? notFound('Space not found') : json(200, this.renderSpace(space));
    }
    if ((m = /^\/wiki\/api\/v2\/spaces\/([^/]+)\/pages$/.exec(path)) !== null) {
      const space = this.space(decodeURIComponent(m[1] ?? ''));
      if (space === undefined) return notFound('Space not found');
      return this.paged(
        this.pages.filter((p) => p.spaceId === space.id).map((p) => this.renderPage(p, bodyFormat)),
        req.query,
        path,
      );
    }
    if (path === '/wiki/api/v2/pages') {
      const spaceIds = first(req.query['space-id'])?.split(',');
      const title = first(req.query.title);
      const pages = this.pages
        .filter(
          (p) =>
            (spaceIds === undefined || spaceIds.includes(p.spaceId)) &&
            (title === undefined || p.title === title),
        )
        .map((p) => this.renderPage(p, bodyFormat));
      return this.paged(pages, req.query, path);
    }
    if ((m = /^\/wiki\/api\/v2\/pages\/([^/]+)$/.exec(path)) !== null) {
      const page = this.pages.find((p) => p.id === decodeURIComponent(m?.[1] ?? ''));
      return page === undefined
        ? notFound('Page not found')
        : json(200, this.renderPage(page, bodyFormat));
    }
    return notFound(`The emulated Confluence has no endpoint GET ${req.path}`);
  }
}

// The shape every in-process product (Jira, Confluence) answers requests in.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE'];

export type Actor = { kind: 'user'; accountId: string } | { kind: 'app' };

export interface ProductRequest {
  method: HttpMethod;
  path: string;
  query: Record<string, string | string[]>;
  body?: unknown;
  actor: Actor;
  /** The request came from the app (through @forge/api), as opposed to a person's own REST call. */
  fromApp?: boolean;
  /** Bulk-create entries Jira must fail as it reports partial failures (the partial-bulk fault). */
  bulkFailIndexes?: number[];
}

export interface ProductResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface ProductSite {
  handle(req: ProductRequest): Promise<ProductResponse>;
}

export function isHttpMethod(value: string): value is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(value);
}

/** Splits `path?query` into the path and Jira's query map (repeated names become arrays). */
export function splitPath(pathWithQuery: string): {
  path: string;
  query: Record<string, string | string[]>;
} {
  const url = new URL(pathWithQuery, 'http://emulator.invalid');
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const existing = query[name];
    if (existing === undefined) query[name] = value;
    else query[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return { path: url.pathname, query };
}

export function header(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** A fetch `Response` for a product answer (204 and friends carry no body). */
export function toFetchResponse(res: ProductResponse): Response {
  const noBody = res.status === 204 || res.status === 304 || res.body === undefined;
  const headers = new Headers(res.headers);
  if (!noBody && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const text = noBody
    ? null
    : typeof res.body === 'string' && !headers.get('content-type')?.includes('json')
      ? res.body
      : JSON.stringify(res.body);
  return new Response(text, { status: res.status, headers });
}

// The emulator over HTTP: Jira and Confluence REST, the control API, Custom UI frames and the web shell.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { isHttpMethod } from '../forge/product';
import type { EmulatorSite } from '../seed/emulator-site';
import { BRIDGE_CLIENT_JS } from './bridge-client';
import { errorPage, FrameRegistry, renderFrame, resourceDir, type FramePart } from './frame-host';
import { HttpError, readJsonBody, safeJoin, sendFile, sendJson, sendText } from './http-util';
import { themeCss } from './theme-css';

const WEB_BUILD = resolve(__dirname, '..', 'web', 'build');

const resetBody = z.object({ seed: z.enum(['demo', 'empty']) });
const faultsBody = z.object({ rules: z.array(z.unknown()) });
const invokeBody = z.object({ functionKey: z.string().min(1), payload: z.unknown().optional() });
const fetchBody = z.object({
  product: z.enum(['jira', 'confluence']),
  restPath: z.string().startsWith('/'),
  fetchRequestInit: z
    .object({
      method: z.string().optional(),
      body: z.string().nullable().optional(),
      headers: z.array(z.tuple([z.string(), z.string()])).optional(),
    })
    .optional(),
});
const exportBody = z.object({
  user: z.string().min(1),
  exportType: z.enum(['pdf', 'word', 'other']).optional(),
});

function callerOf(req: IncomingMessage): string | undefined {
  const value = req.headers['x-emulator-user'];
  return Array.isArray(value) ? value[0] : value;
}

function frameToken(req: IncomingMessage): string | undefined {
  const value = req.headers['x-emulator-frame-token'];
  return Array.isArray(value) ? value[0] : value;
}

async function body<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJsonBody(req));
  if (!parsed.success)
    throw new HttpError(
      400,
      parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
    );
  return parsed.data;
}

const PALETTE = ['#0c66e4', '#1f845a', '#e56910', '#ae2e24', '#6e5dc6', '#206a83', '#946f00'];

/** Issue-type and status icons and user avatars that Jira's `iconUrl`/`avatarUrls` point at. */
function placeholderImage(icon: boolean, kind: string, id: string): string {
  const name = id.replace(/\.svg$/, '');
  let sum = 0;
  const seed = `${kind}${name}`;
  for (let i = 0; i < seed.length; i++) sum += seed.charCodeAt(i);
  const colour = PALETTE[sum % PALETTE.length] ?? '#0c66e4';
  if (icon)
    return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="${colour}"/></svg>`;
  const initials = name
    .split(/[-_.\s]+/)
    .map((part) => part.charAt(0).toUpperCase())
    .join('')
    .slice(0, 2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" cy="24" r="24" fill="${colour}"/><text x="24" y="30" font-family="sans-serif" font-size="18" fill="#fff" text-anchor="middle">${initials.replace(/[^A-Z0-9]/g, '')}</text></svg>`;
}

export class EmulatorServer {
  private readonly frames = new FrameRegistry();

  constructor(private readonly site: EmulatorSite) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    try {
      if (
        path.startsWith('/rest/') ||
        path.startsWith('/wiki/api/') ||
        path.startsWith('/wiki/rest/')
      ) {
        await this.product(req, res, method, `${path}${url.search}`);
        return;
      }
      if (path.startsWith('/emulator/')) {
        await this.emulator(req, res, method, path, url.searchParams);
        return;
      }
      if (method !== 'GET' && method !== 'HEAD')
        throw new HttpError(404, `Nothing answers ${method} ${path}`);
      this.webShell(res, path);
    } catch (e) {
      if (e instanceof HttpError) {
        sendJson(res, e.status, { message: e.message });
        return;
      }
      const message = e instanceof Error ? e.message : String(e);
      console.error(`[forge-emulator] ${method} ${path} failed:`, e);
      if (!res.headersSent) sendJson(res, 500, { message });
      else res.end();
    }
  }

  private async product(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    pathWithQuery: string,
  ): Promise<void> {
    const caller = callerOf(req);
    if (caller === undefined || caller === '') {
      sendJson(res, 401, {
        errorMessages: ['Send the caller as the x-emulator-user: <accountId> header'],
        errors: {},
      });
      return;
    }
    if (!this.site.isUser(caller)) {
      sendJson(res, 401, { errorMessages: [`Unknown user '${caller}'`], errors: {} });
      return;
    }
    if (!isHttpMethod(method)) {
      sendJson(res, 405, { errorMessages: [`${method} is not supported`], errors: {} });
      return;
    }
    const requestBody =
      method === 'GET' || method === 'DELETE' ? undefined : await readJsonBody(req);
    const answer = await this.site.rest(caller, method, pathWithQuery, requestBody);
    const headers = Object.fromEntries(
      Object.entries(answer.headers).filter(
        ([k]) => k.toLowerCase() !== 'content-type' && k.toLowerCase() !== 'content-length',
      ),
    );
    sendJson(res, answer.status, answer.body, headers);
  }

  private async emulator(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
    query: URLSearchParams,
  ): Promise<void> {
    const route = `${method} ${path}`;
    const site = this.site;
    switch (route) {
      case 'GET /emulator/health':
        sendJson(res, 200, { ok: true });
        return;
      case 'GET /emulator/users':
        sendJson(res, 200, site.users());
        return;
      case 'GET /emulator/app':
        sendJson(res, 200, site.appInfo());
        return;
      case 'POST /emulator/reset': {
        const { seed } = await body(req, resetBody);
        await site.reset(seed);
        sendJson(res, 200, { seed });
        return;
      }
      case 'POST /emulator/drain':
        await site.drain();
        sendJson(res, 200, { drained: true });
        return;
      case 'POST /emulator/upgrade':
        await site.upgrade();
        sendJson(res, 200, { upgraded: true });
        return;
      case 'GET /emulator/faults':
        sendJson(res, 200, { rules: site.faults() });
        return;
      case 'POST /emulator/faults': {
        const { rules } = await body(req, faultsBody);
        try {
          sendJson(res, 200, {
            rules: site.setFaults(rules as Parameters<typeof site.setFaults>[0]),
          });
        } catch (e) {
          if (e instanceof z.ZodError)
            throw new HttpError(
              400,
              `Invalid fault rules: ${e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
            );
          throw e;
        }
        return;
      }
      case 'GET /emulator/requests':
        sendJson(res, 200, site.requests());
        return;
      case 'DELETE /emulator/requests':
        site.clearRequests();
        sendJson(res, 204, undefined);
        return;
      case 'GET /emulator/bridge/bridge.js':
        sendText(res, 200, 'text/javascript; charset=utf-8', BRIDGE_CLIENT_JS);
        return;
      case 'GET /emulator/tokens/themes.css':
        sendText(res, 200, 'text/css; charset=utf-8', themeCss());
        return;
      case 'POST /emulator/bridge/invoke':
        await this.bridgeInvoke(req, res);
        return;
      case 'POST /emulator/bridge/fetch':
        await this.bridgeFetch(req, res);
        return;
      case 'POST /emulator/bridge/translations': {
        const session = this.frames.get(frameToken(req));
        if (session === undefined) throw new HttpError(401, 'Unknown or missing frame token');
        const { locale } = await body(req, z.object({ locale: z.string().optional() }));
        const t = site.host.translations;
        const wanted = locale ?? session.context.locale;
        const chosen = t.resource(wanted) === undefined ? t.defaultLocale : wanted;
        sendJson(res, 200, { locale: chosen, translations: t.resource(chosen) ?? null });
        return;
      }
      default:
        break;
    }
    let m: RegExpExecArray | null;
    if (
      method === 'GET' &&
      (m = /^\/emulator\/(icons|avatars)\/([^/]+)\/([^/]+)$/.exec(path)) !== null
    ) {
      sendText(
        res,
        200,
        'image/svg+xml',
        placeholderImage(
          m[1] === 'icons',
          decodeURIComponent(m[2] ?? ''),
          decodeURIComponent(m[3] ?? ''),
        ),
        {
          'cache-control': 'max-age=3600',
        },
      );
      return;
    }
    if (method === 'POST' && (m = /^\/emulator\/scheduled\/([^/]+)$/.exec(path)) !== null) {
      const moduleKey = decodeURIComponent(m[1] ?? '');
      if (!site.host.manifest.modules.scheduledTrigger.some((t) => t.key === moduleKey))
        throw new HttpError(404, `The app has no scheduledTrigger '${moduleKey}'`);
      await site.runScheduledTrigger(moduleKey);
      sendJson(res, 200, { ran: moduleKey });
      return;
    }
    if (method === 'GET' && (m = /^\/emulator\/frame\/([^/]+)(\/.*)?$/.exec(path)) !== null) {
      await this.frame(res, decodeURIComponent(m[1] ?? ''), m[2], query);
      return;
    }
    // A macro's custom configuration page, under its own prefix so its relative assets resolve.
    if (
      method === 'GET' &&
      (m = /^\/emulator\/config-frame\/([^/]+)(\/.*)?$/.exec(path)) !== null
    ) {
      await this.frame(res, decodeURIComponent(m[1] ?? ''), m[2], query, 'config');
      return;
    }
    if (
      method === 'GET' &&
      (m = /^\/emulator\/confluence\/pages\/([^/]+)\/render$/.exec(path)) !== null
    ) {
      const user = query.get('user');
      if (user === null || !site.isUser(user))
        throw new HttpError(401, 'render needs ?user=<accountId> of a known user');
      const theme = query.get('theme') === 'dark' ? 'dark' : 'light';
      const locale = query.get('locale');
      const page = site.renderPage(decodeURIComponent(m[1] ?? ''), {
        accountId: user,
        theme,
        ...(locale === null ? {} : { locale }),
      });
      if (page === undefined) throw new HttpError(404, 'No such page');
      sendJson(res, 200, page);
      return;
    }
    if (
      method === 'POST' &&
      (m = /^\/emulator\/confluence\/pages\/([^/]+)\/export$/.exec(path)) !== null
    ) {
      const { user, exportType } = await body(req, exportBody);
      if (!site.isUser(user)) throw new HttpError(401, `Unknown user '${user}'`);
      const exported = await site.exportPage(
        decodeURIComponent(m[1] ?? ''),
        user,
        exportType ?? 'pdf',
      );
      if (exported === undefined) throw new HttpError(404, 'No such page');
      sendJson(res, 200, exported);
      return;
    }
    throw new HttpError(
      404,
      `The emulator has no route ${method} ${path} (see emulator/README.md)`,
    );
  }

  private async frame(
    res: ServerResponse,
    moduleKey: string,
    rest: string | undefined,
    query: URLSearchParams,
    part: FramePart = 'module',
  ): Promise<void> {
    if (rest === undefined) {
      const search = query.toString();
      const prefix = part === 'config' ? '/emulator/config-frame/' : '/emulator/frame/';
      res.writeHead(301, {
        location: `${prefix}${encodeURIComponent(moduleKey)}/${search === '' ? '' : `?${search}`}`,
      });
      res.end();
      return;
    }
    if (rest === '/' || rest === '/index.html') {
      const answer = await renderFrame(this.site, this.frames, moduleKey, query, part);
      if (answer.kind === 'error')
        sendText(
          res,
          answer.status,
          'text/html; charset=utf-8',
          errorPage('Custom UI unavailable', answer.message),
        );
      else sendText(res, answer.status, 'text/html; charset=utf-8', answer.html, answer.headers);
      return;
    }
    const t = this.site.host.translations;
    const locales = /^\/__LOCALES__\/(.+)\.json$/.exec(rest);
    if (locales !== null) {
      const name = locales[1] ?? '';
      if (name === 'i18n-info') {
        sendJson(res, 200, t.info());
        return;
      }
      const resource = t.resource(name);
      if (resource === undefined) throw new HttpError(404, `No translations for ${name}`);
      sendJson(res, 200, resource);
      return;
    }
    const file = safeJoin(resourceDir(this.site, moduleKey, part), rest.slice(1));
    if (file === undefined || !sendFile(res, file))
      throw new HttpError(404, `No file ${rest} in the resource of ${moduleKey}`);
  }

  private async bridgeInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = this.frames.get(frameToken(req));
    if (session === undefined) throw new HttpError(401, 'Unknown or missing frame token');
    const { functionKey, payload } = await body(req, invokeBody);
    try {
      const result = await this.site.host.invokeResolver(session.context, functionKey, payload);
      sendJson(res, 200, { result: result ?? null });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const code =
        typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string'
          ? (e as { code: string }).code
          : 'FUNCTION_ERR';
      console.error(
        `[forge-emulator] resolver ${session.context.moduleKey}/${functionKey} failed: ${message}`,
      );
      sendJson(res, 500, { message, code });
    }
  }

  private async bridgeFetch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = this.frames.get(frameToken(req));
    if (session === undefined) throw new HttpError(401, 'Unknown or missing frame token');
    const request = await body(req, fetchBody);
    const init = request.fetchRequestInit ?? {};
    const response = await this.site.host.bridgeProductFetch(
      session.context,
      request.product,
      request.restPath,
      {
        method: init.method ?? 'GET',
        ...(init.body === undefined || init.body === null ? {} : { body: init.body }),
        headers: init.headers ?? [],
      },
    );
    sendJson(res, 200, {
      status: response.status,
      statusText: response.statusText,
      headers: Object.fromEntries(response.headers.entries()),
      body: await response.text(),
      isAttachment: false,
    });
  }

  private webShell(res: ServerResponse, path: string): void {
    const index = join(WEB_BUILD, 'index.html');
    if (!existsSync(index)) {
      sendText(
        res,
        503,
        'text/html; charset=utf-8',
        errorPage(
          'The web shell is not built',
          'Run npm run build (or npm start, which builds first), then reload this page. The REST and control APIs work already.',
        ),
      );
      return;
    }
    if (path !== '/' && path !== '/index.html') {
      const file = safeJoin(WEB_BUILD, path.slice(1));
      if (file !== undefined && sendFile(res, file)) return;
      if (/\.[a-z0-9]+$/i.test(path)) throw new HttpError(404, `No file ${path}`);
    }
    sendFile(res, index);
  }
}

/**
 * Loopback only unless told otherwise: the emulator mints frame tokens for any user without asking who
 * is calling, so anyone who can reach the port can act as any user of the site.
 */
export const DEFAULT_HOST = '127.0.0.1';

/** The address to bind: the `HOST` environment variable when set, else loopback only. */
export function listenHost(env: Record<string, string | undefined>): string {
  const host = env.HOST?.trim();
  return host === undefined || host === '' ? DEFAULT_HOST : host;
}

/** Serves the emulator on `port` (0 picks a free one) at `host` (default: `listenHost(process.env)`). */
export async function startServer(
  site: EmulatorSite,
  port: number,
  host: string = listenHost(process.env),
): Promise<{ url: string; close(): Promise<void> }> {
  const handler = new EmulatorServer(site);
  const server = createServer((req, res) => {
    void handler.handle(req, res);
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://localhost:${String(address.port)}`,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.closeAllConnections();
        server.close((e) => {
          if (e) reject(e);
          else resolvePromise();
        });
      }),
  };
}

// Custom UI frames: the module's built resource, with the bridge injected and a token that fixes who is invoking.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ForgeContext } from '../forge/forge-context';
import type { EmulatorSite } from '../seed/emulator-site';
import { escapeHtml } from '../confluence/adf-html';

export interface FrameSession {
  context: ForgeContext;
  theme: 'light' | 'dark';
}

const frameQuery = z.object({
  user: z.string().min(1, 'the frame needs ?user=<accountId>'),
  issueKey: z.string().min(1).optional(),
  projectKey: z.string().min(1).optional(),
  pageId: z.string().min(1).optional(),
  locale: z.string().min(2).optional(),
  timezone: z.string().min(1).optional(),
  theme: z.enum(['light', 'dark']).optional(),
  localId: z.string().min(1).optional(),
  config: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return undefined;
      try {
        const value: unknown = JSON.parse(raw);
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
          return value as Record<string, unknown>;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'config must be a URL-encoded JSON object' });
      return z.NEVER;
    }),
});

/** Frames are minted by the server; the invoking accountId always comes from here, never from a payload. */
export class FrameRegistry {
  private readonly sessions = new Map<string, FrameSession>();

  mint(session: FrameSession): string {
    const token = randomBytes(18).toString('base64url');
    this.sessions.set(token, session);
    if (this.sessions.size > 5000) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    return token;
  }

  get(token: string | undefined): FrameSession | undefined {
    return token === undefined ? undefined : this.sessions.get(token);
  }
}

/** A module's own page, or a macro's custom configuration page (the manifest's `config.resource`). */
export type FramePart = 'module' | 'config';

const customConfig = z.object({ resource: z.string().min(1) });

function resourceKey(site: EmulatorSite, moduleKey: string, part: FramePart): string {
  const info = site.host.uiModule(moduleKey);
  if (part === 'module') return info.module.resource;
  // `config: true` is UI Kit's form-based configuration: there is no page of the app's to host.
  const config = customConfig.safeParse('config' in info.module ? info.module.config : undefined);
  if (!config.success)
    throw new Error(`Forge emulator: module ${moduleKey} declares no custom config resource`);
  return config.data.resource;
}

export function resourceDir(
  site: EmulatorSite,
  moduleKey: string,
  part: FramePart = 'module',
): string {
  const key = resourceKey(site, moduleKey, part);
  const resource = site.host.manifest.resources.find((r) => r.key === key);
  if (resource === undefined)
    throw new Error(`Forge emulator: module ${moduleKey} names an undeclared resource`);
  return join(site.host.app.appRoot, resource.path);
}

function contentSecurityPolicy(site: EmulatorSite): string {
  const content = site.host.manifest.permissions.content;
  const scripts = (content?.scripts ?? []).map((s) => `'${s}'`).join(' ');
  const styles = (content?.styles ?? []).map((s) => `'${s}'`).join(' ');
  return [
    "default-src 'self'",
    `script-src 'self'${scripts === '' ? '' : ` ${scripts}`}`,
    `style-src 'self'${styles === '' ? '' : ` ${styles}`}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

export type FrameAnswer =
  | { kind: 'html'; status: number; html: string; headers: Record<string, string> }
  | { kind: 'error'; status: number; message: string };

/** Renders the frame document for `/emulator/frame/<moduleKey>/?user=…`. */
export async function renderFrame(
  site: EmulatorSite,
  registry: FrameRegistry,
  moduleKey: string,
  params: URLSearchParams,
  part: FramePart = 'module',
): Promise<FrameAnswer> {
  const module = site.host.uiModules().find((m) => m.key === moduleKey);
  if (module === undefined)
    return {
      kind: 'error',
      status: 404,
      message: `The app has no Custom UI module '${moduleKey}'`,
    };
  const parsed = frameQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success)
    return {
      kind: 'error',
      status: 400,
      message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  const q = parsed.data;
  if (!site.isUser(q.user))
    return { kind: 'error', status: 401, message: `Unknown user '${q.user}'` };
  let dir: string;
  try {
    dir = resourceDir(site, moduleKey, part);
  } catch (e) {
    return { kind: 'error', status: 404, message: e instanceof Error ? e.message : String(e) };
  }
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) {
    return {
      kind: 'error',
      status: 503,
      message: `The Custom UI of ${moduleKey} is not built (${indexFile} is missing): run npm run build`,
    };
  }
  const theme = q.theme ?? 'light';
  let context: ForgeContext;
  try {
    context = await site.context({
      moduleKey,
      accountId: q.user,
      ...(q.issueKey === undefined ? {} : { issueKey: q.issueKey }),
      ...(q.projectKey === undefined ? {} : { projectKey: q.projectKey }),
      ...(q.pageId === undefined ? {} : { pageId: q.pageId }),
      ...(q.locale === undefined ? {} : { locale: q.locale }),
      ...(q.timezone === undefined ? {} : { timezone: q.timezone }),
      ...(q.localId === undefined ? {} : { localId: q.localId }),
      ...(q.config === undefined ? {} : { config: q.config }),
      // Confluence's config modal: the page edits the macro's configuration rather than showing it.
      ...(part === 'config'
        ? { extension: { macro: { isConfiguring: true, isInserting: false } } }
        : {}),
      theme,
    });
  } catch (e) {
    return { kind: 'error', status: 404, message: e instanceof Error ? e.message : String(e) };
  }
  const token = registry.mint({ context, theme });
  const data = JSON.stringify({ token, context, theme }).replace(/</g, '\\u003c');
  const injected = `<script type="application/json" id="__forge_frame__">${data}</script><script src="/emulator/bridge/bridge.js"></script>`;
  const original = readFileSync(indexFile, 'utf8');
  const head = /<head[^>]*>/i.exec(original);
  const html =
    head === null
      ? `${injected}${original}`
      : `${original.slice(0, head.index + head[0].length)}${injected}${original.slice(head.index + head[0].length)}`;
  return {
    kind: 'html',
    status: 200,
    html,
    headers: {
      'content-security-policy': contentSecurityPolicy(site),
      'x-forge-module-key': moduleKey,
    },
  };
}

export function errorPage(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;padding:24px"><h1 style="font-size:20px">${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>`;
}

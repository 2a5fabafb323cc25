// `@forge/bridge` router.navigate/open send either { url } or a NavigationLocation
// ({ target: 'issue', issueKey }, …). Jira and Confluence paths stay inside the shell.
import { z } from 'zod';
import { parseRoute, paths } from './routes';

const request = z.object({
  type: z.enum(['same-tab', 'new-tab']).optional(),
  url: z.string().optional(),
  target: z.string().optional(),
  issueKey: z.string().optional(),
  contentId: z.union([z.string(), z.number()]).optional(),
  spaceKey: z.string().optional(),
  moduleKey: z.string().optional(),
  projectKey: z.string().optional(),
});

export type Destination =
  | { kind: 'internal'; path: string; newTab: boolean }
  | { kind: 'external'; url: string; newTab: boolean };

function fromUrl(raw: string, newTab: boolean): Destination | null {
  let url: URL;
  try {
    url = new URL(raw, window.location.href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const route = parseRoute(url.pathname, url.searchParams);
  const sameOrigin = url.origin === window.location.origin;
  // A link to a real Atlassian site (e.g. https://x.atlassian.net/browse/CHG-1) opens here.
  if (sameOrigin || route.kind !== 'not-found') {
    return { kind: 'internal', path: `${url.pathname}${url.search}${url.hash}`, newTab };
  }
  return { kind: 'external', url: url.href, newTab };
}

function fromLocation(location: z.infer<typeof request>, newTab: boolean): Destination | null {
  const internal = (path: string): Destination => ({ kind: 'internal', path, newTab });
  switch (location.target) {
    case 'issue':
      return location.issueKey === undefined ? null : internal(paths.issue(location.issueKey));
    case 'contentView':
    case 'contentEdit':
      return location.contentId === undefined
        ? null
        : internal(paths.pageById(String(location.contentId)));
    case 'spaceView':
    case 'contentList':
      return location.spaceKey === undefined ? null : internal(paths.space(location.spaceKey));
    case 'module':
      return location.moduleKey === undefined ? null : internal(paths.admin(location.moduleKey));
    case 'projectSettingsDetails':
      return location.projectKey === undefined
        ? null
        : internal(paths.issueList(location.projectKey));
    case undefined:
    default:
      return null;
  }
}

export function resolveNavigation(payload: unknown): Destination | null {
  if (typeof payload === 'string') return fromUrl(payload, false);
  const parsed = request.safeParse(payload);
  if (!parsed.success) return null;
  const newTab = parsed.data.type === 'new-tab';
  if (parsed.data.url !== undefined) return fromUrl(parsed.data.url, newTab);
  return fromLocation(parsed.data, newTab);
}

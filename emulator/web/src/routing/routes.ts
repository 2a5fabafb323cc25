// Every page the shell knows, as Jira and Confluence spell their URLs.
export type Route =
  | { kind: 'home' }
  | { kind: 'issue-list'; projectKey: string; jql: string | null }
  | { kind: 'issue'; issueKey: string }
  | { kind: 'admin'; pageKey: string | null }
  /** An app's global page, where Jira's Apps menu leads: /jira/apps/{appId}/{envId}[/{route}]. */
  | { kind: 'global-page'; appId: string; envId: string; subpath: string | null }
  | { kind: 'confluence'; spaceKey: string | null; pageId: string | null }
  | { kind: 'not-found'; path: string };

export type Product = 'jira' | 'confluence' | null;

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;

function segments(pathname: string): string[] {
  return pathname
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part));
}

export function parseRoute(pathname: string, search: URLSearchParams): Route {
  const parts = segments(pathname);
  const [first, second, third, fourth, fifth] = parts;
  if (first === undefined) return { kind: 'home' };
  if (first === 'browse' && second !== undefined && ISSUE_KEY.test(second)) {
    return { kind: 'issue', issueKey: second };
  }
  if (first === 'jira') {
    if (second === undefined)
      return { kind: 'issue-list', projectKey: 'CHG', jql: search.get('jql') };
    if (second === 'browse' && third !== undefined && ISSUE_KEY.test(third)) {
      return { kind: 'issue', issueKey: third };
    }
    if (
      second === 'projects' &&
      third !== undefined &&
      (fourth === undefined || fourth === 'issues' || fourth === 'settings')
    ) {
      if (fifth !== undefined && ISSUE_KEY.test(fifth)) return { kind: 'issue', issueKey: fifth };
      return { kind: 'issue-list', projectKey: third, jql: search.get('jql') };
    }
    if (second === 'apps' && third !== undefined && fourth !== undefined)
      return {
        kind: 'global-page',
        appId: third,
        envId: fourth,
        subpath: parts.length > 4 ? parts.slice(4).join('/') : null,
      };
    if (second === 'settings' && third === 'apps')
      return { kind: 'admin', pageKey: fourth ?? null };
  }
  if (first === 'wiki') {
    if (second === undefined || (second === 'spaces' && third === undefined)) {
      return { kind: 'confluence', spaceKey: null, pageId: null };
    }
    if (second === 'spaces' && third !== undefined) {
      if (
        fourth === undefined ||
        fourth === 'overview' ||
        (fourth === 'pages' && fifth === undefined)
      ) {
        return { kind: 'confluence', spaceKey: third, pageId: null };
      }
      if (fourth === 'pages' && fifth !== undefined) {
        return { kind: 'confluence', spaceKey: third, pageId: fifth };
      }
    }
    if (second === 'pages' && third !== undefined) {
      return { kind: 'confluence', spaceKey: null, pageId: third };
    }
  }
  // Where @forge/bridge's router sends a `module` target.
  if (first === 'apps' && second !== undefined) return { kind: 'admin', pageKey: second };
  return { kind: 'not-found', path: pathname };
}

export function productOf(route: Route): Product {
  switch (route.kind) {
    case 'issue-list':
    case 'issue':
    case 'admin':
    case 'global-page':
      return 'jira';
    case 'confluence':
      return 'confluence';
    case 'home':
    case 'not-found':
      return null;
    default: {
      const _exhaustive: never = route;
      return _exhaustive;
    }
  }
}

const enc = encodeURIComponent;

export const paths = {
  home: (): string => '/',
  issueList: (projectKey: string, jql?: string): string =>
    `/jira/projects/${enc(projectKey)}/issues${jql === undefined ? '' : `?jql=${enc(jql)}`}`,
  issue: (issueKey: string): string => `/jira/browse/${enc(issueKey)}`,
  admin: (pageKey?: string): string =>
    pageKey === undefined ? '/jira/settings/apps' : `/jira/settings/apps/${enc(pageKey)}`,
  globalPage: (appId: string, envId: string): string => `/jira/apps/${enc(appId)}/${enc(envId)}`,
  spaces: (): string => '/wiki/spaces',
  space: (spaceKey: string): string => `/wiki/spaces/${enc(spaceKey)}`,
  page: (spaceKey: string, pageId: string): string =>
    `/wiki/spaces/${enc(spaceKey)}/pages/${enc(pageId)}`,
  pageById: (pageId: string): string => `/wiki/pages/${enc(pageId)}`,
};

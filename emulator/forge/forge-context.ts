// The Forge context a Custom UI module and its resolver see (view.getContext(), resolver `context`).
import { z } from 'zod';
import type { ProductSite } from './product';

export type UiModuleType = 'jira:issuePanel' | 'jira:adminPage' | 'jira:globalPage' | 'macro';

export interface ForgeContext {
  accountId: string;
  accountType: 'licensed';
  cloudId: string;
  siteUrl: string;
  moduleKey: string;
  localId: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT';
  locale: string;
  timezone: string;
  theme: { colorMode: 'light' | 'dark' };
  extension: Record<string, unknown>;
}

export interface ContextInput {
  moduleKey: string;
  moduleType: UiModuleType;
  accountId: string;
  issueKey?: string;
  projectKey?: string;
  pageId?: string;
  locale?: string;
  timezone?: string;
  theme?: 'light' | 'dark';
  config?: Record<string, unknown>;
  localId?: string;
  /** Extra extension fields the caller sets explicitly (programmatic invokes). */
  extension?: Record<string, unknown>;
}

export interface SiteInfo {
  cloudId: string;
  siteUrl: string;
  /** The app's id without the ARI prefix, as a global page's URL carries it. */
  appId: string;
  environmentId: string;
  jira: ProductSite;
  /** Page and space of a Confluence page, for macro contexts. */
  page(
    pageId: string,
  ): { id: string; spaceId: string; spaceKey: string; title: string } | undefined;
}

const issueShape = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    issuetype: z.object({ id: z.string(), name: z.string() }).optional(),
    project: z
      .object({ id: z.string(), key: z.string(), projectTypeKey: z.string().optional() })
      .optional(),
  }),
});
const projectShape = z.object({
  id: z.string(),
  key: z.string(),
  projectTypeKey: z.string().optional(),
});

async function lookup<T>(
  site: SiteInfo,
  path: string,
  shape: z.ZodType<T>,
  query: Record<string, string> = {},
): Promise<T | undefined> {
  const res = await site.jira.handle({ method: 'GET', path, query, actor: { kind: 'app' } });
  if (res.status !== 200) return undefined;
  const parsed = shape.safeParse(res.body);
  return parsed.success ? parsed.data : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the caller names explicitly wins, field by field, over what the platform looked up. */
function mergeExtension(
  looked: Record<string, unknown>,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...looked };
  for (const [key, value] of Object.entries(given)) {
    const base = merged[key];
    merged[key] =
      isRecord(base) && isRecord(value) && key !== 'config' ? { ...base, ...value } : value;
  }
  return merged;
}

/** Where Jira shows the app's global page: /jira/apps/{appId}/{envId} on the site. */
export const globalPageUrl = (
  site: Pick<SiteInfo, 'siteUrl' | 'appId' | 'environmentId'>,
): string => `${site.siteUrl.replace(/\/$/, '')}/jira/apps/${site.appId}/${site.environmentId}`;

/** Builds the context Forge hands a Custom UI module for this user and place (looked up as the platform, not logged). */
export async function buildForgeContext(
  site: SiteInfo,
  input: ContextInput,
): Promise<ForgeContext> {
  const extension: Record<string, unknown> = { type: input.moduleType };
  if (input.issueKey !== undefined) {
    const issue = await lookup(
      site,
      `/rest/api/3/issue/${encodeURIComponent(input.issueKey)}`,
      issueShape,
      { fields: 'issuetype,project' },
    );
    if (issue === undefined)
      throw new Error(`Forge emulator: no issue ${input.issueKey} to show ${input.moduleKey} on`);
    extension.issue = {
      id: issue.id,
      key: issue.key,
      type: issue.fields.issuetype?.name,
      typeId: issue.fields.issuetype?.id,
    };
    const project = issue.fields.project;
    if (project !== undefined)
      extension.project = {
        id: project.id,
        key: project.key,
        type: project.projectTypeKey ?? 'software',
      };
    extension.isNewToIssue = false;
  } else if (input.projectKey !== undefined) {
    const project = await lookup(
      site,
      `/rest/api/3/project/${encodeURIComponent(input.projectKey)}`,
      projectShape,
    );
    if (project === undefined) throw new Error(`Forge emulator: no project ${input.projectKey}`);
    extension.project = {
      id: project.id,
      key: project.key,
      type: project.projectTypeKey ?? 'software',
    };
  }
  if (input.moduleType === 'jira:globalPage') {
    // Documented extension context of a global page: its type and `location`, the full URL of the
    // Jira page hosting it (/jira/apps/{appId}/{envId}); no issue, project or configuration.
    extension.location = globalPageUrl(site);
  }
  if (input.moduleType === 'macro') {
    extension.config = input.config ?? {};
    extension.isEditing = false;
    extension.macro = { isConfiguring: false, isInserting: false };
    if (input.pageId !== undefined) {
      const page = site.page(input.pageId);
      if (page === undefined) throw new Error(`Forge emulator: no Confluence page ${input.pageId}`);
      extension.content = { id: page.id, type: 'page', title: page.title };
      extension.space = { id: page.spaceId, key: page.spaceKey };
    }
  }
  return {
    accountId: input.accountId,
    accountType: 'licensed',
    cloudId: site.cloudId,
    siteUrl: site.siteUrl,
    moduleKey: input.moduleKey,
    localId: input.localId ?? `${input.moduleKey}-${input.pageId ?? input.issueKey ?? 'page'}`,
    environmentId: site.environmentId,
    environmentType: 'DEVELOPMENT',
    locale: input.locale ?? 'en-US',
    timezone: input.timezone ?? 'UTC',
    theme: { colorMode: input.theme ?? 'light' },
    extension: mergeExtension(extension, input.extension ?? {}),
  };
}

// Shared set-up for the app's own browser tests (issue panel, admin page, macro): the emulator
// in-process with the demo site, the run's shared headless Chromium, and small helpers.
import type { ResolverResponse, StoredConfig } from '../../src/contract/resolver-contract';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../emulator';
import { openBrowser } from './browser';

export const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'test-artifacts/screenshots');

export const MODULES = {
  panel: 'change-governance-panel',
  admin: 'change-governance-admin',
  macro: 'governance-tables',
} as const;

export type Theme = 'light' | 'dark';
export type Locale = 'en-US' | 'it-IT';

export interface AppSite {
  emulator: Emulator;
  url: string;
  browser: Browser;
  /** A fresh browser context on the web shell, as `user`, with the shell's theme and language preset. */
  shellPage(options: {
    user: string;
    theme?: Theme;
    locale?: Locale;
    timezoneId?: string;
  }): Promise<Page>;
  /** One module's frame opened on its own, as the host would load it into its iframe. */
  framePage(
    moduleKey: string,
    options: { user: string; theme?: Theme; locale?: Locale; issueKey?: string; config?: unknown },
  ): Promise<Page>;
  close(): Promise<void>;
}

/** `options` for the emulator, e.g. `now` for a site whose Jira clock a test moves. */
export async function startAppSite(options: EmulatorOptions = {}): Promise<AppSite> {
  // The e2e project's global setup has built the UI and started the browser.
  const [emulator, browser] = await Promise.all([
    createEmulator({ seed: 'demo', seedShowcase: false, ...options }),
    openBrowser(),
  ]);
  const server = await emulator.listen(0);
  const url = server.url.replace(/\/$/, '');

  const shellPage: AppSite['shellPage'] = async ({
    user,
    theme = 'light',
    locale = 'en-US',
    timezoneId,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      ...(timezoneId === undefined ? {} : { timezoneId }),
    });
    // The shell keeps who the user acts as, the theme and the language in localStorage.
    await context.addInitScript(
      (preset: { user: string; theme: string; locale: string }) => {
        if (window.location.pathname.startsWith('/emulator/')) return;
        window.localStorage.setItem('emulator.user', preset.user);
        window.localStorage.setItem('emulator.theme', preset.theme);
        window.localStorage.setItem('emulator.locale', preset.locale);
      },
      { user, theme, locale },
    );
    return context.newPage();
  };

  const framePage: AppSite['framePage'] = async (moduleKey, options) => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const query = new URLSearchParams({
      user: options.user,
      locale: options.locale ?? 'en-US',
      theme: options.theme ?? 'light',
    });
    if (options.issueKey !== undefined) query.set('issueKey', options.issueKey);
    if (options.config !== undefined) query.set('config', JSON.stringify(options.config));
    await page.goto(`${url}/emulator/frame/${moduleKey}/?${query.toString()}`);
    return page;
  };

  return {
    emulator,
    url,
    browser,
    shellPage,
    framePage,
    close: async () => {
      await browser.close();
      await server.close();
      await emulator.close();
    },
  };
}

/** One site for the test file: started before its tests, closed after them. */
export function appSiteForSuite(options: EmulatorOptions = {}): () => AppSite {
  let site: AppSite | undefined;
  beforeAll(async () => {
    site = await startAppSite(options);
  }, 300_000);
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (site === undefined) throw new Error('the emulator and browser did not start');
    return site;
  };
}

/** The app's frame of `moduleKey` inside the web shell. */
export const appFrame = (page: Page, moduleKey: string): FrameLocator =>
  page.frameLocator(`iframe[data-module-key="${moduleKey}"]`);

/**
 * A finished download, saved where the test can read it. The shared browser runs in another
 * process, so the download's own temporary file is not this process's to read.
 */
export async function savedDownload(download: Download): Promise<string> {
  const file = path.join(ROOT, 'test-artifacts', 'downloads', download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `app-${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeGlobal {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: Array<{
      id: string;
      impact?: string | null;
      help: string;
      nodes: Array<{ target: unknown[] }>;
    }>;
  }>;
}

/**
 * axe-core's serious and critical findings in a document. The frames run under a Forge-like
 * Content-Security-Policy that refuses inline scripts, so axe is evaluated through the DevTools
 * protocol instead of injected as a script tag.
 */
export async function seriousA11yFindings(target: Page | Frame): Promise<AxeFinding[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await target.evaluate(`${source}\n;undefined`);
  const findings = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeGlobal }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

export interface IssueBean {
  key: string;
  fields: {
    summary: string;
    status: { name: string };
    issuetype: { name: string };
    assignee?: { accountId: string } | null;
    parent?: { key: string };
    subtasks?: Array<{ key: string; fields: { summary: string; status: { name: string } } }>;
  };
}

/** Jira's JSON answer; the caller names the shape it relies on (the emulator checks it against Jira's OpenAPI). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the type argument is the caller's statement of the answer's shape
export async function restJson<T>(
  site: AppSite,
  user: string,
  method: 'GET' | 'POST' | 'PUT',
  route: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const answer = await site.emulator.rest(user, method, route, body);
  return { status: answer.status, body: answer.body as T };
}

/** The pending Change Approval under `change` assigned to `assignee`, as Jira shows the change's sub-tasks. */
export async function pendingApprovalOf(
  site: AppSite,
  change: string,
  assignee: string,
): Promise<string> {
  const parent = await restJson<IssueBean>(
    site,
    'admin',
    'GET',
    `/rest/api/3/issue/${change}?fields=subtasks`,
  );
  for (const subtask of parent.body.fields.subtasks ?? []) {
    const issue = await restJson<IssueBean>(
      site,
      'admin',
      'GET',
      `/rest/api/3/issue/${subtask.key}?fields=assignee,issuetype,status`,
    );
    const { fields } = issue.body;
    if (
      fields.issuetype.name === 'Change Approval' &&
      fields.assignee?.accountId === assignee &&
      fields.status.name === 'Pending'
    )
      return subtask.key;
  }
  throw new Error(`${change} has no pending approval for ${assignee}`);
}

/** The configuration in force, as the admin page reads it. */
export async function storedConfig(site: AppSite): Promise<StoredConfig> {
  const answer = (await site.emulator.invoke({
    moduleKey: MODULES.admin,
    accountId: 'admin',
    functionKey: 'getConfig',
    payload: {},
  })) as ResolverResponse<StoredConfig>;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
}

/** Saves `config` as the admin over the version in force, as the admin page would; the stored version. */
export async function saveConfigAsAdmin(
  site: AppSite,
  config: StoredConfig['config'],
): Promise<StoredConfig> {
  const { version } = await storedConfig(site);
  const answer = (await site.emulator.invoke({
    moduleKey: MODULES.admin,
    accountId: 'admin',
    functionKey: 'saveConfig',
    payload: { config, baseVersion: version },
  })) as ResolverResponse<StoredConfig>;
  if (!answer.ok) throw new Error(`saveConfig: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

/**
 * A new Change Request in CHG, created through Jira REST as `user` (with its intake in the create
 * call's properties, as a REST client writes it, when given); its key.
 */
export async function createChangeRequest(
  site: AppSite,
  user: string,
  summary: string,
  intake?: Record<string, unknown>,
): Promise<string> {
  const answer = await restJson<{ key: string }>(site, user, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, issuetype: { name: 'Change Request' }, summary },
    ...(intake === undefined
      ? {}
      : { properties: [{ key: 'change-governance.intake', value: intake }] }),
  });
  if (answer.status !== 201)
    throw new Error(`creating the change request answered ${String(answer.status)}`);
  await site.emulator.drain();
  return answer.body.key;
}

export async function issueProperty<T>(
  site: AppSite,
  key: string,
  property: string,
): Promise<T | undefined> {
  const answer = await restJson<{ value: T }>(
    site,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}/properties/${property}`,
  );
  return answer.status === 200 ? answer.body.value : undefined;
}

/** A calendar day `days` from today (UTC), as `YYYY-MM-DD`. */
export function isoDaysFromToday(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

/** How the en-US date picker takes a typed day: M/D/YYYY. */
export function usDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${String(month)}/${String(day)}/${String(year)}`;
}

/** Retries an assertion until it holds (the UI updates asynchronously) or the time is up. */
export async function eventually(
  assertion: () => Promise<void>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** The visible text of the first match, once it is visible. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor({ state: 'visible' });
  return ((await locator.first().textContent()) ?? '').trim();
}

/** Waits until the first match is visible. */
export async function visible(locator: Locator, timeoutMs = 20_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
}

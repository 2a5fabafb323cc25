// Shared set-up for the web shell's browser tests: the emulator in-process, the run's shared
// headless Chromium, and small helpers (REST as a user, axe, screenshots).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { createEmulator } from '../../emulator';
import { openBrowser } from './browser';

export const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'test-artifacts/screenshots');

export interface ShellSite {
  url: string;
  browser: Browser;
  /** A fresh browser context (own localStorage) on the site, acting as `user` unless told otherwise. */
  openPage(options?: { user?: string; theme?: 'light' | 'dark' }): Promise<Page>;
  rest<T = unknown>(
    user: string,
    method: string,
    route: string,
    body?: unknown,
  ): Promise<RestAnswer<T>>;
  close(): Promise<void>;
}

export interface RestAnswer<T> {
  status: number;
  body: T;
}

export async function startShellSite(): Promise<ShellSite> {
  // The e2e project's global setup has built the shell and started the browser.
  const [emulator, browser] = await Promise.all([
    createEmulator({ seed: 'demo', seedShowcase: false }),
    openBrowser(),
  ]);
  const server = await emulator.listen(0);
  const url = server.url.replace(/\/$/, '');

  const openPage = async (
    options: { user?: string; theme?: 'light' | 'dark' } = {},
  ): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const preset = { user: options.user ?? 'admin', theme: options.theme ?? 'light' };
    await context.addInitScript((p: { user: string; theme: string }) => {
      // Only the first load of a context is preset; later reloads keep what the user chose.
      if (window.sessionStorage.getItem('shell-test-preset') === null) {
        window.sessionStorage.setItem('shell-test-preset', '1');
        window.localStorage.setItem('emulator.user', p.user);
        window.localStorage.setItem('emulator.theme', p.theme);
      }
    }, preset);
    return context.newPage();
  };

  const rest = async <T>(
    user: string,
    method: string,
    route: string,
    body?: unknown,
  ): Promise<RestAnswer<T>> => {
    const response = await fetch(`${url}${route}`, {
      method,
      headers: {
        'x-emulator-user': user,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
  };

  return {
    url,
    browser,
    openPage,
    rest,
    close: async () => {
      await browser.close();
      await server.close();
      await emulator.close();
    },
  };
}

/** Starts one site for the test file (before all its tests) and closes it after them. */
export function shellSiteForSuite(): () => ShellSite {
  let site: ShellSite | undefined;
  beforeAll(async () => {
    site = await startShellSite();
  }, 240_000);
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (site === undefined) throw new Error('the emulator and browser did not start');
    return site;
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // App frames show a spinner until their document has loaded; capture them loaded.
  await page.waitForFunction(
    () => document.querySelector('.app-frame-loading') === null,
    undefined,
    { timeout: 15_000 },
  );
  await page.screenshot({
    path: path.join(SCREENSHOTS, `shell-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical findings on the shell's own document (app frames are checked elsewhere). */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Chooses an option in an Atlaskit Select: focus its input, open the menu with the keyboard, pick. */
export async function chooseOption(page: Page, inputId: string, optionText: string): Promise<void> {
  await page.locator(`#${inputId}`).focus();
  await page.keyboard.press('ArrowDown');
  await page
    .getByRole('option', {
      name: new RegExp(optionText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'),
    })
    .first()
    .click();
}

/** The rows of the issue list's table, once the search has answered. */
export function issueRows(page: Page) {
  return page.locator('[data-testid^="issue-row-"]');
}

/** The loaded document of an iframe the locator points at. */
export async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle()).contentFrame();
  if (frame === null) throw new Error('the iframe has no document');
  await frame.waitForLoadState('load');
  return frame;
}

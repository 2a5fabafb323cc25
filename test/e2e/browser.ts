// The browser the e2e files drive. The project's global setup starts one Chromium for the whole
// run and names its endpoint in the environment; each file connects to it (its own contexts, so
// no file sees another's cookies or storage) instead of paying for a browser start of its own.
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const BROWSER_ENDPOINT_ENV = 'E2E_BROWSER_WS_ENDPOINT';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const executablePath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A Chromium other processes can connect to, for the global setup. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: executablePath(), args: CHROMIUM_ARGS });
}

/**
 * The run's shared browser, or one of the file's own when there is none (a file run outside the
 * e2e project). Closing a connected browser closes the file's contexts and leaves the browser up.
 */
export function openBrowser(): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENDPOINT_ENV];
  if (endpoint !== undefined && endpoint !== '') return chromium.connect(endpoint);
  return chromium.launch({ executablePath: executablePath(), args: CHROMIUM_ARGS });
}

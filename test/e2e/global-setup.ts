// Once per e2e run, before any file: bring the built UI up to date (the build skips bundles whose
// sources did not change, so this costs a hash when `npm run build` just ran) and start the one
// Chromium every file connects to.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserServer } from 'playwright-core';
import { BROWSER_ENDPOINT_ENV, launchBrowserServer } from './browser';

const ROOT = path.resolve(__dirname, '../..');
const UI_ENTRIES = ['issue-panel', 'admin-page', 'macro', 'macro/config', 'calendar'] as const;

/** A real build of the resource, not the placeholder a fresh clone carries. */
const isBuilt = (entry: string): boolean => {
  const index = path.join(ROOT, 'static', entry, 'build', 'index.html');
  return existsSync(index) && readFileSync(index, 'utf8').includes('<script type="module"');
};

const uiReady = (): boolean =>
  existsSync(path.join(ROOT, 'emulator/web/build/index.html')) && UI_ENTRIES.every(isBuilt);

/** Held while one run builds, so two runs in one checkout never write the same bundle at once. */
const BUILD_LOCK = path.join(ROOT, 'test-artifacts', '.ui-build.lock');
const STALE_LOCK_MS = 10 * 60_000;

async function withBuildLock(work: () => void): Promise<void> {
  mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // Another run is building: wait for it (or take over a lock its crash left behind).
      const held = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (held !== undefined && Date.now() - held.mtimeMs > STALE_LOCK_MS)
        rmSync(BUILD_LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    work();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function buildUi(): void {
  const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/build-ui.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    // jest sets NODE_ENV=test; the UI is tested as `npm run build` makes it.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (!uiReady()) throw new Error('Building the Custom UI failed (npm run build)');
  // Over a size budget: the bundles are whole and testable; `npm run build` fails on it.
  if (result.status !== 0)
    console.warn('npm run build reported a failure (above); testing its bundles');
}

interface SetupState {
  browserServer?: BrowserServer;
}

export default async function globalSetup(): Promise<void> {
  await withBuildLock(buildUi);
  const server = await launchBrowserServer();
  (globalThis as SetupState).browserServer = server;
  // Test workers start after this and inherit the environment.
  process.env[BROWSER_ENDPOINT_ENV] = server.wsEndpoint();
}

export async function closeSharedBrowser(): Promise<void> {
  await (globalThis as SetupState).browserServer?.close();
}

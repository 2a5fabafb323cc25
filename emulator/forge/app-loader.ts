// Resolves every `function` module's `handler` (file.export) to the app's code, as the Forge bundler would.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedManifest } from './manifest';

export type ForgeHandler = (...args: unknown[]) => unknown;

const EXTENSIONS = ['ts', 'tsx', 'js', 'cjs', 'jsx'];

function loadModule(appRoot: string, file: string): Record<string, unknown> {
  const base = join(appRoot, 'src', file);
  const found = EXTENSIONS.map((ext) => `${base}.${ext}`).find((candidate) =>
    existsSync(candidate),
  );
  if (found === undefined)
    throw new Error(`Forge emulator: no src/${file}.(${EXTENSIONS.join('|')}) in ${appRoot}`);
  // The app is loaded through the host's own module system (tsx, or jest's transform) so its @forge packages
  // are the same instances the emulator installs the platform globals for.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded: unknown = require(found);
  if (typeof loaded !== 'object' || loaded === null)
    throw new Error(`Forge emulator: src/${file} exports nothing`);
  return loaded as Record<string, unknown>;
}

/** Maps function keys to handlers; throws listing every handler the app's code does not export. */
export function loadHandlers(loaded: LoadedManifest): Map<string, ForgeHandler> {
  const modules = new Map<string, Record<string, unknown>>();
  const handlers = new Map<string, ForgeHandler>();
  const missing: string[] = [];
  for (const fn of loaded.manifest.modules.function) {
    const [file, exportName] = fn.handler.split('.') as [string, string];
    let mod = modules.get(file);
    if (mod === undefined) {
      mod = loadModule(loaded.appRoot, file);
      modules.set(file, mod);
    }
    const handler = mod[exportName];
    if (typeof handler === 'function') handlers.set(fn.key, handler as ForgeHandler);
    else
      missing.push(
        `function '${fn.key}': src/${file} does not export '${exportName}' (handler ${fn.handler})`,
      );
  }
  if (missing.length > 0) {
    throw new Error(
      `Forge emulator: the app is missing handlers the manifest names:\n  - ${missing.join('\n  - ')}`,
    );
  }
  return handlers;
}

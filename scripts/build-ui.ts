// Builds every Custom UI resource the manifest names (one vite build per entry, relative asset
// paths because the host serves each resource under its own prefix), then the emulator's web
// shell, and reports each entry's gzipped JS + CSS so a bundle that grows too big fails the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const ROOT = process.cwd();
const ENTRIES = ['issue-panel', 'admin-page', 'macro'] as const;
type Entry = (typeof ENTRIES)[number];

/** The budget: what one module may cost a user's browser, gzipped. */
const MAX_GZIP_BYTES = 350 * 1024;
const SHELL_CONFIG = join(ROOT, 'emulator', 'web', 'vite.config.ts');

interface EntrySize {
  entry: Entry;
  files: number;
  /** Every emitted script and stylesheet, lazy chunks included: what the budget is held to. */
  gzipBytes: number;
  rawBytes: number;
  /** What the browser fetches before the module first renders (index.html's scripts and styles). */
  initialGzipBytes: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).byteLength;

function measure(entry: Entry, outDir: string): EntrySize {
  const assets = filesUnder(outDir).filter((file) => /\.(js|mjs|css)$/.test(file));
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|mjs|css))"/g)].map((m) =>
    join(outDir, m[1] ?? ''),
  );
  return {
    entry,
    files: assets.length,
    gzipBytes: assets.reduce((sum, file) => sum + gzipped(file), 0),
    rawBytes: assets.reduce((sum, file) => sum + statSync(file).size, 0),
    initialGzipBytes: initial.reduce((sum, file) => sum + gzipped(file), 0),
  };
}

async function buildEntry(entry: Entry): Promise<EntrySize> {
  console.log(`building ${entry}`);
  const root = join(ROOT, 'static', entry);
  const outDir = join(root, 'build');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      // The Custom UI runs in evergreen browsers the Atlassian products support.
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      // Every browser the products support has modulepreload; the polyfill is dead weight.
      modulePreload: { polyfill: false },
    },
  });
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) throw new Error(`${entry}: the build wrote no index.html`);
  // A root-absolute asset URL would break under the host's per-resource prefix.
  if (/(src|href)="\/(?!\/)/.test(readFileSync(index, 'utf8'))) {
    throw new Error(`${entry}: index.html references an absolute asset path; use relative paths`);
  }
  return measure(entry, outDir);
}

function buildShell(): void {
  if (!existsSync(SHELL_CONFIG)) {
    console.log('emulator web shell: no config, skipped');
    return;
  }
  // Its own CLI, exactly as its owners run it: the config is theirs, and so is how it loads.
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', relative(ROOT, SHELL_CONFIG), '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  if (run.status !== 0)
    throw new Error(`emulator web shell: vite build failed (exit ${String(run.status)})`);
  console.log(`emulator web shell: built with ${relative(ROOT, SHELL_CONFIG)}`);
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const sizes: EntrySize[] = [];
  for (const entry of ENTRIES) {
    sizes.push(await buildEntry(entry));
  }
  buildShell();

  console.log(
    '\nCustom UI bundles, gzipped (budget per entry: all JS + CSS, lazy chunks included):',
  );
  for (const size of sizes) {
    const verdict = size.gzipBytes > MAX_GZIP_BYTES ? '  OVER BUDGET' : '';
    console.log(
      `  ${size.entry.padEnd(12)} all ${kb(size.gzipBytes).padStart(9)} (${String(size.files)} files, ${kb(size.rawBytes)} raw)  initial load ${kb(size.initialGzipBytes).padStart(9)}${verdict}`,
    );
  }
  const over = sizes.filter((size) => size.gzipBytes > MAX_GZIP_BYTES);
  if (over.length > 0) {
    throw new Error(
      `Over the ${kb(MAX_GZIP_BYTES)} gzip budget: ${over.map((s) => s.entry).join(', ')}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

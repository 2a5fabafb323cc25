// Builds every Custom UI resource the manifest names (one vite build per entry, relative asset
// paths because the host serves each resource under its own prefix), then the emulator's web
// shell. A bundle whose sources, lock file and this script are unchanged since its last build is
// not rebuilt. Every chunk and each entry's first load are held to a gzip budget: over budget
// fails the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = process.cwd();
const ENTRIES = ['issue-panel', 'admin-page', 'macro', 'macro-config', 'calendar'] as const;
type Entry = (typeof ENTRIES)[number];
/** An entry's folder (index.html, output in build/) and sources, when not static/<entry>. */
const ENTRY_DIRS: Partial<Record<Entry, { dir: string; sources: string }>> = {
  // The macro's configuration form shares the macro's sources, so it lives beside them.
  'macro-config': { dir: 'static/macro/config', sources: 'static/macro' },
};

const KIB = 1024;
interface Budget {
  /** What the browser fetches before the module first renders (index.html's scripts and styles). */
  firstLoad: number;
  /** Any single emitted script or stylesheet, lazy chunks included. */
  chunk: number;
  /** Everything the entry emits, should a user open every tab; `ENTRY_BUDGET` unless set. */
  all?: number;
}
/** Set about a tenth above each entry's size when last measured, so growth is a decision. */
const BUDGETS: Record<Entry, Budget> = {
  'issue-panel': { firstLoad: 200 * KIB, chunk: 180 * KIB },
  // Its touchpoints, calendar-rules (date picker) and report (SVG chart) tabs load when opened:
  // they count in `all`, not in the first load.
  'admin-page': { firstLoad: 260 * KIB, chunk: 240 * KIB, all: 420 * KIB },
  macro: { firstLoad: 180 * KIB, chunk: 170 * KIB },
  // Atlaskit's Select (react-select) is most of it; the form loads only in the config modal.
  'macro-config': { firstLoad: 225 * KIB, chunk: 210 * KIB },
  // The change calendar (Jira global page and Confluence macro): its filters are Atlaskit Selects.
  calendar: { firstLoad: 232 * KIB, chunk: 215 * KIB },
};
/** Everything an entry emits, should a user open every tab. */
const ENTRY_BUDGET = 350 * KIB;

const SHELL_DIR = join(ROOT, 'emulator', 'web');
const SHELL_CONFIG = join(SHELL_DIR, 'vite.config.ts');
/** Where each bundle's build key is kept; ignored by git, removable at will (forces a rebuild). */
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'build-ui');
/** Inputs of every bundle besides its own sources: the dependency tree and how it is built. */
const COMMON_INPUTS = ['package-lock.json', 'scripts/build-ui.ts', 'tsconfig.json'];

interface Chunk {
  file: string;
  gzipBytes: number;
}

interface EntrySize {
  entry: Entry;
  chunks: Chunk[];
  rawBytes: number;
  /** What the browser fetches before the module first renders. */
  firstLoadGzipBytes: number;
  cached: boolean;
}

function filesUnder(dir: string, skip: (path: string) => boolean = () => false): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (skip(path)) return [];
      return statSync(path).isDirectory() ? filesUnder(path, skip) : [path];
    });
}

const isBuildOutput = (path: string): boolean =>
  path.endsWith(`${sep}build`) || path.endsWith(`${sep}node_modules`);

/** A content hash of the files a bundle is built from: names and bytes, in a stable order. */
function buildKey(sourceDirs: string[]): string {
  const hash = createHash('sha256');
  const files = [
    ...COMMON_INPUTS.map((file) => join(ROOT, file)),
    ...sourceDirs.flatMap((dir) => filesUnder(join(ROOT, dir), isBuildOutput)),
  ];
  for (const file of files) {
    hash.update(relative(ROOT, file)).update('\0');
    hash.update(existsSync(file) ? readFileSync(file) : '(missing)').update('\0');
  }
  return hash.digest('hex');
}

/** Runs `build` unless the key matches the last build of `name` and its output is still there. */
async function cachedBuild(
  name: string,
  sourceDirs: string[],
  outIndex: string,
  build: () => Promise<void> | void,
): Promise<boolean> {
  const key = buildKey(sourceDirs);
  const keyFile = join(CACHE_DIR, `${name}.key`);
  const previous = existsSync(keyFile) ? readFileSync(keyFile, 'utf8') : '';
  // The output's own hash is part of the record: a build written by anything else is not taken
  // for this one.
  if (existsSync(outIndex) && previous === `${key} ${fileHash(outIndex)}`) {
    console.log(`${name}: unchanged since its last build, kept`);
    return true;
  }
  // Forgotten first: a build that fails half-way must not be taken for the last good one.
  rmSync(keyFile, { force: true });
  await build();
  if (existsSync(outIndex)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(keyFile, `${key} ${fileHash(outIndex)}`);
  }
  return false;
}

const fileHash = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).byteLength;

function measure(entry: Entry, outDir: string, cached: boolean): EntrySize {
  const assets = filesUnder(outDir).filter((file) => /\.(js|mjs|css)$/.test(file));
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|mjs|css))"/g)].map((m) =>
    join(outDir, m[1] ?? ''),
  );
  const chunks = assets.map((file) => ({ file: relative(outDir, file), gzipBytes: gzipped(file) }));
  return {
    entry,
    chunks,
    rawBytes: assets.reduce((sum, file) => sum + statSync(file).size, 0),
    firstLoadGzipBytes: initial.reduce((sum, file) => sum + gzipped(file), 0),
    cached,
  };
}

async function buildEntry(entry: Entry): Promise<EntrySize> {
  const { dir, sources } = ENTRY_DIRS[entry] ?? {
    dir: `static/${entry}`,
    sources: `static/${entry}`,
  };
  const root = join(ROOT, dir);
  const outDir = join(root, 'build');
  const index = join(outDir, 'index.html');
  const cached = await cachedBuild(entry, [sources, 'static/shared', 'src'], index, () =>
    viteBuild(entry, root, outDir),
  );
  if (!existsSync(index)) throw new Error(`${entry}: the build wrote no index.html`);
  // A root-absolute asset URL would break under the host's per-resource prefix.
  if (/(src|href)="\/(?!\/)/.test(readFileSync(index, 'utf8'))) {
    throw new Error(`${entry}: index.html references an absolute asset path; use relative paths`);
  }
  return measure(entry, outDir, cached);
}

const FEATURE_GATES = '@atlaskit/feature-gate-js-client/feature-gates';
const GATES_OFF = '\0feature-gates-off';

/**
 * Atlaskit asks Atlassian's feature-gate client (Statsig inside, ~33 KiB gzipped) whether each
 * platform flag is on. Nothing initializes that client in a Forge frame, and an uninitialized one
 * answers `false` to every `checkGate`: the stub answers the same without the weight. Only
 * `checkGate` is provided, so a package that starts using more of the client fails the build.
 */
const featureGatesOff = {
  name: 'feature-gates-off',
  enforce: 'pre' as const,
  resolveId: (id: string) => (id === FEATURE_GATES ? GATES_OFF : null),
  load: (id: string) => (id === GATES_OFF ? 'export default { checkGate: () => false };\n' : null),
};

async function viteBuild(entry: Entry, root: string, outDir: string): Promise<void> {
  console.log(`building ${entry}`);
  // Loaded as ES modules: vite's CommonJS entry, which a require() from this script would load,
  // leaves lazy chunks' stylesheets out of the build.
  const [{ build }, { default: react }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-react'),
  ]);
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [react(), featureGatesOff],
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
}

function buildShell(): void {
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

const kb = (bytes: number): string => `${(bytes / KIB).toFixed(1)} KiB`;

/** Every way an entry exceeds its budgets, as sentences. */
function overBudget(size: EntrySize): string[] {
  const budget = BUDGETS[size.entry];
  const total = size.chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const over: string[] = [];
  if (size.firstLoadGzipBytes > budget.firstLoad)
    over.push(`${size.entry}: first load ${kb(size.firstLoadGzipBytes)} > ${kb(budget.firstLoad)}`);
  const allBudget = budget.all ?? ENTRY_BUDGET;
  if (total > allBudget) over.push(`${size.entry}: all chunks ${kb(total)} > ${kb(allBudget)}`);
  for (const chunk of size.chunks.filter((c) => c.gzipBytes > budget.chunk))
    over.push(`${size.entry}: chunk ${chunk.file} ${kb(chunk.gzipBytes)} > ${kb(budget.chunk)}`);
  return over;
}

/** `build-ui.ts calendar macro` builds only those entries (and the shell only when named `shell`). */
function chosen(args: readonly string[]): { entries: readonly Entry[]; shell: boolean } {
  if (args.length === 0) return { entries: ENTRIES, shell: true };
  const unknown = args.filter((a) => a !== 'shell' && !(ENTRIES as readonly string[]).includes(a));
  if (unknown.length > 0)
    throw new Error(`Unknown entries ${unknown.join(', ')}; known: ${ENTRIES.join(', ')}, shell`);
  return { entries: ENTRIES.filter((e) => args.includes(e)), shell: args.includes('shell') };
}

async function main(): Promise<void> {
  const only = chosen(process.argv.slice(2));
  const sizes: EntrySize[] = [];
  for (const entry of only.entries) {
    sizes.push(await buildEntry(entry));
  }
  if (!only.shell) {
    console.log('emulator web shell: not asked for, skipped');
  } else if (existsSync(SHELL_CONFIG)) {
    await cachedBuild(
      'emulator-web',
      ['emulator/web'],
      join(SHELL_DIR, 'build', 'index.html'),
      buildShell,
    );
  } else {
    console.log('emulator web shell: no config, skipped');
  }

  console.log('\nCustom UI bundles, gzipped:');
  for (const size of sizes) {
    const budget = BUDGETS[size.entry];
    const total = size.chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
    const largest = Math.max(0, ...size.chunks.map((chunk) => chunk.gzipBytes));
    console.log(
      `  ${size.entry.padEnd(12)} first load ${kb(size.firstLoadGzipBytes).padStart(10)} (≤ ${kb(budget.firstLoad)})` +
        `  largest chunk ${kb(largest).padStart(10)} (≤ ${kb(budget.chunk)})` +
        `  all ${kb(total).padStart(10)} (≤ ${kb(budget.all ?? ENTRY_BUDGET)}; ${String(size.chunks.length)} files, ${kb(size.rawBytes)} raw)` +
        (size.cached ? '  unchanged' : ''),
    );
  }
  const over = sizes.flatMap(overBudget);
  if (over.length > 0) throw new Error(`Over budget:\n  ${over.join('\n  ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

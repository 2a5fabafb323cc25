import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validate } from '@forge/manifest';
import { z } from 'zod';

const ROOT = resolve(__dirname, '..', '..');

/** The parts of the manifest these checks read; everything else is @forge/manifest's business. */
const manifestShape = z.object({
  app: z.object({
    runtime: z.object({ name: z.string() }),
    compatibility: z.record(z.string(), z.object({ required: z.boolean() })).optional(),
  }),
  modules: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  resources: z.array(z.object({ key: z.string(), path: z.string() })),
  translations: z.object({ resources: z.array(z.object({ key: z.string(), path: z.string() })) }),
});
type Manifest = z.infer<typeof manifestShape>;

type ValidationResult = Awaited<ReturnType<typeof validate>>;
let result: ValidationResult;
let manifest: Manifest;

beforeAll(async () => {
  // validate() resolves handler files and resources against the working directory.
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    result = await validate(false, 'manifest.yml');
  } finally {
    process.chdir(cwd);
  }
  manifest = manifestShape.parse(result.manifestObject?.typedContent);
  // Full validation loads @forge/manifest's large JSON schemas: seconds, more on a busy machine.
}, 120_000);

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** Every value under a key named `name`, anywhere in a parsed YAML/JSON tree. */
function valuesOfKey(tree: unknown, name: string): unknown[] {
  if (Array.isArray(tree)) return (tree as unknown[]).flatMap((item) => valuesOfKey(item, name));
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => [
    ...(key === name ? [value] : []),
    ...valuesOfKey(value, name),
  ]);
}

/** Forge i18n keys are dotted paths into the (nested) JSON resource file. */
function hasKey(resource: unknown, key: string): boolean {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null && part in node
          ? (node as Record<string, unknown>)[part]
          : undefined,
      resource,
    );
  return typeof found === 'string' && found.trim() !== '';
}

/** Every dotted key with a string value in a resource file. */
function keysOf(resource: unknown, prefix = ''): string[] {
  if (typeof resource !== 'object' || resource === null) return [prefix];
  return Object.entries(resource).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

describe('manifest.yml', () => {
  it("passes @forge/manifest's own full validation", () => {
    const problems = (result.errors ?? []).map(
      (error) =>
        `${error.level} line ${String(error.line ?? '?')}: ${error.message} (${error.reference})`,
    );
    if (problems.length > 0) console.error(`manifest.yml problems:\n${problems.join('\n')}`);
    expect(problems.filter((problem) => problem.startsWith('error'))).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('runs on nodejs22.x', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
  });

  it('declares one installation for Jira (required) and Confluence (optional), so the macro shares Jira storage', () => {
    // Without app.compatibility each product gets its own installation and storage: the macro
    // would show the shipped defaults, never the configuration the admin saved in Jira.
    expect(manifest.app.compatibility).toEqual({
      jira: { required: true },
      confluence: { required: false },
    });
  });

  it('configures the Custom UI macro with its own config resource, as Atlassian documents', () => {
    // `config: true` turns on UI Kit's form-based configuration, which a Custom UI macro never
    // shows: authors could not set the tables or the language. Custom configuration names a
    // resource that Confluence opens in its config modal and that saves with view.submit.
    const macros = z
      .array(
        z.object({
          key: z.string(),
          resource: z.string(),
          config: z.unknown().optional(),
        }),
      )
      .parse(manifest.modules.macro ?? []);
    // The governance tables take a configuration; other macros (the change calendar) need none.
    const macro = macros.find((m) => m.key === 'governance-tables')!;
    expect(macro).toBeDefined();
    const config = z
      .object({
        resource: z.string(),
        render: z.literal('default'),
        title: z.object({ i18n: z.string() }),
        viewportSize: z.string().optional(),
        openOnInsert: z.boolean().optional(),
      })
      .strict()
      .safeParse(macro.config);
    expect(config.success).toBe(true);
    if (!config.success) return;
    expect(config.data.resource).not.toBe(macro.resource);
    expect(manifest.resources.map((r) => r.key)).toContain(config.data.resource);
  });

  it('does not depend on the retired UI Kit 1 (@forge/ui)', () => {
    const pkg = z.record(z.string(), z.unknown()).parse(readJson('package.json'));
    const sections = [
      'dependencies',
      'devDependencies',
      'peerDependencies',
      'optionalDependencies',
    ];
    for (const section of sections) {
      const deps = z.record(z.string(), z.string()).optional().parse(pkg[section]) ?? {};
      expect(Object.keys(deps)).not.toContain('@forge/ui');
    }
  });

  it('names handlers that src/index.ts exports as functions', () => {
    const functions = z
      .array(z.object({ key: z.string(), handler: z.string() }))
      .parse(manifest.modules.function ?? []);
    expect(functions.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const { handler } of functions) {
      const [file, name, ...rest] = handler.split('.');
      expect(rest).toEqual([]);
      // Required through jest at run time (not imported) so a missing handler is a failing
      // assertion naming it rather than a compile error hiding the others.
      const exported = jest.requireActual<Record<string, unknown>>(join(ROOT, 'src', file!));
      if (typeof exported[name!] !== 'function') missing.push(handler);
    }
    expect(missing).toEqual([]);
  });

  it('refers only to declared functions', () => {
    const declared = new Set((manifest.modules.function ?? []).map((module) => String(module.key)));
    const { function: _functions, ...others } = manifest.modules;
    const referenced = valuesOfKey(others, 'function').map((value) =>
      typeof value === 'string' ? value : JSON.stringify(value),
    );
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter((key) => !declared.has(key))).toEqual([]);
  });

  it('uses only i18n keys that both en-US and it-IT define', () => {
    const keys = valuesOfKey(manifest, 'i18n');
    expect(keys.length).toBeGreaterThan(0);
    const byLocale = new Map(manifest.translations.resources.map((r) => [r.key, readJson(r.path)]));
    expect([...byLocale.keys()].sort()).toEqual(['en-US', 'it-IT']);
    for (const [locale, resource] of byLocale) {
      const absent = keys.filter((key) => typeof key !== 'string' || !hasKey(resource, key));
      expect({ locale, absent }).toEqual({ locale, absent: [] });
    }
  });

  it('has the same translation keys in en-US and it-IT', () => {
    expect(keysOf(readJson('locales/it-IT.json')).sort()).toEqual(
      keysOf(readJson('locales/en-US.json')).sort(),
    );
  });

  it('points at resources, translations and icons that exist', () => {
    const missing: string[] = [];
    for (const { key, path } of manifest.resources) {
      const full = join(ROOT, path);
      if (!existsSync(full)) missing.push(`${key}: ${path} (run npm run build for UI resources)`);
      else if (
        statSync(full).isDirectory() &&
        path.endsWith('build') &&
        !existsSync(join(full, 'index.html'))
      )
        missing.push(`${key}: ${path}/index.html`);
    }
    for (const { key, path } of manifest.translations.resources) {
      if (!existsSync(join(ROOT, path))) missing.push(`translation ${key}: ${path}`);
    }
    const paths = new Map(manifest.resources.map((r) => [r.key, r.path]));
    for (const icon of valuesOfKey(manifest.modules, 'icon')) {
      const match = /^resource:([^;]+);(.+)$/.exec(String(icon));
      if (!match) continue;
      const base = paths.get(match[1]!);
      if (base === undefined || !existsSync(join(ROOT, base, match[2]!)))
        missing.push(`icon ${String(icon)}`);
    }
    expect(missing).toEqual([]);
  });
});

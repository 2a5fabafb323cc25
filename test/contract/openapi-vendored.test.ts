import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';

const ROOT = resolve(__dirname, '..', '..');
const CONTRACT = join(ROOT, 'contracts', 'jira-platform.openapi.json');

const openApiShape = z.object({
  openapi: z.string(),
  info: z.object({
    title: z.string(),
    version: z.string(),
    license: z.object({ name: z.string(), url: z.string().optional() }),
  }),
  paths: z.record(z.string(), z.unknown()),
});

describe('the vendored Jira platform OpenAPI document', () => {
  const document = openApiShape.parse(JSON.parse(readFileSync(CONTRACT, 'utf8')));

  it('is OpenAPI 3 with paths', () => {
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths).length).toBeGreaterThan(100);
    expect(Object.keys(document.paths)).toContain('/rest/api/3/issue/bulk');
  });

  it('carries its Apache-2.0 licence, which contracts/README.md notes', () => {
    expect(document.info.license.name).toMatch(/apache/i);
    expect(document.info.license.name).toMatch(/2\.0/);
    const readme = readFileSync(join(ROOT, 'contracts', 'README.md'), 'utf8');
    expect(readme).toMatch(/Apache License 2\.0/);
    expect(readme).toContain('jira-platform.openapi.json');
  });
});

const SCANNED = ['src', 'emulator', 'test', 'scripts'];
const SOURCE = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json']);
const SKIPPED = new Set(['node_modules', 'build', 'dist', 'coverage']);

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return SKIPPED.has(name) ? [] : sourceFiles(full);
    return SOURCE.has(extname(name)) ? [full] : [];
  });
}

const outside = (path: string) => {
  const rel = relative(ROOT, path);
  return rel === '..' || rel.startsWith(`..${sep}`);
};

/**
 * Where a file reaches for the design workspace's sibling `shared` folder instead of the copy
 * vendored in contracts/. A module specifier resolves from the file, a path string from the
 * working directory (the repo root); either escaping the clone is a dependency CI cannot meet.
 */
function sharedReferences(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/(['"`])((?:\.\.[/\\])+shared(?:[/\\][^'"`]*)?)\1/g)) {
    const specifier = match[2]!;
    const before = source.slice(0, match.index).trimEnd();
    const isModule = /(?:\bfrom|\brequire\s*\(|\bimport\s*\()$/.test(before);
    const escapes = isModule
      ? outside(resolve(dirname(file), specifier))
      : outside(resolve(ROOT, specifier)) || outside(resolve(dirname(file), specifier));
    if (escapes) found.push(specifier);
  }
  if (/['"`]\.\.['"`]\s*,\s*['"`]shared['"`]/.test(source))
    found.push("path segments '..', 'shared'");
  if (/shared[/\\]contracts[/\\]/.test(source)) found.push('shared/contracts/');
  return found;
}

describe('the project builds from its own clone', () => {
  it('reads nothing from ../shared in src/, emulator/, test/ or scripts/', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files
      .filter((file) => file !== __filename)
      .flatMap((file) => sharedReferences(file).map((what) => `${relative(ROOT, file)}: ${what}`));
    expect(offenders).toEqual([]);
  });
});

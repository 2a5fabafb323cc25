// `npm run lint:forge` runs Atlassian's own linter on the app. This shows it would notice a scope the app
// needs and does not ask for: a copy of the app whose manifest lacks write:jira-work must fail, naming it.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const SCOPE = 'write:jira-work';

/** The app as `forge deploy` would see it, minus one scope; built UI (npm run build's output) left out. */
function copyWithoutScope(scope: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'forge-lint-'));
  for (const part of ['src', 'static', 'locales'])
    cpSync(join(ROOT, part), join(copy, part), {
      recursive: true,
      filter: (path) => basename(path) !== 'build' && basename(path) !== 'node_modules',
    });
  const manifest = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
  const without = manifest.replace(new RegExp(`^\\s*- ${scope}\\n`, 'm'), '');
  expect(without).not.toBe(manifest);
  writeFileSync(join(copy, 'manifest.yml'), without);
  // Each path the manifest names that the copy lacks (a built Custom UI) stands as a folder with an empty
  // page, so the linter's resource checks pass and the scope is the copy's only difference from the app.
  for (const [, path] of manifest.matchAll(/^\s+path: (\S+)$/gm)) {
    if (!path || existsSync(join(copy, path))) continue;
    mkdirSync(join(copy, path), { recursive: true });
    writeFileSync(join(copy, path, 'index.html'), '<!doctype html><title>stand-in</title>\n');
  }
  return copy;
}

let copy: string;
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

it(`fails on an app that calls Jira writes without ${SCOPE}, naming the scope at each write`, () => {
  copy = copyWithoutScope(SCOPE);
  const run = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'scripts', 'lint-forge.ts'), copy],
    { cwd: ROOT, encoding: 'utf8', timeout: 280_000 },
  );
  const output = `${run.stdout}${run.stderr}`;
  expect({ status: run.status, output }).toMatchObject({ status: 1 });

  const errors = output.split('\n').filter((line) => /^\s*\d+:\d+\s+error\b/.test(line));
  // The scope's absence is the only problem: every error is a call that needs it.
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) expect(error).toContain(`requires "${SCOPE}" scope`);
  // Per Atlassian's OpenAPI document, creating issues in bulk and writing an issue property need it.
  expect(errors.join('\n')).toContain('POST /rest/api/3/issue/bulk requires');
  expect(errors.join('\n')).toContain(
    'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} requires',
  );
}, 300_000);

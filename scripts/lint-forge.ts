// Atlassian's own linter (`forge lint`, package @forge/lint), its client-side linters only, offline: the
// permission linter checks every `requestJira(route`…`, { method })` call against the scopes in the manifest,
// reading Atlassian's OpenAPI from the vendored contracts instead of downloading it; the manifest linters
// validate manifest.yml. Any problem (error, warning or approval) fails, and so does a linter that cannot run.
//
// Usage: tsx scripts/lint-forge.ts [app directory, default: the working directory]
//
// It calls the linters the way `lint()` in @forge/lint does, minus two steps that would make the check
// silently pass: `lint()` keeps only .ts files listed in tsconfig.json's `include`, comparing file paths with
// the entries as written (so `"include": ["src"]` keeps none), and `batchExecute` turns a linter's crash into
// a log line and no problems. Files are parsed without the type checker: the linters read syntax only.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
  ConfigFile,
  FileSystemReader,
  FileSystemWriter,
  NullLogger,
  StatsigService,
} from '@forge/cli-shared';
import {
  getClientSideLintersOnly,
  parseSourceFile,
  problemCount,
  reportLintResults,
  tsParser,
} from '@forge/lint';
import { z } from 'zod';

const CONTRACTS = resolve(__dirname, '..', 'contracts');
/** The permission linter reads these instead of fetching Atlassian's documents (USE_LOCAL_SWAGGER). */
const LOCAL_SWAGGER = {
  LOCAL_JIRA_SWAGGER: 'jira-platform.openapi.json',
  LOCAL_JSM_SWAGGER: 'jira-service-management.no-operations.openapi.json',
  LOCAL_JSW_SWAGGER: 'jira-software.no-operations.openapi.json',
  LOCAL_CONF_SWAGGER: 'confluence.no-operations.openapi.json',
  LOCAL_CONF_V2_SWAGGER: 'confluence-v2.no-operations.openapi.json',
  LOCAL_BB_SWAGGER: 'bitbucket.no-operations.openapi.json',
} as const;

/** The app's code: functions under src/, Custom UI sources under static/ (their builds are output). */
const SOURCE_ROOTS = ['src', 'static'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'build', 'dist']);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return SKIPPED_DIRECTORIES.has(name) ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|jsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The port's own plumbing passes a route it was given; everywhere else a call must build its route in place. */
const PLUMBING = new Set(['src/jira/http.ts', 'src/platform/forge-ports.ts']);

type LintInput = Awaited<ReturnType<typeof parseSourceFile>>;

// The syntax tree comes from @forge/lint's own copy of typescript-estree: read structurally, by node type.
const identifier = (name?: string) =>
  z.object({
    type: z.literal('Identifier'),
    name: name === undefined ? z.string() : z.literal(name),
  });
const jiraCall = z.object({
  type: z.literal('CallExpression'),
  callee: z.union([
    identifier('requestJira'),
    z.object({ type: z.literal('MemberExpression'), property: identifier('requestJira') }),
  ]),
  arguments: z.array(z.unknown()),
  loc: z.object({ start: z.object({ line: z.number() }) }),
});
const routeTemplate = z.object({
  type: z.literal('TaggedTemplateExpression'),
  tag: identifier('route'),
});
const property = z.object({ type: z.literal('Property'), key: z.unknown(), value: z.unknown() });
const options = z.object({ type: z.literal('ObjectExpression'), properties: z.array(z.unknown()) });
const stringLiteral = z.object({ type: z.literal('Literal'), value: z.string() });

/** No options, or options whose `method` (when given) is a string literal: what the linter can read. */
function readableOptions(node: unknown): boolean {
  if (node === undefined) return true;
  const parsed = options.safeParse(node);
  if (!parsed.success) return false;
  const method = parsed.data.properties
    .map((p) => property.safeParse(p))
    .find((p) => p.success && identifier('method').safeParse(p.data.key).success);
  return method?.success !== true || stringLiteral.safeParse(method.data.value).success;
}

/**
 * Jira calls the permission linter cannot read, which it skips without a word: a first argument other than a
 * `route` tagged template, or a method that is not a string literal (the linter would take it for a GET).
 */
function unreadableJiraCalls(inputs: readonly LintInput[]): string[] {
  const found: string[] = [];
  for (const { ast, filepath } of inputs) {
    if (!ast || PLUMBING.has(filepath.split(sep).join('/'))) continue;
    ast.traverse({
      enter: (node) => {
        if (!('callee' in node)) return;
        const call = jiraCall.safeParse(node);
        if (!call.success) return;
        const [target, request] = call.data.arguments;
        if (routeTemplate.safeParse(target).success && readableOptions(request)) return;
        found.push(
          `${filepath}:${String(call.data.loc.start.line)}: requestJira needs route\`...\` as its first ` +
            `argument and, unless a GET, { method: '<literal>' }: the linter cannot check this call's scopes.`,
        );
      },
    });
  }
  return found;
}

/**
 * Feature flags as the CLI reads them when Atlassian's flag service cannot be reached: none set, so every
 * linter takes its documented default (e.g. no runtime listed as deprecated).
 */
class OfflineFeatureFlags extends StatsigService {
  constructor() {
    super(
      NullLogger,
      undefined,
      { getCredentials: () => Promise.reject(new Error('offline: no Atlassian account')) },
      { readConfigSection: () => Promise.resolve('missing' as const) },
    );
  }
  override checkGate(): Promise<null> {
    return Promise.resolve(null);
  }
  override getDynamicConfig(): Promise<null> {
    return Promise.resolve(null);
  }
}

async function main(): Promise<number> {
  // The manifest linters read manifest.yml from the working directory, as `forge lint` does.
  process.chdir(resolve(process.argv[2] ?? '.'));
  process.env.USE_LOCAL_SWAGGER = '1';
  for (const [variable, file] of Object.entries(LOCAL_SWAGGER))
    process.env[variable] = join(CONTRACTS, file);

  const logger = {
    info: (message: string) => {
      console.log(message);
    },
  };
  const manifest = await new ConfigFile(
    new FileSystemReader(),
    new FileSystemWriter(),
  ).readConfig();
  const linters = await getClientSideLintersOnly(
    manifest,
    'development',
    logger,
    new OfflineFeatureFlags(),
  );
  const files = SOURCE_ROOTS.filter((root) => existsSync(root)).flatMap(sourceFiles);
  const inputs = await Promise.all(
    files.map((file) =>
      parseSourceFile(relative('.', file), (code, path) =>
        // No tsconfig: a syntax tree per file, which is all the linters read.
        tsParser(code, path, { project: undefined }),
      ),
    ),
  );
  await Promise.all(linters.map((linter) => linter.bootstrap()));
  const results = (
    await Promise.all(linters.map((linter) => linter.batchExecuteImpl(inputs)))
  ).flat();
  reportLintResults(logger, results);
  const unreadable = unreadableJiraCalls(inputs);
  for (const line of unreadable) console.log(line);
  const problems = problemCount(results);
  console.log(
    `${String(files.length)} source files linted: ${String(problems.errors)} error(s), ` +
      `${String(problems.warnings)} warning(s), ${String(problems.approvals)} approval(s), ` +
      `${String(unreadable.length)} Jira call(s) it cannot read.`,
  );
  const total = problems.errors + problems.warnings + problems.approvals + unreadable.length;
  return total === 0 && files.length > 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

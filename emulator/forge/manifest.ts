// Reads and validates the app's manifest.yml: Forge's own validator first, then the subset the emulator hosts.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const i18nText = z.union([z.string(), z.object({ i18n: z.string() })]);
export type I18nText = z.infer<typeof i18nText>;

const resolverRef = z.object({ function: z.string() });

const triggerModule = z.object({
  key: z.string(),
  function: z.string(),
  events: z.array(z.string()).min(1),
  filter: z.object({ ignoreSelf: z.boolean().optional() }).optional(),
});
const scheduledTriggerModule = z.object({
  key: z.string(),
  function: z.string(),
  interval: z.enum(['fiveMinute', 'hour', 'day', 'week']),
});
const consumerModule = z.object({
  key: z.string(),
  queue: z.string(),
  function: z.string().optional(),
  resolver: z.object({ function: z.string(), method: z.string() }).optional(),
});
const entityPropertyModule = z.object({
  key: z.string(),
  entityType: z.enum(['issue', 'project', 'user']).optional(),
  propertyKey: z.string(),
  values: z.array(
    z.object({
      path: z.string(),
      type: z.enum(['number', 'string', 'text', 'user', 'date']),
      searchAlias: z.string().optional(),
    }),
  ),
});
const workflowValidatorModule = z.object({
  key: z.string(),
  name: i18nText,
  description: i18nText.optional(),
  function: z.string().optional(),
  expression: z.string().optional(),
  errorMessage: i18nText.optional(),
});
const uiModule = z.object({
  key: z.string(),
  resource: z.string(),
  resolver: resolverRef.optional(),
  title: i18nText,
  render: z.string().optional(),
});
/** One page of a global page's sidebar; Jira only changes the URL, the app routes itself (view.createHistory). */
const globalSubpage = z.object({
  title: i18nText,
  route: z.string().min(1),
  icon: z.string().optional(),
});
/** `jira:globalPage` (Custom UI): an item in Jira's Apps menu, the app's page at /jira/apps/{appId}/{envId}. */
const globalPageModule = uiModule.extend({
  icon: z.string().optional(),
  layout: z.enum(['basic', 'blank', 'native']).optional(),
  pages: z.array(globalSubpage).optional(),
  sections: z
    .array(z.object({ header: i18nText.optional(), pages: z.array(globalSubpage) }))
    .optional(),
});
const macroModule = uiModule.extend({
  description: i18nText.optional(),
  adfExport: resolverRef.optional(),
  config: z.union([z.boolean(), z.record(z.string(), z.unknown())]).optional(),
});
const functionModule = z.object({
  key: z.string(),
  handler: z.string().regex(/^[a-zA-Z0-9_-]+\.[a-zA-Z0-9_]+$/, 'handler must be <file>.<export>'),
  timeoutSeconds: z.number().int().positive().max(900).optional(),
});

/** The module kinds the emulator hosts; any other kind in the manifest is a start-up error. */
export const HOSTED_MODULE_KINDS = [
  'trigger',
  'scheduledTrigger',
  'consumer',
  'jira:entityProperty',
  'jira:workflowValidator',
  'jira:issuePanel',
  'jira:adminPage',
  'jira:globalPage',
  'macro',
  'function',
] as const;

const modulesSchema = z.object({
  trigger: z.array(triggerModule).default([]),
  scheduledTrigger: z.array(scheduledTriggerModule).default([]),
  consumer: z.array(consumerModule).default([]),
  'jira:entityProperty': z.array(entityPropertyModule).default([]),
  'jira:workflowValidator': z.array(workflowValidatorModule).default([]),
  'jira:issuePanel': z.array(uiModule).default([]),
  'jira:adminPage': z.array(uiModule).default([]),
  'jira:globalPage': z.array(globalPageModule).default([]),
  macro: z.array(macroModule).default([]),
  function: z.array(functionModule).default([]),
});

const manifestSchema = z.object({
  modules: modulesSchema,
  resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
  permissions: z
    .object({
      scopes: z.array(z.string()).default([]),
      content: z
        .object({
          scripts: z.array(z.string()).optional(),
          styles: z.array(z.string()).optional(),
        })
        .optional(),
    })
    .default({ scopes: [] }),
  translations: z
    .object({
      resources: z.array(z.object({ key: z.string(), path: z.string() })),
      fallback: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    })
    .optional(),
  app: z.object({
    id: z.string().regex(/^ari:cloud:ecosystem::app\/[0-9a-f-]+$/),
    name: z.string().optional(),
    runtime: z.object({ name: z.string() }).optional(),
    storage: z.unknown().optional(),
    // Which products one installation serves (Forge "App compatibility"); absent: one product per installation.
    compatibility: z
      .partialRecord(
        z.enum(['jira', 'confluence', 'compass', 'bitbucket']),
        z.object({ required: z.boolean().optional() }),
      )
      .optional(),
  }),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestModules = Manifest['modules'];
export type TriggerModule = z.infer<typeof triggerModule>;
export type ConsumerModule = z.infer<typeof consumerModule>;
export type WorkflowValidatorModule = z.infer<typeof workflowValidatorModule>;
export type UiModule = z.infer<typeof uiModule>;
export type MacroModule = z.infer<typeof macroModule>;
export type GlobalPageModule = z.infer<typeof globalPageModule>;
export type FunctionModule = z.infer<typeof functionModule>;

export interface LoadedManifest {
  appRoot: string;
  manifest: Manifest;
  /** The app's id without the ARI prefix, as `appContext.appId` carries it. */
  appUuid: string;
}

type ValidationResult = Awaited<ReturnType<typeof import('@forge/manifest').validate>>;

// @forge/manifest resolves translation paths against the working directory: validations run one at a time.
let validationQueue: Promise<unknown> = Promise.resolve();

async function validateAt(appRoot: string): Promise<ValidationResult> {
  // Loaded on demand: the package alone takes seconds to load, and a cached verdict never needs it.
  const { validate } = await import('@forge/manifest');
  const run = async (): Promise<ValidationResult> => {
    const previous = process.cwd();
    const move = previous !== appRoot;
    if (move) process.chdir(appRoot);
    try {
      return await validate(false, resolve(appRoot, 'manifest.yml'));
    } finally {
      if (move) process.chdir(previous);
    }
  };
  const next = validationQueue.then(run, run);
  validationQueue = next.catch(() => undefined);
  return next;
}

const cachedResult = z.object({
  success: z.literal(true),
  manifestObject: z.object({ yamlContent: z.unknown() }),
});

/** Everything @forge/manifest's verdict depends on: the manifest, its translation files, and which files exist. */
function validationKey(appRoot: string, manifestText: string): string {
  const hash = createHash('sha256');
  const version = (
    JSON.parse(
      readFileSync(join(dirname(require.resolve('@forge/manifest')), '..', 'package.json'), 'utf8'),
    ) as { version?: string }
  ).version;
  hash.update(`${version ?? ''}\u0000${resolve(appRoot)}\u0000${manifestText}`);
  const src = join(appRoot, 'src');
  hash.update(existsSync(src) ? readdirSync(src).sort().join('|') : '-');
  for (const match of manifestText.matchAll(/path:\s*(\S+)/g)) {
    const target = resolve(appRoot, match[1] ?? '');
    hash.update(
      `\u0000${target}:${String(existsSync(target))}:${String(existsSync(join(target, 'index.html')))}`,
    );
    if (target.endsWith('.json') && existsSync(target)) hash.update(readFileSync(target));
  }
  return hash.digest('hex');
}

/**
 * @forge/manifest compiles its full schema on first use (about 15 s); a successful verdict is kept per input,
 * so starting the emulator again on an unchanged app costs nothing. Failures are never cached.
 */
async function validateCached(appRoot: string): Promise<ValidationResult> {
  const manifestText = readFileSync(resolve(appRoot, 'manifest.yml'), 'utf8');
  const dir = join(tmpdir(), 'forge-emulator-manifest-cache');
  const file = join(dir, `${validationKey(appRoot, manifestText)}.json`);
  if (existsSync(file)) {
    const cached = cachedResult.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (cached.success) return cached.data;
  }
  const result = await validateAt(appRoot);
  if (result.success) {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${String(process.pid)}.tmp`;
    const yamlContent: unknown = result.manifestObject?.yamlContent;
    writeFileSync(temp, JSON.stringify({ success: true, manifestObject: { yamlContent } }));
    renameSync(temp, file);
  }
  return result;
}

/** Loads `<appRoot>/manifest.yml`; throws with every problem listed when the app cannot be hosted. */
export async function loadManifest(appRoot: string): Promise<LoadedManifest> {
  const file = resolve(appRoot, 'manifest.yml');
  if (!existsSync(file)) throw new Error(`Forge emulator: no manifest.yml in ${appRoot}`);
  const result = await validateCached(appRoot);
  if (!result.success) {
    const problems = (result.errors ?? []).map(
      (e) =>
        `  - ${e.message}${e.line === undefined ? '' : ` (manifest.yml line ${String(e.line)})`}`,
    );
    throw new Error(
      `Forge emulator: manifest.yml is not valid according to @forge/manifest:\n${problems.join('\n')}`,
    );
  }
  const raw: unknown = result.manifestObject?.yamlContent;
  const rawModules =
    typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).modules : undefined;
  if (typeof rawModules === 'object' && rawModules !== null) {
    const unsupported = Object.keys(rawModules).filter(
      (kind) => !(HOSTED_MODULE_KINDS as readonly string[]).includes(kind),
    );
    if (unsupported.length > 0) {
      throw new Error(
        `Forge emulator: the manifest declares module kinds the emulator cannot host: ${unsupported.join(', ')}`,
      );
    }
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `Forge emulator: manifest.yml uses a shape the emulator does not understand:\n${parsed.error.issues
        .map((i) => `  - ${i.path.join('.')}: ${i.message}`)
        .join('\n')}`,
    );
  }
  const manifest = parsed.data;
  checkReferences(manifest);
  const appUuid = manifest.app.id.slice('ari:cloud:ecosystem::app/'.length);
  return { appRoot, manifest, appUuid };
}

/** Every function and resource a module names must exist; Forge's validator checks most, this checks the rest. */
function checkReferences(manifest: Manifest): void {
  const functions = new Set(manifest.modules.function.map((f) => f.key));
  const resources = new Set(manifest.resources.map((r) => r.key));
  const problems: string[] = [];
  const needFunction = (owner: string, key: string | undefined): void => {
    if (key !== undefined && !functions.has(key))
      problems.push(`${owner} names function '${key}', which is not declared`);
  };
  const m = manifest.modules;
  for (const t of m.trigger) needFunction(`trigger ${t.key}`, t.function);
  for (const t of m.scheduledTrigger) needFunction(`scheduledTrigger ${t.key}`, t.function);
  for (const c of m.consumer) {
    if (c.function === undefined && c.resolver === undefined)
      problems.push(`consumer ${c.key} has neither function nor resolver`);
    needFunction(`consumer ${c.key}`, c.function ?? c.resolver?.function);
  }
  for (const v of m['jira:workflowValidator']) {
    if ((v.function === undefined) === (v.expression === undefined))
      problems.push(`jira:workflowValidator ${v.key} needs exactly one of function or expression`);
    needFunction(`jira:workflowValidator ${v.key}`, v.function);
  }
  for (const ui of [
    ...m['jira:issuePanel'],
    ...m['jira:adminPage'],
    ...m['jira:globalPage'],
    ...m.macro,
  ]) {
    if (!resources.has(ui.resource))
      problems.push(`module ${ui.key} names resource '${ui.resource}', which is not declared`);
    needFunction(`module ${ui.key}`, ui.resolver?.function);
  }
  for (const macro of m.macro)
    needFunction(`macro ${macro.key} adfExport`, macro.adfExport?.function);
  if (problems.length > 0)
    throw new Error(
      `Forge emulator: manifest.yml has broken references:\n  - ${problems.join('\n  - ')}`,
    );
}

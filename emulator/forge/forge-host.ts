// The Forge platform for one installed app: runs its handlers the way Forge does and answers their platform calls.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { loadHandlers, type ForgeHandler } from './app-loader';
import { AsyncQueue, type ConsumerDelivery } from './async-queue';
import { EventBus, type PlatformEvent, type TriggerDelivery } from './event-bus';
import { FaultController } from './faults';
import type { ForgeContext, UiModuleType } from './forge-context';
import {
  currentInvocation,
  type FetchMeta,
  type Invocation,
  type PlatformEndpoint,
  type RuntimeInfo,
} from './invocation';
import { compileExpression, type ExpressionObject, type ExpressionValue } from './jira-expression';
import { Installations, type Installation, type InstallationProduct } from './installations';
import { entityIndexes } from './kvs-store';
import {
  loadManifest,
  type GlobalPageModule,
  type LoadedManifest,
  type MacroModule,
  type UiModule,
  type WorkflowValidatorModule,
} from './manifest';
import type { EntityPropertyIndex, TransitionCheck, TransitionVerdict } from '../jira/types';
import { toFetchResponse, type ProductSite } from './product';
import { ProductProxy } from './product-proxy';
import { RequestLog } from './request-log';
import { FORGE_LIMITS, runInvocation, type PlatformLimits } from './run-invocation';
import { installPlatformGlobals } from './runtime-globals';
import { PermissionGrant } from './permission-grant';
import { Scheduler } from './scheduler';
import { loadTranslations, type Translations } from './translations';

export interface ForgeHostOptions {
  appRoot: string;
  products: { jira: ProductSite; confluence: ProductSite };
  knownUser(accountId: string): boolean;
  appAccountId(): string;
  now: () => Date;
  cloudId: string;
  siteUrl: string;
  limits?: Partial<PlatformLimits>;
  /** Called after the app changed stored state (KVS), so the state file can be saved. */
  onStateChange?: () => void;
  /** How long an expired KVS value stays visible (0 to 48 h; default 48 h, Forge's worst case). */
  kvsExpiredLingerMs?: number;
}

export interface UiModuleInfo {
  key: string;
  type: UiModuleType;
  module: UiModule | MacroModule | GlobalPageModule;
}

const validatorResult = z.object({ result: z.boolean(), errorMessage: z.string().optional() });

const issueForExpression = z.object({
  id: z.string(),
  key: z.string(),
  fields: z
    .object({
      summary: z.string().optional(),
      assignee: z
        .object({ accountId: z.string(), displayName: z.string().optional() })
        .nullable()
        .optional(),
      reporter: z
        .object({ accountId: z.string(), displayName: z.string().optional() })
        .nullable()
        .optional(),
      status: z.object({ id: z.string(), name: z.string() }).optional(),
      issuetype: z.object({ id: z.string(), name: z.string() }).optional(),
      project: z.object({ id: z.string(), key: z.string() }).optional(),
    })
    .loose(),
});

const screenEditsSchema = z.object({
  summary: z.string().optional(),
  assignee: z.object({ accountId: z.string() }).nullable().optional(),
});

/** The expression-visible issue fields a transition screen changed. */
function screenEdits(modified: Record<string, unknown>): ExpressionObject {
  const parsed = screenEditsSchema.safeParse(modified);
  if (!parsed.success) return {};
  const { summary, assignee } = parsed.data;
  return {
    ...(summary === undefined ? {} : { summary }),
    ...(assignee === undefined
      ? {}
      : {
          assignee:
            assignee === null
              ? null
              : { accountId: assignee.accountId, displayName: assignee.accountId },
        }),
  };
}

const ENVIRONMENT_ID = '7e1f0c55-0d2c-4b1f-9a5e-00000000e001';

export class ForgeHost implements PlatformEndpoint {
  readonly faults = new FaultController();
  readonly log = new RequestLog();
  /** The app's installations (per product unless app.compatibility), each with its own storage. */
  readonly installations: Installations;
  readonly scheduler: Scheduler;
  readonly limits: PlatformLimits;
  private readonly events: EventBus;
  private readonly queue: AsyncQueue;
  private readonly proxy: ProductProxy;
  private readonly expressions = new Map<string, ReturnType<typeof compileExpression>>();
  /** The installation's grant of the app's scopes, which can lag behind the installed event. */
  readonly permissions = new PermissionGrant();

  private constructor(
    readonly app: LoadedManifest,
    readonly translations: Translations,
    private readonly handlers: Map<string, ForgeHandler>,
    private readonly options: ForgeHostOptions,
  ) {
    this.limits = { ...FORGE_LIMITS, ...options.limits };
    this.installations = new Installations(
      app.manifest,
      options.cloudId,
      options.now,
      entityIndexes(app.manifest.app.storage),
    );
    if (options.kvsExpiredLingerMs !== undefined)
      this.installations.setExpiredLinger(options.kvsExpiredLingerMs);
    this.scheduler = new Scheduler((e) => {
      console.error('[forge-emulator] background work failed:', e);
    });
    this.events = new EventBus(
      () => app.manifest.modules.trigger,
      this.scheduler,
      this.faults,
      (d) => this.deliverTrigger(d),
    );
    this.queue = new AsyncQueue(
      () => app.manifest.modules.consumer,
      this.scheduler,
      (d) => this.deliverConsumer(d),
      this.limits,
    );
    this.proxy = new ProductProxy({
      products: options.products,
      faults: this.faults,
      log: this.log,
      knownUser: (accountId) => options.knownUser(accountId),
    });
    for (const v of app.manifest.modules['jira:workflowValidator']) {
      if (v.expression !== undefined) this.expressions.set(v.key, compileExpression(v.expression));
    }
  }

  /** Loads and checks the app (manifest, translations, handlers); any module it cannot host is an error here. */
  static async start(options: ForgeHostOptions): Promise<ForgeHost> {
    const app = await loadManifest(options.appRoot);
    const translations = loadTranslations(options.appRoot, app.manifest);
    const handlers = loadHandlers(app);
    installPlatformGlobals();
    return new ForgeHost(app, translations, handlers, options);
  }

  get manifest(): LoadedManifest['manifest'] {
    return this.app.manifest;
  }

  /** Stored state of every installation (the state file keeps it). */
  get kvs(): Installations {
    return this.installations;
  }

  /** The product a module belongs to: a macro is Confluence's, every other module here is Jira's. */
  productOf(moduleKey: string): InstallationProduct {
    return this.app.manifest.modules.macro.some((m) => m.key === moduleKey) ? 'confluence' : 'jira';
  }

  installationOf(moduleKey: string): Installation {
    return this.installations.of(this.productOf(moduleKey));
  }

  runtimeInfo(): RuntimeInfo {
    const invocation = currentInvocation();
    const installation =
      invocation === undefined
        ? this.installations.of('jira')
        : this.installationOf(invocation.moduleKey);
    return {
      appId: this.app.appUuid,
      appVersion: '1.0.0',
      environmentId: ENVIRONMENT_ID,
      environmentType: 'DEVELOPMENT',
      installationId: installation.id,
      cloudId: this.options.cloudId,
      appCodeDir: this.translations.bundleDir(),
      scopes: this.app.manifest.permissions.scopes,
    };
  }

  /** The Jira installation's context: background work (events, queues, schedules) runs there. */
  get installContext(): string {
    return this.installations.of('jira').installContext;
  }

  get environmentId(): string {
    return ENVIRONMENT_ID;
  }

  // ---- platform calls from the app -------------------------------------------------------------------------------

  async platformFetch(
    meta: FetchMeta,
    path: string,
    init: RequestInit | undefined,
    invocation: Invocation,
  ): Promise<Response> {
    if (meta.type === 'kvs')
      return this.kvsCall(this.installationOf(invocation.moduleKey), path, init);
    if (meta.type === 'fpp' && (meta.remote === 'jira' || meta.remote === 'confluence')) {
      const refused = this.permissions.refusal(meta, this.scheduler.now());
      if (refused !== undefined) return toFetchResponse(refused);
      return this.proxy.call(meta.remote, meta, path, init, invocation);
    }
    if (meta.type === 'fpp' && meta.remote === 'stargate' && path.startsWith('/webhook/queue/')) {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      const res = this.queue.handle(path, body, invocation.chainId);
      return toFetchResponse({
        status: res.status,
        headers: {},
        ...(res.body === undefined ? {} : { body: res.body }),
      });
    }
    throw new Error(
      `Forge emulator: the app made a platform call the emulator does not provide: ${JSON.stringify(meta)} ${path}`,
    );
  }

  private kvsCall(
    installation: Installation,
    path: string,
    init: RequestInit | undefined,
  ): Response {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    if (path === '/api/v1/transaction' && this.faults.kvsConflict()) {
      return toFetchResponse({
        status: 409,
        headers: {},
        body: {
          code: 'TRANSACTION_CONFLICT',
          message: 'Injected fault: the transaction conflicted with another and was cancelled',
        },
      });
    }
    const res = installation.kvs.handle(path, body);
    if (res.status >= 400 && res.status !== 404 && res.status !== 409) {
      console.error(`[forge-emulator] KVS refused ${path}: ${JSON.stringify(res.body)}`);
    }
    if (
      res.status < 300 &&
      !path.endsWith('/get') &&
      path !== '/api/v1/query' &&
      path !== '/api/v1/entity/query'
    ) {
      this.options.onStateChange?.();
    }
    return toFetchResponse({
      status: res.status,
      headers: {},
      ...(res.body === undefined ? {} : { body: res.body }),
    });
  }

  // ---- invocations -----------------------------------------------------------------------------------------------

  private handler(functionKey: string): ForgeHandler {
    const handler = this.handlers.get(functionKey);
    if (handler === undefined)
      throw new Error(`Forge emulator: no handler for function '${functionKey}'`);
    return handler;
  }

  private asyncLimit(functionKey: string): number {
    const seconds = this.app.manifest.modules.function.find(
      (f) => f.key === functionKey,
    )?.timeoutSeconds;
    return seconds === undefined ? this.limits.asyncDefaultMs : seconds * 1000;
  }

  uiModules(): UiModuleInfo[] {
    const m = this.app.manifest.modules;
    return [
      ...m['jira:issuePanel'].map((module) => ({
        key: module.key,
        type: 'jira:issuePanel' as const,
        module,
      })),
      ...m['jira:adminPage'].map((module) => ({
        key: module.key,
        type: 'jira:adminPage' as const,
        module,
      })),
      ...m['jira:globalPage'].map((module) => ({
        key: module.key,
        type: 'jira:globalPage' as const,
        module,
      })),
      ...m.macro.map((module) => ({ key: module.key, type: 'macro' as const, module })),
    ];
  }

  uiModule(moduleKey: string): UiModuleInfo {
    const found = this.uiModules().find((m) => m.key === moduleKey);
    if (found === undefined)
      throw new Error(`Forge emulator: the manifest has no Custom UI module '${moduleKey}'`);
    return found;
  }

  /** A resolver call exactly as @forge/bridge `invoke` from that module makes it; the accountId is the platform's. */
  async invokeResolver(
    context: ForgeContext,
    functionKey: string,
    payload: unknown,
  ): Promise<unknown> {
    const info = this.uiModule(context.moduleKey);
    const resolverFunction = info.module.resolver?.function;
    if (resolverFunction === undefined)
      throw new Error(`Forge emulator: module '${context.moduleKey}' declares no resolver`);
    const handler = this.handler(resolverFunction);
    const { accountId, ...visible } = context;
    return runInvocation(
      {
        endpoint: this,
        kind: 'resolver',
        moduleKey: context.moduleKey,
        functionKey: resolverFunction,
        accountId,
        limitMs: this.limits.uiMs,
      },
      () =>
        handler(
          { call: { functionKey, payload: payload ?? {} }, context: visible },
          {
            principal: { accountId },
            installContext: this.installationOf(context.moduleKey).installContext,
            installation: undefined,
            license: undefined,
          },
        ),
    );
  }

  /** A product call from the Custom UI itself (@forge/bridge `requestJira`/`requestConfluence`): as the user. */
  async bridgeProductFetch(
    context: ForgeContext,
    remote: 'jira' | 'confluence',
    path: string,
    init: RequestInit,
  ): Promise<Response> {
    const invocation: Invocation = {
      endpoint: this,
      id: randomUUID(),
      kind: 'resolver',
      moduleKey: context.moduleKey,
      functionKey: '@forge/bridge',
      accountId: context.accountId,
      deadline: Date.now() + this.limits.uiMs,
      expired: false,
    };
    return this.proxy.call(
      remote,
      { type: 'fpp', provider: 'user', remote },
      path,
      init,
      invocation,
    );
  }

  /**
   * Runs a macro's `adfExport` function for one macro instance, as Confluence does when exporting a page:
   * `exportType` at the top level, the macro's context (its config under `extension.config`, the page
   * under `content`), in the installation that serves Confluence.
   */
  async runAdfExport(
    context: ForgeContext,
    exportType: 'pdf' | 'word' | 'other',
  ): Promise<unknown> {
    const macro = this.app.manifest.modules.macro.find((m) => m.key === context.moduleKey);
    const functionKey = macro?.adfExport?.function;
    if (functionKey === undefined)
      throw new Error(
        `Forge emulator: macro '${context.moduleKey}' declares no adfExport function`,
      );
    const handler = this.handler(functionKey);
    const { accountId, ...visible } = context;
    const content = visible.extension.content;
    const space = visible.extension.space;
    return runInvocation(
      {
        endpoint: this,
        kind: 'adfExport',
        moduleKey: context.moduleKey,
        functionKey,
        accountId,
        limitMs: this.limits.uiMs,
      },
      () =>
        handler(
          {
            exportType,
            context: {
              ...visible,
              ...(content === undefined ? {} : { content }),
              ...(space === undefined ? {} : { space }),
            },
          },
          {
            principal: { accountId },
            installContext: this.installationOf(context.moduleKey).installContext,
          },
        ),
    );
  }

  async runScheduledTrigger(moduleKey: string): Promise<void> {
    const trigger = this.app.manifest.modules.scheduledTrigger.find((t) => t.key === moduleKey);
    if (trigger === undefined)
      throw new Error(`Forge emulator: the manifest has no scheduledTrigger '${moduleKey}'`);
    const handler = this.handler(trigger.function);
    // Forge ignores what a scheduled run returns and does not retry one that throws: it waits for the next.
    await runInvocation(
      {
        endpoint: this,
        kind: 'scheduledTrigger',
        moduleKey,
        functionKey: trigger.function,
        limitMs: this.asyncLimit(trigger.function),
      },
      () =>
        handler(
          { context: { cloudId: this.options.cloudId, moduleKey }, contextToken: randomUUID() },
          { installContext: this.installContext },
        ),
    ).catch((e: unknown) => {
      console.error(
        `[forge-emulator] scheduled trigger ${moduleKey} failed; it is not retried: ${e instanceof Error ? e.message : String(e)}`,
      );
    });
  }

  private async deliverTrigger({ trigger, event }: TriggerDelivery): Promise<void> {
    const handler = this.handler(trigger.function);
    const payload = {
      ...event.payload,
      eventType: event.eventType,
      selfGenerated: event.causedByApp,
      context: { cloudId: this.options.cloudId, moduleKey: trigger.key },
    };
    await runInvocation(
      {
        endpoint: this,
        kind: 'trigger',
        moduleKey: trigger.key,
        functionKey: trigger.function,
        limitMs: this.limits.triggerMs,
      },
      () => handler(payload, { installContext: this.installContext }),
    );
  }

  private async deliverConsumer({ consumer, event }: ConsumerDelivery): Promise<unknown> {
    const functionKey = consumer.function ?? consumer.resolver?.function;
    if (functionKey === undefined)
      throw new Error(`Forge emulator: consumer ${consumer.key} has no function`);
    const handler = this.handler(functionKey);
    const spec = {
      endpoint: this,
      kind: 'consumer' as const,
      moduleKey: consumer.key,
      functionKey,
      limitMs: this.asyncLimit(functionKey),
      chainId: event.chainId,
    };
    // The platform's bookkeeping stays with the platform.
    const { chainId: _chain, firstTriedAt: _first, ...delivered } = event;
    const platform = { installContext: this.installContext };
    if (consumer.resolver !== undefined) {
      const { method } = consumer.resolver;
      return runInvocation(spec, () =>
        handler(
          {
            call: { functionKey: method, payload: event.body, jobId: event.jobId },
            context: {
              cloudId: this.options.cloudId,
              moduleKey: consumer.key,
              retryContext: event.retryContext,
            },
          },
          platform,
        ),
      );
    }
    return runInvocation(spec, () =>
      handler({ ...delivered, contextToken: randomUUID() }, platform),
    );
  }

  // ---- events ----------------------------------------------------------------------------------------------------

  emit(event: PlatformEvent): void {
    this.events.emit(event);
  }

  /** The lifecycle event Forge sends when the app is installed on (or upgraded in) the site. */
  emitLifecycle(kind: 'installed' | 'upgraded', installerAccountId: string): void {
    if (kind === 'installed') this.permissions.installed(this.scheduler.now());
    this.events.emit({
      eventType: `avi:forge:${kind}:app`,
      causedByApp: false,
      payload: {
        id: randomUUID(),
        installerAccountId,
        app: { id: this.app.appUuid, version: '1.0.0' },
        environment: { id: ENVIRONMENT_ID },
        installationId: this.installations.of('jira').id,
      },
    });
  }

  drain(): Promise<void> {
    return this.scheduler.drain();
  }

  /** A fresh installation: stored data, queued work, faults and the request log are gone. */
  reset(): void {
    this.scheduler.cancelPending();
    this.queue.reset();
    this.installations.clear();
    this.faults.clear();
    this.log.clear();
  }

  close(): void {
    this.scheduler.close();
  }

  // ---- Jira integration ------------------------------------------------------------------------------------------

  entityPropertyIndexes(): EntityPropertyIndex[] {
    return this.app.manifest.modules['jira:entityProperty']
      .filter((m) => (m.entityType ?? 'issue') === 'issue')
      .flatMap((m) =>
        m.values.map((v) => ({
          propertyKey: m.propertyKey,
          path: v.path,
          type: v.type,
          ...(v.searchAlias === undefined ? {} : { searchAlias: v.searchAlias }),
        })),
      );
  }

  /** Runs every validator configured on a transition; the first refusal wins. */
  async validateTransition(check: TransitionCheck): Promise<TransitionVerdict> {
    for (const key of check.validatorModuleKeys) {
      const validator = this.app.manifest.modules['jira:workflowValidator'].find(
        (v) => v.key === key,
      );
      if (validator === undefined) {
        throw new Error(
          `Forge emulator: transition '${check.transition.name}' names workflow validator '${key}', which manifest.yml does not declare`,
        );
      }
      const verdict =
        validator.function === undefined
          ? await this.expressionVerdict(validator, check)
          : await this.functionVerdict(validator, validator.function, check);
      if (!verdict.ok) return verdict;
    }
    return { ok: true };
  }

  private async functionVerdict(
    validator: WorkflowValidatorModule,
    functionKey: string,
    check: TransitionCheck,
  ): Promise<TransitionVerdict> {
    const handler = this.handler(functionKey);
    try {
      const returned = await runInvocation(
        {
          endpoint: this,
          kind: 'validator',
          moduleKey: validator.key,
          functionKey,
          limitMs: this.limits.triggerMs,
        },
        () =>
          handler(
            {
              // The documented payload: the issue key, the validator's saved configuration (none is
              // configurable in this emulator), the transition and what the transition screen changed.
              issue: { key: check.issueKey },
              configuration: {},
              transition: {
                from: { id: check.transition.from.id },
                to: { id: check.transition.to.id },
              },
              modifiedFields: check.modifiedFields ?? {},
              context: { cloudId: this.options.cloudId, moduleKey: validator.key },
            },
            { installContext: this.installContext },
          ),
      );
      const parsed = validatorResult.safeParse(returned);
      if (!parsed.success) {
        const message = `workflow validator ${validator.key} returned ${JSON.stringify(returned)}, not { result: boolean, errorMessage?: string }`;
        console.error(`[forge-emulator] ${message}`);
        return { ok: false, errorMessage: message };
      }
      if (parsed.data.result) return { ok: true };
      return {
        ok: false,
        errorMessage:
          parsed.data.errorMessage ??
          `The transition was refused by ${this.translations.text(validator.name)}.`,
      };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      console.error(`[forge-emulator] workflow validator ${validator.key} failed: ${reason}`);
      return {
        ok: false,
        errorMessage: `The workflow validator ${validator.key} failed: ${reason}`,
      };
    }
  }

  private async expressionVerdict(
    validator: WorkflowValidatorModule,
    check: TransitionCheck,
  ): Promise<TransitionVerdict> {
    const evaluate = this.expressions.get(validator.key);
    if (evaluate === undefined)
      throw new Error(`Forge emulator: validator ${validator.key} has no expression`);
    const res = await this.options.products.jira.handle({
      method: 'GET',
      path: `/rest/api/3/issue/${encodeURIComponent(check.issueKey)}`,
      query: { fields: 'summary,assignee,reporter,status,issuetype,project' },
      actor: { kind: 'app' },
    });
    const parsed = issueForExpression.safeParse(res.body);
    if (res.status !== 200 || !parsed.success)
      throw new Error(
        `Forge emulator: could not read ${check.issueKey} to evaluate ${validator.key} (${String(res.status)})`,
      );
    const f = parsed.data.fields;
    const person = (
      u: { accountId: string; displayName?: string } | null | undefined,
    ): ExpressionValue =>
      u === null || u === undefined
        ? null
        : { accountId: u.accountId, displayName: u.displayName ?? u.accountId };
    const issue: ExpressionObject = {
      id: Number(parsed.data.id),
      key: parsed.data.key,
      summary: f.summary ?? '',
      assignee: person(f.assignee),
      reporter: person(f.reporter),
      status: f.status === undefined ? null : { id: Number(f.status.id), name: f.status.name },
      issueType:
        f.issuetype === undefined ? null : { id: Number(f.issuetype.id), name: f.issuetype.name },
      project: f.project === undefined ? null : { id: Number(f.project.id), key: f.project.key },
    };
    // Jira evaluates the issue as the transition screen left it, before the edits are saved.
    Object.assign(issue, screenEdits(check.modifiedFields ?? {}));
    const user: ExpressionObject = {
      accountId: check.actor.kind === 'user' ? check.actor.accountId : this.options.appAccountId(),
    };
    let result: ExpressionValue;
    try {
      result = evaluate({ issue, user });
    } catch (e) {
      if (e instanceof Error && e.name === 'UnsupportedExpressionError') throw e;
      result = false;
    }
    if (result === true) return { ok: true };
    const message =
      validator.errorMessage === undefined
        ? 'The transition is not allowed.'
        : this.translations.text(validator.errorMessage);
    return { ok: false, errorMessage: message };
  }
}

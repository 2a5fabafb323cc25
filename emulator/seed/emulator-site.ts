// The whole emulated Atlassian site: Jira, Confluence and the Forge platform with the app installed.
import { resolve } from 'node:path';
import { ConfluenceSite } from '../confluence/confluence-site';
import { adfToHtml, escapeHtml } from '../confluence/adf-html';
import { validateAdf, type AdfProblem } from '../confluence/adf-validate';
import { demoConfluence, emptyConfluence } from '../confluence/demo-content';
import { findMacros, readMacro } from '../confluence/macro-node';
import type { AdfNode } from '../confluence/confluence-site';
import type { FaultRule, FaultRuleInput } from '../forge/faults';
import {
  buildForgeContext,
  type ContextInput,
  type ForgeContext,
  type SiteInfo,
} from '../forge/forge-context';
import { ForgeHost } from '../forge/forge-host';
import {
  splitPath,
  type HttpMethod,
  type ProductRequest,
  type ProductResponse,
  type ProductSite,
} from '../forge/product';
import type { RequestLogEntry } from '../forge/request-log';
import type { PlatformLimits } from '../forge/run-invocation';
import type { JiraHooks, JiraRequest, JiraResponse, SiteUser } from '../jira/types';
import { seedDemoCalendar } from './demo-calendar';
import { seedDemoHistory } from './demo-history';
import { seedDemoChangeRequests } from './demo-requests';
import { SeedClock } from './seed-clock';
import { readStateFile, StateSaver } from './state-file';

export type SeedName = 'demo' | 'empty';

/** What the emulator needs of the in-process Jira. */
export interface JiraLike {
  handle(req: JiraRequest & { fromApp?: boolean }): Promise<JiraResponse>;
  reset(seed: SeedName): void;
  exportState(): unknown;
  importState(state: unknown): void;
  users(): SiteUser[];
  readonly appAccountId: string;
}

export type JiraFactory = (
  hooks: JiraHooks,
  options: { baseUrl: string; now: () => Date },
) => JiraLike;

export interface EmulatorOptions {
  /** Folder with manifest.yml; default: the repository root. */
  appRoot?: string;
  seed?: SeedName;
  now?: () => Date;
  stateFile?: string;
  /** Base URL products put in `self` links; default http://localhost:4100. */
  baseUrl?: string;
  /** Shorter platform time limits, for tests of the limits themselves. */
  limits?: Partial<PlatformLimits>;
  /** Whether `reset('demo')` raises the demo change requests (needs the real app); default true. */
  seedChangeRequests?: boolean;
  /**
   * Whether `reset('demo')` also raises the showcase for the customer-journey features: changes over
   * the coming months (a fatigue cluster, one inside a year-end freeze window saved as configuration
   * version 2) and past quarters replayed on their days for the notice report. Default true (`npm
   * start`, `/emulator/reset`); the test support turns it off unless a test asks for it.
   */
  seedShowcase?: boolean;
  /** The Jira site's default language as Jira writes it (`it_IT`); default `en_US`. */
  siteLocale?: string;
}

export interface RestResult {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export interface InvokeArgs {
  moduleKey: string;
  accountId: string;
  functionKey: string;
  payload?: unknown;
  extension?: Record<string, unknown>;
  locale?: string;
}

export interface MacroExport {
  localId: string;
  moduleKey: string;
  adf: unknown;
  problems: AdfProblem[];
}

export interface PageExport {
  pageId: string;
  document: AdfNode;
  macros: MacroExport[];
  problems: AdfProblem[];
  valid: boolean;
}

export const CLOUD_ID = '4f5b7c2a-9d1e-4e8b-a6c3-0e6d2b9f1a77';

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

export class EmulatorSite {
  readonly confluence: ConfluenceSite;
  private saver: StateSaver | undefined;
  private productsForApp!: { jira: ProductSite; confluence: ProductSite };

  private constructor(
    readonly jira: JiraLike,
    readonly host: ForgeHost,
    confluence: ConfluenceSite,
    private readonly clock: SeedClock,
    readonly baseUrl: string,
    private readonly seedChangeRequests: boolean,
    private readonly seedShowcase: boolean,
  ) {
    this.confluence = confluence;
  }

  static async create(options: EmulatorOptions, jiraFactory: JiraFactory): Promise<EmulatorSite> {
    const clock = new SeedClock(options.now ?? (() => new Date()));
    const now = clock.now;
    const baseUrl = options.baseUrl ?? 'http://localhost:4100';
    const appRoot = resolve(options.appRoot ?? resolve(__dirname, '..', '..'));
    // Jira and the Forge host call each other: the references are filled in once both exist.
    const ref: { host?: ForgeHost; site?: EmulatorSite } = {};
    const needHost = (): ForgeHost => {
      if (ref.host === undefined)
        throw new Error('Forge emulator: Jira called the platform before the app was installed');
      return ref.host;
    };
    const jira = jiraFactory(
      {
        emit: (event) => {
          needHost().emit(event);
        },
        validateTransition: (check) => needHost().validateTransition(check),
        entityPropertyIndexes: () => needHost().entityPropertyIndexes(),
        // The search-lag fault: how far the app's JQL searches trail behind writes.
        searchLagMs: () => ref.host?.faults.searchLagMs() ?? 0,
      },
      { baseUrl, now, ...(options.siteLocale ? { defaultLocale: options.siteLocale } : {}) },
    );
    const confluence = new ConfluenceSite(baseUrl);
    const markDirty = (): void => ref.site?.saver?.markDirty();
    const watch = (product: ProductSite): ProductSite => ({
      handle: async (req) => {
        const res = await product.handle(req);
        if (req.method !== 'GET') markDirty();
        return res;
      },
    });
    const products = { jira: watch(jira), confluence: watch(confluence) };
    const host = await ForgeHost.start({
      appRoot,
      products,
      knownUser: (accountId) => jira.users().some((u) => u.accountId === accountId),
      appAccountId: () => jira.appAccountId,
      now,
      cloudId: CLOUD_ID,
      siteUrl: baseUrl,
      ...(options.limits === undefined ? {} : { limits: options.limits }),
      onStateChange: markDirty,
    });
    ref.host = host;
    // Limits, Retry-After and search lag run on the site's clock, so tests can move it instead of waiting.
    host.faults.useClock(() => now().getTime());
    const site = new EmulatorSite(
      jira,
      host,
      confluence,
      clock,
      baseUrl,
      options.seedChangeRequests ?? true,
      options.seedShowcase ?? true,
    );
    ref.site = site;
    site.productsForApp = products;
    const saved = options.stateFile === undefined ? undefined : readStateFile(options.stateFile);
    if (saved !== undefined) {
      jira.importState(saved.jira);
      host.kvs.importState(saved.kvs);
      confluence.importState(saved.confluence);
    } else {
      await site.reset(options.seed ?? 'demo');
    }
    if (options.stateFile !== undefined) {
      const file = options.stateFile;
      site.saver = new StateSaver(file, () => ({
        jira: jira.exportState(),
        kvs: host.kvs.exportState(),
        confluence: confluence.exportState(),
      }));
      if (saved === undefined) {
        site.saver.markDirty();
        site.saver.flush();
      }
    }
    return site;
  }

  // ---- control ---------------------------------------------------------------------------------------------------

  /** A fresh site: the seed's Jira, empty storage, the app installed (lifecycle event delivered), demo data for 'demo'. */
  async reset(seed: SeedName): Promise<void> {
    await this.host.scheduler.quiesce();
    this.host.reset();
    this.jira.reset(seed);
    const macros = this.host.manifest.modules.macro;
    const ref = (macro: (typeof macros)[number] | undefined) =>
      macro === undefined
        ? undefined
        : {
            appUuid: this.host.app.appUuid,
            environmentId: this.host.environmentId,
            macroKey: macro.key,
            title: this.host.translations.text(macro.title),
          };
    this.confluence.load(
      seed === 'demo'
        ? demoConfluence(
            ref(macros[0]),
            this.clock.now().toISOString(),
            // The app's change calendar, when the manifest has it, on a page of its own.
            ref(macros.find((macro) => macro.key === 'change-calendar-macro')),
          )
        : emptyConfluence(),
    );
    this.host.emitLifecycle('installed', this.installer());
    await this.drain();
    if (seed === 'demo' && this.seedChangeRequests) {
      await seedDemoChangeRequests(this, this.clock.now);
    }
    if (seed === 'demo' && this.seedChangeRequests && this.seedShowcase) {
      const seedTarget = {
        rest: this.rest.bind(this),
        drain: this.drain.bind(this),
        invoke: this.invoke.bind(this),
        travelTo: (at: Date | null) => {
          this.clock.travelTo(at);
        },
      };
      await seedDemoCalendar(seedTarget, this.clock.now);
      await seedDemoHistory(seedTarget, this.clock.now);
    }
    this.host.log.clear();
    this.saver?.markDirty();
  }

  private installer(): string {
    const users = this.jira.users();
    return (
      (users.find((u) => u.siteAdmin && u.accountType === 'atlassian') ?? users[0])?.accountId ??
      'admin'
    );
  }

  /** Forge's upgrade lifecycle event, as after `forge deploy` of a new major version. */
  async upgrade(): Promise<void> {
    this.host.emitLifecycle('upgraded', this.installer());
    await this.drain();
  }

  async drain(): Promise<void> {
    await this.host.drain();
    this.saver?.markDirty();
  }

  setFaults(rules: FaultRuleInput[]): FaultRule[] {
    return this.host.faults.set(rules);
  }

  faults(): FaultRule[] {
    return this.host.faults.list();
  }

  requests(): RequestLogEntry[] {
    return this.host.log.list();
  }

  clearRequests(): void {
    this.host.log.clear();
  }

  contractViolations(): RequestLogEntry[] {
    return this.host.log.contractViolations();
  }

  users(): SiteUser[] {
    return this.jira.users();
  }

  isUser(accountId: string): boolean {
    return this.jira.users().some((u) => u.accountId === accountId);
  }

  // ---- callers' own REST calls (never logged, never faulted) ----------------------------------------------------

  async rest(
    accountId: string,
    method: HttpMethod,
    pathWithQuery: string,
    body?: unknown,
  ): Promise<RestResult> {
    if (!this.isUser(accountId)) {
      return {
        status: 401,
        headers: { 'content-type': 'application/json' },
        body: { errorMessages: [`Unknown user '${accountId}'`], errors: {} },
      };
    }
    const { path, query } = splitPath(pathWithQuery);
    const req: ProductRequest = {
      method,
      path,
      query,
      actor: { kind: 'user', accountId },
      ...(body === undefined ? {} : { body }),
    };
    let res: ProductResponse;
    if (path.startsWith('/rest/')) res = await this.productsForApp.jira.handle(req);
    else if (path.startsWith('/wiki/')) res = await this.productsForApp.confluence.handle(req);
    else
      res = {
        status: 404,
        headers: { 'content-type': 'application/json' },
        body: { errorMessages: [`No product answers ${path}`], errors: {} },
      };
    return { status: res.status, headers: res.headers, body: res.body };
  }

  // ---- the app's UI --------------------------------------------------------------------------------------------

  private siteInfo(): SiteInfo {
    return {
      cloudId: CLOUD_ID,
      siteUrl: this.baseUrl,
      appId: this.host.app.appUuid,
      environmentId: this.host.environmentId,
      jira: this.jira,
      page: (pageId) => {
        const page = this.confluence.page(pageId);
        const space = page === undefined ? undefined : this.confluence.space(page.spaceId);
        return page === undefined || space === undefined
          ? undefined
          : { id: page.id, spaceId: space.id, spaceKey: space.key, title: page.title };
      },
    };
  }

  async context(input: Omit<ContextInput, 'moduleType'>): Promise<ForgeContext> {
    if (!this.isUser(input.accountId))
      throw new Error(`Forge emulator: unknown user '${input.accountId}'`);
    const moduleType = this.host.uiModule(input.moduleKey).type;
    return buildForgeContext(this.siteInfo(), { ...input, moduleType });
  }

  /** Exactly what @forge/bridge `invoke(functionKey, payload)` from that module does, for that user. */
  async invoke(args: InvokeArgs): Promise<unknown> {
    const ext = args.extension ?? {};
    const issueKey = record(ext.issue)?.key;
    const projectKey = record(ext.project)?.key;
    const pageId = record(ext.content)?.id;
    const config = record(ext.config);
    const context = await this.context({
      moduleKey: args.moduleKey,
      accountId: args.accountId,
      ...(typeof issueKey === 'string' ? { issueKey } : {}),
      ...(typeof projectKey === 'string' && typeof issueKey !== 'string' ? { projectKey } : {}),
      ...(typeof pageId === 'string' ? { pageId } : {}),
      ...(config === undefined ? {} : { config }),
      ...(args.locale === undefined ? {} : { locale: args.locale }),
      extension: ext,
    });
    return this.host.invokeResolver(context, args.functionKey, args.payload);
  }

  async runScheduledTrigger(moduleKey: string): Promise<void> {
    await this.host.runScheduledTrigger(moduleKey);
  }

  appInfo(): {
    appName: string;
    modules: Record<
      'issuePanels' | 'adminPages' | 'globalPages' | 'macros',
      Array<{ key: string; title: string; configurable?: true }>
    >;
    /** The app's id and environment, which a global page's URL (/jira/apps/{appId}/{envId}) names. */
    appId: string;
    environmentId: string;
    locales: string[];
    scheduledTriggers: string[];
  } {
    const t = this.host.translations;
    const m = this.host.manifest.modules;
    const titled = (
      list: Array<{ key: string; title: Parameters<typeof t.text>[0] }>,
    ): Array<{ key: string; title: string }> =>
      list.map((x) => ({ key: x.key, title: t.text(x.title, 'en-US') }));
    const adminTitle = m['jira:adminPage'][0]?.title;
    return {
      appName:
        this.host.manifest.app.name ??
        (adminTitle === undefined ? 'Forge app' : t.text(adminTitle, 'en-US')),
      modules: {
        issuePanels: titled(m['jira:issuePanel']),
        adminPages: titled(m['jira:adminPage']),
        globalPages: titled(m['jira:globalPage']),
        // A macro with a custom configuration resource gets Confluence's "Edit macro" action.
        macros: m.macro.map((macro) => ({
          key: macro.key,
          title: t.text(macro.title, 'en-US'),
          ...(typeof macro.config === 'object' ? { configurable: true as const } : {}),
        })),
      },
      appId: this.host.app.appUuid,
      environmentId: this.host.environmentId,
      locales: t.locales,
      scheduledTriggers: m.scheduledTrigger.map((s) => s.key),
    };
  }

  // ---- Confluence rendering and export ---------------------------------------------------------------------------

  /** A page as simple HTML; each Forge macro becomes an iframe on its Custom UI frame with the macro's config. */
  renderPage(
    pageId: string,
    viewer: { accountId: string; locale?: string; theme?: 'light' | 'dark' },
  ): { id: string; title: string; spaceId: string; html: string } | undefined {
    const page = this.confluence.page(pageId);
    if (page === undefined) return undefined;
    const html = adfToHtml(page.body, (macro) => {
      const params = new URLSearchParams({
        user: viewer.accountId,
        pageId,
        localId: macro.localId,
        config: JSON.stringify(macro.config),
        theme: viewer.theme ?? 'light',
      });
      if (viewer.locale !== undefined) params.set('locale', viewer.locale);
      const known = this.host
        .uiModules()
        .some((m) => m.key === macro.macroKey && m.type === 'macro');
      if (!known)
        return `<div class="adf-unsupported">Unknown macro ${escapeHtml(macro.macroKey)}</div>`;
      const src = `/emulator/frame/${encodeURIComponent(macro.macroKey)}/?${params.toString()}`;
      return `<iframe class="forge-macro" data-module-key="${escapeHtml(macro.macroKey)}" data-local-id="${escapeHtml(macro.localId)}" title="${escapeHtml(macro.macroKey)}" src="${escapeHtml(src)}" style="width:100%;border:0;min-height:120px"></iframe>`;
    });
    return { id: page.id, title: page.title, spaceId: page.spaceId, html };
  }

  /** Runs each of the app's macros' `adfExport` on a page, as a PDF/Word export does, and validates the ADF. */
  async exportPage(
    pageId: string,
    accountId: string,
    exportType: 'pdf' | 'word' | 'other' = 'pdf',
  ): Promise<PageExport | undefined> {
    const page = this.confluence.page(pageId);
    if (page === undefined) return undefined;
    const ours = new Set(
      this.host.manifest.modules.macro.filter((m) => m.adfExport !== undefined).map((m) => m.key),
    );
    const macros: MacroExport[] = [];
    for (const macro of findMacros(page.body).filter((m) => ours.has(m.macroKey))) {
      const context = await this.context({
        moduleKey: macro.macroKey,
        accountId,
        pageId,
        config: macro.config,
        localId: macro.localId,
      });
      const adf = await this.host.runAdfExport(context, exportType);
      const problems = validateAdf(adf);
      if (problems.length > 0)
        console.error(
          `[forge-emulator] adfExport of ${macro.macroKey} produced invalid ADF:`,
          problems,
        );
      macros.push({ localId: macro.localId, moduleKey: macro.macroKey, adf, problems });
    }
    const replace = (node: AdfNode): AdfNode[] => {
      const macro = readMacro(node);
      const exported =
        macro === undefined ? undefined : macros.find((m) => m.localId === macro.localId);
      if (exported !== undefined) {
        const content = record(exported.adf)?.content;
        return Array.isArray(content) ? (content as AdfNode[]) : [];
      }
      return [
        {
          ...node,
          ...(node.content === undefined ? {} : { content: node.content.flatMap(replace) }),
        },
      ];
    };
    const document = replace(page.body)[0] ?? { type: 'doc', version: 1, content: [] };
    const problems = validateAdf(document);
    return {
      pageId,
      document,
      macros,
      problems,
      valid: problems.length === 0 && macros.every((m) => m.problems.length === 0),
    };
  }

  async close(): Promise<void> {
    this.host.close();
    this.saver?.flush();
    await Promise.resolve();
  }
}

// The offline Atlassian Cloud emulator, in process: integration tests and the benchmark drive it without HTTP.
import type { FaultRule, FaultRuleInput } from './forge/faults';
import type { ForgeContext } from './forge/forge-context';
import type { HttpMethod } from './forge/product';
import type { RequestLogEntry } from './forge/request-log';
import { JiraSite } from './jira';
import type { SiteUser } from './jira/types';
import { ConfluenceSite } from './confluence/confluence-site';
import {
  EmulatorSite,
  type EmulatorOptions,
  type InvokeArgs,
  type PageExport,
  type RestResult,
  type SeedName,
} from './seed/emulator-site';
import { startServer } from './server/server';

export type {
  EmulatorOptions,
  FaultRule,
  FaultRuleInput,
  ForgeContext,
  InvokeArgs,
  PageExport,
  RequestLogEntry,
  RestResult,
  SeedName,
  SiteUser,
};
export { faultRuleSchema } from './forge/faults';
export { FORGE_LIMITS } from './forge/run-invocation';
export { KVS_LIMITS } from './forge/kvs-store';
export { DEMO_REQUESTS } from './seed/demo-requests';
export { DEMO_PAGES, DEMO_SPACE } from './confluence/demo-content';

export interface Emulator {
  readonly jira: JiraSite;
  readonly confluence: ConfluenceSite;
  /** A fresh site: Jira seed, empty storage, the app installed (lifecycle event delivered), demo data for 'demo'. */
  reset(seed: SeedName): Promise<void>;
  /** Delivers every pending event, queued job and retry, including those produced while draining. */
  drain(): Promise<void>;
  /**
   * The platform's simulated clock (epoch ms): `drain()` skips a queued job's delay instead of waiting it out, and
   * this clock moves on by what it skipped. A site whose Jira clock follows it sees a deferred job arrive after
   * the quota's reset, as it would on Forge.
   */
  platformNow(): number;
  setFaults(rules: FaultRuleInput[]): void;
  faults(): FaultRule[];
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** Every app request that broke the Jira OpenAPI contract since start-up: neither `clearRequests` nor `reset` drops one. */
  contractViolations(): RequestLogEntry[];
  users(): SiteUser[];
  /** A caller's own REST call (not logged, no faults); `path` may carry a query string. */
  rest(accountId: string, method: HttpMethod, path: string, body?: unknown): Promise<RestResult>;
  /** Exactly as @forge/bridge `invoke` from that module would, for that user. */
  invoke(args: InvokeArgs): Promise<unknown>;
  runScheduledTrigger(moduleKey: string): Promise<void>;
  /** Forge's upgrade lifecycle event (avi:forge:upgraded:app), then drain. */
  upgrade(): Promise<void>;
  /** Runs the app's macro `adfExport` for each of its macros on a Confluence page and validates the ADF. */
  exportPage(
    pageId: string,
    accountId: string,
    exportType?: 'pdf' | 'word' | 'other',
  ): Promise<PageExport | undefined>;
  listen(port?: number): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

class InProcessEmulator implements Emulator {
  constructor(
    readonly site: EmulatorSite,
    readonly jira: JiraSite,
  ) {}

  get confluence(): ConfluenceSite {
    return this.site.confluence;
  }
  reset(seed: SeedName): Promise<void> {
    return this.site.reset(seed);
  }
  drain(): Promise<void> {
    return this.site.drain();
  }
  platformNow(): number {
    return this.site.host.scheduler.now();
  }
  setFaults(rules: FaultRuleInput[]): void {
    this.site.setFaults(rules);
  }
  faults(): FaultRule[] {
    return this.site.faults();
  }
  requests(): RequestLogEntry[] {
    return this.site.requests();
  }
  clearRequests(): void {
    this.site.clearRequests();
  }
  contractViolations(): RequestLogEntry[] {
    return this.site.contractViolations();
  }
  users(): SiteUser[] {
    return this.site.users();
  }
  rest(accountId: string, method: HttpMethod, path: string, body?: unknown): Promise<RestResult> {
    return this.site.rest(accountId, method, path, body);
  }
  invoke(args: InvokeArgs): Promise<unknown> {
    return this.site.invoke(args);
  }
  runScheduledTrigger(moduleKey: string): Promise<void> {
    return this.site.runScheduledTrigger(moduleKey);
  }
  upgrade(): Promise<void> {
    return this.site.upgrade();
  }
  exportPage(
    pageId: string,
    accountId: string,
    exportType?: 'pdf' | 'word' | 'other',
  ): Promise<PageExport | undefined> {
    return this.site.exportPage(pageId, accountId, exportType);
  }
  listen(port?: number): Promise<{ url: string; close(): Promise<void> }> {
    return startServer(this.site, port ?? 4100);
  }
  close(): Promise<void> {
    return this.site.close();
  }
}

/** Starts the emulator with the app at `appRoot` installed; the app's unmodified handlers run in this process. */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  let jira: JiraSite | undefined;
  const site = await EmulatorSite.create(options, (hooks, jiraOptions) => {
    jira = new JiraSite(hooks, jiraOptions);
    return jira;
  });
  if (jira === undefined) throw new Error('Forge emulator: Jira was not created');
  return new InProcessEmulator(site, jira);
}

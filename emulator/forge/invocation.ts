// One Forge function invocation: who runs it, for which module, until when; carried through async work.
import { AsyncLocalStorage } from 'node:async_hooks';

export type InvocationKind =
  'resolver' | 'trigger' | 'scheduledTrigger' | 'consumer' | 'validator' | 'adfExport';

export interface FetchMeta {
  type?: string;
  provider?: string;
  remote?: string;
  accountId?: string;
  contextAri?: string;
}

/** What the platform globals dispatch to: the emulator host that started the invocation. */
export interface PlatformEndpoint {
  platformFetch(
    meta: FetchMeta,
    path: string,
    init: RequestInit | undefined,
    invocation: Invocation,
  ): Promise<Response>;
  runtimeInfo(): RuntimeInfo;
}

export interface RuntimeInfo {
  appId: string;
  appVersion: string;
  environmentId: string;
  environmentType: string;
  installationId: string;
  cloudId: string;
  appCodeDir: string;
  scopes: string[];
}

export interface Invocation {
  readonly endpoint: PlatformEndpoint;
  readonly id: string;
  readonly kind: InvocationKind;
  readonly moduleKey: string;
  readonly functionKey: string;
  /** The user the invocation acts for (`asUser()` without an id); absent for platform-started invocations. */
  readonly accountId?: string;
  /**
   * The async-events chain: a new one per invocation the platform or a user starts, the event's own for
   * a consumer run, so every push a chain makes counts against one cyclic invocation limit.
   */
  readonly chainId?: string;
  readonly deadline: number;
  expired: boolean;
}

export const invocationStorage = new AsyncLocalStorage<Invocation>();

export function currentInvocation(): Invocation | undefined {
  return invocationStorage.getStore();
}

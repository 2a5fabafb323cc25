// The two globals the unmodified @forge packages reach the platform through, bound to the current invocation.
import { randomUUID } from 'node:crypto';
import { currentInvocation, type FetchMeta, type Invocation } from './invocation';

type ForgeFetch = (meta: FetchMeta, path: string, init?: RequestInit) => Promise<Response>;

const INSTALLED = Symbol.for('change-governance.forge-emulator.globals');

function requireInvocation(what: string): Invocation {
  const invocation = currentInvocation();
  if (invocation === undefined) {
    throw new Error(
      `Forge emulator: ${what} was used outside a Forge function invocation (module top level, a detached timer, or a test calling app code directly)`,
    );
  }
  return invocation;
}

const counter = (): {
  incr(): void;
  decr(): void;
  incrBy(n: number): void;
  decrBy(n: number): void;
} => ({
  incr: () => undefined,
  decr: () => undefined,
  incrBy: () => undefined,
  decrBy: () => undefined,
});
const timing = (): { measure(): { stop(tags?: unknown): void } } => ({
  measure: () => ({ stop: () => undefined }),
});

/** Installs `__forge_fetch__` and `__forge_runtime__` once per global; each call is routed to its invocation's host. */
export function installPlatformGlobals(): void {
  const g = globalThis as unknown as Record<string | symbol, unknown>;
  if (g[INSTALLED] === true) return;
  const forgeFetch: ForgeFetch = async (meta, path, init) => {
    const invocation = requireInvocation(
      `a platform call (${meta.remote ?? meta.type ?? 'unknown'} ${path})`,
    );
    if (invocation.expired) {
      throw new Error(
        `Forge emulator: invocation of ${invocation.functionKey} (${invocation.moduleKey}) already hit its time limit; the platform stopped it, so this call to ${path} never leaves`,
      );
    }
    return invocation.endpoint.platformFetch(meta, path, init, invocation);
  };
  const runtime = {
    get appContext() {
      const invocation = requireInvocation('the Forge runtime (appContext)');
      const info = invocation.endpoint.runtimeInfo();
      return {
        appId: info.appId,
        appVersion: info.appVersion,
        environmentId: info.environmentId,
        environmentType: info.environmentType,
        invocationId: invocation.id,
        installationId: info.installationId,
        moduleKey: invocation.moduleKey,
        license: undefined,
        installation: undefined,
        permissions: { scopes: info.scopes, external: {} },
      };
    },
    get aaid() {
      return currentInvocation()?.accountId;
    },
    get contextAri() {
      const invocation = currentInvocation();
      return invocation === undefined
        ? undefined
        : `ari:cloud:jira::site/${invocation.endpoint.runtimeInfo().cloudId}`;
    },
    get container() {
      const invocation = currentInvocation();
      return { appCodeDir: invocation?.endpoint.runtimeInfo().appCodeDir };
    },
    lambdaContext: {
      getRemainingTimeInMillis(): number {
        const invocation = requireInvocation('getRemainingTimeInMillis');
        return Math.max(0, invocation.deadline - Date.now());
      },
    },
    metrics: { counter, timing, gauge: counter },
    get tracing() {
      return {
        traceId: currentInvocation()?.id ?? randomUUID(),
        spanId: randomUUID().slice(0, 16),
      };
    },
    // No `kvs` host: @forge/kvs then talks to the platform through __forge_fetch__ as an app-provider call.
    kvs: undefined,
    proxy: { token: 'emulator', url: 'http://forge-emulator.invalid' },
    externalAuth: [],
  };
  g.__forge_fetch__ = forgeFetch;
  g.__forge_runtime__ = runtime;
  g[INSTALLED] = true;
}

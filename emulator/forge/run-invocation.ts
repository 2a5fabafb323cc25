// Runs one handler as a Forge invocation: bound to its context, stopped loudly at the platform's time limit.
import { randomUUID } from 'node:crypto';
import {
  invocationStorage,
  type Invocation,
  type InvocationKind,
  type PlatformEndpoint,
} from './invocation';

/** Forge's documented runtime limits (platform "Invocation limits"). */
export interface PlatformLimits {
  /** Functions invoked from the UI (resolvers, macro export): 25 s. */
  uiMs: number;
  /** Product and lifecycle event triggers, workflow validators: 25 s. */
  triggerMs: number;
  /** Consumers and scheduled triggers without `timeoutSeconds`: 55 s (up to 900 s with it). */
  asyncDefaultMs: number;
  /**
   * Async events "cyclic invocation limit": push requests across every handler a chain started by one
   * invocation may make (1,000); the next push answers 405, which @forge/events throws as
   * InvocationLimitReachedError. Tests set it low to reach it quickly.
   */
  asyncChainPushes: number;
  /** How long the platform keeps retrying a failing async event: 24 hours (on the scheduler's clock). */
  asyncRetryWindowMs: number;
  /** The longest backoff between two tries of a failing async event: 15 minutes. */
  asyncMaxBackoffMs: number;
}

export const FORGE_LIMITS: PlatformLimits = {
  uiMs: 25_000,
  triggerMs: 25_000,
  asyncDefaultMs: 55_000,
  asyncChainPushes: 1000,
  asyncRetryWindowMs: 24 * 60 * 60 * 1000,
  asyncMaxBackoffMs: 15 * 60 * 1000,
};

export class TimeLimitError extends Error {
  readonly code = 'FUNCTION_TIME_OUT';
  constructor(
    readonly functionKey: string,
    readonly moduleKey: string,
    readonly limitMs: number,
  ) {
    super(
      `Forge emulator: ${functionKey} (${moduleKey}) ran past the platform's ${String(limitMs)} ms limit and was stopped (FUNCTION_TIME_OUT)`,
    );
    this.name = 'TimeLimitError';
  }
}

export interface InvocationSpec {
  endpoint: PlatformEndpoint;
  kind: InvocationKind;
  moduleKey: string;
  functionKey: string;
  accountId?: string;
  limitMs: number;
  /** The async-events chain this invocation belongs to (a consumer run inherits its event's). */
  chainId?: string;
}

export async function runInvocation<T>(
  spec: InvocationSpec,
  body: () => T | Promise<T>,
): Promise<Awaited<T>> {
  const invocation: Invocation = {
    endpoint: spec.endpoint,
    id: randomUUID(),
    kind: spec.kind,
    moduleKey: spec.moduleKey,
    functionKey: spec.functionKey,
    ...(spec.accountId === undefined ? {} : { accountId: spec.accountId }),
    chainId: spec.chainId ?? randomUUID(),
    deadline: Date.now() + spec.limitMs,
    expired: false,
  };
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      invocation.expired = true;
      const error = new TimeLimitError(spec.functionKey, spec.moduleKey, spec.limitMs);
      console.error(`[forge-emulator] ${error.message}`);
      reject(error);
    }, spec.limitMs);
  });
  try {
    const work = invocationStorage.run(invocation, async () => await body());
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

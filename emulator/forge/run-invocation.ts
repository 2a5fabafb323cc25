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
}

export const FORGE_LIMITS: PlatformLimits = {
  uiMs: 25_000,
  triggerMs: 25_000,
  asyncDefaultMs: 55_000,
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

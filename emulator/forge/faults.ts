// Fault injection for the app's own platform calls and the events it receives (never for callers' REST calls).
import { z } from 'zod';

const method = z.enum(['GET', 'POST', 'PUT', 'DELETE']);
const times = z.number().int().positive();

export const faultRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('http'),
    method: method.optional(),
    pathPrefix: z.string().startsWith('/').optional(),
    status: z.number().int().min(400).max(599),
    times: times.default(1),
    retryAfterSeconds: z.number().int().nonnegative().optional(),
  }),
  z.object({
    kind: z.literal('partial-bulk'),
    failIndexes: z.array(z.number().int().nonnegative()).min(1),
    times: times.default(1),
  }),
  z.object({ kind: z.literal('duplicate-events'), times: times.default(1) }),
  z.object({
    kind: z.literal('latency'),
    ms: z.number().int().nonnegative(),
    times: times.optional(),
  }),
  z.object({
    kind: z.literal('late-events'),
    times: times.default(1),
    delayMs: z.number().int().nonnegative().default(200),
  }),
  z.object({
    kind: z.literal('timeout'),
    method: method.optional(),
    pathPrefix: z.string().startsWith('/').optional(),
    times: times.default(1),
    /** How long the call hangs before the proxy gives up with a 504. */
    ms: z.number().int().nonnegative().default(1000),
    /** Whether the product applied the request although the caller never saw the answer. */
    applied: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('kvs-conflict'), times: times.default(1) }),
  z.object({
    kind: z.literal('rate-limit'),
    method: method.optional(),
    pathPrefix: z.string().startsWith('/').optional(),
    /** Tokens added per second: the sustained rate of matching calls the site lets through. */
    perSecond: z.number().positive(),
    /** The bucket's size: how many calls may go through back to back after a quiet spell. */
    burst: z.number().int().positive().optional(),
  }),
]);

export type FaultRule = z.infer<typeof faultRuleSchema>;
export type FaultRuleInput = z.input<typeof faultRuleSchema>;
export const faultRulesSchema = z.array(faultRuleSchema);

type Kind = FaultRule['kind'];
type RuleOf<K extends Kind> = Extract<FaultRule, { kind: K }>;

export interface ProductCallTarget {
  method: string;
  path: string;
}

const matchesCall = (
  rule: { method?: string; pathPrefix?: string },
  call: ProductCallTarget,
): boolean =>
  (rule.method === undefined || rule.method === call.method) &&
  (rule.pathPrefix === undefined || call.path.startsWith(rule.pathPrefix));

export interface Throttled {
  /** Whole seconds until every bucket that refused the call has a token again (Jira's `Retry-After`). */
  retryAfterSeconds: number;
}

/** Rules with a `times` budget are consumed as they fire; a spent rule disappears. */
export class FaultController {
  private rules: Array<FaultRule & { remaining?: number }> = [];
  private buckets: Array<{ rule: RuleOf<'rate-limit'>; bucket: TokenBucket }> = [];

  constructor(private readonly clock: () => number = () => performance.now()) {}

  set(rules: FaultRuleInput[]): FaultRule[] {
    const parsed = faultRulesSchema.parse(rules);
    this.rules = parsed.map((r) => ({
      ...r,
      ...('times' in r && r.times !== undefined ? { remaining: r.times } : {}),
    }));
    this.buckets = parsed
      .filter((r): r is RuleOf<'rate-limit'> => r.kind === 'rate-limit')
      .map((rule) => ({
        rule,
        bucket: new TokenBucket(
          rule.perSecond,
          rule.burst ?? Math.max(1, Math.ceil(rule.perSecond)),
          this.clock,
        ),
      }));
    return parsed;
  }

  list(): FaultRule[] {
    return this.rules.map(({ remaining, ...rule }): FaultRule =>
      remaining === undefined || !('times' in rule) ? rule : { ...rule, times: remaining },
    );
  }

  clear(): void {
    this.rules = [];
    this.buckets = [];
  }

  /**
   * Takes a token from every rate limit the call falls under, or none and says how long to wait:
   * a refused call costs nothing, as on Jira.
   */
  rateLimit(call: ProductCallTarget): Throttled | undefined {
    const matching = this.buckets.filter((b) => matchesCall(b.rule, call));
    const waitMs = Math.max(0, ...matching.map((b) => b.bucket.msUntilToken()));
    if (waitMs > 0) return { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    for (const { bucket } of matching) bucket.take();
    return undefined;
  }

  private take<K extends Kind>(
    kind: K,
    accept: (rule: RuleOf<K>) => boolean = () => true,
  ): RuleOf<K> | undefined {
    const index = this.rules.findIndex((r) => r.kind === kind && accept(r as RuleOf<K>));
    if (index < 0) return undefined;
    const rule = this.rules[index] as RuleOf<K> & { remaining?: number };
    if (rule.remaining !== undefined) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.rules.splice(index, 1);
    }
    return rule;
  }

  latency(): number {
    return this.take('latency')?.ms ?? 0;
  }

  http(call: ProductCallTarget): RuleOf<'http'> | undefined {
    return this.take('http', (r) => matchesCall(r, call));
  }

  timeout(call: ProductCallTarget): RuleOf<'timeout'> | undefined {
    return this.take('timeout', (r) => matchesCall(r, call));
  }

  partialBulk(call: ProductCallTarget): RuleOf<'partial-bulk'> | undefined {
    if (call.method !== 'POST' || call.path !== '/rest/api/3/issue/bulk') return undefined;
    return this.take('partial-bulk');
  }

  duplicateEvent(): boolean {
    return this.take('duplicate-events') !== undefined;
  }

  lateEvent(): number | undefined {
    return this.take('late-events')?.delayMs;
  }

  kvsConflict(): boolean {
    return this.take('kvs-conflict') !== undefined;
  }
}

/** Refills continuously at `perSecond` up to `capacity`; one call takes one token. */
class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly perSecond: number,
    private readonly capacity: number,
    private readonly clock: () => number,
  ) {
    this.tokens = capacity;
    this.at = clock();
  }

  private refill(): void {
    const now = this.clock();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
  }

  msUntilToken(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.perSecond) * 1000;
  }

  take(): void {
    this.refill();
    this.tokens -= 1;
  }
}

// Fault injection for the app's own platform calls and the events it receives (never for callers' REST calls).
import { z } from 'zod';
import { AtlassianLimits, atlassianLimitsRuleSchema, type Refusal } from './atlassian-limits';
import { isRead } from './points';
import { TokenBucket } from './token-bucket';

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
  z.object({
    kind: z.literal('commit-then-fail'),
    method: method.optional(),
    pathPrefix: z.string().startsWith('/').optional(),
    /** The status answered after the work is done; 0 drops the connection instead (a network error). */
    status: z.union([z.literal(0), z.number().int().min(400).max(599)]),
    times: times.default(1),
  }),
  z.object({ kind: z.literal('search-lag'), ms: z.number().int().nonnegative() }),
  atlassianLimitsRuleSchema,
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

/** Why a call was answered 429 before it reached the product, with what Jira sends along. */
export interface Refused {
  /** The request log's `fault` label. */
  fault: string;
  retryAfterSeconds: number;
  /** Epoch ms (X-RateLimit-Reset). */
  resetAt: number;
  reason?: Refusal['reason'];
  headers: Record<string, string>;
}

interface RetryBlock {
  match: { method?: string; pathPrefix?: string };
  until: number;
  fault: string;
}

/** Rules with a `times` budget are consumed as they fire; a spent rule disappears. */
export class FaultController {
  private rules: Array<FaultRule & { remaining?: number }> = [];
  private buckets: Array<{ rule: RuleOf<'rate-limit'>; bucket: TokenBucket }> = [];
  private limits: AtlassianLimits[] = [];
  /** 429s that said to wait: a matching call before the wait is over is refused again. */
  private retryBlocks: RetryBlock[] = [];

  /** `clock` gives epoch ms; the emulator passes its own (injectable) clock with `useClock`. */
  constructor(private clock: () => number = () => Date.now()) {}

  useClock(clock: () => number): void {
    this.clock = clock;
  }

  now(): number {
    return this.clock();
  }

  set(rules: FaultRuleInput[]): FaultRule[] {
    const parsed = faultRulesSchema.parse(rules);
    this.rules = parsed.map((r) => ({
      ...r,
      ...('times' in r && r.times !== undefined ? { remaining: r.times } : {}),
    }));
    const clock = (): number => this.clock();
    this.buckets = parsed
      .filter((r): r is RuleOf<'rate-limit'> => r.kind === 'rate-limit')
      .map((rule) => ({
        rule,
        bucket: new TokenBucket(
          rule.perSecond,
          rule.burst ?? Math.max(1, Math.ceil(rule.perSecond)),
          clock,
        ),
      }));
    this.limits = parsed
      .filter((r): r is RuleOf<'atlassian-limits'> => r.kind === 'atlassian-limits')
      .map((rule) => new AtlassianLimits(rule, clock));
    this.retryBlocks = [];
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
    this.limits = [];
    this.retryBlocks = [];
  }

  /**
   * Whether a limit answers the call 429 before it reaches the product: a retry sent before an earlier
   * 429's Retry-After is over, a `rate-limit` bucket, or one of the `atlassian-limits`. A refused call
   * costs nothing (no token, no points). An admitted call is counted in every window it falls under.
   */
  refuse(call: ProductCallTarget): Refused | undefined {
    const now = this.clock();
    this.retryBlocks = this.retryBlocks.filter((b) => b.until > now);
    const early = this.retryBlocks.filter((b) => matchesCall(b.match, call));
    if (early.length > 0) {
      const until = Math.max(...early.map((b) => b.until));
      return {
        fault: `${early[0]?.fault ?? 'retry'} (retried before Retry-After)`,
        retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)),
        resetAt: until,
        headers: {},
      };
    }
    const throttled = this.rateLimit(call);
    if (throttled !== undefined)
      return {
        fault: 'rate-limit',
        retryAfterSeconds: throttled.retryAfterSeconds,
        resetAt: now + throttled.retryAfterSeconds * 1000,
        headers: {},
      };
    const limited = { ...call, write: !isRead(call.method, call.path) };
    for (const limits of this.limits) {
      const refusal = limits.admit(limited);
      if (refusal !== undefined)
        return {
          fault: `atlassian-limits ${refusal.reason}`,
          retryAfterSeconds: refusal.retryAfterSeconds,
          resetAt: refusal.resetAt,
          reason: refusal.reason,
          headers: { 'RateLimit-Reason': refusal.reason, ...refusal.headers },
        };
    }
    return undefined;
  }

  /** Charges an admitted call's points to the hourly quotas; answers the near-limit headers, if any. */
  charge(points: number): Record<string, string> {
    return Object.assign({}, ...this.limits.map((l) => l.charge(points))) as Record<string, string>;
  }

  /** How far the simulated index of JQL search trails behind writes, in ms (0: no lag). */
  searchLagMs(): number {
    return Math.max(0, ...this.rules.map((r) => (r.kind === 'search-lag' ? r.ms : 0)));
  }

  /**
   * Takes a token from every rate limit the call falls under, or none and says how long to wait:
   * a refused call costs nothing, as on Jira.
   */
  rateLimit(call: ProductCallTarget): Throttled | undefined {
    const matching = this.buckets.filter((b) => matchesCall(b.rule, call));
    const waitMs = Math.max(0, ...matching.map((b) => b.bucket.msUntilToken()));
    if (waitMs > 0) {
      const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
      // Until Retry-After is over, the rule's calls are refused even if a token comes back sooner.
      for (const { rule } of matching) this.blockUntil(rule, retryAfterSeconds, 'rate-limit');
      return { retryAfterSeconds };
    }
    for (const { bucket } of matching) bucket.take();
    return undefined;
  }

  private blockUntil(
    match: { method?: string; pathPrefix?: string },
    retryAfterSeconds: number,
    fault: string,
  ): void {
    this.retryBlocks.push({
      match: {
        ...(match.method === undefined ? {} : { method: match.method }),
        ...(match.pathPrefix === undefined ? {} : { pathPrefix: match.pathPrefix }),
      },
      until: this.clock() + retryAfterSeconds * 1000,
      fault,
    });
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

  /** An `http` 429 also refuses the rule's calls until its Retry-After is over (without spending `times`). */
  http(call: ProductCallTarget): RuleOf<'http'> | undefined {
    const rule = this.take('http', (r) => matchesCall(r, call));
    if (rule?.status === 429) this.blockUntil(rule, rule.retryAfterSeconds ?? 1, 'http 429');
    return rule;
  }

  commitThenFail(call: ProductCallTarget): RuleOf<'commit-then-fail'> | undefined {
    return this.take('commit-then-fail', (r) => matchesCall(r, call));
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

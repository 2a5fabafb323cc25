// Jira Cloud's three independent limits on an app since March 2026 ("Rate limiting" and "Build an app
// that respects rate limits"): an hourly points quota, per-second limits per endpoint and method, and
// per-issue write windows. Each refuses with 429, Retry-After, X-RateLimit-Reset and RateLimit-Reason.
import { z } from 'zod';

const HOUR_MS = 3_600_000;
/** Atlassian's older page: the near-limit header appears when less than 20 % of the budget remains. */
const NEAR_LIMIT_SHARE = 0.2;

export const atlassianLimitsRuleSchema = z.object({
  kind: z.literal('atlassian-limits'),
  /** The app's hourly quota (65 000 points per app per hour, shared by all its sites, by default). */
  pointsPerHour: z.number().int().positive().default(65_000),
  /** Requests per second to one endpoint with one method. */
  perSecond: z.number().int().positive().default(100),
  /** `[writes, seconds]` windows on one issue: at most `writes` in any `seconds`. */
  issueWrites: z
    .array(z.tuple([z.number().int().positive(), z.number().positive()]))
    .min(1)
    .default([
      [20, 2],
      [100, 30],
    ]),
  /** Which quota the site is on: the app's global pool (default) or a per-tenant quota. */
  quota: z.enum(['global', 'tenant']).default('global'),
});
export type AtlassianLimitsRule = z.infer<typeof atlassianLimitsRuleSchema>;

export type LimitReason =
  | 'jira-quota-global-based'
  | 'jira-quota-tenant-based'
  | 'jira-burst-based'
  | 'jira-per-issue-on-write';

export interface Refusal {
  reason: LimitReason;
  /** Whole seconds, at least 1. */
  retryAfterSeconds: number;
  /** Epoch ms at which the limit lets the call through again. */
  resetAt: number;
  /** Extra headers Jira sends with this refusal (the quota's Beta-RateLimit headers). */
  headers: Record<string, string>;
}

export interface LimitedCall {
  method: string;
  path: string;
  /** True for writes (charged the base only, metered per issue). */
  write: boolean;
}

const ISSUE_PATH = /^\/rest\/api\/[23]\/issue\/([A-Za-z][A-Za-z0-9_]*-\d+|\d+)(?:\/|$)/;

/** The issue a write names in its path (`/rest/api/3/issue/CHG-1/...`), if any. */
export function issueWritten(call: LimitedCall): string | undefined {
  if (!call.write) return undefined;
  return ISSUE_PATH.exec(call.path)?.[1]?.toUpperCase();
}

/**
 * The endpoint a call goes to, as a path template: a segment with a digit in it is an id or key, and
 * the segment after `properties` is a property key. Good enough to meter "one endpoint, one method".
 */
export function endpointOf(call: { method: string; path: string }): string {
  const parts = call.path.split('/');
  const template = parts.map((part, i) =>
    /\d/.test(part) ? '{id}' : parts[i - 1] === 'properties' ? '{propertyKey}' : part,
  );
  return `${call.method} ${template.join('/')}`;
}

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/** Sliding windows of recent call times, oldest first. */
class Window {
  private readonly times: number[] = [];

  constructor(
    readonly max: number,
    readonly spanMs: number,
  ) {}

  private prune(now: number): void {
    while (this.times.length > 0 && (this.times[0] ?? 0) <= now - this.spanMs) this.times.shift();
  }

  /** Epoch ms from which one more call fits, or undefined when it fits now. */
  fitsAt(now: number): number | undefined {
    this.prune(now);
    if (this.times.length < this.max) return undefined;
    return (this.times[this.times.length - this.max] ?? now) + this.spanMs;
  }

  add(now: number): void {
    this.times.push(now);
  }
}

export class AtlassianLimits {
  private hourStart = -1;
  private used = 0;
  private readonly bursts = new Map<string, Window>();
  private readonly issues = new Map<string, Window[]>();
  /** Scopes that refused a call, until when: a retry sent before Retry-After is refused again. */
  private readonly blocked = new Map<string, { until: number; reason: LimitReason }>();

  constructor(
    readonly rule: AtlassianLimitsRule,
    private readonly clock: () => number,
  ) {}

  private quotaReason(): LimitReason {
    return this.rule.quota === 'tenant' ? 'jira-quota-tenant-based' : 'jira-quota-global-based';
  }

  private policyName(): string {
    return this.rule.quota === 'tenant' ? 'tenant-app-quota' : 'global-app-quota';
  }

  private roll(now: number): void {
    const start = Math.floor(now / HOUR_MS) * HOUR_MS;
    if (start !== this.hourStart) {
      this.hourStart = start;
      this.used = 0;
    }
  }

  private quotaHeaders(now: number): Record<string, string> {
    const remaining = Math.max(0, this.rule.pointsPerHour - this.used);
    const reset = this.hourStart + HOUR_MS;
    const name = this.policyName();
    return {
      'Beta-RateLimit-Policy': `"${name}";q=${String(this.rule.pointsPerHour)};w=3600`,
      'Beta-RateLimit': `"${name}";r=${String(remaining)};t=${String(seconds(reset - now))}`,
      'X-Beta-RateLimit-NearLimit': 'true',
      'X-Beta-RateLimit-Reason': this.quotaReason(),
      'X-Beta-RateLimit-Reset': new Date(reset).toISOString(),
    };
  }

  private refuse(scope: string, reason: LimitReason, until: number, now: number): Refusal {
    this.blocked.set(scope, { until, reason });
    return {
      reason,
      retryAfterSeconds: seconds(until - now),
      resetAt: until,
      headers: reason === this.quotaReason() ? this.quotaHeaders(now) : {},
    };
  }

  /** Lets the call through (and counts it in its windows) or says which limit refuses it; a refusal costs nothing. */
  admit(call: LimitedCall): Refusal | undefined {
    const now = this.clock();
    this.roll(now);
    const endpoint = endpointOf(call);
    const issue = issueWritten(call);
    const scopes = [
      'quota',
      `burst ${endpoint}`,
      ...(issue === undefined ? [] : [`issue ${issue}`]),
    ];
    // Too early: the same scope said to wait, and the wait is not over.
    for (const scope of scopes) {
      const block = this.blocked.get(scope);
      if (block === undefined) continue;
      if (now < block.until) return this.refuse(scope, block.reason, block.until, now);
      this.blocked.delete(scope);
    }
    if (this.used >= this.rule.pointsPerHour)
      return this.refuse('quota', this.quotaReason(), this.hourStart + HOUR_MS, now);
    let burst = this.bursts.get(endpoint);
    if (burst === undefined) {
      burst = new Window(this.rule.perSecond, 1000);
      this.bursts.set(endpoint, burst);
    }
    const burstFits = burst.fitsAt(now);
    if (burstFits !== undefined)
      return this.refuse(`burst ${endpoint}`, 'jira-burst-based', burstFits, now);
    let windows: Window[] | undefined;
    if (issue !== undefined) {
      windows = this.issues.get(issue);
      if (windows === undefined) {
        windows = this.rule.issueWrites.map(([max, s]) => new Window(max, s * 1000));
        this.issues.set(issue, windows);
      }
      const fits = windows.map((w) => w.fitsAt(now)).filter((t): t is number => t !== undefined);
      if (fits.length > 0)
        return this.refuse(`issue ${issue}`, 'jira-per-issue-on-write', Math.max(...fits), now);
    }
    burst.add(now);
    for (const w of windows ?? []) w.add(now);
    return undefined;
  }

  /** Charges what an admitted call cost; the answer carries the quota headers once it is near its end. */
  charge(points: number): Record<string, string> {
    const now = this.clock();
    this.roll(now);
    this.used += points;
    const remaining = this.rule.pointsPerHour - this.used;
    return remaining < this.rule.pointsPerHour * NEAR_LIMIT_SHARE ? this.quotaHeaders(now) : {};
  }

  /** Points spent in the current hour. */
  spent(): number {
    this.roll(this.clock());
    return this.used;
  }
}

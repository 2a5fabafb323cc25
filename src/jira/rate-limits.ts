// Atlassian's three limits on an app ("Rate limiting", "Build an app that respects rate limits"), as the
// app's own client keeps to them: the hourly points quota is deferred to, never waited out in an invocation;
// writes to one issue are spaced so the app's own pace never meets the per-issue write limit.
import type { JiraResponse } from './http';

/** Jira's rate-limit headers: `RateLimit-Reason` and `X-RateLimit-Reset` (an ISO-8601 instant). */
export interface RateLimitInfo {
  reason: string | null;
  resetAt: string | null;
}

/**
 * The hourly points quota (shared by every site of the app, or the tenant's own): its reset can be up to an
 * hour away, so waiting it out inside one invocation is never right; the work is deferred instead.
 */
export const QUOTA_REASONS: readonly string[] = [
  'jira-quota-global-based',
  'jira-quota-tenant-based',
];

/** What the client knows about an exhausted quota: when Jira said it resets. */
export interface QuotaExhaustion {
  /** Seconds from when Jira answered until the reset (its Retry-After). */
  retryAfterSeconds: number;
  /** The reset instant as Jira gave it (`X-RateLimit-Reset`), or computed from Retry-After. */
  resetAt: string;
}

export const isQuotaRefusal = (status: number, rateLimit: RateLimitInfo | null | undefined) =>
  status === 429 && rateLimit?.reason != null && QUOTA_REASONS.includes(rateLimit.reason);

/** Seconds to wait for a limit: Retry-After when Jira gave one, else until X-RateLimit-Reset. */
export function secondsUntilReset(response: JiraResponse, nowMs: number): number | null {
  const retryAfter = response.retryAfterSeconds;
  if (retryAfter !== null && Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter;
  const reset = Date.parse(response.rateLimit?.resetAt ?? '');
  return Number.isFinite(reset) ? Math.max(0, Math.ceil((reset - nowMs) / 1000)) : null;
}

/**
 * Shared by one client and every bounded copy of it (one invocation): once Jira says the quota is spent,
 * every later call of the invocation is answered at once with the same refusal, so nothing spins on a
 * quota that resets up to an hour later, and the caller can ask when to come back.
 */
export class QuotaWatch {
  private exhausted: { until: number; response: JiraResponse; resetAt: string } | null = null;

  constructor(private readonly now: () => number) {}

  note(response: JiraResponse): void {
    if (!isQuotaRefusal(response.status, response.rateLimit)) return;
    const seconds = secondsUntilReset(response, this.now()) ?? 60;
    const until = this.now() + seconds * 1000;
    const resetAt = response.rateLimit?.resetAt ?? new Date(until).toISOString();
    this.exhausted = {
      until,
      response: { ...response, rateLimit: { reason: response.rateLimit?.reason ?? null, resetAt } },
      resetAt,
    };
  }

  /** The refusal to answer without calling Jira while the quota is spent. */
  refusal(): JiraResponse | null {
    if (this.exhausted === null) return null;
    const left = Math.ceil((this.exhausted.until - this.now()) / 1000);
    if (left <= 0) {
      this.exhausted = null;
      return null;
    }
    return { ...this.exhausted.response, retryAfterSeconds: left };
  }

  state(): QuotaExhaustion | null {
    const refusal = this.refusal();
    if (refusal === null || this.exhausted === null) return null;
    return { retryAfterSeconds: refusal.retryAfterSeconds ?? 0, resetAt: this.exhausted.resetAt };
  }
}

/**
 * The per-issue write windows Atlassian reports (20 writes in 2 s, 100 in 30 s), kept at half, so that people
 * and other invocations editing the same issue leave the app's own writes under the limit.
 */
export const ISSUE_WRITE_WINDOWS: ReadonlyArray<{ writes: number; ms: number }> = [
  { writes: 10, ms: 2_000 },
  { writes: 50, ms: 30_000 },
];

/** Paths that write to one issue: `/rest/api/3/issue/{idOrKey}…` (ids and keys hold a digit; bulk paths do not). */
const ONE_ISSUE = /^\/rest\/api\/3\/issue\/([^/?]*\d[^/?]*)(?:[/?]|$)/;

export const issueWrittenBy = (method: string, path: string): string | undefined =>
  method === 'GET' ? undefined : ONE_ISSUE.exec(path)?.[1]?.toUpperCase();

/** Spaces one client's writes to each issue within ISSUE_WRITE_WINDOWS. */
export class IssueWritePacer {
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  /** How long to wait before writing to `issue`, in ms (0 when a write fits now). */
  waitFor(issue: string): number {
    const now = this.now();
    const longest = Math.max(...ISSUE_WRITE_WINDOWS.map((w) => w.ms));
    const times = (this.recent.get(issue) ?? []).filter((t) => t > now - longest);
    this.recent.set(issue, times);
    let wait = 0;
    for (const window of ISSUE_WRITE_WINDOWS) {
      const inWindow = times.filter((t) => t > now - window.ms);
      if (inWindow.length >= window.writes) {
        const oldest = inWindow[inWindow.length - window.writes] ?? now;
        wait = Math.max(wait, oldest + window.ms - now);
      }
    }
    return wait;
  }

  record(issue: string): void {
    const times = this.recent.get(issue) ?? [];
    times.push(this.now());
    this.recent.set(issue, times);
  }
}

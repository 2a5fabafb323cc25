// The installation's grant of the app's scopes. On Forge the installed event can reach the app before the
// grant is in place: for a while every asApp() call to Jira or Confluence is refused (401, later 403).
import type { FetchMeta } from './invocation';

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export class PermissionGrant {
  private lagMs = 0;
  private grantedAt = Number.NEGATIVE_INFINITY;

  /**
   * From the next installation on, the grant arrives `ms` after the installed event (on the scheduler's
   * clock); 0 restores an instant grant. Kept across resets, as it describes the platform, not one site.
   */
  lagAfterInstall(ms: number): void {
    this.lagMs = Math.max(0, ms);
  }

  /** Withholds the grant for `ms` from `now`, as if the app had just been installed. */
  withholdFor(now: number, ms: number): void {
    this.grantedAt = now + Math.max(0, ms);
  }

  installed(now: number): void {
    this.grantedAt = now + this.lagMs;
  }

  /** What Jira or Confluence answers an app call made before the grant, or nothing once granted. */
  refusal(meta: FetchMeta, now: number): Refusal | undefined {
    if (meta.provider !== 'app' || now >= this.grantedAt) return undefined;
    // First the token is not recognised at all (401); close to the grant, the scopes are missing (403).
    const early = this.grantedAt - now > 1000;
    return {
      status: early ? 401 : 403,
      headers: {},
      body: early
        ? { code: 401, message: 'Unauthorized; scope does not match' }
        : { errorMessages: ['The app has not been granted access to this site yet.'], errors: {} },
    };
  }
}

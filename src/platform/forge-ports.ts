// The only place that calls the Forge platform: it turns it into the core's ports. (Call sites import
// `route` from @forge/api too, a pure function that builds the paths this file sends.)
import api from '@forge/api';
import { kvs, WhereConditions } from '@forge/kvs';
import { Temporal } from 'temporal-polyfill';
import { withRetries, type JiraHttp } from '../jira/http';
import type { GovernancePorts, UserPorts } from '../governance/ports';
import type { KeyValueStore } from '../storage/key-value-store';

type Requester = ReturnType<typeof api.asApp>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function jiraHttp(requester: () => Requester, maxWaitMs: number): JiraHttp {
  const raw: JiraHttp = {
    // The route arrives as the call site built it with `route`: @forge/api refuses any other value.
    async requestJira(route, { method = 'GET', body } = {}) {
      const response = await requester().requestJira(route, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? (JSON.parse(text) as unknown) : undefined;
      } catch {
        // Not JSON: keep the text for the error message.
      }
      const header = (name: string) => response.headers.get(name) ?? null;
      const retryAfter = header('Retry-After');
      const reason = header('RateLimit-Reason');
      const resetAt = header('X-RateLimit-Reset');
      const location = header('Location');
      return {
        status: response.status,
        retryAfterSeconds: retryAfter ? Number(retryAfter) : null,
        body: parsed,
        // Which of Atlassian's limits refused the call, and when it resets (up to an hour for the quota).
        ...(reason !== null || resetAt !== null ? { rateLimit: { reason, resetAt } } : {}),
        ...(location !== null ? { location } : {}),
      };
    },
  };
  return withRetries(raw, { sleep, maxAttempts: 5, maxWaitMs });
}

const isKeyExists = (error: unknown) =>
  error instanceof Error &&
  /exist|conflict|precondition/i.test(
    `${(error as { code?: string }).code ?? ''} ${error.message}`,
  );

export const forgeStore: KeyValueStore = {
  async get(key) {
    return kvs.get(key);
  },
  async set(key, value, options) {
    await kvs.set(
      key,
      value,
      options?.ttlSeconds ? { ttl: { value: options.ttlSeconds, unit: 'SECONDS' } } : undefined,
    );
  },
  async setIfAbsent(key, value, options) {
    try {
      await kvs.set(key, value, {
        keyPolicy: 'FAIL_IF_EXISTS',
        ...(options?.ttlSeconds
          ? { ttl: { value: options.ttlSeconds, unit: 'SECONDS' as const } }
          : {}),
      });
      return true;
    } catch (error) {
      if (isKeyExists(error)) return false;
      throw error;
    }
  },
  async delete(key) {
    await kvs.delete(key);
  },
  async listByPrefix(prefix, limit = 100) {
    const rows: Array<{ key: string; value: unknown }> = [];
    let cursor: string | undefined;
    do {
      let q = kvs
        .query()
        .where('key', WhereConditions.beginsWith(prefix))
        .limit(Math.min(100, limit - rows.length));
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany();
      rows.push(...page.results.map((r) => ({ key: r.key, value: r.value })));
      cursor = page.nextCursor;
    } while (cursor && rows.length < limit);
    return rows;
  },
};

const clock = {
  today: () => Temporal.Now.plainDateISO('UTC'),
  nowIso: () => new Date().toISOString(),
};

/** Background work (events, queues, schedules) may wait out throttling longer than a UI call can. */
export const backgroundPorts = (): GovernancePorts => ({
  jira: jiraHttp(() => api.asApp(), 20_000),
  store: forgeStore,
  ...clock,
});

/** Jira as the person an invocation runs for (a macro export's reader), for reads they are to see. */
export const viewerJira = (): JiraHttp => jiraHttp(() => api.asUser(), 3_000);

/** A UI call has 25 s in all, so each wait is capped short. */
export const userPorts = (accountId: string): UserPorts => ({
  jira: jiraHttp(() => api.asApp(), 3_000),
  jiraAsUser: jiraHttp(() => api.asUser(), 3_000),
  store: forgeStore,
  accountId,
  ...clock,
});

// How the app's Jira client waits out throttling: never sooner than Retry-After, spread by jitter, capped
// by attempts for work without a deadline, and by the deadline alone for re-assessment runs.
import { route } from '@forge/api';
import { withRetries, type JiraHttp, type JiraResponse } from '../../src/jira/http';

function throttledJira(answers: JiraResponse[]) {
  const sent: number[] = [];
  let clock = 0;
  const http: JiraHttp = {
    requestJira() {
      sent.push(clock);
      return Promise.resolve(
        answers.shift() ?? { status: 200, retryAfterSeconds: null, body: { ok: true } },
      );
    },
  };
  const policy = {
    sleep: (ms: number) => {
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
    random: () => 0.999,
    maxAttempts: 5,
    maxWaitMs: 20_000,
  };
  return { http, policy, sent, at: () => clock };
}

const throttled = (retryAfterSeconds: number | null): JiraResponse => ({
  status: 429,
  retryAfterSeconds,
  body: { errorMessages: ['Rate limit exceeded.'] },
});

it('without a deadline, throttling is retried maxAttempts times, each after Retry-After plus jitter', async () => {
  const jira = throttledJira(Array.from({ length: 10 }, () => throttled(2)));
  const response = await withRetries(jira.http, jira.policy).requestJira(route`/rest/api/3/myself`);
  expect(response.status).toBe(429);
  expect(jira.sent).toHaveLength(5);
  const gaps = jira.sent.slice(1).map((t, i) => t - (jira.sent[i] ?? 0));
  for (const gap of gaps) {
    expect(gap).toBeGreaterThanOrEqual(2000);
    expect(gap).toBeLessThan(3000);
  }
});

it('with a deadline, throttling is waited out however often Jira asks, until the deadline', async () => {
  const jira = throttledJira(Array.from({ length: 12 }, () => throttled(1)));
  const client = withRetries(jira.http, jira.policy).until(60_000);
  const response = await client.requestJira(route`/rest/api/3/issue/CHG-1/properties/x`, {
    method: 'PUT',
    body: {},
  });
  expect(response.status).toBe(200);
  expect(jira.sent).toHaveLength(13);

  const endless = throttledJira(Array.from({ length: 1000 }, () => throttled(1)));
  const bounded = withRetries(endless.http, endless.policy).until(10_000);
  expect((await bounded.requestJira(route`/rest/api/3/myself`)).status).toBe(429);
  // It answers Jira's refusal rather than wait past the deadline.
  expect(endless.at()).toBeLessThanOrEqual(10_000);
  expect(endless.sent.length).toBeGreaterThan(5);
});

it('a Retry-After longer than the caller can wait is answered at once, not retried early', async () => {
  const jira = throttledJira([throttled(60)]);
  const response = await withRetries(jira.http, jira.policy).requestJira(route`/rest/api/3/myself`);
  expect(response).toMatchObject({ status: 429, retryAfterSeconds: 60 });
  expect(jira.sent).toEqual([0]);
});

it('throttling without a usable wait counts against the attempts even with a deadline', async () => {
  const jira = throttledJira(Array.from({ length: 10 }, () => throttled(0)));
  const response = await withRetries(jira.http, jira.policy)
    .until(60_000)
    .requestJira(route`/rest/api/3/myself`);
  expect(response.status).toBe(429);
  expect(jira.sent).toHaveLength(5);
});

// How the app's Jira client reads Atlassian's rate-limit headers: a per-second or per-issue 429 is waited out
// (Retry-After, or X-RateLimit-Reset when Retry-After is missing); the hourly quota is never waited out inside
// an invocation: its refusal comes back at once, later calls are refused without reaching Jira, and the
// caller is told when the quota resets. Jira here is a scripted stand-in: the order of answers is the point.
import { route } from '@forge/api';
import {
  quotaExhaustion,
  withRetries,
  type JiraHttp,
  type JiraResponse,
} from '../../src/jira/http';

const NOW = Date.parse('2026-11-23T10:50:00.000Z');

function scripted(answers: JiraResponse[]) {
  const sent: string[] = [];
  const http: JiraHttp = {
    requestJira(r, request) {
      sent.push(`${request?.method ?? 'GET'} ${r.value}`);
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers scripted');
      return Promise.resolve(answer);
    },
  };
  return { http, sent };
}

const OK: JiraResponse = { status: 200, retryAfterSeconds: null, body: {} };
const quota = (seconds: number): JiraResponse => ({
  status: 429,
  retryAfterSeconds: seconds,
  body: {},
  rateLimit: {
    reason: 'jira-quota-global-based',
    resetAt: new Date(NOW + seconds * 1000).toISOString(),
  },
});

function client(answers: JiraResponse[]) {
  const { http, sent } = scripted(answers);
  const slept: number[] = [];
  let clock = NOW;
  const retrying = withRetries(http, {
    sleep: (ms) => {
      slept.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    maxAttempts: 5,
    maxWaitMs: 20_000,
    random: () => 0,
    now: () => clock,
  });
  return { retrying, sent, slept };
}

it('a burst 429 without Retry-After waits until X-RateLimit-Reset, then sends again', async () => {
  const { retrying, sent, slept } = client([
    {
      status: 429,
      retryAfterSeconds: null,
      body: {},
      rateLimit: { reason: 'jira-burst-based', resetAt: new Date(NOW + 3000).toISOString() },
    },
    OK,
  ]);
  const answer = await retrying.requestJira(route`/rest/api/3/search/jql`, { method: 'POST' });
  expect(answer.status).toBe(200);
  expect(sent).toHaveLength(2);
  expect(slept).toEqual([3000]);
  expect(quotaExhaustion(retrying)).toBeNull();
});

it('a spent quota is answered at once, not waited out; later calls do not reach Jira until the reset', async () => {
  const { retrying, sent, slept } = client([quota(600)]);
  const first = await retrying.requestJira(route`/rest/api/3/issue/CHG-1`);
  expect(first.status).toBe(429);
  const second = await retrying.requestJira(route`/rest/api/3/issue/CHG-2`);
  expect(second.status).toBe(429);
  expect(sent).toEqual(['GET /rest/api/3/issue/CHG-1']);
  expect(slept).toEqual([]);
  expect(quotaExhaustion(retrying)).toEqual({
    retryAfterSeconds: 600,
    resetAt: '2026-11-23T11:00:00.000Z',
  });
  // A bounded copy of the client (one job's share of the invocation) knows it too.
  expect(quotaExhaustion(retrying.until(NOW + 30_000))?.resetAt).toBe('2026-11-23T11:00:00.000Z');
});

it('writes to one issue are spaced: never more than 10 in 2 s from one client', async () => {
  const { retrying, sent, slept } = client(Array.from({ length: 12 }, () => OK));
  for (let i = 0; i < 12; i += 1)
    await retrying.requestJira(route`/rest/api/3/issue/CHG-7/comment`, {
      method: 'POST',
      body: {},
    });
  expect(sent).toHaveLength(12);
  // The 11th write waits for the first to leave the 2-second window.
  expect(slept).toEqual([2000]);
});

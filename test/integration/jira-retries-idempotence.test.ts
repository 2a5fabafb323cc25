// The app's Jira client retries what is safe to send twice, and nothing else: a 5xx or a dropped connection
// can come after Jira did the work, so a create is never sent again on one; throttling (429) can be waited
// out for any request, because Jira refused it before doing anything.
import { route } from '@forge/api';
import {
  withRetries,
  type JiraHttp,
  type JiraRequest,
  type JiraResponse,
} from '../../src/jira/http';
import { bulkCreate } from '../../src/jira/issues';

type Answer = JiraResponse | 'connection dropped';

/** Jira that answers from a script, noting each request and when (on the fake clock) it came. */
function scriptedJira(answers: Answer[]) {
  const sent: Array<{ method: string; path: string; at: number }> = [];
  let clock = 0;
  const http: JiraHttp = {
    requestJira(target, request: JiraRequest = {}) {
      sent.push({ method: request.method ?? 'GET', path: target.value, at: clock });
      const answer = answers.shift() ?? ok({});
      return answer === 'connection dropped'
        ? Promise.reject(new Error('socket hang up'))
        : Promise.resolve(answer);
    },
  };
  const client = withRetries(http, {
    sleep: (ms) => {
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
    random: () => 0.5,
    maxAttempts: 5,
    maxWaitMs: 20_000,
  });
  return { client, sent };
}

const ok = (body: unknown): JiraResponse => ({ status: 200, retryAfterSeconds: null, body });
const failed = (status: number): JiraResponse => ({
  status,
  retryAfterSeconds: null,
  body: { errorMessages: ['Gateway timeout'] },
});
const throttled = (retryAfterSeconds: number): JiraResponse => ({
  status: 429,
  retryAfterSeconds,
  body: { errorMessages: ['Rate limit exceeded.'] },
});
const created = { issues: [{ id: '10001', key: 'CHG-2', self: 'x' }], errors: [] };
const ticket = { fields: { summary: 'Notify customers' } };

describe('a request Jira may have carried out is not sent again', () => {
  it('a bulk create answered 504 is sent once, and the 504 goes back to the caller', async () => {
    const jira = scriptedJira([failed(504), { ...ok(created), status: 201 }]);
    const response = await jira.client.requestJira(route`/rest/api/3/issue/bulk`, {
      method: 'POST',
      body: { issueUpdates: [ticket] },
    });
    expect(response.status).toBe(504);
    expect(jira.sent).toHaveLength(1);
  });

  it('provisioning through it fails on that 504 instead of creating the tickets a second time', async () => {
    const jira = scriptedJira([failed(504), { ...ok(created), status: 201 }]);
    await expect(bulkCreate(jira.client, [ticket])).rejects.toThrow(/504/);
    expect(jira.sent.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /rest/api/3/issue/bulk']);
  });

  it('a comment whose connection dropped is sent once, and the failure goes back to the caller', async () => {
    const jira = scriptedJira(['connection dropped', ok({})]);
    await expect(
      jira.client.requestJira(route`/rest/api/3/issue/${'CHG-1'}/comment`, {
        method: 'POST',
        body: { body: 'x' },
      }),
    ).rejects.toThrow('socket hang up');
    expect(jira.sent).toHaveLength(1);
  });
});

describe('what is safe to send twice is retried', () => {
  it('a search (a POST that only reads) answered 503 is sent again and its answer returned', async () => {
    const jira = scriptedJira([failed(503), ok({ issues: [] })]);
    const response = await jira.client.requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST',
      body: { jql: 'project = CHG' },
    });
    expect(response).toEqual(ok({ issues: [] }));
    expect(jira.sent).toHaveLength(2);
  });

  it('a bulk fetch (a POST that only reads) whose connection dropped is sent again', async () => {
    const jira = scriptedJira(['connection dropped', ok({ issues: [] })]);
    const response = await jira.client.requestJira(route`/rest/api/3/issue/bulkfetch`, {
      method: 'POST',
      body: { issueIdsOrKeys: ['CHG-1'] },
    });
    expect(response.status).toBe(200);
    expect(jira.sent).toHaveLength(2);
  });

  it('a PUT answered 503 is sent again: writing the same value twice has the same effect', async () => {
    const jira = scriptedJira([failed(503), { status: 204, retryAfterSeconds: null, body: '' }]);
    const response = await jira.client.requestJira(
      route`/rest/api/3/issue/${'CHG-1'}/properties/${'change-governance.step'}`,
      { method: 'PUT', body: { stepId: 'vp-cx' } },
    );
    expect(response.status).toBe(204);
    expect(jira.sent.map((r) => r.method)).toEqual(['PUT', 'PUT']);
  });

  it('a bulk create throttled with Retry-After is sent again, no sooner than Jira asked', async () => {
    const jira = scriptedJira([throttled(3), { ...ok(created), status: 201 }]);
    const outcome = await bulkCreate(jira.client, [ticket]);
    expect([...outcome.created.values()]).toEqual([{ key: 'CHG-2', id: '10001' }]);
    expect(jira.sent).toHaveLength(2);
    const [first, second] = jira.sent;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(3000);
  });
});

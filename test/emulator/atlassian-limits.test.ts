// The three limits' 429 answers and near-limit headers, on a clock the test moves.
import { FaultController, type FaultRuleInput } from '../../emulator/forge/faults';
import { pointsFor } from '../../emulator/forge/points';

function limited(
  rule: Omit<Extract<FaultRuleInput, { kind: 'atlassian-limits' }>, 'kind'>,
  startIso = '2026-03-02T09:15:00.000Z',
) {
  let now = Date.parse(startIso);
  const faults = new FaultController(() => now);
  faults.set([{ kind: 'atlassian-limits', ...rule }]);
  return {
    faults,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const myself = { method: 'GET', path: '/rest/api/3/myself' };

test('the quota: 429 with the reason, Retry-After and X-RateLimit-Reset at the top of the hour; Beta headers near the limit', () => {
  const { faults } = limited({ pointsPerHour: 10, quota: 'tenant' });
  expect(faults.refuse(myself)).toBeUndefined();
  // 7 of 10 points left: not near yet; 1 left: near (less than 20 % remain).
  expect(faults.charge(3)).toEqual({});
  expect(faults.refuse(myself)).toBeUndefined();
  expect(faults.charge(6)).toMatchObject({
    'Beta-RateLimit-Policy': '"tenant-app-quota";q=10;w=3600',
    'Beta-RateLimit': '"tenant-app-quota";r=1;t=2700',
    'X-Beta-RateLimit-NearLimit': 'true',
  });
  expect(faults.refuse(myself)).toBeUndefined();
  faults.charge(1);
  expect(faults.refuse(myself)).toMatchObject({
    retryAfterSeconds: 2700,
    resetAt: Date.parse('2026-03-02T10:00:00.000Z'),
    headers: { 'RateLimit-Reason': 'jira-quota-tenant-based' },
  });
});

test('per-issue windows: Retry-After is when the oldest write in the full window leaves it', () => {
  const { faults, advance } = limited({});
  const write = { method: 'PUT', path: '/rest/api/3/issue/CHG-7/properties/p' };
  for (let i = 0; i < 20; i += 1) {
    expect(faults.refuse(write)).toBeUndefined();
    advance(10);
  }
  // 20 writes between 0 and 190 ms: the 21st, at 200 ms, waits until 2 000 ms: 1.8 s, so 2 s.
  expect(faults.refuse(write)).toMatchObject({
    reason: 'jira-per-issue-on-write',
    retryAfterSeconds: 2,
  });
  // The same issue by another path is the same issue; reads are not writes.
  expect(faults.refuse({ method: 'PUT', path: '/rest/api/3/issue/chg-7' })?.reason).toBe(
    'jira-per-issue-on-write',
  );
  expect(faults.refuse({ method: 'GET', path: '/rest/api/3/issue/CHG-7' })).toBeUndefined();
  advance(1_800);
  expect(faults.refuse(write)).toBeUndefined();
});

test('a retry before Retry-After is refused again; an http 429 fault and a rate-limit bucket do the same', () => {
  const { faults, advance } = limited({ perSecond: 1 });
  expect(faults.refuse(myself)).toBeUndefined();
  expect(faults.refuse(myself)?.reason).toBe('jira-burst-based');
  advance(999);
  expect(faults.refuse(myself)?.retryAfterSeconds).toBe(1);
  advance(1);
  expect(faults.refuse(myself)).toBeUndefined();

  let now = 0;
  const http = new FaultController(() => now);
  http.set([{ kind: 'http', status: 429, times: 1, retryAfterSeconds: 3 }]);
  expect(http.http(myself)?.status).toBe(429);
  now = 2_000;
  expect(http.refuse(myself)).toMatchObject({ retryAfterSeconds: 1 });
  now = 3_000;
  expect(http.refuse(myself)).toBeUndefined();
});

test('points by hand: searches, bulk fetches and changelogs count what they return', () => {
  expect(pointsFor('POST', '/rest/api/3/search/jql', 200, { issues: [{}, {}], isLast: true })).toBe(
    3,
  );
  expect(pointsFor('POST', '/rest/api/3/issue/bulkfetch', 200, { issues: [{}, {}, {}] })).toBe(4);
  expect(
    pointsFor('POST', '/rest/api/3/changelog/bulkfetch', 200, {
      issueChangeLogs: [{ changeHistories: [{}, {}] }, { changeHistories: [{}] }],
    }),
  ).toBe(4);
  expect(pointsFor('POST', '/rest/api/3/issue/bulk', 201, { issues: [{}, {}], errors: [] })).toBe(
    1,
  );
  expect(
    pointsFor('GET', '/rest/api/3/issue/CHG-1', 200, {
      key: 'CHG-1',
      fields: {},
      transitions: [{}, {}],
    }),
  ).toBe(2);
  expect(pointsFor('POST', '/rest/api/3/issue/properties/multi', 303, undefined)).toBe(1);
});

// Atlassian's 2026 limits (`atlassian-limits`: the hourly points quota, per-endpoint and per-issue limits) as
// the app meets them: an idle site's sweep costs one empty search; a configuration change that leaves plans
// alone is written in bulk without reading any request again; a spent quota defers the work to its reset and
// nothing is lost or done twice; a UI call under a spent quota says when Jira will let the work through.
import { createEmulator, type Emulator, type RequestLogEntry } from '../../emulator';
import {
  assessmentOf,
  expectNoContractViolations,
  inDays,
  ok,
  openTickets,
  ticketsOf,
  TIER_ANSWERS,
} from './harness';

jest.setTimeout(180_000);

const HOUR = 3_600_000;
let emu: Emulator;
/** Jira's clock is the platform's: a queued job delayed to the quota's reset finds the quota renewed. */
let offsetMs = 0;
let platformNow: () => number = () => Date.now();

beforeAll(async () => {
  emu = await createEmulator({
    seed: 'demo',
    seedShowcase: false,
    now: () => new Date(platformNow() + offsetMs),
  });
  // The platform's simulated clock (drain skips queue delays instead of waiting them out).
  platformNow = () => emu.platformNow();
}, 120_000);
afterEach(() => {
  emu.setFaults([]);
  expectNoContractViolations(emu);
});
afterAll(() => emu.close());

/** Jira's clock moved on by `ms` (the app's own clock does not move). */
const later = (ms: number) => {
  offsetMs += ms;
};
/** Ten minutes before the next top of the hour, on Jira's clock: the quota resets then. */
const tenToTheHour = () => {
  const now = platformNow() + offsetMs;
  let target = Math.ceil(now / HOUR) * HOUR - 10 * 60_000;
  if (target <= now) target += HOUR;
  offsetMs += target - now;
};

type Answer =
  | { ok: true; data: unknown }
  | { ok: false; error: { code: string; message: string; until?: string } };
const admin = async (functionKey: string, payload: unknown = {}) =>
  (await emu.invoke({
    moduleKey: 'change-governance-admin',
    accountId: 'admin',
    functionKey,
    payload,
  })) as Answer;
const data = async (functionKey: string, payload: unknown = {}) => {
  const answer = await admin(functionKey, payload);
  if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
};

interface Config {
  tiers: Array<{ tier: number; leadTimeDays?: number }>;
  thresholds: Array<{ tier: number; minScore: number }>;
}
/** A new configuration version; `retier` moves tier 3's answers (score 25) to tier 4. */
async function changeConfig(retier: boolean): Promise<number> {
  const stored = (await data('getConfig')) as { version: number; config: Config };
  const config = structuredClone(stored.config);
  const low = config.tiers.find((t) => t.tier === 4);
  if (low) low.leadTimeDays = (low.leadTimeDays ?? 7) + 1;
  const third = config.thresholds.find((t) => t.tier === 3);
  if (retier && third) third.minScore = 26;
  if (!retier && third) third.minScore = 25;
  const saved = (await data('saveConfig', { config, baseVersion: stored.version })) as {
    version: number;
  };
  return saved.version;
}

async function raise(tier: 3 | 4, n: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const created = await ok<{ key: string }>(emu, 'requester', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: 'Change Request' },
        summary: `Limits ${String(tier)} ${String(i)}`,
      },
      properties: [
        {
          key: 'change-governance.intake',
          value: { launchDate: inDays(400), answers: TIER_ANSWERS[tier] },
        },
      ],
    });
    keys.push(created.key);
  }
  await emu.drain();
  return keys;
}

async function openChangeRequests(): Promise<string[]> {
  const found = await ok<{ issues: Array<{ key: string }> }>(
    emu,
    'admin',
    'POST',
    '/rest/api/3/search/jql',
    {
      jql: 'issuetype = "Change Request" AND statusCategory != Done ORDER BY key ASC',
      fields: ['summary'],
      maxResults: 200,
    },
  );
  return found.issues.map((i) => i.key);
}

const call = (r: RequestLogEntry) => `${r.method} ${r.path.replace(/CHG-\d+/g, '{key}')}`;
const points = (log: readonly RequestLogEntry[]) => log.reduce((sum, r) => sum + r.points, 0);

async function sweep(): Promise<void> {
  const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
  try {
    await emu.runScheduledTrigger('governance-sweep');
    await emu.drain();
  } finally {
    info.mockRestore();
  }
}

let keys: string[] = [];

it('an idle sweep over a governed site makes one search that finds nothing', async () => {
  keys = [...(await raise(4, 6)), ...(await raise(3, 6))];
  await sweep(); // the first run reads every open request, once
  later(2 * HOUR);
  emu.setFaults([{ kind: 'atlassian-limits' }]);
  emu.clearRequests();
  await sweep();
  const log = emu.requests();
  expect(log.map(call)).toEqual(['POST /rest/api/3/search/jql']);
  expect(log[0]?.status).toBe(200);
  // A search that returns nothing costs its base point only.
  expect(points(log)).toBe(1);
});

it('a configuration change that leaves every plan alone is written in bulk, reading no request again', async () => {
  const open = await openChangeRequests();
  emu.setFaults([{ kind: 'atlassian-limits' }]);
  emu.clearRequests();
  const version = await changeConfig(false);
  await emu.drain();
  // What the re-assessment did (the admin page's save checks the caller's permissions first).
  const log = emu.requests().filter((r) => r.functionKey === 'reassessment');
  expect(log.filter((r) => r.status >= 400)).toEqual([]);
  // No per-request read, no ticket read: one search page, one bulk property task and its reads.
  expect(log.filter((r) => /^GET \/rest\/api\/3\/issue\//.test(call(r)))).toEqual([]);
  expect([...new Set(log.map(call))].sort()).toEqual(
    [
      'GET /rest/api/3/task/{id}'.replace('{id}', taskId(log)),
      'POST /rest/api/3/issue/properties/multi',
      'POST /rest/api/3/search/jql',
    ].sort(),
  );
  expect((await data('getReassessmentProgress')) as object).toMatchObject({
    state: 'done',
    configVersion: version,
    total: open.length,
    done: open.length,
    failed: 0,
  });
  for (const key of open) expect((await assessmentOf(emu, key))?.configVersion).toBe(version);
  // The plans did not change, so neither did the tickets.
  for (const key of keys.slice(0, 2))
    expect(openTickets(await ticketsOf(emu, key))).toHaveLength(3);
});

function taskId(log: readonly RequestLogEntry[]): string {
  const task = log.find((r) => r.path.startsWith('/rest/api/3/task/'));
  return task?.path.split('/').pop() ?? 'none';
}

it('a quota spent mid re-assessment defers the work to the reset; it finishes with nothing lost or doubled', async () => {
  const open = await openChangeRequests();
  tenToTheHour();
  // Enough for discovery and a few full passes, not for the six re-tiered requests' passes.
  emu.setFaults([{ kind: 'atlassian-limits', pointsPerHour: 150 }]);
  emu.clearRequests();
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  let version: number;
  try {
    version = await changeConfig(true);
    await emu.drain();
  } finally {
    warn.mockRestore();
  }
  const log = emu.requests();
  const refusals = log.filter((r) => r.status === 429);
  expect(refusals.length).toBeGreaterThan(0);
  expect(refusals.every((r) => r.fault?.includes('jira-quota-global-based'))).toBe(true);
  // Deferred, not spinning: after the first refusal nothing is sent until the quota's reset.
  const first = log.indexOf(refusals[0] as RequestLogEntry);
  const reset = Math.ceil(Date.parse(log[first]?.at ?? '') / HOUR) * HOUR;
  const next = log.slice(first + 1).find((r) => r.status !== 429);
  expect(Date.parse(next?.at ?? '')).toBeGreaterThanOrEqual(reset);
  expect(log.slice(first + 1).filter((r) => Date.parse(r.at) < reset).length).toBeLessThanOrEqual(
    6,
  );
  expect((await data('getReassessmentProgress')) as object).toMatchObject({
    state: 'done',
    configVersion: version,
    total: open.length,
    done: open.length,
    failed: 0,
  });
  for (const key of open) expect((await assessmentOf(emu, key))?.configVersion).toBe(version);
  // The re-tiered ones (tier 3 → 4) hold exactly tier 4's tickets: none lost, none twice.
  for (const key of keys.slice(6)) {
    expect((await assessmentOf(emu, key))?.tier).toBe(4);
    const live = openTickets(await ticketsOf(emu, key));
    expect(live).toHaveLength(3);
    const slots = live.map((t) => `${t.step.kind}:${t.step.stepId}`);
    expect(new Set(slots).size).toBe(slots.length);
  }
});

it('a UI call under a spent quota answers JIRA.BUSY with the reset time', async () => {
  tenToTheHour();
  // One point an hour: the panel's first Jira call spends it, the next one is refused until the hour is over.
  emu.setFaults([{ kind: 'atlassian-limits', pointsPerHour: 1 }]);
  const answer = (await emu.invoke({
    moduleKey: 'change-governance-panel',
    accountId: 'admin',
    functionKey: 'getIssueView',
    payload: {},
    extension: { issue: { key: keys[0] ?? '' } },
  })) as Answer;
  expect(answer).toMatchObject({ ok: false, error: { code: 'JIRA.BUSY' } });
  const until = answer.ok ? Number.NaN : Date.parse(answer.error.until ?? '');
  // Jira's reset: the top of the coming hour on its clock, ten minutes away.
  expect(until % HOUR).toBe(0);
  expect(until - (platformNow() + offsetMs)).toBeGreaterThan(9 * 60_000);
  expect(until - (platformNow() + offsetMs)).toBeLessThanOrEqual(10 * 60_000);
});

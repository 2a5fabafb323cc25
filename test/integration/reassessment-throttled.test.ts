// A configuration change re-assesses every open change request, even while Jira throttles the app
// the whole time: none may keep the old configuration's assessment (a lost update).
import type { Emulator } from '../../emulator';
import {
  assessmentOf,
  expectNoContractViolations,
  inDays,
  ok,
  startEmulator,
  TIER_ANSWERS,
} from './harness';

jest.setTimeout(180_000);

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
}, 60_000);
afterEach(() => {
  expectNoContractViolations(emu);
});
afterAll(() => emu.close());

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
const admin = async (functionKey: string, payload: unknown = {}) => {
  const answer = (await emu.invoke({
    moduleKey: 'change-governance-admin',
    accountId: 'admin',
    functionKey,
    payload,
  })) as Answer;
  if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
};

interface Progress {
  state: string;
  configVersion: number | null;
  total: number;
  done: number;
  failed: number;
  startedAt: string | null;
  finishedAt: string | null;
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
      maxResults: 100,
    },
  );
  return found.issues.map((i) => i.key);
}

it('re-assesses ~50 open change requests under a sustained rate limit: all done, none failed', async () => {
  for (let n = 0; n < 45; n += 1) {
    await ok(emu, 'requester', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: 'Change Request' },
        summary: `Backlog change ${String(n)}`,
      },
      properties: [
        {
          key: 'change-governance.intake',
          value: { launchDate: inDays(400), answers: TIER_ANSWERS[n % 2 === 0 ? 4 : 3] },
        },
      ],
    });
  }
  await emu.drain();
  const open = await openChangeRequests();
  expect(open.length).toBeGreaterThanOrEqual(45);

  const stored = (await admin('getConfig')) as {
    version: number;
    config: {
      tiers: Array<{ tier: number; leadTimeDays?: number }>;
      thresholds: Array<{ tier: number; minScore: number }>;
    };
  };
  const config = structuredClone(stored.config);
  const low = config.tiers.find((t) => t.tier === 4);
  if (!low) throw new Error('no tier 4');
  low.leadTimeDays = (low.leadTimeDays ?? 7) + 3;
  // Tier 3's answers score 25: one point more re-tiers every such request to tier 4, so half the backlog gets a
  // new plan and is governed in full (reading, closing and creating tickets) under the limit.
  const third = config.thresholds.find((t) => t.tier === 3);
  if (!third) throw new Error('no tier 3 threshold');
  third.minScore = 26;

  emu.clearRequests();
  // Well below what the app's lanes would ask for, for the whole run.
  emu.setFaults([
    { kind: 'latency', ms: 20 },
    { kind: 'rate-limit', perSecond: 12, burst: 4 },
  ]);
  const saved = (await admin('saveConfig', { config, baseVersion: stored.version })) as {
    version: number;
  };
  try {
    await emu.drain();
  } finally {
    emu.setFaults([]);
  }

  const log = emu.requests();
  expect(log.filter((r) => r.status === 429).length).toBeGreaterThan(0);
  expect(log.filter((r) => r.status >= 400 && r.status !== 429)).toEqual([]);

  const progress = (await admin('getReassessmentProgress')) as Progress;
  expect(progress).toMatchObject({
    state: 'done',
    configVersion: saved.version,
    total: open.length,
    done: open.length,
    failed: 0,
  });
  expect(progress.finishedAt).not.toBeNull();
  expect(Date.parse(progress.finishedAt ?? '')).toBeGreaterThanOrEqual(
    Date.parse(progress.startedAt ?? ''),
  );
  for (const key of open) {
    expect({ key, version: (await assessmentOf(emu, key))?.configVersion }).toEqual({
      key,
      version: saved.version,
    });
  }
});

it('a run superseded by a newer configuration stops; the newer run re-assesses everything', async () => {
  const stored = (await admin('getConfig')) as { version: number; config: unknown };
  emu.setFaults([{ kind: 'rate-limit', perSecond: 20, burst: 4 }]);
  const first = (await admin('saveConfig', {
    config: stored.config,
    baseVersion: stored.version,
  })) as { version: number };
  const second = (await admin('saveConfig', {
    config: stored.config,
    baseVersion: first.version,
  })) as { version: number };
  try {
    await emu.drain();
  } finally {
    emu.setFaults([]);
  }
  const open = await openChangeRequests();
  const progress = (await admin('getReassessmentProgress')) as Progress;
  expect(progress).toMatchObject({
    state: 'done',
    configVersion: second.version,
    total: open.length,
    done: open.length,
    failed: 0,
  });
  for (const key of open)
    expect((await assessmentOf(emu, key))?.configVersion).toBe(second.version);
});

// Forge allows a chain of async jobs started by one invocation 1,000 pushes; a re-assessment that needs
// more (a large or throttled site) stalls there, and the hourly sweep resumes it from stored progress.
// The limit is set low here so the run needs several chains.
import { createEmulator, type Emulator } from '../../emulator';
import { assessmentOf, inDays, ok, TIER_ANSWERS } from './harness';

jest.setTimeout(300_000);

const CHAIN_LIMIT = 6;
const SWEEP = 'governance-sweep';
let emu: Emulator;
beforeAll(async () => {
  emu = await createEmulator({
    seed: 'demo',
    seedShowcase: false,
    limits: { asyncChainPushes: CHAIN_LIMIT },
  });
}, 60_000);
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
const progress = async () =>
  (await admin('getReassessmentProgress')) as { state: string; total: number; done: number };

it('a re-assessment needing more pushes than one chain may make finishes, resumed by the hourly sweep', async () => {
  for (let n = 0; n < 24; n += 1) {
    await ok(emu, 'requester', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: 'Change Request' },
        summary: `Backlog change ${String(n)}`,
      },
      properties: [
        {
          key: 'change-governance.intake',
          value: { launchDate: inDays(400), answers: TIER_ANSWERS[4] },
        },
      ],
    });
  }
  await emu.drain();
  const open = await ok<{ issues: Array<{ key: string }> }>(
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
  const stored = (await admin('getConfig')) as { version: number; config: unknown };
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  // Jira failing in bursts makes the lanes pause and hand over again and again: more pushes than the limit.
  emu.setFaults([
    { kind: 'http', method: 'GET', pathPrefix: '/rest/api/3/issue/', status: 503, times: 60 },
  ]);
  // Tier 4's answers (score 6) become tier 3: every plan changes, so every request gets the full pass (a plan
  // left alone is only re-written in bulk, which needs a handful of pushes in all).
  const config = structuredClone(stored.config) as {
    thresholds: Array<{ tier: number; minScore: number }>;
  };
  const third = config.thresholds.find((t) => t.tier === 3);
  if (third) third.minScore = 5;
  const saved = (await admin('saveConfig', {
    config,
    baseVersion: stored.version,
  })) as { version: number };
  let sweeps = 0;
  try {
    await emu.drain();
    expect((await progress()).state).toBe('running');
    while ((await progress()).state !== 'done' && sweeps < 40) {
      await emu.runScheduledTrigger(SWEEP);
      await emu.drain();
      sweeps += 1;
    }
  } finally {
    emu.setFaults([]);
    warn.mockRestore();
    errors.mockRestore();
  }
  expect(sweeps).toBeGreaterThan(0);
  expect(await progress()).toMatchObject({
    state: 'done',
    total: open.issues.length,
    done: open.issues.length,
  });
  for (const { key } of open.issues)
    expect({ key, version: (await assessmentOf(emu, key))?.configVersion }).toEqual({
      key,
      version: saved.version,
    });
});

// What one save from the issue panel costs in Jira requests, counted on the emulator's request log.
import type { Emulator } from '../../emulator';
import {
  expectNoContractViolations,
  inDays,
  raiseChangeRequest,
  startEmulator,
  TIER_ANSWERS,
} from './harness';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
}, 60_000);
afterEach(() => {
  expectNoContractViolations(emu);
});
afterAll(() => emu.close());

/**
 * Reads of the change request during a save: one, before the write (to merge into what is stored). Governance
 * starts from it, and the view is built from what governance left, so neither reads it again.
 */
const ISSUE_READS_PER_SAVE = 1;

describe('saving the intake from the panel', () => {
  it('checks the caller once, reads the issue only as the app, and searches similar changes once', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
      segments: ['SMB'],
      touchpoints: ['billing'],
    });
    emu.clearRequests();
    const answer = await emu.invoke({
      moduleKey: 'change-governance-panel',
      accountId: 'requester',
      functionKey: 'saveIntake',
      payload: { intake: { answers: TIER_ANSWERS[2] } },
      extension: { type: 'jira:issuePanel', issue: { key } },
    });
    expect(answer).toMatchObject({
      ok: true,
      data: { issueKey: key, canEdit: true, assessment: { status: 'assessed', tier: 2 } },
    });
    const log = emu.requests();
    const issueReads = log.filter(
      (r) => r.method === 'GET' && r.path === `/rest/api/3/issue/${key}`,
    );
    expect(issueReads).toHaveLength(ISSUE_READS_PER_SAVE);
    expect(issueReads.every((r) => r.provider === 'app')).toBe(true);
    expect(log.filter((r) => r.path === '/rest/api/3/mypermissions')).toEqual([
      expect.objectContaining({ provider: 'user', accountId: 'requester' }),
    ]);
    // The similar changes the panel shows are searched as the caller, once; the change calendar's
    // neighbours (fatigue) as the app, once: a change hidden from the caller still counts.
    expect(log.filter((r) => r.path === '/rest/api/3/search/jql').map((r) => r.provider)).toEqual([
      'user',
      'app',
    ]);
    // The caller's own write is the only thing done as them besides the checks and the search.
    expect(
      log.filter((r) => r.provider === 'user' && r.method === 'PUT').map((r) => r.path),
    ).toEqual([`/rest/api/3/issue/${key}/properties/change-governance.intake`]);
  }, 60_000);

  it('asks what-if with the issue read once and no write', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[2],
      segments: ['SMB'],
    });
    emu.clearRequests();
    const answer = await emu.invoke({
      moduleKey: 'change-governance-panel',
      accountId: 'requester',
      functionKey: 'whatIf',
      payload: { launchDates: [inDays(30), inDays(200)] },
      extension: { type: 'jira:issuePanel', issue: { key } },
    });
    expect(answer).toMatchObject({ ok: true, data: { status: 'assessed', tier: 2 } });
    const log = emu.requests();
    expect(
      log.filter((r) => r.method === 'GET' && r.path === `/rest/api/3/issue/${key}`),
    ).toHaveLength(1);
    // Similar changes as the caller, and the calendar's neighbours of every date as the app.
    expect(log.filter((r) => r.path === '/rest/api/3/search/jql')).toHaveLength(2);
    expect(log.filter((r) => r.method !== 'GET' && r.path !== '/rest/api/3/search/jql')).toEqual(
      [],
    );
  }, 60_000);
});

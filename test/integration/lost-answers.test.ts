// Jira can do the work and still answer 5xx or drop the connection, and its search index lags behind what was
// written (issue "Behave like Atlassian Cloud"). A bulk create whose answer was lost must be recovered, not
// repeated: no ticket twice, none lost, with the search lagging far behind the whole time.
import type { Emulator } from '../../emulator';
import {
  expectNoContractViolations,
  inDays,
  ok,
  raiseChangeRequest,
  startEmulator,
  TIER_ANSWERS,
} from './harness';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
}, 60_000);
afterEach(() => {
  emu.setFaults([]);
  expectNoContractViolations(emu);
});
afterAll(() => emu.close());

/** What Jira shows under the change request (sub-tasks), read from the issue itself, not the search index. */
const approvalsUnder = async (key: string) =>
  (
    await ok<{ fields: { subtasks?: Array<{ key: string; fields: { summary: string } }> } }>(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${key}?fields=subtasks`,
    )
  ).fields.subtasks ?? [];
const linkedTo = async (key: string) =>
  (
    await ok<{ fields: { issuelinks?: unknown[] } }>(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${key}?fields=issuelinks`,
    )
  ).fields.issuelinks ?? [];

describe('a create whose answer was lost', () => {
  it.each([
    ['answered 504 after creating', 504],
    ['whose connection dropped after creating', 0],
  ])(
    '%s is recovered from the change request, never created twice',
    async (_name, status) => {
      emu.clearRequests();
      emu.setFaults([
        { kind: 'search-lag', ms: 3_600_000 },
        {
          kind: 'commit-then-fail',
          method: 'POST',
          pathPrefix: '/rest/api/3/issue/bulk',
          status,
          times: 1,
        },
      ]);
      const key = await raiseChangeRequest(emu, {
        launchDate: inDays(400),
        answers: TIER_ANSWERS[1],
      });
      // Tier 1: three approvals (sub-tasks) and eight comms tasks (linked), each exactly once.
      const approvals = await approvalsUnder(key);
      expect(approvals).toHaveLength(3);
      expect(new Set(approvals.map((a) => a.fields.summary)).size).toBe(3);
      expect(await linkedTo(key)).toHaveLength(8);
      const creates = emu
        .requests()
        .filter((r) => r.method === 'POST' && r.path === '/rest/api/3/issue/bulk');
      expect(creates).toHaveLength(1);
      // A later pass (an edit) finds everything in place and creates nothing.
      await ok(emu, 'requester', 'PUT', `/rest/api/3/issue/${key}`, {
        fields: { summary: 'Edited later' },
      });
      await emu.drain();
      expect(await approvalsUnder(key)).toHaveLength(3);
      expect(await linkedTo(key)).toHaveLength(8);
    },
    60_000,
  );
});

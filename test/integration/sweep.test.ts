// The hourly governance sweep (scheduled trigger `governance-sweep`): change requests whose events were lost or
// whose provisioning was interrupted are governed again without anybody editing them; governed ones cost a search.
import type { Emulator } from '../../emulator';
import { intakeDigest } from '../../src/domain';
import {
  assessmentOf,
  expectNoContractViolations,
  inDays,
  ok,
  openTickets,
  raiseChangeRequest,
  startEmulator,
  ticketsOf,
  TIER_ANSWERS,
  type Ticket,
} from './harness';

const SWEEP = 'governance-sweep';
const INTAKE = 'change-governance.intake';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
  // Whatever the demo site holds is governed first, so each test sees only what it did.
  await emu.runScheduledTrigger(SWEEP);
  await emu.drain();
}, 120_000);
afterEach(() => {
  emu.setFaults([]);
  expectNoContractViolations(emu);
});
afterAll(() => emu.close());

/** Runs the sweep as the platform does and answers the line it logged. */
async function sweep(): Promise<string> {
  const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
  try {
    await emu.runScheduledTrigger(SWEEP);
    await emu.drain();
    const lines = info.mock.calls
      .map((args) => String(args[0]))
      .filter((line) => line.startsWith('Governance sweep ('));
    expect(lines).toHaveLength(1);
    return lines[0] ?? '';
  } finally {
    info.mockRestore();
  }
}

/** What the app changed in Jira since the request log was last cleared (reads and searches aside). */
const writes = () =>
  emu
    .requests()
    .filter((r) => r.method !== 'GET' && r.path !== '/rest/api/3/search/jql')
    .map((r) => `${r.method} ${r.path}`);

/** Exactly one live ticket per step, every ticket recorded on the request, the record naming the intake. */
async function expectSettled(key: string, openCount: number): Promise<Ticket[]> {
  const tickets = await ticketsOf(emu, key);
  const open = openTickets(tickets);
  expect(open).toHaveLength(openCount);
  const slots = open.map((t) => `${t.step.kind}:${t.step.stepId}`);
  expect(new Set(slots).size).toBe(slots.length);
  const record = await ok<{
    value: { provisioned: Array<{ key: string }>; intakeDigest?: string };
  }>(emu, 'admin', 'GET', `/rest/api/3/issue/${key}/properties/change-governance.assessment`);
  expect(record.value.provisioned.map((p) => p.key).sort()).toEqual(
    tickets.map((t) => t.key).sort(),
  );
  const intake = await ok<{ value: unknown }>(
    emu,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}/properties/${INTAKE}`,
  );
  expect(record.value.intakeDigest).toBe(intakeDigest(intake.value));
  return tickets;
}

describe('the governance sweep heals what the events did not', () => {
  it('an intake changed without an event (set by REST) is re-assessed and reconciled by one sweep run', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
    });
    await expectSettled(key, 3);
    // Setting only an issue property emits no event: the app never hears of the new answers.
    await ok(emu, 'requester', 'PUT', `/rest/api/3/issue/${key}/properties/${INTAKE}`, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[1],
    });
    await emu.drain();
    expect((await assessmentOf(emu, key))?.tier).toBe(4);

    const line = await sweep();
    expect(line).toContain('stale: intake-changed 1;');
    expect(line).toContain(`healed 1 (${key})`);
    expect((await assessmentOf(emu, key))?.tier).toBe(1);
    // Tier 1: three approvals and eight comms steps; tier 4's own approval closed as obsolete.
    const tickets = await expectSettled(key, 11);
    expect(tickets.some((t) => t.step.retired === true)).toBe(true);
  }, 90_000);

  it('a change request whose trigger failed until the platform gave up is assessed and provisioned by one sweep run', async () => {
    // Every read of the issue is throttled, on every attempt the platform makes.
    emu.setFaults([
      {
        kind: 'http',
        method: 'GET',
        pathPrefix: '/rest/api/3/issue/',
        status: 429,
        retryAfterSeconds: 0,
        times: 1000,
      },
    ]);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let key: string;
    try {
      key = await raiseChangeRequest(emu, { launchDate: inDays(400), answers: TIER_ANSWERS[2] });
      expect(error.mock.calls.some((args) => /giving up|gave up/.test(String(args[0])))).toBe(true);
    } finally {
      error.mockRestore();
    }
    emu.setFaults([]);
    expect(await assessmentOf(emu, key)).toBeNull();
    expect(await ticketsOf(emu, key)).toEqual([]);

    const line = await sweep();
    expect(line).toContain('stale: unassessed 1;');
    expect(line).toContain(`healed 1 (${key})`);
    expect(await assessmentOf(emu, key)).toMatchObject({ status: 'assessed', tier: 2 });
    await expectSettled(key, 8);
  }, 90_000);

  it.each([
    [
      'bulk create failed for some entries on every attempt',
      [{ kind: 'partial-bulk' as const, failIndexes: [0, 1], times: 1000 }],
      9,
    ],
    [
      'bulk create timed out after Jira did the work, then recording it kept failing',
      [
        {
          kind: 'timeout' as const,
          method: 'POST' as const,
          pathPrefix: '/rest/api/3/issue/bulk',
          applied: true,
          ms: 5,
          times: 1,
        },
        {
          kind: 'http' as const,
          method: 'PUT' as const,
          pathPrefix: '/rest/api/3/issue/',
          status: 429,
          retryAfterSeconds: 0,
          times: 1000,
        },
      ],
      11,
    ],
  ])(
    'an interrupted provisioning (%s) is completed by one sweep run, without duplicates',
    async (_, faults, createdBefore) => {
      emu.setFaults(faults);
      const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      let key: string;
      try {
        key = await raiseChangeRequest(emu, {
          launchDate: inDays(400),
          answers: TIER_ANSWERS[1],
        });
      } finally {
        error.mockRestore();
      }
      emu.setFaults([]);
      const before = await ticketsOf(emu, key);
      expect(before).toHaveLength(createdBefore);
      const record = await assessmentOf(emu, key);
      expect(record === null || !('intakeDigest' in record)).toBe(true);

      const line = await sweep();
      expect(line).toContain('stale: provisioning-interrupted 1;');
      expect(line).toContain(`healed 1 (${key})`);
      const after = await expectSettled(key, 11);
      // What existed was kept; only what was missing was created.
      expect(after.map((t) => t.key)).toEqual(expect.arrayContaining(before.map((t) => t.key)));
      expect(after).toHaveLength(11);
    },
    90_000,
  );

  it('a sweep over governed change requests reads a page of them and writes nothing', async () => {
    // Once more, so whatever an earlier test left is settled.
    await sweep();
    emu.clearRequests();
    const line = await sweep();
    expect(line).toContain('stale: none;');
    expect(line).toContain('healed 0,');
    expect(writes()).toEqual([]);
    // The open change requests fit one page: one search is all it costs.
    expect(emu.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/api/3/search/jql',
    ]);
  }, 90_000);

  it('pages through more than a page of open change requests: one search per hundred, and heals the last one', async () => {
    const keys: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      const created = await ok<{ key: string }>(emu, 'requester', 'POST', '/rest/api/3/issue', {
        fields: {
          project: { key: 'CHG' },
          issuetype: { name: 'Change Request' },
          summary: `Bulk change ${String(i)}`,
        },
        properties: [{ key: INTAKE, value: { launchDate: inDays(200), answers: {} } }],
      });
      keys.push(created.key);
    }
    await emu.drain();
    const last = keys[keys.length - 1] ?? '';
    await ok(emu, 'requester', 'PUT', `/rest/api/3/issue/${last}/properties/${INTAKE}`, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
    });

    emu.clearRequests();
    const line = await sweep();
    expect(line).toMatch(
      /: 1\d\d open change request\(s\) in 2 page\(s\); stale: intake-changed 1;/,
    );
    expect(line).toContain(`healed 1 (${last})`);
    expect((await assessmentOf(emu, last))?.tier).toBe(4);
    await expectSettled(last, 3);

    emu.clearRequests();
    expect(await sweep()).toContain('stale: none;');
    expect(emu.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/api/3/search/jql',
      'POST /rest/api/3/search/jql',
    ]);
  }, 180_000);
});

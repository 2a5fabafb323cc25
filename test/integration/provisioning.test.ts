import {
  addDays,
  assessmentOf,
  inDays,
  raiseChangeRequest,
  ticketsOf,
  TIER_ANSWERS,
  today,
  useEmulator,
} from '../support';

// The demo site for this file; every request the app makes is checked against Jira's contract.
const emu = useEmulator();

describe('the design contract (docs/design-contract.md): a change request raised through Jira REST', () => {
  it.each([
    [1, 3, 8, ['finance-director', 'vp-comms', 'vp-cx']],
    [2, 1, 7, ['cx-director']],
    [3, 1, 5, ['cx-manager']],
    [4, 1, 2, ['team-lead']],
  ] as const)(
    'tier %i gets %i approvals and %i dated comms tickets',
    async (tier, approvals, comms, approvers) => {
      const launch = inDays(400);
      emu.clearRequests();
      const key = await raiseChangeRequest(emu, {
        launchDate: launch,
        answers: TIER_ANSWERS[tier],
      });

      const assessment = await assessmentOf(emu, key);
      expect(assessment).toMatchObject({ status: 'assessed', tier, missing: [], configVersion: 1 });
      expect(assessment?.leadTime).toMatchObject({ compliant: true, actualDays: 400 });

      const tickets = await ticketsOf(emu, key);
      const approvalTickets = tickets.filter((t) => t.step.kind === 'approval');
      expect(approvalTickets).toHaveLength(approvals);
      expect(
        approvalTickets.every(
          (t) => t.fields.issuetype.name === 'Change Approval' && t.fields.parent?.key === key,
        ),
      ).toBe(true);
      expect(approvalTickets.map((t) => t.fields.assignee?.accountId).sort()).toEqual([
        ...approvers,
      ]);

      const commsTickets = tickets.filter((t) => t.step.kind === 'comms');
      expect(commsTickets).toHaveLength(comms);
      for (const t of commsTickets) {
        expect(t.fields.issuetype.name).toBe('Task');
        expect(JSON.stringify(t.fields.issuelinks)).toContain(key);
      }
      // Due dates are launch + offset: the launch step is due on launch day.
      const launchStep = commsTickets.find((t) =>
        ['launch-announcement', 'launch-note', 'release-note'].includes(t.step.stepId),
      );
      expect(launchStep?.fields.duedate).toBe(launch);

      // The whole provisioning: read, bulk create, write the assessment.
      const calls = emu.requests().map((r) => `${r.method} ${r.path}`);
      expect(calls.length).toBeLessThanOrEqual(4);
      expect(calls.filter((c) => c === 'POST /rest/api/3/issue/bulk')).toHaveLength(1);
      expect(emu.requests().every((r) => r.status < 400)).toBe(true);
    },
    60_000,
  );

  it('an incomplete intake gets needs-input naming each field, and nothing is provisioned', async () => {
    const key = await raiseChangeRequest(emu, { answers: { reach: 2, regulatory: 1 } });
    const assessment = await assessmentOf(emu, key);
    expect(assessment?.status).toBe('needs-input');
    expect(assessment?.missing).toEqual(
      expect.arrayContaining(['answers.history', 'answers.regulatory', 'launchDate']),
    );
    expect(assessment).not.toHaveProperty('tier');
    expect(await ticketsOf(emu, key)).toEqual([]);
  }, 60_000);

  it('names the earliest compliant launch when the launch is inside the lead time', async () => {
    const key = await raiseChangeRequest(emu, { launchDate: inDays(30), answers: TIER_ANSWERS[2] });
    // Tier 2 needs 180 days (docs/design-contract.md), as many as its plan's first step before launch.
    expect((await assessmentOf(emu, key))?.leadTime).toEqual({
      requiredDays: 180,
      actualDays: 30,
      compliant: false,
      earliestCompliantLaunch: addDays(today().toString(), 180),
    });
  }, 60_000);

  it('a launch before the submission date is not tiered and provisions nothing; on the day itself it is', async () => {
    const before = await raiseChangeRequest(emu, {
      launchDate: inDays(-1),
      answers: TIER_ANSWERS[4],
    });
    const refused = await assessmentOf(emu, before);
    expect(refused?.status).toBe('needs-input');
    expect(refused?.missing).toEqual(['launchDate']);
    expect(refused).not.toHaveProperty('tier');
    expect(await ticketsOf(emu, before)).toEqual([]);

    const sameDay = await raiseChangeRequest(emu, {
      launchDate: inDays(0),
      answers: TIER_ANSWERS[4],
    });
    expect(await assessmentOf(emu, sameDay)).toMatchObject({
      status: 'assessed',
      tier: 4,
      leadTime: { actualDays: 0, requiredDays: 14, compliant: false },
    });
  }, 60_000);

  it('the tier is searchable and sortable through the entity-property alias', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[1],
    });
    const res = await emu.rest('admin', 'POST', '/rest/api/3/search/jql', {
      jql: 'project = CHG AND changeTier = 1 ORDER BY changeTier ASC',
      fields: ['summary'],
      maxResults: 100,
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain(key);
  }, 60_000);
});

describe('idempotent under Forge delivery', () => {
  it('duplicate deliveries that overlap in time never create a second ticket', async () => {
    // Each Jira call takes a few milliseconds, so the duplicated deliveries of one event are governing the
    // same change request at the same time: only the per-issue lock keeps them from provisioning twice.
    emu.setFaults([
      { kind: 'duplicate-events', times: 5 },
      { kind: 'latency', ms: 10, times: 1000 },
    ]);
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[1],
    });
    emu.setFaults([]);
    const tickets = await ticketsOf(emu, key);
    expect(tickets).toHaveLength(11);
    expect(new Set(tickets.map((t) => `${t.step.kind}:${t.step.stepId}`)).size).toBe(11);
  }, 60_000);

  it('a replayed event changes nothing and writes nothing', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[3],
    });
    const before = await ticketsOf(emu, key);
    emu.clearRequests();
    await emu.rest('requester', 'PUT', `/rest/api/3/issue/${key}`, {
      fields: { summary: 'Renamed, nothing else' },
    });
    await emu.drain();
    const writes = emu
      .requests()
      .filter(
        (r) =>
          r.method !== 'GET' && !r.path.endsWith('/search/jql') && !r.path.endsWith('/bulkfetch'),
      );
    expect(writes).toEqual([]);
    const shape = (ts: typeof before) =>
      ts.map((t) => [
        t.key,
        t.step,
        t.fields.duedate,
        t.fields.assignee?.accountId,
        t.fields.status.name,
      ]);
    expect(shape(await ticketsOf(emu, key))).toEqual(shape(before));
  }, 60_000);

  it('a partly failed bulk create retries only the failed entries', async () => {
    emu.setFaults([{ kind: 'partial-bulk', failIndexes: [1, 3], times: 1 }]);
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[1],
    });
    emu.setFaults([]);
    const tickets = await ticketsOf(emu, key);
    expect(tickets).toHaveLength(11);
    expect(new Set(tickets.map((t) => t.step.stepId)).size).toBe(11);
  }, 60_000);

  it('a throttled bulk create is retried only after its Retry-After: Jira answers exactly the two 429s it was told to', async () => {
    emu.setFaults([
      {
        kind: 'http',
        method: 'POST',
        pathPrefix: '/rest/api/3/issue/bulk',
        status: 429,
        times: 2,
        retryAfterSeconds: 1,
      },
    ]);
    emu.clearRequests();
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
    });
    emu.setFaults([]);
    // A retry sent before Retry-After is over is refused with one more 429 (marked as such by the emulator).
    const throttled = emu.requests().filter((r) => r.status === 429);
    expect(
      throttled.map((r) => r.fault ?? '').filter((f) => f.includes('before Retry-After')),
    ).toEqual([]);
    expect(throttled).toHaveLength(2);
    expect(await ticketsOf(emu, key)).toHaveLength(3);
  }, 60_000);
});

describe('similar past changes', () => {
  it('finds assessed requests sharing segments or touchpoints, ranks them, and suggests a history answer', async () => {
    const segment = `Segment "quoted" OR project != CHG ${String(Date.now())}`;
    const past = await raiseChangeRequest(
      emu,
      {
        launchDate: inDays(400),
        answers: TIER_ANSWERS[3],
        segments: [segment],
        touchpoints: ['billing'],
        outcome: 'complaints',
      },
      'Past billing change',
    );
    const unrelated = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
      segments: ['Nobody else'],
      outcome: 'escalations',
    });
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[3],
      segments: [segment],
      touchpoints: ['billing'],
    });
    // Shown to the requester in the panel, searched as the requester.
    const view = (await emu.invoke({
      moduleKey: 'change-governance-panel',
      accountId: 'requester',
      functionKey: 'getIssueView',
      payload: {},
      extension: { type: 'jira:issuePanel', issue: { key } },
    })) as {
      ok: boolean;
      data: {
        assessment: {
          similarChanges: Array<{
            key: string;
            tier: number;
            outcome: string;
            sharedSegments: string[];
          }>;
          suggestedHistoryAnswer: number | null;
        };
      };
    };
    expect(view.ok).toBe(true);
    const { assessment } = view.data;
    const keys = assessment.similarChanges.map((c) => c.key);
    expect(keys[0]).toBe(past);
    expect(keys).not.toContain(unrelated);
    expect(assessment.similarChanges[0]).toMatchObject({
      tier: 3,
      outcome: 'complaints',
      sharedSegments: [segment],
    });
    expect(assessment.suggestedHistoryAnswer).toBe(2);
  }, 60_000);
});

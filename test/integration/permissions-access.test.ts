// Who may do what: every refusal is decided server-side, from the invocation's identity and Jira's own
// permissions, never from what the UI or the payload claims.
import { Temporal } from 'temporal-polyfill';
import { payloadSchemas, type ResolverKey } from '../../src/contract/resolver-contract';
import { DEFAULT_CONFIG } from '../../src/domain';
import { captureConsole, TIER_ANSWERS } from '../reliability/support/chaos';
import {
  ADMIN,
  appTickets,
  callResolver,
  createChangeRequest,
  INTAKE_PROPERTY,
  PANEL,
  readChangeRequest,
  resolverData,
  restOk,
  useEmulator,
} from '../support';

const inDays = (days: number) => Temporal.Now.plainDateISO('UTC').add({ days }).toString();
const OUTSIDER = 'outsider';

let tier1: string;
let tier3: string;

/**
 * A licensed site user who is in no role of project CHG, so the permission scheme grants them no Browse:
 * added through the Jira site's own export/import, as an administrator restoring a site would.
 */
function addBrowselessUser(): void {
  const state = emu.jira.exportState() as {
    users: Array<Record<string, unknown>>;
    groups: Array<{ name: string; members: string[] }>;
  };
  state.users.push({
    accountId: OUTSIDER,
    displayName: 'Olly Outsider',
    emailAddress: 'outsider@example.com',
    accountType: 'atlassian',
    active: true,
    timeZone: 'UTC',
  });
  state.groups.find((g) => g.name === 'jira-users')?.members.push(OUTSIDER);
  emu.jira.importState(state);
}

// The app's logs stay quiet unless they are errors; two change requests and a browseless user complete the site.
captureConsole();
const emu = useEmulator({
  seedChangeRequests: false,
  setUp: async () => {
    tier1 = await createChangeRequest(
      emu,
      { launchDate: inDays(400), answers: TIER_ANSWERS[1] },
      'Price increase for all plans',
    );
    tier3 = await createChangeRequest(
      emu,
      { launchDate: inDays(200), answers: TIER_ANSWERS[3], segments: ['SMB'] },
      'New checkout step',
    );
    await emu.drain();
    addBrowselessUser();
  },
});

const version = async () =>
  (
    (await resolverData(emu, {
      moduleKey: ADMIN,
      accountId: 'admin',
      functionKey: 'getConfig',
    })) as { version: number }
  ).version;

describe('a non-admin calling admin resolvers', () => {
  const ADMIN_ONLY: Array<[ResolverKey, () => Promise<unknown>]> = [
    ['getSetupStatus', () => Promise.resolve({})],
    ['runSetup', () => Promise.resolve({ projectKey: 'CHG' })],
    ['getConfig', () => Promise.resolve({})],
    ['validateConfig', () => Promise.resolve({ config: DEFAULT_CONFIG })],
    [
      'previewAssessment',
      () =>
        Promise.resolve({
          config: DEFAULT_CONFIG,
          intake: { launchDate: inDays(100), answers: TIER_ANSWERS[2] },
        }),
    ],
    [
      'saveConfig',
      async () => ({
        config: { ...DEFAULT_CONFIG, version: await version() },
        baseVersion: await version(),
      }),
    ],
    ['listConfigVersions', () => Promise.resolve({})],
    ['getConfigVersion', () => Promise.resolve({ version: 1 })],
    ['restoreConfigVersion', async () => ({ version: 1, baseVersion: await version() })],
    ['exportConfig', () => Promise.resolve({})],
    [
      'importConfig',
      async () => ({ json: JSON.stringify(DEFAULT_CONFIG), baseVersion: await version() }),
    ],
    ['previewImport', () => Promise.resolve({ json: JSON.stringify(DEFAULT_CONFIG) })],
    ['getReassessmentProgress', () => Promise.resolve({})],
    ['searchPrincipals', () => Promise.resolve({ kind: 'user', query: 'a' })],
    ['getNoticeReport', () => Promise.resolve({ fromQuarter: '2025-Q1', toQuarter: '2025-Q2' })],
  ];

  it('lists every resolver that is not the panel’s or the macro’s', () => {
    const open = [
      'getIssueView',
      'saveIntake',
      'whatIf',
      'askApprovalAgain',
      'getMacroTables',
      // Any signed-in person; Jira answers the search as the caller, so each sees what they may browse.
      'getChangeCalendar',
      // Whoever Jira lets edit the change request (asked of Jira as the caller): objective-results.test.ts.
      'recordObjectiveResults',
    ];
    expect(ADMIN_ONLY.map(([k]) => k).sort()).toEqual(
      Object.keys(payloadSchemas)
        .filter((k) => !open.includes(k))
        .sort(),
    );
  });

  it.each(
    ADMIN_ONLY.flatMap(([key, payload]) =>
      ['requester', 'vp-cx', OUTSIDER].map((user) => [key, user, payload] as const),
    ),
  )(
    '%s as %s is refused with AUTH.FORBIDDEN and changes nothing',
    async (key, user, payload) => {
      const before = await version();
      const history = await resolverData(emu, {
        moduleKey: ADMIN,
        accountId: 'admin',
        functionKey: 'listConfigVersions',
      });
      // From the admin page's own module, and from the panel: the check is on the caller, not the module.
      for (const moduleKey of [ADMIN, PANEL]) {
        const answer = await callResolver(emu, {
          moduleKey,
          accountId: user,
          functionKey: key,
          payload: await payload(),
          ...(moduleKey === PANEL ? { issueKey: tier3 } : {}),
        });
        expect(answer).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
        // A refusal carries no configuration data.
        expect(JSON.stringify(answer)).not.toContain('leadTimeDays');
      }
      expect(await version()).toBe(before);
      expect(
        await resolverData(emu, {
          moduleKey: ADMIN,
          accountId: 'admin',
          functionKey: 'listConfigVersions',
        }),
      ).toEqual(history);
    },
    30_000,
  );

  it('claiming to be the admin in the payload is refused before anything runs; the admin themself is served', async () => {
    const payload = { config: DEFAULT_CONFIG, baseVersion: await version(), accountId: 'admin' };
    expect(
      await callResolver(emu, {
        moduleKey: ADMIN,
        accountId: 'requester',
        functionKey: 'saveConfig',
        payload,
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INPUT.INVALID',
        problems: [expect.objectContaining({ message: expect.stringContaining('accountId') })],
      },
    });
    expect(
      await callResolver(emu, {
        moduleKey: ADMIN,
        accountId: 'admin',
        functionKey: 'getConfig',
        payload: {},
      }),
    ).toMatchObject({ ok: true });
  });
});

describe('a user approving someone else’s approval', () => {
  it('only the assigned approver may approve or decline; everyone else is refused by the approver-only validator', async () => {
    const approvals = (await appTickets(emu, tier1)).filter((t) => t.kind === 'approval');
    expect(approvals.map((a) => a.assignee).sort()).toEqual([
      'finance-director',
      'vp-comms',
      'vp-cx',
    ]);
    const mine = approvals.find((a) => a.assignee === 'vp-cx')!;
    const transitions = (
      await restOk<{ transitions: Array<{ id: string; name: string }> }>(
        emu,
        'requester',
        'GET',
        `/rest/api/3/issue/${mine.key}/transitions`,
      )
    ).transitions;
    for (const name of ['Approve', 'Decline']) {
      const id = transitions.find((t) => t.name === name)?.id;
      expect(id).toBeDefined();
      // The requester, a fellow approver of the same change, and the site admin.
      for (const user of ['requester', 'vp-comms', 'admin']) {
        const res = await emu.rest(user, 'POST', `/rest/api/3/issue/${mine.key}/transitions`, {
          transition: { id },
        });
        expect({ user, name, status: res.status }).toEqual({ user, name, status: 400 });
        expect(JSON.stringify(res.body)).toContain(
          'Only the assigned approver can approve or decline this approval.',
        );
      }
    }
    const still = (await appTickets(emu, tier1)).find((t) => t.key === mine.key)!;
    expect(still.status).toBe('Pending');
    // The approver may.
    const approve = transitions.find((t) => t.name === 'Approve')!.id;
    expect(
      (
        await emu.rest('vp-cx', 'POST', `/rest/api/3/issue/${mine.key}/transitions`, {
          transition: { id: approve },
        })
      ).status,
    ).toBe(204);
    expect((await appTickets(emu, tier1)).find((t) => t.key === mine.key)?.status).toBe('Approved');
  });
});

describe('a user who cannot browse an issue', () => {
  it('is a real user without Browse on CHG: Jira itself hides the issue from them', async () => {
    expect((await emu.rest(OUTSIDER, 'GET', `/rest/api/3/issue/${tier3}`)).status).toBe(404);
    expect(
      (
        await emu.rest(
          OUTSIDER,
          'GET',
          `/rest/api/3/issue/${tier3}/properties/change-governance.assessment`,
        )
      ).status,
    ).toBe(404);
    const search = await restOk<{ issues: unknown[] }>(
      emu,
      OUTSIDER,
      'POST',
      '/rest/api/3/search/jql',
      { jql: 'project = CHG ORDER BY key ASC', fields: ['summary'] },
    );
    expect(search.issues).toEqual([]);
  });

  it('asking the panel for the assessment answers ISSUE.NOT_FOUND, with nothing of the issue in it', async () => {
    const before = await readChangeRequest(emu, tier3);
    for (const [functionKey, payload] of [
      ['getIssueView', {}],
      ['whatIf', { launchDates: [inDays(300)] }],
      ['saveIntake', { intake: { launchDate: inDays(30), answers: TIER_ANSWERS[1] } }],
    ] as const) {
      const answer = await callResolver(emu, {
        moduleKey: PANEL,
        accountId: OUTSIDER,
        functionKey,
        payload,
        issueKey: tier3,
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'ISSUE.NOT_FOUND' } });
      const text = JSON.stringify(answer);
      for (const secret of ['New checkout step', 'SMB', '"tier"', 'cx-manager'])
        expect(text).not.toContain(secret);
    }
    // The refused save wrote nothing.
    expect((await readChangeRequest(emu, tier3)).intake).toEqual(before.intake);
    // A member of the project is served.
    expect(
      await callResolver(emu, {
        moduleKey: PANEL,
        accountId: 'requester',
        functionKey: 'getIssueView',
        payload: {},
        issueKey: tier3,
      }),
    ).toMatchObject({
      ok: true,
      data: { issueKey: tier3, assessment: { status: 'assessed', tier: 3 } },
    });
  });
});

describe('a payload naming another issue than the context’s', () => {
  it.each([
    ['getIssueView', 'issueKey', () => ({ issueKey: tier1 })],
    ['getIssueView', 'issue', () => ({ issue: { key: tier1 } })],
    ['whatIf', 'issueKey', () => ({ launchDates: [inDays(300)], issueKey: tier1 })],
    [
      'saveIntake',
      'issueKey',
      () => ({ intake: { launchDate: inDays(30), answers: TIER_ANSWERS[4] }, issueKey: tier1 }),
    ],
  ] as const)(
    '%s naming another issue in `%s` is refused by the strict payload schema; neither issue changes or leaks',
    async (functionKey, _field, payload) => {
      const [a, b] = [await readChangeRequest(emu, tier1), await readChangeRequest(emu, tier3)];
      const answer = await callResolver(emu, {
        moduleKey: PANEL,
        accountId: 'requester',
        functionKey,
        payload: payload(),
        issueKey: tier3,
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
      expect(JSON.stringify(answer)).toMatch(/Unrecognized key: \\"(issueKey|issue)\\"/);
      expect(JSON.stringify(answer)).not.toContain('Price increase');
      expect(await readChangeRequest(emu, tier1)).toEqual(a);
      expect((await readChangeRequest(emu, tier3)).intake).toEqual(b.intake);
    },
  );

  it('the intake a user saves lands on the context’s issue, written as that user', async () => {
    const intake = {
      launchDate: inDays(250),
      answers: TIER_ANSWERS[3],
      segments: ['SMB', 'Mid-market'],
    };
    const answer = await callResolver(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'saveIntake',
      payload: { intake },
      issueKey: tier3,
    });
    expect(answer).toMatchObject({ ok: true, data: { issueKey: tier3 } });
    expect((await readChangeRequest(emu, tier3)).intake).toMatchObject(intake);
    expect((await readChangeRequest(emu, tier1)).intake).not.toMatchObject({
      segments: ['SMB', 'Mid-market'],
    });
    // Jira recorded the write as the requester's, not the app's.
    const property = await restOk<{ key: string }>(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${tier3}/properties/${INTAKE_PROPERTY}`,
    );
    expect(property.key).toBe(INTAKE_PROPERTY);
    const writes = emu
      .requests()
      .filter((r) => r.method === 'PUT' && r.path.endsWith(`/properties/${INTAKE_PROPERTY}`));
    expect(writes.at(-1)).toMatchObject({ provider: 'user', accountId: 'requester' });
  });
});

import { DEFAULT_CONFIG } from '../../src/domain';
import {
  assessmentOf,
  inDays,
  ok,
  raiseChangeRequest,
  ticketsOf,
  TIER_ANSWERS,
  useEmulator,
} from '../support';

// The demo site for this file; every request the app makes is checked against Jira's contract.
const emu = useEmulator();

type Answer =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; error: { code: string; message: string; problems?: Array<{ path?: string }> } };

const panel = (accountId: string, issueKey: string, functionKey: string, payload: unknown = {}) =>
  emu.invoke({
    moduleKey: 'change-governance-panel',
    accountId,
    functionKey,
    payload,
    extension: { type: 'jira:issuePanel', issue: { key: issueKey } },
  }) as Promise<Answer>;
const admin = (accountId: string, functionKey: string, payload: unknown = {}) =>
  emu.invoke({
    moduleKey: 'change-governance-admin',
    accountId,
    functionKey,
    payload,
  }) as Promise<Answer>;

const data = (answer: Answer) => {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.data;
};

describe('issue panel resolvers', () => {
  it('saving the intake re-assesses at once and returns the assessment, approvals and comms timeline', async () => {
    const created = await ok<{ key: string }>(emu, 'requester', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: 'Change Request' },
        summary: 'Retire the legacy plan',
      },
    });
    await emu.drain();
    const empty = data(await panel('requester', created.key, 'getIssueView'));
    expect(empty).toMatchObject({ isChangeRequest: true, canEdit: true });

    const view = data(
      await panel('requester', created.key, 'saveIntake', {
        intake: {
          launchDate: inDays(400),
          answers: TIER_ANSWERS[2],
          segments: ['SMB'],
          touchpoints: ['invoices'],
        },
      }),
    );
    expect(view.assessment).toMatchObject({ status: 'assessed', tier: 2 });
    expect(view.approvals).toEqual([
      expect.objectContaining({ stepId: 'cx-director', standing: 'pending' }),
    ]);
    expect(view.comms).toHaveLength(7);
    expect(view.gates).toMatchObject({
      approve: { pass: false, code: 'GATE.APPROVALS_PENDING' },
      // Schedule, too, waits for the current tier's approvals.
      schedule: { pass: false, code: 'GATE.APPROVALS_PENDING' },
    });
    expect(await ticketsOf(emu, created.key)).toHaveLength(8);
  }, 60_000);

  it('an invalid intake is refused field by field and nothing is written', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
    });
    const answer = await panel('requester', key, 'saveIntake', {
      intake: { launchDate: '2027-02-30', answers: TIER_ANSWERS[1], touchpoints: ['moon'] },
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('INTAKE.INVALID');
      expect(answer.error.problems?.map((p) => p.path).sort()).toEqual([
        'launchDate',
        'touchpoints',
      ]);
    }
    expect((await assessmentOf(emu, key))?.tier).toBe(4);
  }, 60_000);

  it('what-if gives compliance and the timeline for other launch dates', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[2],
    });
    const outcome = data(
      // Tier 2 needs 180 days: 30 is too soon, 200 complies.
      await panel('requester', key, 'whatIf', { launchDates: [inDays(30), inDays(200)] }),
    );
    expect(outcome).toMatchObject({ status: 'assessed', tier: 2 });
    const scenarios = outcome.scenarios as Array<{
      leadTime: { compliant: boolean };
      timeline: unknown[];
    }>;
    expect(scenarios.map((s) => s.leadTime.compliant)).toEqual([false, true]);
    expect(scenarios[1]?.timeline).toHaveLength(7);
  }, 60_000);

  it('a payload cannot name another issue: the issue comes from the context only', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
    });
    const answer = await panel('requester', key, 'getIssueView', { issueKey: 'CHG-1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
  }, 60_000);
});

describe('admin resolvers', () => {
  it('refuse anyone who is not a Jira administrator', async () => {
    for (const key of [
      'getConfig',
      'saveConfig',
      'runSetup',
      'listConfigVersions',
      'exportConfig',
    ] as const) {
      const answer = await admin(
        'requester',
        key,
        key === 'saveConfig'
          ? { config: DEFAULT_CONFIG, baseVersion: 1 }
          : key === 'runSetup'
            ? { projectKey: 'CHG' }
            : {},
      );
      expect(answer).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    }
  }, 60_000);

  it('saving a configuration creates a new version, re-assesses open change requests, and reports progress', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: { ...TIER_ANSWERS[4], reach: 1, financial: 2, visibility: 1 },
    });
    expect((await assessmentOf(emu, key))?.tier).toBe(4);
    const current = data(await admin('admin', 'getConfig'));
    const config = structuredClone(DEFAULT_CONFIG);
    config.criteria.find((c) => c.id === 'financial')!.weight = 6;
    const saved = data(
      await admin('admin', 'saveConfig', { config, baseVersion: current.version }),
    );
    expect(saved.version).toBe((current.version as number) + 1);

    const stale = await admin('admin', 'saveConfig', { config, baseVersion: current.version });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFIG.VERSION_CONFLICT' } });

    await emu.drain();
    const progress = data(await admin('admin', 'getReassessmentProgress'));
    expect(progress).toMatchObject({ state: 'done', configVersion: saved.version, failed: 0 });
    expect(progress.done).toBe(progress.total);
    const reassessed = await assessmentOf(emu, key);
    expect(reassessed).toMatchObject({ configVersion: saved.version, tier: 3 });

    const history = data(await admin('admin', 'listConfigVersions')) as unknown as Array<{
      version: number;
      changes: string[];
    }>;
    // Paths index from 0, as the validation messages do: `financial` is the third criterion.
    expect(history[0]?.changes).toContain('criteria[2].weight: 3 → 6');
  }, 60_000);

  it('the version history names the people a role now maps to, not only their account ids', async () => {
    const current = data(await admin('admin', 'getConfig'));
    const config = structuredClone(current.config as typeof DEFAULT_CONFIG);
    const index = config.roles.findIndex((r) => r.id === 'vp-cx');
    const role = config.roles[index]!;
    role.mapsTo = { kind: 'user', accountId: 'requester' };
    data(await admin('admin', 'saveConfig', { config, baseVersion: current.version }));
    await emu.drain();
    // What Jira itself calls these people (the oracle), read as the admin.
    const nameOf = async (accountId: string) =>
      (
        (await emu.rest('admin', 'GET', `/rest/api/3/user?accountId=${accountId}`)).body as {
          displayName: string;
        }
      ).displayName;
    const history = data(await admin('admin', 'listConfigVersions')) as unknown as Array<{
      changes: string[];
    }>;
    expect(history[0]?.changes).toContain(
      `roles[${String(index)}].mapsTo.accountId: "vp-cx (${await nameOf('vp-cx')})" → "requester (${await nameOf('requester')})"`,
    );
  }, 60_000);

  it('an invalid configuration is refused with problems naming the paths', async () => {
    const current = data(await admin('admin', 'getConfig'));
    const config = structuredClone(DEFAULT_CONFIG);
    config.criteria[0]!.weight = 0;
    const answer = await admin('admin', 'saveConfig', { config, baseVersion: current.version });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'CONFIG.INVALID',
        problems: [expect.objectContaining({ path: 'criteria[0].weight' })],
      },
    });
  }, 60_000);
});

describe('setup on a site without the app’s issue types', () => {
  it('creates them, adds them to the project, saves version 1, and is idempotent', async () => {
    await emu.reset('empty');
    const first = data(await admin('admin', 'runSetup', { projectKey: 'CHG' }));
    const actions = (first.steps as Array<{ action: string }>).map((s) => s.action);
    expect(actions).toContain('added-to-scheme');
    expect(first.status).toMatchObject({
      projects: [expect.objectContaining({ key: 'CHG', hasChangeTypes: true })],
    });

    const again = data(await admin('admin', 'runSetup', { projectKey: 'CHG' }));
    expect((again.steps as Array<{ action: string }>).map((s) => s.action)).toEqual([
      'reused',
      'reused',
      'kept-config',
    ]);

    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
    });
    expect(await ticketsOf(emu, key)).toHaveLength(3);
    await emu.reset('demo');
  }, 90_000);
});

describe('daily reminders', () => {
  it('comment once per day on comms tickets due within a week or overdue, mentioning the owner', async () => {
    const key = await raiseChangeRequest(emu, { launchDate: inDays(3), answers: TIER_ANSWERS[4] });
    const releaseNote = (await ticketsOf(emu, key)).find((t) => t.step.stepId === 'release-note')!;
    await emu.runScheduledTrigger('comms-reminders');
    await emu.runScheduledTrigger('comms-reminders');
    const comments = await ok<{ comments: Array<{ body: unknown }> }>(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${releaseNote.key}/comment`,
    );
    const reminders = comments.comments.filter((c) =>
      JSON.stringify(c.body).includes('customer communication'),
    );
    expect(reminders).toHaveLength(1);
    expect(JSON.stringify(reminders[0]?.body)).toContain('"type":"mention"');
  }, 60_000);
});

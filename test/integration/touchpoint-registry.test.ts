// The touchpoint registry end to end against the emulator: a save never takes a touchpoint away
// from open change requests, the intake chooses from the registry in force, and the panel names
// the touched journey's owners without handing it the registry's owner mappings.
import type { GovernanceConfig } from '../../src/domain';
import {
  inDays,
  INTAKE_PROPERTY,
  ok,
  raiseChangeRequest,
  TIER_ANSWERS,
  useEmulator,
} from '../support';

const emu = useEmulator();

interface Problem {
  code: string;
  path?: string;
  params?: Record<string, string | number>;
}
type Answer =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; error: { code: string; message: string; problems?: Problem[] } };

const admin = (functionKey: string, payload: unknown = {}) =>
  emu.invoke({
    moduleKey: 'change-governance-admin',
    accountId: 'admin',
    functionKey,
    payload,
  }) as Promise<Answer>;
const panel = (issueKey: string, functionKey: string, payload: unknown = {}) =>
  emu.invoke({
    moduleKey: 'change-governance-panel',
    accountId: 'requester',
    functionKey,
    payload,
    extension: { type: 'jira:issuePanel', issue: { key: issueKey } },
  }) as Promise<Answer>;

const data = (answer: Answer): Record<string, unknown> => {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.data;
};
const inForce = async () =>
  data(await admin('getConfig')) as unknown as { version: number; config: GovernanceConfig };

/** The configuration in force without the touchpoint `id` (the shipped journey has each once). */
function without(config: GovernanceConfig, id: string): GovernanceConfig {
  const next = structuredClone(config);
  for (const stage of next.journey!.stages)
    for (const step of stage.steps) step.touchpoints = step.touchpoints.filter((t) => t.id !== id);
  return next;
}

const storedIntake = async (key: string) =>
  (
    await ok<{ value: Record<string, unknown> }>(
      emu,
      'requester',
      'GET',
      `/rest/api/3/issue/${key}/properties/${INTAKE_PROPERTY}`,
    )
  ).value;

describe('deleting a touchpoint open change requests use', () => {
  it('is refused on the journey naming the changes, and nothing is saved (edit, import, restore)', async () => {
    // Two touchpoints of this test's own, so the demo site's changes use neither.
    const shipped = await inForce();
    const added = structuredClone(shipped.config);
    added.journey!.stages[1]!.steps[0]!.touchpoints.push(
      {
        id: 'kiosk',
        name: { 'en-US': 'In-store kiosk' },
        owner: { kind: 'user', accountId: 'cx-lead' },
      },
      {
        id: 'hotline',
        name: { 'en-US': 'Sales hotline' },
        owner: { kind: 'user', accountId: 'pr-lead' },
      },
    );
    data(await admin('saveConfig', { config: added, baseVersion: shipped.version }));
    const first = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
      touchpoints: ['checkout', 'kiosk'],
    });
    const second = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
      touchpoints: ['kiosk'],
    });
    const before = await inForce();

    const saved = await admin('saveConfig', {
      config: without(before.config, 'kiosk'),
      baseVersion: before.version,
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'CONFIG.INVALID' } });
    if (saved.ok) return;
    expect(saved.error.problems).toEqual([
      expect.objectContaining({
        code: 'CONFIG.TOUCHPOINT_IN_USE',
        path: 'journey',
        params: {
          touchpoint: 'kiosk',
          name: 'In-store kiosk',
          changes: `${first}, ${second}`,
          count: 2,
        },
      }),
    ]);

    // Renaming its id is the same to the intakes that name it.
    const renamed = structuredClone(before.config);
    renamed.journey!.stages[1]!.steps[0]!.touchpoints[1]!.id = 'totem';
    const viaRename = await admin('saveConfig', { config: renamed, baseVersion: before.version });
    expect(viaRename).toMatchObject({
      ok: false,
      error: { problems: [expect.objectContaining({ code: 'CONFIG.TOUCHPOINT_IN_USE' })] },
    });

    // The import review says so before the admin confirms.
    const preview = data(
      await admin('previewImport', { json: JSON.stringify(without(before.config, 'kiosk')) }),
    );
    expect(preview.problems).toEqual([
      expect.objectContaining({ code: 'CONFIG.TOUCHPOINT_IN_USE', path: 'journey' }),
    ]);
    const imported = await admin('importConfig', {
      json: JSON.stringify(without(before.config, 'kiosk')),
      baseVersion: before.version,
    });
    expect(imported).toMatchObject({
      ok: false,
      error: { problems: [expect.objectContaining({ code: 'CONFIG.TOUCHPOINT_IN_USE' })] },
    });

    // The version before the kiosk existed cannot come back while changes name the kiosk.
    const restored = await admin('restoreConfigVersion', {
      version: shipped.version,
      baseVersion: before.version,
    });
    expect(restored).toMatchObject({
      ok: false,
      error: { problems: [expect.objectContaining({ code: 'CONFIG.TOUCHPOINT_IN_USE' })] },
    });
    expect((await inForce()).version).toBe(before.version);

    // A touchpoint nobody uses may go.
    const unused = await admin('saveConfig', {
      config: without(before.config, 'hotline'),
      baseVersion: before.version,
    });
    expect(unused.ok).toBe(true);
  }, 120_000);
});

describe('export and import', () => {
  it('carry the journey whole: an exported file imports back as the same registry', async () => {
    const current = await inForce();
    const edited = structuredClone(current.config);
    edited.journey!.stages[0]!.name = { 'en-US': 'Discovery', 'it-IT': 'Scoperta' };
    edited.journey!.stages[0]!.steps[0]!.touchpoints[0]!.owner = {
      kind: 'projectRole',
      roleName: 'Members',
    };
    const saved = data(await admin('saveConfig', { config: edited, baseVersion: current.version }));
    const file = data(await admin('exportConfig')) as { json: string };
    const imported = data(
      await admin('importConfig', { json: file.json, baseVersion: saved.version }),
    ) as { config: GovernanceConfig };
    expect(imported.config.journey).toEqual(edited.journey);
  }, 60_000);
});

describe('the intake chooses touchpoints from the registry', () => {
  it('refuses an id the registry lacks on its field, and writes nothing', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
      touchpoints: ['checkout'],
    });
    const answer = await panel(key, 'saveIntake', {
      intake: { touchpoints: ['checkout', 'nowhere'], segments: ['SMB'] },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'INTAKE.INVALID',
        problems: [
          {
            code: 'INTAKE.INVALID',
            path: 'touchpoints',
            params: { rule: 'notInRegistry', value: 'nowhere' },
          },
        ],
      },
    });
    expect(await storedIntake(key)).toEqual({
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
      touchpoints: ['checkout'],
    });
  }, 60_000);

  it('takes free-text touchpoints only while the admin allows them', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
    });
    // The shipped journey allows them.
    const allowed = await panel(key, 'saveIntake', {
      intake: { touchpoints: ['in-app'], otherTouchpoints: ['Partner portal'] },
    });
    expect(allowed.ok).toBe(true);

    const current = await inForce();
    const strict = structuredClone(current.config);
    strict.journey!.allowOtherTouchpoints = false;
    data(await admin('saveConfig', { config: strict, baseVersion: current.version }));
    await emu.drain();
    const refused = await panel(key, 'saveIntake', {
      intake: { otherTouchpoints: ['Partner portal', 'Reseller desk'] },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        problems: [
          expect.objectContaining({
            path: 'otherTouchpoints',
            params: { rule: 'otherTouchpointsOff' },
          }),
        ],
      },
    });
    expect((await storedIntake(key)).otherTouchpoints).toEqual(['Partner portal']);
  }, 60_000);
});

interface TouchedView {
  stages: Array<{
    id: string;
    steps: Array<{
      id: string;
      touchpoints: Array<{ id: string; owner: { kind: string; person: unknown } }>;
    }>;
  }>;
  owners: Array<{ kind: string; person: { displayName: string } | null }>;
  retired: string[];
  other: string[];
}

describe('the panel', () => {
  it('shows the touched stages and the owners of the touched touchpoints as people', async () => {
    const current = await inForce();
    const config = structuredClone(current.config);
    // Help-centre articles owned by a group: its first member stands for it.
    config.journey!.stages[4]!.steps[0]!.touchpoints[0]!.owner = {
      kind: 'group',
      groupName: 'cx-leadership',
    };
    data(await admin('saveConfig', { config, baseVersion: current.version }));
    await emu.drain();
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[2],
      touchpoints: ['support-agents', 'checkout', 'help-centre', 'billing'],
    });
    emu.clearRequests();
    const view = data(await panel(key, 'getIssueView')) as unknown as {
      touchedJourney: TouchedView;
    };
    // What naming the owners costs: one name lookup per owner, as the caller, and the group's
    // members once, as the app (a group stands for its first member, as for an approver).
    const log = emu.requests();
    expect(log.filter((r) => r.path === '/rest/api/3/user').map((r) => r.provider)).toEqual([
      'user',
      'user',
      'user',
    ]);
    expect(log.filter((r) => r.path === '/rest/api/3/group/member').map((r) => r.provider)).toEqual(
      ['app'],
    );
    const touched = view.touchedJourney;
    expect(
      touched.stages.map((s) => [s.id, s.steps.map((c) => [c.id, c.touchpoints.map((t) => t.id)])]),
    ).toEqual([
      ['purchase', [['buy', ['checkout']]]],
      ['support', [['get-help', ['help-centre', 'support-agents']]]],
    ]);
    expect(touched.owners).toEqual([
      {
        kind: 'user',
        person: { accountId: 'finance-partner', displayName: 'Frankie Patel (Finance partner)' },
        touchpoints: [{ 'en-US': 'Checkout', 'it-IT': 'Checkout' }],
      },
      {
        kind: 'group',
        person: {
          accountId: 'cx-director',
          displayName: 'Dana Reyes (Director of Customer Experience)',
        },
        touchpoints: [
          { 'en-US': 'Help-centre articles', 'it-IT': 'Articoli del centro assistenza' },
        ],
      },
      {
        kind: 'user',
        person: { accountId: 'cx-lead', displayName: 'Casey Lead (CX lead)' },
        touchpoints: [
          { 'en-US': 'Support agents and macros', 'it-IT': 'Operatori e macro di assistenza' },
        ],
      },
    ]);
    // The stage word of an intake older than the registry is named for the requester to re-choose.
    expect(touched.retired).toEqual(['billing']);
  }, 60_000);

  it('gets the registry without who owns its touchpoints', async () => {
    const current = await inForce();
    const config = structuredClone(current.config);
    config.journey!.stages[0]!.steps[0]!.touchpoints[0]!.owner = {
      kind: 'group',
      groupName: 'cx-leadership',
    };
    data(await admin('saveConfig', { config, baseVersion: current.version }));
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(400),
      answers: TIER_ANSWERS[4],
    });
    const view = data(await panel(key, 'getIssueView')) as unknown as {
      config: { journey: unknown };
    };
    const journey = JSON.stringify(view.config.journey);
    expect(journey).toContain('"website"');
    expect(journey).not.toContain('owner');
    expect(journey).not.toContain('cx-leadership');
    expect(journey).not.toContain('accountId');
  }, 60_000);
});

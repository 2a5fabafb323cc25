// A requester (and an admin) probing the resolvers through the bridge exactly as a browser could:
// what the app reads for them runs as them, one bad value never breaks an issue, oversized input is a
// coded refusal naming the limit, and the role → account mapping stays with Jira admins.
import { Temporal } from 'temporal-polyfill';
import { DEFAULT_CONFIG } from '../../src/domain';
import { jqlString } from '../../src/governance/jql';
import { captureConsole, TIER_ANSWERS } from '../reliability/support/chaos';
import {
  ADMIN,
  callResolver,
  configInForce,
  createChangeRequest,
  INTAKE_PROPERTY,
  PANEL,
  readChangeRequest,
  resolverData,
  restOk,
  useEmulator,
} from '../support';

const inDays = (days: number) => Temporal.Now.plainDateISO('UTC').add({ days }).toString();
const enc = encodeURIComponent;

// The app's logs stay quiet unless they are errors; the site is the demo site without demo change requests.
captureConsole();
const emu = useEmulator({ seedChangeRequests: false });

/** The raw answer of a bridge call, every field kept (the limit travels beside the code). */
async function invokeRaw(
  accountId: string,
  functionKey: string,
  payload: unknown,
  issueKey?: string,
) {
  return (await emu.invoke({
    moduleKey: issueKey === undefined ? ADMIN : PANEL,
    accountId,
    functionKey,
    payload,
    ...(issueKey === undefined
      ? {}
      : { extension: { issue: { key: issueKey, type: 'Change Request' } } }),
  })) as { ok: boolean; data?: unknown; error?: Record<string, unknown> };
}

const assessed = (segments: string[]) => ({
  launchDate: inDays(300),
  answers: TIER_ANSWERS[3],
  segments,
});

describe('reads shown to a user run as that user', () => {
  it("the panel's and the what-if's similar changes are searched as the person who opened them", async () => {
    const segment = `Abuse segment ${String(Date.now())}`;
    const past = await createChangeRequest(
      emu,
      assessed([segment]),
      'Earlier change on the segment',
    );
    await emu.drain();
    const probe = await createChangeRequest(emu, assessed([segment]), 'Probe');
    await emu.drain();

    emu.clearRequests();
    const view = (await resolverData(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'getIssueView',
      payload: {},
      issueKey: probe,
    })) as { assessment: { similarChanges: Array<{ key: string }> } };
    expect(view.assessment.similarChanges.map((c) => c.key)).toEqual([past]);
    const searchesAsRequester = () =>
      emu
        .requests()
        .filter(
          (r) =>
            r.path === '/rest/api/3/search/jql' &&
            r.provider === 'user' &&
            r.accountId === 'requester',
        ).length;
    expect(searchesAsRequester()).toBeGreaterThan(0);

    emu.clearRequests();
    await resolverData(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'whatIf',
      payload: { launchDates: [inDays(320)] },
      issueKey: probe,
    });
    expect(searchesAsRequester()).toBeGreaterThan(0);
  }, 60_000);
});

describe('one bad value never breaks an issue', () => {
  it('JQL built from text holding control characters is still parsed by Jira', async () => {
    for (const text of ['tab\there', 'line\nbreak', 'bell\u0007', 'quote " and \\ backslash']) {
      const res = await emu.rest('admin', 'POST', '/rest/api/3/search/jql', {
        jql: `project = CHG AND changeSegment = ${jqlString(text)}`,
        fields: ['summary'],
      });
      expect({ text, status: res.status }).toEqual({ text, status: 200 });
    }
  });

  it('a tab written into a segment by REST is reported on the field, governance still runs and the panel loads', async () => {
    const key = await createChangeRequest(emu, assessed(['Retail']), 'Segment edited by REST');
    await emu.drain();
    // Straight to the property, bypassing the panel's checks, as any editor of the issue may.
    await restOk(
      emu,
      'requester',
      'PUT',
      `/rest/api/3/issue/${enc(key)}/properties/${enc(INTAKE_PROPERTY)}`,
      assessed(['Retail\tSMB']),
    );
    // An edit of the issue, so Jira tells the app about it.
    await restOk(emu, 'requester', 'PUT', `/rest/api/3/issue/${enc(key)}`, {
      fields: { summary: 'Segment edited by REST (tab)' },
    });
    await emu.drain();

    const { assessment } = await readChangeRequest(emu, key);
    expect(assessment).toMatchObject({ status: 'needs-input', missing: ['segments[0]'] });
    const view = await callResolver(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'getIssueView',
      payload: {},
      issueKey: key,
    });
    expect(view).toMatchObject({
      ok: true,
      data: { issueKey: key, assessment: { status: 'needs-input' } },
    });
  }, 60_000);

  it('the panel refuses a segment with a tab on the field and saves nothing', async () => {
    const key = await createChangeRequest(emu, assessed(['Retail']), 'Segment typed with a tab');
    await emu.drain();
    const answer = await callResolver(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'saveIntake',
      payload: { intake: { segments: ['Retail\tSMB', 'Enterprise'] } },
      issueKey: key,
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'INTAKE.INVALID',
        problems: [{ code: 'INTAKE.INVALID_TEXT', path: 'segments[0]' }],
      },
    });
    expect((await readChangeRequest(emu, key)).intake).toMatchObject({ segments: ['Retail'] });
  }, 60_000);
});

describe('oversized input is a coded refusal naming the limit', () => {
  const KVS_VALUE_BYTES = 240 * 1024;

  /** A configuration every rule accepts, but with each tier's examples at their longest. */
  function largeConfig(version: number) {
    const long = (n: number) => `Example ${String(n)} `.padEnd(2000, 'x');
    return {
      ...DEFAULT_CONFIG,
      version,
      tiers: DEFAULT_CONFIG.tiers.map((tier) => ({
        ...tier,
        examples: Array.from({ length: 20 }, (_, i) => ({ 'en-US': long(i), 'it-IT': long(i) })),
      })),
    };
  }

  it('an import of a 336 KB configuration is refused with PAYLOAD.TOO_LARGE, and nothing changes', async () => {
    const before = await configInForce(emu);
    const json = JSON.stringify(largeConfig(before.version), null, 2);
    expect(json.length).toBeGreaterThan(KVS_VALUE_BYTES);
    const answer = await invokeRaw('admin', 'importConfig', { json, baseVersion: before.version });
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('PAYLOAD.TOO_LARGE');
    // Within what Forge storage takes for one value, leaving room for the version's own record.
    expect(answer.error?.limitBytes).toBeGreaterThan(KVS_VALUE_BYTES - 4096);
    expect(answer.error?.limitBytes).toBeLessThanOrEqual(KVS_VALUE_BYTES);
    expect((await configInForce(emu)).version).toBe(before.version);

    const saved = await invokeRaw('admin', 'saveConfig', {
      config: largeConfig(before.version),
      baseVersion: before.version,
    });
    expect(saved.error?.code).toBe('PAYLOAD.TOO_LARGE');
    expect(saved.error?.limitBytes).toBe(answer.error?.limitBytes);
    expect((await configInForce(emu)).version).toBe(before.version);
  }, 60_000);

  it('an intake larger than a Jira issue property (32 768 bytes) is refused with PAYLOAD.TOO_LARGE', async () => {
    const key = await createChangeRequest(emu, assessed(['Retail']), 'Very long intake');
    await emu.drain();
    // Every field within its own bound; together larger than Jira keeps in one property.
    const intake = {
      description: 'd'.repeat(5000),
      customerAction: 'c'.repeat(5000),
      rollbackPlan: 'r'.repeat(5000),
      emergency: { justification: 'j'.repeat(5000) },
      kpis: Array.from({ length: 20 }, (_, i) => `${String(i)} `.padEnd(500, 'k')),
      segments: Array.from({ length: 50 }, (_, i) => `${String(i)} `.padEnd(200, 's')),
    };
    expect(JSON.stringify(intake).length).toBeGreaterThan(32_768);
    const answer = await invokeRaw('requester', 'saveIntake', { intake }, key);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatchObject({ code: 'PAYLOAD.TOO_LARGE', limitBytes: 32_768 });
    expect((await readChangeRequest(emu, key)).intake).not.toHaveProperty('description');
  }, 60_000);
});

describe('the role → account mapping is for Jira admins', () => {
  it('the issue panel gets role names, never who a role maps to', async () => {
    const key = await createChangeRequest(emu, assessed(['Retail']), 'Who approves?');
    await emu.drain();
    const view = (await resolverData(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'getIssueView',
      payload: {},
      issueKey: key,
    })) as { config: { roles: Array<Record<string, unknown>> } };
    expect(view.config.roles.length).toBe(DEFAULT_CONFIG.roles.length);
    for (const role of view.config.roles) expect(Object.keys(role).sort()).toEqual(['id', 'name']);

    // The admin page still gets the whole mapping.
    const admin = await configInForce(emu);
    expect(admin.roles.every((role) => 'mapsTo' in role)).toBe(true);
  }, 60_000);
});

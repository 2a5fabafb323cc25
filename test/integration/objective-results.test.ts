// SMART objectives after launch (issue 15 §4): the post-launch review ticket carries them, whoever may
// edit the change records measured values and an outcome, the app keeps that in its storage (the
// issue property is only its JQL index), and later changes learn from the stored record, not from a
// property anyone with Edit Issues can rewrite. "After launch" comes from Jira's clock: the changes are
// raised while the site's clock stands 60 days back, with a launch date that has since passed.
import type { Emulator } from '../../emulator';
import { OUTCOME_PROPERTY, outcomePropertySchema } from '../../src/contract/outcome-contract';
import { outcomeKey } from '../../src/governance/outcome-record';
import {
  callResolver,
  inDays,
  ok,
  PANEL,
  raiseChangeRequest,
  ticketsOf,
  TIER_ANSWERS,
  useEmulator,
} from '../support';

const DAY_MS = 24 * 3600 * 1000;
let shiftMs = 0;
const emu = useEmulator({ now: () => new Date(Date.now() + shiftMs) });

const churn = {
  id: 'churn',
  kpi: 'Monthly churn',
  baseline: 2.5,
  target: 2,
  unit: '%',
  measureBy: inDays(-10),
};
const nps = {
  id: 'nps',
  kpi: 'NPS',
  baseline: 31,
  target: 40,
  unit: 'points',
  measureBy: inDays(-5),
};

let segmentCount = 0;
const freshSegment = () => {
  segmentCount += 1;
  return `Objectives segment ${String(segmentCount)} ${String(Date.now())}`;
};

/** A tier-3 change raised 60 days ago (Jira's clock) that launched 20 days ago. */
async function launchedChange(segment: string, objectives: unknown[] = [churn, nps]) {
  shiftMs = -60 * DAY_MS;
  try {
    return await raiseChangeRequest(emu, {
      launchDate: inDays(-20),
      answers: TIER_ANSWERS[3],
      segments: [segment],
      objectives,
    });
  } finally {
    shiftMs = 0;
  }
}

const record = (accountId: string, issueKey: string, payload: unknown) =>
  callResolver(emu, {
    moduleKey: PANEL,
    accountId,
    functionKey: 'recordObjectiveResults',
    payload,
    issueKey,
  });

interface View {
  objectiveResults?: {
    window: { state: string };
    objectives: Array<{ id: string }>;
    recorded: { outcome: string; tally: { met: number; missed: number; total: number } } | null;
  };
  assessment: {
    status: string;
    suggestedHistoryAnswer?: number | null;
    similarChanges?: Array<{ key: string; outcome: string; outcomeSource?: string }>;
  };
}
const viewOf = async (accountId: string, issueKey: string): Promise<View> => {
  const answer = await callResolver(emu, {
    moduleKey: PANEL,
    accountId,
    functionKey: 'getIssueView',
    issueKey,
  });
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data as View;
};

/** What the app holds in its own storage for a change request. */
function stored(site: Emulator, issueId: string): unknown {
  const host = (site as unknown as { site: { host: { kvs: { of(p: string): KvsOwner } } } }).site
    .host;
  const answer = host.kvs.of('jira').kvs.handle('/api/v1/get', { key: outcomeKey(issueId) });
  return answer.status === 200 ? (answer.body as { value: unknown }).value : null;
}
interface KvsOwner {
  kvs: { handle(path: string, body: unknown): { status: number; body?: unknown } };
}

const issueId = async (key: string) =>
  (await ok<{ id: string }>(emu, 'admin', 'GET', `/rest/api/3/issue/${key}?fields=summary`)).id;

const outcomeProperty = async (key: string) => {
  const res = await emu.rest(
    'admin',
    'GET',
    `/rest/api/3/issue/${key}/properties/${OUTCOME_PROPERTY}`,
  );
  return res.status === 200 ? (res.body as { value: unknown }).value : null;
};

describe('objectives after launch', () => {
  it('the post-launch review ticket lists each objective with baseline → target, unit and measure-by day', async () => {
    const key = await launchedChange(freshSegment());
    const review = (await ticketsOf(emu, key)).find((t) => t.step.stepId === 'review');
    if (!review) throw new Error(`${key} has no review ticket`);
    const { fields } = await ok<{ fields: { description: unknown } }>(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${review.key}?fields=description`,
    );
    const text = JSON.stringify(fields.description);
    expect(text).toContain('"type":"table"');
    expect(text).toContain('Monthly churn');
    expect(text).toContain('2.5 → 2 %');
    expect(text).toContain('31 → 40 points');
    // The other comms tickets carry no objectives.
    const notice = (await ticketsOf(emu, key)).find((t) => t.step.stepId === 'customer-notice');
    const noticeText = JSON.stringify(
      (
        await ok<{ fields: { description: unknown } }>(
          emu,
          'admin',
          'GET',
          `/rest/api/3/issue/${notice?.key ?? ''}?fields=description`,
        )
      ).fields.description,
    );
    expect(noticeText).not.toContain('Monthly churn');
  }, 60_000);

  it('the requester records measured values and an outcome: kept in app storage with who and when, indexed in the property, edits kept as history', async () => {
    const key = await launchedChange(freshSegment());
    const before = await viewOf('requester', key);
    expect(before.objectiveResults?.window.state).toBe('open');
    expect(before.objectiveResults?.objectives.map((o) => o.id)).toEqual(['churn', 'nps']);
    expect(before.objectiveResults?.recorded).toBeNull();

    // Churn came down to 1.9 % (target 2 %: met); NPS reached 35 (target 40: missed).
    emu.clearRequests();
    const answer = await record('requester', key, {
      outcome: 'minor-issues',
      note: 'A few billing questions in week one.',
      results: [
        { objectiveId: 'churn', measured: 1.9 },
        { objectiveId: 'nps', measured: 35 },
      ],
    });
    expect(answer).toMatchObject({
      ok: true,
      data: { recorded: { outcome: 'minor-issues', tally: { met: 1, missed: 1, total: 2 } } },
    });
    // The caller's permissions, the change request, the property, the recorder's name: 4 calls; 7 points
    // (three reads of one object each at 2, one write at 1).
    expect(emu.requests().map((r) => `${r.method} ${r.path.split('?')[0] ?? ''}`)).toEqual([
      'GET /rest/api/3/mypermissions',
      `GET /rest/api/3/issue/${key}`,
      `PUT /rest/api/3/issue/${key}/properties/${OUTCOME_PROPERTY}`,
      'GET /rest/api/3/user',
    ]);
    expect(emu.requests().reduce((sum, r) => sum + r.points, 0)).toBe(7);

    const id = await issueId(key);
    expect(stored(emu, id)).toMatchObject({
      changeRequest: { id, key },
      current: {
        outcome: 'minor-issues',
        recordedBy: 'requester',
        results: [
          { objective: { id: 'churn' }, measured: 1.9 },
          { objective: { id: 'nps' }, measured: 35 },
        ],
      },
      history: [],
    });
    const property = outcomePropertySchema.parse(await outcomeProperty(key));
    expect(property).toMatchObject({ outcome: 'minor-issues', met: 1, missed: 1, total: 2 });

    // Found by JQL on the index the manifest declares.
    const found = await ok<{ issues: Array<{ key: string }> }>(
      emu,
      'admin',
      'POST',
      '/rest/api/3/search/jql',
      {
        jql: `project = CHG AND changeOutcome = "minor-issues" AND changeObjectivesMet = 1 AND changeObjectivesTotal = 2`,
        fields: ['summary'],
      },
    );
    expect(found.issues.map((i) => i.key)).toContain(key);

    // NPS measured again later: 41 meets it. The first version stays in the history.
    await record('requester', key, {
      outcome: 'minor-issues',
      note: '',
      results: [
        { objectiveId: 'churn', measured: 1.9 },
        { objectiveId: 'nps', measured: 41 },
      ],
    });
    expect(stored(emu, id)).toMatchObject({
      current: { results: [{ measured: 1.9 }, { measured: 41 }] },
      history: [{ results: [{ measured: 1.9 }, { measured: 35 }] }],
    });
    expect(await outcomeProperty(key)).toMatchObject({ met: 2, missed: 0, total: 2 });
    expect((await viewOf('requester', key)).objectiveResults?.recorded?.tally).toEqual({
      met: 2,
      missed: 0,
      total: 2,
    });
  }, 60_000);

  it('before launch nothing can be recorded, and a value for an objective the change does not have is refused', async () => {
    const future = await raiseChangeRequest(emu, {
      launchDate: inDays(120),
      answers: TIER_ANSWERS[4],
      objectives: [{ ...churn, measureBy: inDays(150) }],
    });
    expect(
      await record('requester', future, { outcome: 'smooth', note: '', results: [] }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INPUT.INVALID',
        problems: [{ code: 'OUTCOME.NOT_LAUNCHED', path: 'launchDate' }],
      },
    });
    expect(stored(emu, await issueId(future))).toBeNull();
    expect(await outcomeProperty(future)).toBeNull();

    const launched = await launchedChange(freshSegment());
    expect(
      await record('requester', launched, {
        outcome: 'smooth',
        note: '',
        results: [{ objectiveId: 'retention', measured: 90 }],
      }),
    ).toMatchObject({
      ok: false,
      error: { problems: [{ code: 'OUTCOME.UNKNOWN_OBJECTIVE', path: 'results[0].objectiveId' }] },
    });
    expect(stored(emu, await issueId(launched))).toBeNull();
  }, 60_000);

  it('an objective without a unit is refused on its field when saving the intake, and nothing is saved', async () => {
    const key = await raiseChangeRequest(emu, {
      launchDate: inDays(120),
      answers: TIER_ANSWERS[4],
    });
    const answer = await callResolver(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'saveIntake',
      payload: { intake: { objectives: [churn, { ...nps, unit: '', measureBy: inDays(150) }] } },
      issueKey: key,
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'INTAKE.INVALID',
        problems: [
          // Churn is measured before this change's launch; NPS has no unit.
          { path: 'objectives[0].measureBy', params: { rule: 'beforeLaunch' } },
          { path: 'objectives[1].unit', params: { rule: 'required' } },
        ],
      },
    });
    const intake = await ok<{ value: Record<string, unknown> }>(
      emu,
      'admin',
      'GET',
      `/rest/api/3/issue/${key}/properties/change-governance.intake`,
    );
    expect(intake.value.objectives).toBeUndefined();
  }, 60_000);

  it('later changes learn from the stored record: a missed objective suggests 1, and a forged outcome property changes nothing', async () => {
    const segment = freshSegment();
    const past = await launchedChange(segment);
    await record('requester', past, {
      outcome: 'smooth',
      note: '',
      results: [
        { objectiveId: 'churn', measured: 1.8 },
        { objectiveId: 'nps', measured: 44 },
      ],
    });
    const next = await raiseChangeRequest(emu, {
      launchDate: inDays(200),
      answers: TIER_ANSWERS[4],
      segments: [segment],
    });
    // Smooth, both met: 0.
    let view = await viewOf('requester', next);
    expect(view.assessment.suggestedHistoryAnswer).toBe(0);
    expect(view.assessment.similarChanges?.[0]).toMatchObject({
      key: past,
      outcome: 'smooth',
      outcomeSource: 'recorded',
    });

    // NPS fell back to 38: smooth, but an objective missed: 1.
    await record('requester', past, {
      outcome: 'smooth',
      note: '',
      results: [
        { objectiveId: 'churn', measured: 1.8 },
        { objectiveId: 'nps', measured: 38 },
      ],
    });
    view = await viewOf('requester', next);
    expect(view.assessment.suggestedHistoryAnswer).toBe(1);

    // Anyone with Edit Issues can rewrite the property; the suggestion does not move.
    const forged = await emu.rest(
      'requester',
      'PUT',
      `/rest/api/3/issue/${past}/properties/${OUTCOME_PROPERTY}`,
      { outcome: 'escalations', met: 0, missed: 2, total: 2, recordedAt: new Date().toISOString() },
    );
    expect(forged.status).toBeLessThan(300);
    view = await viewOf('requester', next);
    expect(view.assessment.suggestedHistoryAnswer).toBe(1);
    expect(view.assessment.similarChanges?.[0]).toMatchObject({ key: past, outcome: 'smooth' });
  }, 90_000);

  // Last: it takes Edit Issues away from the project's members for the rest of this site.
  it('someone who may browse but not edit the change is refused, and nothing is recorded', async () => {
    const key = await launchedChange(freshSegment());
    const state = emu.jira.exportState() as {
      permissionGrants: { project: Record<string, string[]> };
    };
    state.permissionGrants.project.EDIT_ISSUES = ['Administrators'];
    emu.jira.importState(state);

    expect((await viewOf('requester', key)).objectiveResults?.window.state).toBe('open');
    expect(
      await record('requester', key, {
        outcome: 'escalations',
        note: '',
        results: [{ objectiveId: 'churn', measured: 5 }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(stored(emu, await issueId(key))).toBeNull();
    expect(await outcomeProperty(key)).toBeNull();
  }, 60_000);
});

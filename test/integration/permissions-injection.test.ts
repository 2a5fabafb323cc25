// Text from people never becomes code: JQL from segment names, REST paths from keys, and script in
// summaries, segment names and configured labels stay literal in searches, paths, tables and ADF.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { route } from '@forge/api';
import { Temporal } from 'temporal-polyfill';
import { DEMO_PAGES } from '../../emulator';
import { DEFAULT_CONFIG, type GovernanceConfig } from '../../src/domain';
import { jqlList, jqlString } from '../../src/governance/jql';
import { adfProblems, type AdfNode } from '../contract/adf-validation';
import { captureConsole, TIER_ANSWERS } from '../reliability/support/chaos';
import {
  ADMIN,
  appTickets,
  callResolver,
  configInForce,
  createChangeRequest,
  editChangeRequest,
  PANEL,
  readChangeRequest,
  resolverData,
  restOk,
  saveConfig,
  TABLES,
  useEmulator,
} from '../support';

const inDays = (days: number) => Temporal.Now.plainDateISO('UTC').add({ days }).toString();
const GOOD = (segments: string[]) => ({
  launchDate: inDays(400),
  answers: TIER_ANSWERS[4],
  segments,
});

// The app's logs stay quiet unless they are errors; the site is the demo site without demo change requests.
captureConsole();
const emu = useEmulator({ seedChangeRequests: false });

const keysOf = async (jql: string): Promise<string[]> =>
  (
    await restOk<{ issues: Array<{ key: string }> }>(
      emu,
      'admin',
      'POST',
      '/rest/api/3/search/jql',
      { jql, fields: ['summary'], maxResults: 100 },
    )
  ).issues
    .map((i) => i.key)
    .sort();

describe('JQL built from segment names with quotes and operators', () => {
  const NASTY = [
    'Enterprise" OR changeSegment = "SMB',
    'SMB" OR project = CHG OR changeSegment = "x',
    'a\\" OR key is not EMPTY OR "',
    ') OR (project = CHG',
    'SMB" ORDER BY key --',
    "O'Brien & Sons; DROP TABLE issues",
    'trailing backslash \\',
  ];

  it('the similar-changes search neither breaks nor widens: only requests that share the literal segment are found', async () => {
    const victim = await createChangeRequest(emu, GOOD(['SMB']), 'Victim: shares nothing literal');
    const sharer = await createChangeRequest(
      emu,
      GOOD([NASTY[0]!]),
      'Shares the first nasty segment',
    );
    await emu.drain();
    emu.clearRequests();
    const probe = await createChangeRequest(emu, GOOD(NASTY), 'Probe with nasty segments');
    await emu.drain();

    expect((await readChangeRequest(emu, probe)).assessment).toMatchObject({ status: 'assessed' });
    // The similar changes as the requester sees them in the panel (searched as the requester).
    emu.clearRequests();
    const { assessment } = (await resolverData(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'getIssueView',
      payload: {},
      issueKey: probe,
    })) as { assessment: { similarChanges: Array<{ key: string; sharedSegments: string[] }> } };
    // Not broken: Jira parsed every search the panel sent.
    const searches = emu.requests().filter((r) => r.path === '/rest/api/3/search/jql');
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.every((r) => r.status === 200 && r.contractViolation === undefined)).toBe(true);

    // Not widened: the one request sharing a literal segment, not the one whose segment the quotes name.
    expect(assessment.similarChanges.map((c) => c.key)).toEqual([sharer]);
    expect(assessment.similarChanges[0]?.sharedSegments).toEqual([NASTY[0]]);

    // The app's own quoting, run as a search: each literal matches exactly the requests holding it.
    expect(await keysOf(`project = CHG AND changeSegment in ${jqlList(NASTY)}`)).toEqual(
      [probe, sharer].sort(),
    );
    for (const segment of NASTY) {
      const expected = segment === NASTY[0] ? [probe, sharer] : [probe];
      expect({
        segment,
        keys: await keysOf(`project = CHG AND changeSegment = ${jqlString(segment)}`),
      }).toEqual({ segment, keys: expected.sort() });
    }
    expect(await keysOf(`project = CHG AND changeSegment = ${jqlString('SMB')}`)).toEqual([victim]);
  }, 60_000);
});

describe('issue keys and property keys in REST paths', () => {
  it('a value that would leave its path segment (traversal, query, fragment) is refused before any call', () => {
    const build = (key: string, property: string) =>
      route`/rest/api/3/issue/${key}/properties/${property}`.value;
    expect(build('CHG-1', 'change-governance.assessment')).toBe(
      '/rest/api/3/issue/CHG-1/properties/change-governance.assessment',
    );
    for (const [key, property] of [
      ['CHG-1/../../myself', 'change-governance.assessment'],
      ['CHG-1?expand=groups', 'change-governance.assessment'],
      ['CHG-1#x', 'change-governance.assessment'],
      ['CHG-1', 'change-governance.assessment/../../../api/3/user'],
      ['..', 'x'],
    ] as const)
      expect(() => build(key, property)).toThrow(/path manipulation/);
  });

  it('a forged assessment property (keys that are paths, ids that are JQL) steers no call: the next pass rewrites it from what exists', async () => {
    const other = await createChangeRequest(emu, GOOD(['Other']), 'Someone else’s change');
    const forged = await createChangeRequest(emu, GOOD(['Mine']), 'My change');
    await emu.drain();
    const othersTickets = await appTickets(emu, other);
    const victimTicket = othersTickets[0]!;
    // Any editor may write an issue property through REST: the requester forges the app's record.
    await restOk(
      emu,
      'requester',
      'PUT',
      `/rest/api/3/issue/${forged}/properties/change-governance.assessment`,
      {
        status: 'assessed',
        tier: 1,
        provisioned: [
          { key: '../../rest/api/3/myself', id: '1 OR 1=1', kind: 'approval', stepId: 'vp-cx' },
          {
            key: `${victimTicket.key}/transitions`,
            id: victimTicket.id,
            kind: 'comms',
            stepId: victimTicket.stepId,
          },
        ],
      },
    );
    emu.clearRequests();
    await editChangeRequest(emu, forged, 'My change, edited');
    await emu.drain();

    const mine = (await appTickets(emu, forged)).map((t) => t.key);
    const allowed = new Set([forged, ...mine]);
    for (const call of emu.requests()) {
      expect(call.path).not.toMatch(/\.\.|myself|%2F/i);
      const issue = /^\/rest\/api\/3\/issue\/([^/]+)/.exec(call.path)?.[1];
      if (issue !== undefined && issue !== 'bulk' && issue !== 'bulkfetch')
        expect({ path: call.path, allowed: allowed.has(issue) }).toEqual({
          path: call.path,
          allowed: true,
        });
    }
    const record = (await readChangeRequest(emu, forged)).assessment as {
      tier: number;
      provisioned: Array<{ key: string }>;
    };
    expect(record.tier).toBe(4);
    expect(record.provisioned.map((p) => p.key).sort()).toEqual([...mine].sort());
    // The other change request's tickets were not touched.
    expect(await appTickets(emu, other)).toEqual(othersTickets);
  }, 60_000);
});

// ---- script rendered inert --------------------------------------------------------------------------------------

const SCRIPT = '<script>alert("x")</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS_URL = 'javascript:alert(document.cookie)';

function walk(node: AdfNode, visit: (node: AdfNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

/** Where each hostile string sits in an ADF document: only ever inside a plain `text` node. */
function hostileSpots(doc: AdfNode): Array<{ type: string; marks: unknown[] }> {
  const spots: Array<{ type: string; marks: unknown[] }> = [];
  walk(doc, (node) => {
    const own = JSON.stringify({ ...node, content: undefined });
    if (
      [SCRIPT, IMG, JS_URL, 'onerror'].some(
        (h) => own.includes(JSON.stringify(h).slice(1, -1)) || own.includes(h),
      )
    ) {
      spots.push({ type: node.type, marks: node.marks ?? [] });
    }
  });
  return spots;
}

describe('script in summaries, segment names and configured labels', () => {
  let hostile: GovernanceConfig;

  beforeAll(async () => {
    const config = await configInForce(emu);
    hostile = structuredClone(config);
    hostile.tiers[0]!.name['en-US'] = `Critical ${SCRIPT}`;
    hostile.tiers[0]!.effects.cx['en-US'] = `<b onmouseover=alert(1)>${IMG}</b>`;
    hostile.tiers[0]!.examples = [{ 'en-US': `[click me](${JS_URL})` }];
    hostile.roles.find((r) => r.id === 'vp-cx')!.name['en-US'] = `VP ${IMG}`;
    hostile.commsPlans[0]!.steps[0]!.title['en-US'] = JS_URL;
    hostile.commsPlans[0]!.steps[0]!.channel['en-US'] = `<iframe src="${JS_URL}"></iframe>`;
    await saveConfig(emu, hostile);
    await emu.drain();
  }, 60_000);

  afterAll(async () => {
    await saveConfig(emu, { ...DEFAULT_CONFIG, version: (await configInForce(emu)).version });
    await emu.drain();
  }, 60_000);

  it('the macro tables carry the labels as plain data, exactly as typed', async () => {
    const answer = await callResolver(emu, {
      moduleKey: TABLES,
      accountId: 'requester',
      functionKey: 'getMacroTables',
      payload: { tables: ['criteria', 'roles', 'comms'] },
    });
    expect(answer.ok).toBe(true);
    const text = JSON.stringify(answer);
    for (const h of [SCRIPT, IMG, JS_URL]) expect(text).toContain(JSON.stringify(h).slice(1, -1));
  });

  it('the ADF export is valid ADF and every hostile label is a plain text node: no link, no media, no extension', async () => {
    const exported = await emu.exportPage(DEMO_PAGES.english, 'requester', 'pdf');
    expect(exported?.valid).toBe(true);
    expect(exported?.problems).toEqual([]);
    const adf = exported?.macros[0]?.adf as AdfNode;
    expect(adfProblems(adf as Parameters<typeof adfProblems>[0])).toEqual([]);
    const spots = hostileSpots(adf);
    expect(spots.length).toBeGreaterThanOrEqual(5);
    expect(
      spots.every(
        (s) => s.type === 'text' && s.marks.every((m) => (m as { type?: string }).type !== 'link'),
      ),
    ).toBe(true);
    const types = new Set<string>();
    walk(adf, (n) => types.add(n.type));
    for (const t of [
      'extension',
      'inlineExtension',
      'bodiedExtension',
      'inlineCard',
      'blockCard',
      'embedCard',
      'mediaSingle',
      'media',
    ])
      expect(types.has(t)).toBe(false);
  });

  it('a change request whose summary and segments hold script: tickets and panel carry the text literally', async () => {
    const summary = `${SCRIPT} & "quotes" <b>bold</b>`;
    const first = await createChangeRequest(emu, GOOD([IMG, 'SMB']), summary);
    const second = await createChangeRequest(
      emu,
      GOOD([IMG]),
      'A later change in the same segment',
    );
    await emu.drain();
    const tickets = await appTickets(emu, first);
    expect(tickets.length).toBeGreaterThan(0);
    expect(tickets.every((t) => t.summary.includes(summary))).toBe(true);
    for (const t of tickets) {
      const issue = await restOk<{ fields: { description: AdfNode } }>(
        emu,
        'admin',
        'GET',
        `/rest/api/3/issue/${t.key}?fields=description`,
      );
      expect(adfProblems(issue.fields.description as Parameters<typeof adfProblems>[0])).toEqual(
        [],
      );
      walk(issue.fields.description, (n) => {
        expect(['doc', 'paragraph', 'text']).toContain(n.type);
      });
    }
    const view = await callResolver(emu, {
      moduleKey: PANEL,
      accountId: 'requester',
      functionKey: 'getIssueView',
      payload: {},
      issueKey: second,
    });
    expect(view).toMatchObject({
      ok: true,
      data: {
        intake: { segments: [IMG] },
        assessment: {
          similarChanges: [expect.objectContaining({ key: first, summary, sharedSegments: [IMG] })],
        },
      },
    });
  }, 60_000);

  it('the Custom UI never turns a string into markup (no innerHTML, no dangerouslySetInnerHTML, no eval)', () => {
    const files: string[] = [];
    const visit = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (name === 'node_modules' || name === 'build') continue;
        if (statSync(path).isDirectory()) visit(path);
        else if (/\.(ts|tsx)$/.test(name)) files.push(path);
      }
    };
    visit(join(__dirname, '..', '..', 'static'));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe('admin-only configuration stays admin-only even when it carries script', () => {
  it('the hostile labels cannot be planted by a non-admin', async () => {
    const config = await configInForce(emu);
    const answer = await callResolver(emu, {
      moduleKey: ADMIN,
      accountId: 'requester',
      functionKey: 'saveConfig',
      payload: {
        config: {
          ...config,
          tiers: config.tiers.map((t) => ({ ...t, name: { 'en-US': SCRIPT } })),
        },
        baseVersion: config.version,
      },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(JSON.stringify(await configInForce(emu))).not.toContain(SCRIPT);
  });
});

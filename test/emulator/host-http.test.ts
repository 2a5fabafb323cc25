// The emulator over HTTP: Jira and Confluence REST, the control API, Confluence rendering/export, and state files.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '../../emulator';
import { fixtureEmulator } from '../fixtures/fixture-emulator';

jest.setTimeout(60_000);

let emulator: Emulator;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  emulator = await fixtureEmulator();
  server = await emulator.listen(0);
}, 180_000);

afterAll(async () => {
  await server.close();
  await emulator.close();
});

async function http(
  method: string,
  path: string,
  options: { user?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown; text: string; headers: Headers }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      ...(options.user === undefined ? {} : { 'x-emulator-user': options.user }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await res.text();
  const body = ((): unknown => {
    try {
      return text === '' ? null : (JSON.parse(text) as unknown);
    } catch {
      return null;
    }
  })();
  return { status: res.status, body, text, headers: res.headers };
}

describe('control API', () => {
  test('reset, users and the app description', async () => {
    expect((await http('POST', '/emulator/reset', { body: { seed: 'demo' } })).status).toBe(200);
    expect((await http('POST', '/emulator/reset', { body: { seed: 'other' } })).status).toBe(400);
    const users = (await http('GET', '/emulator/users')).body as Array<{
      accountId: string;
      accountType: string;
      siteAdmin: boolean;
      groups: string[];
    }>;
    expect(users.find((u) => u.accountId === 'admin')).toMatchObject({
      siteAdmin: true,
      accountType: 'atlassian',
    });
    expect(users.find((u) => u.accountId === 'requester')).toMatchObject({ siteAdmin: false });
    expect((await http('GET', '/emulator/app')).body).toEqual({
      appName: 'Fixture admin',
      modules: {
        issuePanels: [{ key: 'fixture-panel', title: 'Fixture panel' }],
        adminPages: [{ key: 'fixture-admin', title: 'Fixture admin' }],
        globalPages: [{ key: 'fixture-global', title: 'Fixture global page' }],
        macros: [{ key: 'fixture-macro', title: 'Fixture macro' }],
      },
      appId: '0b6f3f5e-1c2d-4e7a-9b8c-5d4e3f2a1b00',
      environmentId: expect.any(String) as unknown,
      locales: ['en-US', 'it-IT'],
      scheduledTriggers: ['nightly-run'],
    });
  });

  test('Jira REST needs a known x-emulator-user; events wait for drain; faults and the request log work over HTTP', async () => {
    await http('POST', '/emulator/reset', { body: { seed: 'empty' } });
    expect((await http('GET', '/rest/api/3/myself')).status).toBe(401);
    expect((await http('GET', '/rest/api/3/myself', { user: 'nobody' })).status).toBe(401);
    expect((await http('GET', '/rest/api/3/myself', { user: 'requester' })).body).toMatchObject({
      accountId: 'requester',
    });
    expect(
      (await http('GET', '/rest/api/3/search?jql=project%3DCHG', { user: 'requester' })).status,
    ).toBe(410);

    expect(
      (await http('POST', '/emulator/faults', { body: { rules: [{ kind: 'nope' }] } })).status,
    ).toBe(400);
    const faults = await http('POST', '/emulator/faults', {
      body: { rules: [{ kind: 'duplicate-events', times: 1 }] },
    });
    expect(faults.body).toEqual({ rules: [{ kind: 'duplicate-events', times: 1 }] });
    const created = await http('POST', '/rest/api/3/issue', {
      user: 'requester',
      body: {
        fields: {
          project: { key: 'CHG' },
          issuetype: { name: 'Task' },
          summary: 'Over HTTP [app-edit]',
        },
      },
    });
    expect(created.status).toBe(201);
    expect((await http('POST', '/emulator/drain')).status).toBe(200);
    const log = (await http('GET', '/emulator/requests')).body as Array<{
      method: string;
      path: string;
      status: number;
    }>;
    // The app's edit ran once per duplicate delivery; the caller's own create is not in the log.
    expect(log.filter((r) => r.method === 'PUT')).toHaveLength(2);
    expect(log.every((r) => r.method !== 'POST' || r.path !== '/rest/api/3/issue')).toBe(true);
    expect((await http('DELETE', '/emulator/requests')).status).toBe(204);
    expect((await http('GET', '/emulator/requests')).body).toEqual([]);
    expect((await http('POST', '/emulator/faults', { body: { rules: [] } })).body).toEqual({
      rules: [],
    });
  });

  test('scheduled triggers run on demand; unknown routes answer 404 loudly', async () => {
    await http('POST', '/emulator/reset', { body: { seed: 'empty' } });
    expect((await http('POST', '/emulator/scheduled/nightly-run')).status).toBe(200);
    expect((await http('POST', '/emulator/scheduled/nope')).status).toBe(404);
    expect((await http('GET', '/emulator/nothing-here')).status).toBe(404);
    expect((await http('GET', '/rest/api/3/no-such-endpoint', { user: 'admin' })).status).toBe(404);
  });

  test('unknown non-API paths serve the web shell (or a page saying to build it)', async () => {
    const home = await http('GET', '/');
    const deep = await http('GET', '/browse/CHG-1');
    expect(deep.status).toBe(home.status);
    expect(deep.text).toBe(home.text);
    expect(home.text).toMatch(home.status === 200 ? /<html/i : /npm run build/);
  });
});

describe('Confluence', () => {
  test('REST v2: spaces, pages of a space, a page with its ADF body', async () => {
    await http('POST', '/emulator/reset', { body: { seed: 'demo' } });
    const spaces = (await http('GET', '/wiki/api/v2/spaces', { user: 'requester' })).body as {
      results: Array<{ id: string; key: string; name: string }>;
    };
    expect(spaces.results).toEqual([expect.objectContaining({ key: 'GOV', name: 'Governance' })]);
    const spaceId = spaces.results[0]?.id ?? '';
    const pages = (await http('GET', `/wiki/api/v2/spaces/${spaceId}/pages`, { user: 'requester' }))
      .body as { results: Array<{ id: string; title: string }> };
    expect(pages.results.map((p) => p.title)).toEqual([
      'Customer impact governance',
      "Governance dell'impatto sui clienti",
    ]);
    const page = (
      await http(
        'GET',
        `/wiki/api/v2/pages/${pages.results[0]?.id ?? ''}?body-format=atlas_doc_format`,
        { user: 'requester' },
      )
    ).body as {
      body: { atlas_doc_format: { value: string } };
    };
    const adf = JSON.parse(page.body.atlas_doc_format.value) as {
      content: Array<{
        type: string;
        attrs?: { extensionKey: string; parameters: { guestParams: unknown } };
      }>;
    };
    const macro = adf.content.find((n) => n.type === 'extension');
    expect(macro?.attrs?.extensionKey).toMatch(/\/static\/fixture-macro$/);
    expect(macro?.attrs?.parameters.guestParams).toEqual({
      tables: ['criteria', 'roles', 'comms'],
      locale: 'en-US',
    });
    expect((await http('GET', '/wiki/api/v2/pages/131073')).status).toBe(401);
  });

  test('a page renders to HTML with the macro as its Custom UI frame, and exports valid ADF through adfExport', async () => {
    await http('POST', '/emulator/reset', { body: { seed: 'demo' } });
    const rendered = (
      await http('GET', '/emulator/confluence/pages/131074/render?user=requester&theme=dark')
    ).body as { title: string; html: string };
    expect(rendered.title).toBe("Governance dell'impatto sui clienti");
    expect(rendered.html).toContain('<h1>');
    const src = /<iframe[^>]*src="([^"]+)"/.exec(rendered.html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const params = new URL(src, server.url).searchParams;
    expect(src).toMatch(/^\/emulator\/frame\/fixture-macro\/\?/);
    expect(JSON.parse(params.get('config') ?? '{}')).toEqual({
      tables: ['criteria', 'roles', 'comms'],
      locale: 'it-IT',
    });
    expect(params.get('theme')).toBe('dark');
    expect((await http('GET', src)).status).toBe(200);

    const exported = (
      await http('POST', '/emulator/confluence/pages/131074/export', {
        body: { user: 'requester', exportType: 'word' },
      })
    ).body as {
      valid: boolean;
      macros: Array<{ adf: unknown; problems: unknown[] }>;
      document: { content: Array<{ type: string; content?: Array<{ text?: string }> }> };
    };
    expect(exported.valid).toBe(true);
    expect(exported.macros).toHaveLength(1);
    const texts = exported.document.content.flatMap((n) => (n.content ?? []).map((c) => c.text));
    expect(texts).toContain('Exported for 131074: ["criteria","roles","comms"] (word)');
    expect(exported.document.content.some((n) => n.type === 'extension')).toBe(false);
  });
});

describe('frames', () => {
  test('a frame needs a known user, serves its assets relative to it, and carries a content security policy', async () => {
    await http('POST', '/emulator/reset', { body: { seed: 'demo' } });
    expect((await http('GET', '/emulator/frame/fixture-admin/?user=nobody')).status).toBe(401);
    expect((await http('GET', '/emulator/frame/no-such-module/?user=admin')).status).toBe(404);
    expect((await http('GET', '/emulator/frame/fixture-admin?user=admin')).status).toBe(301);
    const frame = await http('GET', '/emulator/frame/fixture-admin/?user=admin');
    expect(frame.status).toBe(200);
    expect(frame.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(frame.text.indexOf('/emulator/bridge/bridge.js')).toBeLessThan(
      frame.text.indexOf('./assets/'),
    );
    const asset = /src="\.\/(assets\/[^"]+)"/.exec(frame.text)?.[1] ?? '';
    expect((await http('GET', `/emulator/frame/fixture-admin/${asset}`)).status).toBe(200);
    expect((await http('GET', '/emulator/frame/fixture-admin/../../manifest.yml')).status).toBe(
      404,
    );
    expect(
      (await http('GET', '/emulator/frame/fixture-admin/__LOCALES__/it-IT.json')).body,
    ).toMatchObject({ panel: { title: 'Pannello di prova' } });
    expect(
      (await http('POST', '/emulator/bridge/invoke', { body: { functionKey: 'whoami' } })).status,
    ).toBe(401);
  });
});

describe('EMULATOR_STATE', () => {
  test('Jira, KVS and Confluence survive a restart; the file is replaced atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-state-'));
    const stateFile = join(dir, 'state.json');
    try {
      const first = await fixtureEmulator({ stateFile, seed: 'empty' });
      const created = await first.rest('requester', 'POST', '/rest/api/3/issue', {
        fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary: 'Persisted' },
      });
      const key = (created.body as { key: string }).key;
      await first.drain();
      await first.close();
      expect(existsSync(stateFile)).toBe(true);
      expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ version: 1 });

      const second = await fixtureEmulator({ stateFile, seed: 'empty' });
      const read = await second.rest('admin', 'GET', `/rest/api/3/issue/${key}?fields=summary`);
      expect(read.body).toMatchObject({ fields: { summary: 'Persisted' } });
      // Restored, not re-installed: the app's storage holds one lifecycle event and the trigger's records.
      const events = await second.invoke({
        moduleKey: 'fixture-admin',
        accountId: 'admin',
        functionKey: 'read',
        payload: { key: 'events:issue-events-all' },
      });
      expect(events).toEqual([expect.objectContaining({ issueKey: key })]);
      expect(
        await second.invoke({
          moduleKey: 'fixture-admin',
          accountId: 'admin',
          functionKey: 'read',
          payload: { key: 'lifecycle' },
        }),
      ).toHaveLength(1);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

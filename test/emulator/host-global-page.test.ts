// A Jira global page (`jira:globalPage`): hosted as Custom UI with its resolver, with the context Jira
// documents for it (its type and the URL of the page it is shown on, no issue or project), served as
// a frame, listed among the app's modules; an app declaring two does not start, as Forge refuses it.
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../../emulator';
import { FIXED_NOW, FIXTURE_APP, fixtureEmulator } from '../fixtures/fixture-emulator';

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

const APP_ID = '0b6f3f5e-1c2d-4e7a-9b8c-5d4e3f2a1b00';

test('the app describes its global page with the id and environment its URL carries', async () => {
  const app = (await (await fetch(`${server.url}/emulator/app`)).json()) as {
    modules: { globalPages: Array<{ key: string; title: string }> };
    appId: string;
    environmentId: string;
  };
  expect(app.modules.globalPages).toEqual([
    { key: 'fixture-global', title: 'Fixture global page' },
  ]);
  expect(app.appId).toBe(APP_ID);
  expect(app.environmentId).toMatch(/^[0-9a-f-]{36}$/);
});

test("its resolver runs as the signed-in user, with the global page's context and no issue", async () => {
  const answer = (await emulator.invoke({
    moduleKey: 'fixture-global',
    accountId: 'requester',
    functionKey: 'whoami',
    payload: {},
  })) as { accountId: string; moduleKey: string; extension: Record<string, unknown> };
  expect(answer.accountId).toBe('requester');
  expect(answer.moduleKey).toBe('fixture-global');
  const app = (await (await fetch(`${server.url}/emulator/app`)).json()) as {
    environmentId: string;
  };
  expect(answer.extension).toEqual({
    type: 'jira:globalPage',
    location: `http://localhost:4100/jira/apps/${APP_ID}/${app.environmentId}`,
  });
});

test('its frame is served with the context the bridge reads', async () => {
  const res = await fetch(
    `${server.url}/emulator/frame/fixture-global/?user=requester&locale=it-IT`,
  );
  expect(res.status).toBe(200);
  expect(res.headers.get('x-forge-module-key')).toBe('fixture-global');
  const html = await res.text();
  const data = /<script type="application\/json" id="__forge_frame__">(.*?)<\/script>/.exec(html);
  const frame = JSON.parse(data?.[1] ?? '{}') as {
    context: { moduleKey: string; locale: string; extension: { type: string; location: string } };
  };
  expect(frame.context).toMatchObject({
    moduleKey: 'fixture-global',
    locale: 'it-IT',
    extension: { type: 'jira:globalPage' },
  });
  expect(frame.context.extension.location).toMatch(new RegExp(`/jira/apps/${APP_ID}/`));
});

test("an app with two global pages does not start: Forge's own validator allows one per app", async () => {
  await expect(
    createEmulator({
      appRoot: join(FIXTURE_APP, '..', 'two-global-pages-app'),
      seed: 'empty',
      now: () => FIXED_NOW,
    }),
  ).rejects.toThrow(/Only a single entry of the jira:globalPage module/);
}, 120_000);

// The real @forge/api and @forge/resolver, unmodified, running in the emulator's Forge host.
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../../emulator';
import { FIXED_NOW, FIXTURE_APP, fixtureEmulator } from '../fixtures/fixture-emulator';

jest.setTimeout(60_000);

let emulator: Emulator;

beforeAll(async () => {
  emulator = await fixtureEmulator({ limits: { uiMs: 1500 } });
}, 180_000);

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await emulator.reset('demo');
});

const call = (functionKey: string, payload?: unknown, accountId = 'requester'): Promise<unknown> =>
  emulator.invoke({
    moduleKey: 'fixture-panel',
    accountId,
    functionKey,
    ...(payload === undefined ? {} : { payload }),
    extension: {},
  });

describe('@forge/resolver', () => {
  test('context.accountId is the invoking user from the platform, whatever the payload claims', async () => {
    const who = (await call('whoami', { accountId: 'admin' })) as Record<string, unknown>;
    expect(who.accountId).toBe('requester');
    expect(who.payloadAccountId).toBe('admin');
    expect(who.moduleKey).toBe('fixture-panel');
    expect(who.installContext).toMatch(/^ari:cloud:jira::site\//);
  });

  test('the extension names the issue, its type and project, as Forge gives an issue panel', async () => {
    const created = await emulator.rest('requester', 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary: 'Context probe' },
    });
    const key = (created.body as { key: string }).key;
    const who = (await emulator.invoke({
      moduleKey: 'fixture-panel',
      accountId: 'requester',
      functionKey: 'whoami',
      extension: { issue: { key } },
    })) as {
      extension: {
        type: string;
        issue: { key: string; id: string; type: string };
        project: { key: string };
      };
    };
    expect(who.extension.type).toBe('jira:issuePanel');
    expect(who.extension.issue).toMatchObject({ key, type: 'Task' });
    expect(who.extension.issue.id).toMatch(/^\d+$/);
    expect(who.extension.project.key).toBe('CHG');
  });

  test('a resolver that throws rejects the invoke', async () => {
    await expect(call('fail')).rejects.toThrow('failed on purpose');
  });

  test('an unknown user cannot invoke', async () => {
    await expect(call('whoami', {}, 'nobody')).rejects.toThrow(/unknown user/);
  });
});

describe('@forge/api product calls', () => {
  test('asUser() acts as the invoking user and asApp() as the app, each with its own identity', async () => {
    const asUser = (await call('myself', { as: 'user' })) as {
      status: number;
      body: { accountId: string };
    };
    const asApp = (await call('myself', { as: 'app' })) as {
      status: number;
      body: { accountId: string; accountType: string };
    };
    expect(asUser).toMatchObject({ status: 200, body: { accountId: 'requester' } });
    expect(asApp.status).toBe(200);
    expect(asApp.body.accountId).toBe(emulator.jira.appAccountId);
    expect(asApp.body.accountType).toBe('app');
  });

  test('an issue created asUser is reported by the user, one created asApp by the app', async () => {
    const byUser = (await call('create-issue', { as: 'user', summary: 'By the user' })) as {
      status: number;
      body: { key: string };
    };
    const byApp = (await call('create-issue', { as: 'app', summary: 'By the app' })) as {
      status: number;
      body: { key: string };
    };
    expect(byUser.status).toBe(201);
    expect(byApp.status).toBe(201);
    const reporter = async (key: string): Promise<unknown> =>
      (
        (await emulator.rest('admin', 'GET', `/rest/api/3/issue/${key}?fields=reporter`)).body as {
          fields: { reporter: { accountId: string } };
        }
      ).fields.reporter.accountId;
    expect(await reporter(byUser.body.key)).toBe('requester');
    expect(await reporter(byApp.body.key)).toBe(emulator.jira.appAccountId);
  });

  test('requestConfluence reaches the in-process Confluence', async () => {
    const page = (await call('confluence-page', { id: '131073' })) as {
      status: number;
      body: { title: string; body: { atlas_doc_format: { value: string } } };
    };
    expect(page.status).toBe(200);
    expect(page.body.title).toBe('Customer impact governance');
    expect(JSON.parse(page.body.body.atlas_doc_format.value)).toMatchObject({ type: 'doc' });
  });

  test('every product call the app makes is logged (path without query); callers’ own calls are not', async () => {
    emulator.clearRequests();
    await emulator.rest('admin', 'GET', '/rest/api/3/myself');
    await call('get-issue', { as: 'app', key: 'CHG-999' });
    await call('myself', { as: 'user' });
    const log = emulator.requests();
    expect(
      log.map(({ method, path, status, provider }) => ({ method, path, status, provider })),
    ).toEqual([
      { method: 'GET', path: '/rest/api/3/issue/CHG-999', status: 404, provider: 'app' },
      { method: 'GET', path: '/rest/api/3/myself', status: 200, provider: 'user' },
    ]);
    expect(log[0]?.query).toEqual({ fields: 'summary' });
    expect(log[1]?.accountId).toBe('requester');
    emulator.clearRequests();
    expect(emulator.requests()).toEqual([]);
  });

  test('a request that breaks the Jira OpenAPI contract is answered 400 and kept in the log with the reason', async () => {
    emulator.clearRequests();
    const res = (await call('raw', {
      method: 'POST',
      path: '/rest/api/3/issue',
      body: { fields: 'not an object' },
    })) as { status: number };
    expect(res.status).toBe(400);
    const [entry] = emulator.requests();
    expect(entry?.contractViolation).toEqual(expect.any(String));
  });

  test('a function past its time limit is stopped loudly and its later calls never leave', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    emulator.clearRequests();
    await expect(call('slow', { ms: 2500 })).rejects.toThrow(/FUNCTION_TIME_OUT/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(emulator.requests()).toEqual([]);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('start-up', () => {
  test('a handler the manifest names but the code does not export is an error at start-up', async () => {
    await expect(
      createEmulator({
        appRoot: join(FIXTURE_APP, '..', 'missing-handler-app'),
        seed: 'empty',
        now: () => FIXED_NOW,
      }),
    ).rejects.toThrow(/missing handlers[\s\S]*'notExported'/);
  }, 120_000);

  test('a module kind the emulator cannot host is an error at start-up', async () => {
    await expect(
      createEmulator({
        appRoot: join(FIXTURE_APP, '..', 'unsupported-module-app'),
        seed: 'empty',
        now: () => FIXED_NOW,
      }),
    ).rejects.toThrow(/cannot host: webtrigger/);
  }, 120_000);
});

// Workflow validators: Jira runs the app's function and expression validators on transitions, synchronously.
import type { Emulator } from '../../emulator';
import { fixtureEmulator, stored } from '../fixtures/fixture-emulator';

jest.setTimeout(60_000);

let emulator: Emulator;

beforeAll(async () => {
  emulator = await fixtureEmulator();
}, 180_000);

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await emulator.reset('demo');
});

async function create(accountId: string, fields: Record<string, unknown>): Promise<string> {
  const res = await emulator.rest(accountId, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, ...fields },
  });
  expect(res.status).toBe(201);
  return (res.body as { key: string }).key;
}

async function transition(
  accountId: string,
  key: string,
  name: string,
): Promise<{ status: number; body: unknown }> {
  const available = await emulator.rest(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`);
  const found = (
    available.body as { transitions: Array<{ id: string; name: string }> }
  ).transitions.find((t) => t.name === name);
  if (found === undefined) throw new Error(`${name} is not available on ${key}`);
  return emulator.rest(accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, {
    transition: { id: found.id },
  });
}

test('a function validator refuses a transition with its errorMessage, and gets the documented payload', async () => {
  const blocked = await create('requester', {
    issuetype: { name: 'Change Request' },
    summary: 'Blocked change [blocked]',
  });
  expect((await transition('requester', blocked, 'Submit')).status).toBe(204);
  const refused = await transition('admin', blocked, 'Approve');
  expect(refused.status).toBe(400);
  expect(JSON.stringify(refused.body)).toContain('Approvals are still pending (fixture)');
  const status = await emulator.rest('admin', 'GET', `/rest/api/3/issue/${blocked}?fields=status`);
  expect((status.body as { fields: { status: { name: string } } }).fields.status.name).toBe(
    'In review',
  );
  const [args] = (await stored(emulator, 'validator-args')) as Array<Record<string, unknown>>;
  // Forge's jira:workflowValidator payload: issue key, configuration, transition statuses, screen edits.
  expect(args).toMatchObject({
    issue: { key: blocked },
    configuration: {},
    transition: { from: { id: expect.any(String) }, to: { id: expect.any(String) } },
    modifiedFields: {},
  });
  expect(Object.keys(args ?? {}).sort()).toEqual([
    'configuration',
    'context',
    'issue',
    'modifiedFields',
    'transition',
  ]);

  const fine = await create('requester', {
    issuetype: { name: 'Change Request' },
    summary: 'Fine change',
  });
  await transition('requester', fine, 'Submit');
  expect((await transition('admin', fine, 'Approve')).status).toBe(204);
});

test('an expression validator sees the acting user: only the assignee may approve, others get the translated error', async () => {
  const parent = await create('requester', {
    issuetype: { name: 'Change Request' },
    summary: 'Needs an approval',
  });
  const approval = await create('admin', {
    issuetype: { name: 'Change Approval' },
    parent: { key: parent },
    summary: 'Approval',
    assignee: { accountId: 'cx-manager' },
  });
  const refused = await transition('requester', approval, 'Approve');
  expect(refused.status).toBe(400);
  expect(JSON.stringify(refused.body)).toContain('Only the assignee may do this.');
  expect((await transition('cx-manager', approval, 'Approve')).status).toBe(204);
});

test('validators see the edits made on the transition screen: the function gets them as modifiedFields, the expression evaluates them', async () => {
  const parent = await create('requester', {
    issuetype: { name: 'Change Request' },
    summary: 'Screen edits',
  });
  const approval = await create('admin', {
    issuetype: { name: 'Change Approval' },
    parent: { key: parent },
    summary: 'Approval',
    assignee: { accountId: 'admin' },
  });
  const screen = async (accountId: string, key: string, name: string, fields: object) => {
    const available = await emulator.rest(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`);
    const found = (
      available.body as { transitions: Array<{ id: string; name: string }> }
    ).transitions.find((t) => t.name === name);
    if (found === undefined) throw new Error(`${name} is not available on ${key}`);
    return emulator.rest(accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: found.id },
      fields,
    });
  };
  // The assignee is admin until the screen reassigns it: the expression judges the screen's value.
  const refused = await screen('admin', approval, 'Approve', {
    assignee: { accountId: 'cx-manager' },
  });
  expect(refused.status).toBe(400);
  expect(JSON.stringify(refused.body)).toContain('Only the assignee may do this.');

  await transition('requester', parent, 'Submit');
  const renamed = await screen('admin', parent, 'Approve', { summary: 'Renamed on the screen' });
  expect(renamed.status).toBe(204);
  const calls = (await stored(emulator, 'validator-args')) as Array<Record<string, unknown>>;
  expect(calls.at(-1)).toMatchObject({
    issue: { key: parent },
    modifiedFields: { summary: 'Renamed on the screen' },
  });
});

test('the entity-property indexes the manifest declares are searchable by their alias', async () => {
  const res = await emulator.rest('requester', 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary: 'Indexed' },
    properties: [{ key: 'fixture.data', value: { score: 7 } }],
  });
  expect(res.status).toBe(201);
  await create('requester', { issuetype: { name: 'Task' }, summary: 'Not indexed' });
  const found = await emulator.rest('admin', 'POST', '/rest/api/3/search/jql', {
    jql: 'fixtureScore = 7',
    fields: ['summary'],
  });
  expect(found.status).toBe(200);
  expect(
    (found.body as { issues: Array<{ fields: { summary: string } }> }).issues.map(
      (i) => i.fields.summary,
    ),
  ).toEqual(['Indexed']);
});

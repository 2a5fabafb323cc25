// Jira in the web shell: JQL search with paging and errors, the issue view with its workflow
// buttons (including a validator's refusal), comments, and the Create dialog.
import type { Page } from 'playwright-core';
import {
  chooseOption,
  frameOf,
  issueRows,
  screenshot,
  seriousA11yViolations,
  shellSiteForSuite,
} from './shell-harness';

jest.setTimeout(90_000);

const site = shellSiteForSuite();

/** Taller than any content the issue panel shows for a plain Task. */
const PROBE_HEIGHT = 1500;

interface IssueType {
  id: string;
  name: string;
}
interface Status {
  name: string;
}
interface IssueBean {
  key: string;
  fields: { summary: string; status: Status; description?: unknown; duedate?: string | null };
}

async function issueTypeId(name: string): Promise<string> {
  const meta = await site().rest<{ issueTypes: IssueType[] }>(
    'admin',
    'GET',
    '/rest/api/3/issue/createmeta/CHG/issuetypes',
  );
  const type = meta.body.issueTypes.find((t) => t.name === name);
  if (type === undefined) throw new Error(`CHG has no issue type ${name}`);
  return type.id;
}

async function createIssue(fields: Record<string, unknown>): Promise<string> {
  const answer = await site().rest<{ key: string }>('admin', 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, ...fields },
  });
  expect(answer.status).toBe(201);
  return answer.body.key;
}

async function getIssue(key: string): Promise<IssueBean> {
  const answer = await site().rest<IssueBean>('admin', 'GET', `/rest/api/3/issue/${key}`);
  expect(answer.status).toBe(200);
  return answer.body;
}

async function statusShown(page: Page): Promise<string> {
  return (await page.locator('.status-line [data-testid="status-lozenge"]').textContent()) ?? '';
}

test('the issue list searches with the default JQL, follows a new JQL query and keeps it in the address', async () => {
  const newest = await createIssue({
    issuetype: { id: await issueTypeId('Task') },
    summary: 'List probe',
  });
  const page = await site().openPage();
  await page.goto(`${site().url}/jira/projects/CHG/issues`);
  expect(await page.getByLabel('JQL').inputValue()).toBe('project = CHG ORDER BY created DESC');
  await issueRows(page).first().waitFor();
  // Newest first, as the default JQL orders.
  expect(await issueRows(page).first().getAttribute('data-testid')).toBe(`issue-row-${newest}`);
  expect(await issueRows(page).first().textContent()).toContain('List probe');
  const keys = await issueRows(page).evaluateAll((rows) =>
    rows.map((r) => r.getAttribute('data-testid') ?? ''),
  );
  expect(keys.length).toBeGreaterThan(0);
  for (const key of keys) expect(key).toMatch(/^issue-row-CHG-\d+$/);
  await screenshot(page, 'issue-list');

  await page.getByLabel('JQL').fill('project = CHG AND issuetype = Task ORDER BY created DESC');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/jql=project/);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid^="issue-row-"]')].every((row) =>
      row.textContent.startsWith('Task'),
    ),
  );
  await page.reload();
  expect(await page.getByLabel('JQL').inputValue()).toBe(
    'project = CHG AND issuetype = Task ORDER BY created DESC',
  );
  await issueRows(page).first().waitFor();
});

test('an invalid JQL query shows the errorMessages Jira answers', async () => {
  const jql = 'project = CHG AND (';
  const jira = await site().rest<{ errorMessages: string[] }>(
    'admin',
    'POST',
    '/rest/api/3/search/jql',
    { jql, fields: ['summary'] },
  );
  expect(jira.status).toBe(400);
  const expected = jira.body.errorMessages[0];
  expect(expected).toBeDefined();

  const page = await site().openPage();
  await page.goto(`${site().url}/jira/projects/CHG/issues`);
  await page.getByLabel('JQL').fill(jql);
  await page.getByLabel('JQL').press('Enter');
  const error = page.getByTestId('jql-error');
  await error.waitFor();
  expect(await error.textContent()).toContain(expected);
  expect(await issueRows(page).count()).toBe(0);
});

test('"Load more" fetches the next page with nextPageToken', async () => {
  const taskType = await issueTypeId('Task');
  const bulk = await site().rest<{ issues: unknown[] }>('admin', 'POST', '/rest/api/3/issue/bulk', {
    issueUpdates: Array.from({ length: 30 }, (_, i) => ({
      fields: {
        project: { key: 'CHG' },
        issuetype: { id: taskType },
        summary: `Paging probe ${i + 1}`,
      },
    })),
  });
  expect(bulk.status).toBe(201);

  const page = await site().openPage();
  await page.goto(
    `${site().url}/jira/projects/CHG/issues?jql=${encodeURIComponent('project = CHG AND issuetype = Task ORDER BY created DESC')}`,
  );
  await issueRows(page).first().waitFor();
  const firstPage = await issueRows(page).count();
  expect(firstPage).toBeGreaterThanOrEqual(25);
  await page.getByRole('button', { name: 'Load more' }).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid^="issue-row-"]').length > n,
    firstPage,
  );
});

test('an issue opens with its fields and a workflow button moves it to the next status', async () => {
  const key = await createIssue({
    issuetype: { id: await issueTypeId('Task') },
    summary: 'Shell transition probe',
    labels: ['shell-e2e'],
    duedate: '2031-05-17',
    description: {
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Why' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Checks the ' },
            { type: 'text', text: 'workflow', marks: [{ type: 'strong' }] },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one bullet' }] }],
            },
          ],
        },
      ],
    },
  });
  const transitions = await site().rest<{
    transitions: { id: string; name: string; to: Status }[];
  }>('admin', 'GET', `/rest/api/3/issue/${key}/transitions`);
  const first = transitions.body.transitions[0];
  expect(first).toBeDefined();
  if (first === undefined) return;
  const before = await getIssue(key);

  const page = await site().openPage();
  await page.goto(`${site().url}/jira/browse/${key}`);
  await page.getByTestId('issue-summary').filter({ hasText: 'Shell transition probe' }).waitFor();
  expect(await statusShown(page)).toBe(before.fields.status.name);
  const details =
    (await page.getByRole('complementary', { name: 'Issue details' }).textContent()) ?? '';
  expect(details).toContain('May 17, 2031');
  expect(details).toContain('shell-e2e');
  await page.getByRole('heading', { name: 'Why' }).waitFor();
  expect(await page.locator('.adf strong').first().textContent()).toBe('workflow');
  expect(await page.locator('.adf li').first().textContent()).toBe('one bullet');

  await page
    .getByRole('group', { name: 'Workflow transitions' })
    .getByRole('button', { name: first.name })
    .click();
  await page.waitForFunction(
    (name) =>
      document.querySelector('.status-line [data-testid="status-lozenge"]')?.textContent === name,
    first.to.name,
  );
  expect((await getIssue(key)).fields.status.name).toBe(first.to.name);
  await screenshot(page, 'issue');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("a validator's refusal is shown with Jira's errorMessages and the status stays", async () => {
  const parent = await createIssue({
    issuetype: { id: await issueTypeId('Task') },
    summary: 'Parent of a refused approval',
  });
  const approval = await createIssue({
    issuetype: { id: await issueTypeId('Change Approval') },
    summary: 'Approval only vp-cx may give',
    parent: { key: parent },
    assignee: { accountId: 'vp-cx' },
  });
  const before = await getIssue(approval);
  const transitions = await site().rest<{ transitions: { id: string; name: string }[] }>(
    'admin',
    'GET',
    `/rest/api/3/issue/${approval}/transitions`,
  );
  const approve = transitions.body.transitions.find((t) => t.name === 'Approve');
  expect(approve).toBeDefined();

  const page = await site().openPage({ user: 'admin' });
  await page.goto(`${site().url}/jira/browse/${approval}`);
  await page.getByTestId('issue-summary').waitFor();
  expect(await page.locator('.issue-parent').textContent()).toContain(parent);
  await page
    .getByRole('group', { name: 'Workflow transitions' })
    .getByRole('button', { name: 'Approve' })
    .click();
  const refusal = page.getByTestId('transition-error');
  await refusal.waitFor();
  const shown = (await refusal.textContent()) ?? '';
  expect(shown).toContain('Approve was refused');

  // The same refusal through REST: the shell shows exactly what Jira answers.
  const direct = await site().rest<{ errorMessages: string[] }>(
    'admin',
    'POST',
    `/rest/api/3/issue/${approval}/transitions`,
    {
      transition: { id: approve?.id },
    },
  );
  expect(direct.status).toBe(400);
  for (const message of direct.body.errorMessages) expect(shown).toContain(message);
  expect(await statusShown(page)).toBe(before.fields.status.name);
  expect((await getIssue(approval)).fields.status.name).toBe(before.fields.status.name);
});

test('a comment typed on the issue is posted as ADF and listed', async () => {
  const key = await createIssue({
    issuetype: { id: await issueTypeId('Task') },
    summary: 'Comment probe',
  });
  const page = await site().openPage({ user: 'requester' });
  await page.goto(`${site().url}/jira/browse/${key}`);
  await page.getByLabel('Add a comment').fill('Looks ready from the requester side.');
  await page.getByRole('button', { name: 'Save comment' }).click();
  await page
    .getByRole('list', { name: 'Comments' })
    .getByText('Looks ready from the requester side.')
    .waitFor();
  const comments = await site().rest<{
    comments: { author: { accountId: string }; body: unknown }[];
  }>('admin', 'GET', `/rest/api/3/issue/${key}/comment`);
  const last = comments.body.comments.at(-1);
  expect(last?.author.accountId).toBe('requester');
  expect(last?.body).toEqual({
    type: 'doc',
    version: 1,
    content: [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Looks ready from the requester side.' }],
      },
    ],
  });
});

test('the Create dialog shows Jira field errors, then creates the issue and opens it', async () => {
  const page = await site().openPage();
  await page.goto(`${site().url}/jira/projects/CHG/issues`);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create issue' });
  await dialog.waitFor();
  await chooseOption(page, 'create-issuetype', 'Task');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const summaryError = page.locator('#create-summary-error');
  await summaryError.waitFor();
  expect(await summaryError.textContent()).toBe('You must specify a summary of the issue.');
  expect(await page.locator('#create-summary').getAttribute('aria-describedby')).toContain(
    'create-summary-error',
  );
  await screenshot(page, 'create-dialog');

  await page.locator('#create-summary').fill('Created through the shell');
  await page.locator('#create-description').fill('First paragraph.\n\nSecond paragraph.');
  await page.locator('#create-duedate').fill('2031-02-03');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/\/jira\/browse\/CHG-\d+$/);
  await page
    .getByTestId('issue-summary')
    .filter({ hasText: 'Created through the shell' })
    .waitFor();
  // The dialog closes with an exit transition: it must be gone, not gone in the same frame.
  await dialog.waitFor({ state: 'detached', timeout: 5000 });
  expect(await dialog.count()).toBe(0);

  const key = new URL(page.url()).pathname.split('/').pop() ?? '';
  const created = await getIssue(key);
  expect(created.fields.summary).toBe('Created through the shell');
  expect(created.fields.duedate).toBe('2031-02-03');
  expect(created.fields.description).toEqual({
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'First paragraph.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraph.' }] },
    ],
  });
});

test("the issue panel frame drives the shell through the bridge's messages", async () => {
  const app = await site().rest<{ modules: { issuePanels: { key: string; title: string }[] } }>(
    'admin',
    'GET',
    '/emulator/app',
  );
  const panel = app.body.modules.issuePanels[0];
  expect(panel).toBeDefined();
  if (panel === undefined) return;
  const taskType = await issueTypeId('Task');
  const key = await createIssue({ issuetype: { id: taskType }, summary: 'Frame messages probe' });
  const target = await createIssue({ issuetype: { id: taskType }, summary: 'Navigation target' });

  const page = await site().openPage();
  await page.goto(`${site().url}/jira/browse/${key}`);
  const iframe = page.locator(`iframe[title="${panel.title}"]`).first();
  await iframe.waitFor();
  expect(await iframe.getAttribute('src')).toContain(`issueKey=${key}`);
  const frame = await frameOf(iframe);
  const post = (message: unknown): Promise<void> =>
    frame.evaluate((m) => {
      window.parent.postMessage(m, '*');
    }, message);

  // The frame's bridge reports its content height whenever the content changes, so a height the
  // test posted itself would be overwritten by the panel's next render. The content is changed
  // instead: every report then agrees, and the shell must follow it both ways.
  await frame.evaluate(
    (height) => {
      const probe = document.createElement('div');
      probe.id = 'resize-probe';
      Object.assign(probe.style, { position: 'absolute', top: '0', width: '1px', height });
      document.body.append(probe);
    },
    `${String(PROBE_HEIGHT)}px`,
  );
  await page.waitForFunction(
    ([title, min]) =>
      (document.querySelector(`iframe[title="${title}"]`)?.getBoundingClientRect().height ?? 0) >=
      min,
    [panel.title, PROBE_HEIGHT] as const,
  );
  await frame.evaluate(() => {
    document.getElementById('resize-probe')?.remove();
  });
  await page.waitForFunction(
    ([title, max]) =>
      (document.querySelector(`iframe[title="${title}"]`)?.getBoundingClientRect().height ?? 0) <
      max,
    [panel.title, PROBE_HEIGHT] as const,
  );

  const reload = page.waitForRequest(
    (r) => r.method() === 'GET' && new URL(r.url()).pathname === `/rest/api/3/issue/${key}`,
  );
  await post({ source: 'forge-bridge', command: 'refresh', payload: {} });
  await reload;

  await post({
    source: 'forge-bridge',
    command: 'showFlag',
    payload: { title: 'Saved by the app', type: 'success' },
  });
  await page.getByTestId('shell-flag').filter({ hasText: 'Saved by the app' }).waitFor();

  await post({ source: 'forge-bridge', command: 'open', payload: {} });
  const dialog = page.getByRole('dialog', { name: panel.title });
  await dialog.waitFor();
  const modalIframe = dialog.locator('iframe');
  expect(await modalIframe.getAttribute('src')).toContain('modal=true');
  const modalFrame = await frameOf(modalIframe);
  await modalFrame.evaluate(() => {
    window.parent.postMessage({ source: 'forge-bridge', command: 'close', payload: {} }, '*');
  });
  await dialog.waitFor({ state: 'detached' });

  // Same-tab navigation routes inside the shell, without reloading the page.
  await page.evaluate(() => {
    (window as unknown as { shellMarker: number }).shellMarker = 42;
  });
  await post({
    source: 'forge-bridge',
    command: 'navigate',
    payload: { url: `${site().url}/browse/${target}`, type: 'same-tab' },
  });
  await page.getByTestId('issue-summary').filter({ hasText: 'Navigation target' }).waitFor();
  expect(
    await page.evaluate(() => (window as unknown as { shellMarker?: number }).shellMarker),
  ).toBe(42);
});

test('the issue list has no serious or critical accessibility violation', async () => {
  const page = await site().openPage();
  await page.goto(`${site().url}/jira/projects/CHG/issues`);
  await issueRows(page).first().waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

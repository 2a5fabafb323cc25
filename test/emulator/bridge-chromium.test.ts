// The unmodified @forge/bridge in real headless Chromium, talking to the emulator's bridge host.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import { fixtureEmulator } from '../fixtures/fixture-emulator';

jest.setTimeout(90_000);

let emulator: Emulator;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let issueKey: string;

beforeAll(async () => {
  emulator = await fixtureEmulator();
  server = await emulator.listen(0);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const created = await emulator.rest('requester', 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, issuetype: { name: 'Task' }, summary: 'Shown in the panel' },
  });
  issueKey = (created.body as { key: string }).key;
}, 180_000);

afterAll(async () => {
  await browser.close();
  await server.close();
  await emulator.close();
});

interface Message {
  source: string;
  command: string;
  payload: Record<string, unknown> | undefined;
}

/** A host page (same origin, like the web shell) embedding the frame and collecting what the bridge posts to it. */
async function openFrame(query: string): Promise<{
  page: Page;
  messages: () => Promise<Message[]>;
  result: () => Promise<Record<string, unknown>>;
}> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.url}/emulator/health`);
  await page.setContent(
    `<html><body><script>window.received = []; window.addEventListener('message', (e) => window.received.push(e.data));</script>` +
      `<iframe id="forge" style="width:600px;height:400px" src="/emulator/frame/fixture-panel/?${query}"></iframe></body></html>`,
  );
  const frame = await (await page.waitForSelector('#forge')).contentFrame();
  if (frame === null) throw new Error('no frame');
  await frame.waitForSelector('body[data-ready="true"], body[data-error]', { timeout: 30_000 });
  const error = await frame.getAttribute('body', 'data-error');
  if (error !== null) throw new Error(`the Custom UI failed: ${error} ${problems.join(' | ')}`);
  return {
    page,
    messages: () => page.evaluate(() => (window as unknown as { received: Message[] }).received),
    result: () =>
      frame.evaluate(
        () => (window as unknown as { fixtureResult: Record<string, unknown> }).fixtureResult,
      ),
  };
}

test('invoke runs the resolver as the frame’s user (never the payload’s), getContext describes the issue panel', async () => {
  const { page, result } = await openFrame(`user=requester&issueKey=${issueKey}&locale=it-IT`);
  const r = (await result()) as {
    whoami: { accountId: string; payloadAccountId: string; extension: { issue: { key: string } } };
    context: {
      accountId: string;
      moduleKey: string;
      locale: string;
      extension: { type: string; issue: { key: string; type: string }; project: { key: string } };
    };
    failure: string;
    italianTitle: string;
  };
  expect(r.whoami.accountId).toBe('requester');
  expect(r.whoami.payloadAccountId).toBe('forged-by-the-payload');
  expect(r.whoami.extension.issue.key).toBe(issueKey);
  expect(r.context).toMatchObject({
    accountId: 'requester',
    moduleKey: 'fixture-panel',
    locale: 'it-IT',
  });
  expect(r.context.extension).toMatchObject({
    type: 'jira:issuePanel',
    issue: { key: issueKey, type: 'Task' },
    project: { key: 'CHG' },
  });
  expect(r.failure).toContain('failed on purpose');
  expect(r.italianTitle).toBe('Pannello di prova');
  await page.close();
});

test('view.theme.enable() applies the frame’s theme: data-color-mode and the design tokens', async () => {
  const dark = await openFrame(`user=admin&issueKey=${issueKey}&theme=dark`);
  const light = await openFrame(`user=admin&issueKey=${issueKey}&theme=light`);
  const d = (await dark.result()) as { colorMode: string; dataTheme: string; surfaceToken: string };
  const l = (await light.result()) as { colorMode: string; surfaceToken: string };
  expect(d.colorMode).toBe('dark');
  expect(d.dataTheme).toContain('dark:dark');
  expect(l.colorMode).toBe('light');
  expect(d.surfaceToken).not.toBe('');
  expect(l.surfaceToken).not.toBe('');
  expect(d.surfaceToken).not.toBe(l.surfaceToken);
  await dark.page.close();
  await light.page.close();
});

test('router.navigate, view.submit and content size reach the host page as forge-bridge messages', async () => {
  const { page, messages } = await openFrame(`user=requester&issueKey=${issueKey}`);
  const frame = page.frames().find((f) => f.url().includes('/emulator/frame/'));
  if (frame === undefined) throw new Error('no frame');
  await frame.evaluate(async () => {
    const w = window as unknown as {
      fixtureNavigate(): Promise<unknown>;
      fixtureSubmit(): Promise<unknown>;
    };
    await w.fixtureNavigate();
    await w.fixtureSubmit();
  });
  await page.waitForFunction(() =>
    (window as unknown as { received: Array<{ command: string }> }).received.some(
      (m) => m.command === 'submit',
    ),
  );
  const received = (await messages()).filter((m) => m.source === 'forge-bridge');
  const navigate = received.find((m) => m.command === 'navigate');
  expect(navigate?.payload).toMatchObject({ target: 'issue', issueKey: 'CHG-1', type: 'same-tab' });
  expect(String(navigate?.payload?.url)).toMatch(/\/browse\/CHG-1$/);
  expect(received.find((m) => m.command === 'submit')?.payload).toEqual({ saved: true });
  const resize = received.find((m) => m.command === 'resize');
  expect(Number(resize?.payload?.height)).toBeGreaterThan(0);
  await page.close();
});

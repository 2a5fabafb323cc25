// The web shell as a newcomer first meets it: the home page and its links, deep links, who
// they act as, light/dark theme and language, and accessibility of the home page.
import type { Page } from 'playwright-core';
import {
  chooseOption,
  issueRows,
  screenshot,
  seriousA11yViolations,
  shellSiteForSuite,
} from './shell-harness';

jest.setTimeout(90_000);

const site = shellSiteForSuite();

interface AppInfo {
  modules: {
    issuePanels: { key: string; title: string }[];
    adminPages: { key: string; title: string }[];
  };
}
interface User {
  accountId: string;
  displayName: string;
}

async function appInfo(): Promise<AppInfo> {
  return (await site().rest<AppInfo>('admin', 'GET', '/emulator/app')).body;
}

async function displayName(accountId: string): Promise<string> {
  const users = (await site().rest<User[]>('admin', 'GET', '/emulator/users')).body;
  const user = users.find((u) => u.accountId === accountId);
  if (user === undefined) throw new Error(`the demo site has no user ${accountId}`);
  return user.displayName;
}

/** A task of this test's own, so the test does not depend on what the demo seed holds. */
async function newTaskKey(summary: string): Promise<string> {
  const meta = await site().rest<{ issueTypes: { id: string; name: string }[] }>(
    'admin',
    'GET',
    '/rest/api/3/issue/createmeta/CHG/issuetypes',
  );
  const task = meta.body.issueTypes.find((t) => t.name === 'Task');
  if (task === undefined) throw new Error('CHG has no Task issue type');
  const answer = await site().rest<{ key: string }>('admin', 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'CHG' }, issuetype: { id: task.id }, summary },
  });
  expect(answer.status).toBe(201);
  return answer.body.key;
}

async function heading1(page: Page): Promise<string> {
  const h1 = page.locator('main h1').first();
  await h1.waitFor();
  return (await h1.textContent()) ?? '';
}

test('the home page explains the emulator and links to the issue list, the admin page and Confluence', async () => {
  const page = await site().openPage();
  await page.goto(`${site().url}/`);
  expect(await heading1(page)).toBe('Atlassian Cloud, offline');
  await page.getByRole('heading', { name: 'Recent change requests' }).waitFor();
  await screenshot(page, 'home');

  await page.getByRole('link', { name: 'Project CHG: all issues' }).click();
  await page.waitForURL(`${site().url}/jira/projects/CHG/issues`);
  expect(await heading1(page)).toBe('Issues');

  await page.goBack();
  await page.getByRole('link', { name: 'Change requests (JQL search)' }).click();
  await page.waitForURL(/\/jira\/projects\/CHG\/issues\?jql=/);
  expect(await page.getByLabel('JQL').inputValue()).toContain('issuetype = "Change Request"');

  const adminPage = (await appInfo()).modules.adminPages[0];
  expect(adminPage).toBeDefined();
  if (adminPage === undefined) return;
  await page.goBack();
  await page.getByRole('link', { name: adminPage.title }).click();
  await page.waitForURL(`${site().url}/jira/settings/apps/${adminPage.key}`);
  expect(await heading1(page)).toBe(adminPage.title);
  expect(await page.locator(`iframe[title="${adminPage.title}"]`).getAttribute('src')).toContain(
    `/emulator/frame/${adminPage.key}/?user=admin`,
  );

  await page.goBack();
  await page.getByRole('link', { name: /Space GOV/ }).click();
  await page.waitForURL(/\/wiki\/spaces\/GOV\/pages\/\d+/);
  await page.getByRole('navigation', { name: /Space/ }).waitFor();
});

test('a deep link to an issue works on a fresh load and the product switcher moves between Jira and Confluence', async () => {
  const key = await newTaskKey('Deep link probe');
  const page = await site().openPage();
  await page.goto(`${site().url}/jira/browse/${key}`);
  await page.locator('main .issue-key', { hasText: key }).waitFor();
  await page.reload();
  await page.locator('main .issue-key', { hasText: key }).waitFor();

  await page.getByRole('button', { name: 'Switch product' }).click();
  await page.getByRole('link', { name: 'Confluence' }).click();
  await page.waitForURL(/\/wiki\/spaces\/GOV/);
  await page.getByRole('button', { name: 'Switch product' }).click();
  await page.getByRole('link', { name: 'Jira' }).click();
  await page.waitForURL(`${site().url}/jira/projects/CHG/issues`);

  await page.goto(`${site().url}/no/such/place`);
  expect(await heading1(page)).toBe('Page not found');
});

test('switching the user changes the accountId every REST call carries, and the choice survives a reload', async () => {
  await newTaskKey('User switch probe');
  const page = await site().openPage({ user: 'admin' });
  const callers: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/rest/') || path.startsWith('/wiki/api/')) {
      callers.push(request.headers()['x-emulator-user'] ?? '(none)');
    }
  });
  await page.goto(`${site().url}/`);
  await page
    .getByTestId('acting-as')
    .filter({ hasText: await displayName('admin') })
    .waitFor();
  expect(callers.length).toBeGreaterThan(0);
  expect(new Set(callers)).toEqual(new Set(['admin']));

  callers.length = 0;
  await chooseOption(page, 'user-switcher', 'cx-director');
  const director = await displayName('cx-director');
  await page.getByTestId('acting-as').filter({ hasText: director }).waitFor();
  expect(await page.getByTestId('acting-as').textContent()).toContain('cx-director');

  await page.getByRole('link', { name: 'Project CHG: all issues' }).click();
  await issueRows(page).first().waitFor();
  expect(callers.length).toBeGreaterThan(1);
  expect(new Set(callers)).toEqual(new Set(['cx-director']));

  await page.goto(`${site().url}/`);
  await page.getByTestId('acting-as').filter({ hasText: director }).waitFor();
});

test('the dark theme applies to the shell and is passed to the app frames, as is the language', async () => {
  const key = await newTaskKey('Theme probe');
  const panel = (await appInfo()).modules.issuePanels[0];
  expect(panel).toBeDefined();
  if (panel === undefined) return;
  const page = await site().openPage({ theme: 'light' });
  await page.goto(`${site().url}/jira/browse/${key}`);
  const frame = page.locator(`iframe[title="${panel.title}"]`);
  await frame.waitFor();
  expect(await frame.getAttribute('src')).toContain('theme=light');
  const lightBackground = await page.evaluate(
    () => getComputedStyle(document.body).backgroundColor,
  );

  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-color-mode') === 'dark',
  );
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);
  expect(luminance(darkBackground)).toBeLessThan(0.2);
  await page.waitForFunction(
    (title) =>
      document
        .querySelector(`iframe[title="${title}"]`)
        ?.getAttribute('src')
        ?.includes('theme=dark') === true,
    panel.title,
  );
  await screenshot(page, 'issue-dark');

  await page.reload();
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-color-mode') === 'dark',
  );

  expect(await frame.getAttribute('src')).toContain('locale=en-US');
  await chooseOption(page, 'language-switcher', 'Italiano');
  await page.waitForFunction(
    (title) =>
      document
        .querySelector(`iframe[title="${title}"]`)
        ?.getAttribute('src')
        ?.includes('locale=it-IT') === true,
    panel.title,
  );
});

test('the home page has no serious or critical accessibility violation', async () => {
  const page = await site().openPage();
  await page.goto(`${site().url}/`);
  await page.getByTestId('acting-as').waitFor();
  await page.getByRole('heading', { name: 'Recent change requests' }).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('the emulator menu works from the keyboard: it delivers pending events and resets the demo site', async () => {
  const probe = await newTaskKey('Reset probe');
  const page = await site().openPage();
  await page.goto(`${site().url}/jira/browse/${probe}`);
  await page.getByTestId('issue-summary').filter({ hasText: 'Reset probe' }).waitFor();

  const menu = page.getByRole('button', { name: 'Emulator' });
  await menu.focus();
  await page.keyboard.press('Enter');
  // The menu moves focus to its first action.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Deliver events');
  await page.keyboard.press('Enter');
  await page.getByTestId('shell-flag').filter({ hasText: 'Pending events delivered' }).waitFor();
  expect(await menu.getAttribute('aria-expanded')).toBe('false');

  await menu.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset demo');
  await page.keyboard.press('Enter');
  await page
    .getByTestId('shell-flag')
    .filter({ hasText: 'Demo site reset' })
    .waitFor({ timeout: 60_000 });
  // The page reloads its data from the fresh site, where the probe issue no longer exists (its key
  // may since name a demo issue).
  await page.waitForFunction(
    () => document.querySelector('[data-testid="issue-summary"]')?.textContent !== 'Reset probe',
  );
  const after = await site().rest<{ fields?: { summary?: string } }>(
    'admin',
    'GET',
    `/rest/api/3/issue/${probe}`,
  );
  expect(after.status === 404 || after.body.fields?.summary !== 'Reset probe').toBe(true);
});

function luminance(cssColor: string): number {
  const [r = 255, g = 255, b = 255] = (cssColor.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

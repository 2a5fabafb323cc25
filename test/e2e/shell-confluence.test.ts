// Confluence and Jira administration in the web shell: the GOV space's pages, a page body
// with the app's macro as a frame carrying its configuration, and the app's admin page.
import { screenshot, seriousA11yViolations, shellSiteForSuite } from './shell-harness';

jest.setTimeout(90_000);

const site = shellSiteForSuite();

interface Space {
  id: string;
  key: string;
  name: string;
  homepageId?: string | null;
}
interface PageSummary {
  id: string;
  title: string;
}
interface AppInfo {
  modules: {
    adminPages: { key: string; title: string }[];
    macros: { key: string; title: string }[];
  };
}

async function governanceSpace(): Promise<{ space: Space; pages: PageSummary[] }> {
  const spaces = await site().rest<{ results: Space[] }>('admin', 'GET', '/wiki/api/v2/spaces');
  const space = spaces.body.results.find((s) => s.key === 'GOV');
  if (space === undefined) throw new Error('the demo site has no space GOV');
  const pages = await site().rest<{ results: PageSummary[] }>(
    'admin',
    'GET',
    `/wiki/api/v2/spaces/${space.id}/pages`,
  );
  return { space, pages: pages.body.results };
}

function frameConfig(src: string | null): Record<string, unknown> {
  const config = new URL(src ?? '', site().url).searchParams.get('config');
  return config === null ? {} : (JSON.parse(config) as Record<string, unknown>);
}

test('a space opens on its home page, lists its pages, and renders the page body with the macro frame', async () => {
  const { space, pages } = await governanceSpace();
  const app = (await site().rest<AppInfo>('admin', 'GET', '/emulator/app')).body;
  const macro = app.modules.macros[0];
  expect(macro).toBeDefined();
  if (macro === undefined) return;
  expect(pages.length).toBeGreaterThan(1);

  const page = await site().openPage();
  await page.goto(`${site().url}/wiki/spaces/GOV`);
  await page.waitForURL(/\/wiki\/spaces\/GOV\/pages\/\d+$/);
  const home = space.homepageId ?? pages[0]?.id;
  expect(page.url()).toBe(`${site().url}/wiki/spaces/GOV/pages/${home ?? ''}`);

  const sidebar = page.getByRole('navigation', { name: `Space ${space.name}` });
  for (const p of pages) await sidebar.getByRole('link', { name: p.title }).waitFor();

  const homeTitle = pages.find((p) => p.id === home)?.title ?? '';
  await page.getByTestId('wiki-page-title').filter({ hasText: homeTitle }).waitFor();
  const frame = page.locator(`iframe[title="${macro.title}"]`).first();
  await frame.waitFor();
  const src = await frame.getAttribute('src');
  expect(src).toContain(`/emulator/frame/${macro.key}/?`);
  expect(src).toContain(`pageId=${home ?? ''}`);
  expect(src).toContain('user=admin');
  const config = frameConfig(src);
  expect(Object.keys(config).length).toBeGreaterThan(0);
  if (typeof config.locale === 'string') expect(src).toContain(`locale=${config.locale}`);
  expect((await page.locator('.wiki-body').textContent())?.length ?? 0).toBeGreaterThan(40);
  await screenshot(page, 'confluence');
  expect(await seriousA11yViolations(page)).toEqual([]);

  const other = pages.find((p) => p.id !== home);
  if (other === undefined) return;
  await sidebar.getByRole('link', { name: other.title }).click();
  await page.waitForURL(`${site().url}/wiki/spaces/GOV/pages/${other.id}`);
  await page.getByTestId('wiki-page-title').filter({ hasText: other.title }).waitFor();
  expect(await sidebar.getByRole('link', { name: other.title }).getAttribute('aria-current')).toBe(
    'page',
  );
});

test('the Jira admin area lists the app admin pages and hosts the chosen one as the acting user', async () => {
  const app = (await site().rest<AppInfo>('admin', 'GET', '/emulator/app')).body;
  const adminPage = app.modules.adminPages[0];
  expect(adminPage).toBeDefined();
  if (adminPage === undefined) return;
  const page = await site().openPage({ user: 'admin' });
  await page.goto(`${site().url}/jira/settings/apps`);
  await page.waitForURL(`${site().url}/jira/settings/apps/${adminPage.key}`);
  const sidebar = page.getByRole('navigation', { name: 'Jira settings' });
  expect(
    await sidebar.getByRole('link', { name: adminPage.title }).getAttribute('aria-current'),
  ).toBe('page');
  const frame = page.locator(`iframe[title="${adminPage.title}"]`);
  const src = (await frame.getAttribute('src')) ?? '';
  expect(src).toContain(`/emulator/frame/${adminPage.key}/?user=admin`);
  expect(src).toContain('theme=light');
  await screenshot(page, 'admin');
});

test('Confluence saves a page only over its current version and only as valid ADF, as the editor does', async () => {
  const { pages } = await governanceSpace();
  const target = pages[pages.length - 1];
  if (target === undefined) throw new Error('the GOV space has no pages');
  const path = `/wiki/api/v2/pages/${target.id}?body-format=atlas_doc_format`;
  const before = await site().rest<{
    title: string;
    version: { number: number };
    body: { atlas_doc_format: { value: string } };
  }>('admin', 'GET', path);
  const update = (number: number, value: string): Record<string, unknown> => ({
    id: target.id,
    status: 'current',
    title: before.body.title,
    body: { representation: 'atlas_doc_format', value },
    version: { number },
  });
  const current = before.body.version.number;
  const doc = before.body.body.atlas_doc_format.value;
  const route = `/wiki/api/v2/pages/${target.id}`;

  expect((await site().rest('admin', 'PUT', route, update(current, doc))).status).toBe(409);
  const notAdf = JSON.stringify({ type: 'doc', version: 1, content: [{ type: 'nonsense' }] });
  expect((await site().rest('admin', 'PUT', route, update(current + 1, notAdf))).status).toBe(400);
  expect((await site().rest('admin', 'GET', path)).body).toEqual(before.body);

  const saved = await site().rest<{ version: { number: number } }>(
    'admin',
    'PUT',
    route,
    update(current + 1, doc),
  );
  expect(saved.status).toBe(200);
  expect(saved.body.version.number).toBe(current + 1);
});

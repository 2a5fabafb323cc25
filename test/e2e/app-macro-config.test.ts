// The macro's custom configuration, as a page author uses it in Confluence: "Edit macro" opens the
// app's config resource in the editor's modal, Save (view.submit) stores the configuration on the
// page's macro node and the macro re-renders with it; by mouse and by keyboard, and accessible.
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { DEMO_PAGES, DEMO_SPACE } from '../../emulator';
import {
  appFrame,
  appSiteForSuite,
  eventually,
  MODULES,
  restJson,
  screenshot,
  seriousA11yFindings,
  visible,
  type Locale,
  type Theme,
} from './app-harness';

jest.setTimeout(180_000);

const site = appSiteForSuite();

const CONFIG_FRAME = 'iframe[data-frame-part="config"]';

async function openPage(pageId: string, locale: Locale): Promise<Page> {
  const page = await site().shellPage({ user: 'comms-manager', locale });
  await page.goto(`${site().url}/wiki/spaces/${DEMO_SPACE.key}/pages/${pageId}`);
  await visible(appFrame(page, MODULES.macro).locator('table[data-table="comms"]'), 30_000);
  return page;
}

async function tableTitles(macro: FrameLocator): Promise<string[]> {
  return macro.getByRole('heading', { level: 2 }).allTextContents();
}

/** The configuration stored on the page's macro node, read back through Confluence REST. */
async function storedConfig(pageId: string): Promise<{ version: number; config: unknown }> {
  const answer = await restJson<{
    version: { number: number };
    body: { atlas_doc_format: { value: string } };
  }>(site(), 'admin', 'GET', `/wiki/api/v2/pages/${pageId}?body-format=atlas_doc_format`);
  const doc = JSON.parse(answer.body.body.atlas_doc_format.value) as {
    content: Array<{ type: string; attrs?: { parameters?: { guestParams?: unknown } } }>;
  };
  const macro = doc.content.find((node) => node.type === 'extension');
  return { version: answer.body.version.number, config: macro?.attrs?.parameters?.guestParams };
}

/** The frame whose document is the focused one (the config form inside the modal). */
async function configFrame(page: Page): Promise<Frame> {
  const handle = await page.locator(CONFIG_FRAME).elementHandle();
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('the config frame is not open');
  return frame;
}

/** Presses Tab until the config form's focused element matches `selector`. */
async function tabTo(page: Page, selector: string, limit = 30): Promise<void> {
  const frame = await configFrame(page);
  for (let presses = 0; presses < limit; presses += 1) {
    if (await frame.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} in the config form`);
}

test('an author unticks a table and picks Italian: the macro shows only the chosen tables, in Italian', async () => {
  const page = await openPage(DEMO_PAGES.english, 'en-US');
  const macro = appFrame(page, MODULES.macro);
  expect(await tableTitles(macro)).toHaveLength(3);

  await page.getByRole('button', { name: /^Edit macro/ }).click();
  const dialog = page.getByRole('dialog');
  await visible(dialog);
  const form = page.frameLocator(CONFIG_FRAME);
  // The form opens on the macro's current configuration.
  const roles = form.getByRole('checkbox', { name: 'Roles and responsibilities' });
  await visible(roles, 30_000);
  expect(await form.getByRole('checkbox', { name: 'Impact criteria' }).isChecked()).toBe(true);
  expect(await roles.isChecked()).toBe(true);
  await roles.uncheck();
  await form.getByLabel('Language of the tables').click();
  await form.getByRole('option', { name: 'Italiano' }).click();
  await screenshot(page, 'macro-config-en');
  await form.getByRole('button', { name: 'Save' }).click();

  await dialog.waitFor({ state: 'detached' });
  await eventually(async () => {
    expect(await tableTitles(appFrame(page, MODULES.macro))).toEqual([
      "Criteri d'impatto",
      'Piano di comunicazione ai clienti',
    ]);
  });
  expect(await appFrame(page, MODULES.macro).locator('table[data-table="roles"]').count()).toBe(0);
  expect(await storedConfig(DEMO_PAGES.english)).toEqual({
    version: 2,
    config: { tables: ['criteria', 'comms'], locale: 'it-IT' },
  });
  await page.context().close();
});

test('a keyboard-only author edits the macro; an empty choice is refused and Cancel keeps the page', async () => {
  const before = await storedConfig(DEMO_PAGES.italian);
  const page = await openPage(DEMO_PAGES.italian, 'en-US');
  const edit = page.getByRole('button', { name: /^Edit macro/ });
  await edit.focus();
  await page.keyboard.press('Enter');
  const form = page.frameLocator(CONFIG_FRAME);
  await visible(form.getByRole('checkbox', { name: 'Impact criteria' }), 30_000);

  // Untick all three with Space: Save refuses, says why, and puts focus on the first table.
  for (const name of ['criteria', 'roles', 'comms']) {
    await tabTo(page, `input[value="${name}"]`);
    await page.keyboard.press('Space');
  }
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await visible(form.getByText('Choose at least one table.'));
  const frame = await configFrame(page);
  expect(await frame.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
    'criteria',
  );
  expect(await storedConfig(DEMO_PAGES.italian)).toEqual(before);

  // Cancel (Enter on it) closes the modal and changes nothing.
  await tabTo(page, 'button:not([type="submit"])');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  expect(await storedConfig(DEMO_PAGES.italian)).toEqual(before);

  // Again: tick roles and comms, choose English by typing in the select, save with Enter.
  await edit.focus();
  await page.keyboard.press('Enter');
  await visible(form.getByRole('checkbox', { name: 'Roles and responsibilities' }), 30_000);
  await tabTo(page, 'input[value="criteria"]');
  await page.keyboard.press('Space');
  await tabTo(page, '#config-locale');
  await page.keyboard.type('English');
  await page.keyboard.press('Enter');
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await eventually(async () => {
    expect(await tableTitles(appFrame(page, MODULES.macro))).toEqual([
      'Roles and responsibilities',
      'Customer communication plan',
    ]);
  });
  expect(await storedConfig(DEMO_PAGES.italian)).toEqual({
    version: before.version + 1,
    config: { tables: ['roles', 'comms'], locale: 'en-US' },
  });
  await page.context().close();
});

const CASES: ReadonlyArray<[Locale, Theme, string]> = [
  ['en-US', 'light', 'Tables to show'],
  ['it-IT', 'dark', 'Tabelle da mostrare'],
];

test.each(CASES)(
  'the config form in %s (%s theme) is labelled in its language and passes axe',
  async (locale, theme, legend) => {
    const context = await site().browser.newContext({ viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    const query = new URLSearchParams({
      user: 'comms-manager',
      locale,
      theme,
      config: JSON.stringify({ tables: ['criteria'], locale: 'it-IT' }),
    });
    await page.goto(`${site().url}/emulator/config-frame/${MODULES.macro}/?${query.toString()}`);
    await visible(page.getByRole('group', { name: legend }), 30_000);
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(1);
    expect(await seriousA11yFindings(page)).toEqual([]);
    await context.close();
  },
);

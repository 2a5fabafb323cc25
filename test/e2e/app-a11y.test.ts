// axe-core in the app's own frames (issue panel, admin page, macro), light and dark: no serious or
// critical violation on any tab a user reaches.
import type { Page } from 'playwright-core';
import {
  appSiteForSuite,
  MODULES,
  seriousA11yFindings,
  visible,
  type AxeFinding,
  type Theme,
} from './app-harness';

jest.setTimeout(240_000);

const site = appSiteForSuite();
const THEMES: readonly Theme[] = ['light', 'dark'];

/** Readable failure output: which rule, where. */
const describeFindings = (findings: AxeFinding[]): string[] =>
  findings.map(
    (f) => `${f.impact ?? ''} ${f.id}: ${f.help} at ${f.targets.slice(0, 3).join(' | ')}`,
  );

async function findingsOnTabs(page: Page, tabs: readonly string[]): Promise<string[]> {
  const all: string[] = [];
  for (const tab of tabs) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    // Let the tab's own data load before judging it.
    await page.waitForLoadState('networkidle');
    all.push(
      ...describeFindings(await seriousA11yFindings(page)).map((line) => `[${tab}] ${line}`),
    );
  }
  return all;
}

describe.each(THEMES)('%s theme', (theme) => {
  test('the issue panel', async () => {
    const page = await site().framePage(MODULES.panel, {
      user: 'requester',
      issueKey: 'CHG-1',
      theme,
    });
    await visible(page.getByRole('tab', { name: 'Intake' }), 30_000);
    expect(
      await findingsOnTabs(page, ['Assessment', 'Approvals & comms', 'What if', 'Intake']),
    ).toEqual([]);
    await page.context().close();
  });

  test('the admin page', async () => {
    const page = await site().framePage(MODULES.admin, { user: 'admin', theme });
    await visible(page.getByRole('tab', { name: 'Criteria' }), 30_000);
    const tabs = [
      'Setup',
      'Tiers',
      'Criteria',
      'Thresholds & escalation',
      'Roles',
      'Comms plans',
      'Preview',
      'History',
    ];
    expect(await findingsOnTabs(page, tabs)).toEqual([]);
    await page.context().close();
  });

  test('the macro', async () => {
    const page = await site().framePage(MODULES.macro, {
      user: 'requester',
      theme,
      config: { tables: ['criteria', 'roles', 'comms'], locale: 'it-IT' },
    });
    await visible(page.locator('table[data-table="comms"]'), 30_000);
    expect(describeFindings(await seriousA11yFindings(page))).toEqual([]);
    await page.context().close();
  });
});

// The whole journey of issue 12, in the browser, in English and in Italian: the requester raises a
// change request and fills its intake in the issue panel; the approver opens the approval, sees what
// they decide and approves it; the requester's open panel shows the approval without a reload; the
// admin changes a weight; a Confluence reader sees the new weight under the impact criteria.
// Any page error or console error in any frame fails the run, and so does any English sentence of
// the app left on screen in the Italian run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConsoleMessage, Frame, FrameLocator, Page } from 'playwright-core';
import { DEMO_PAGES, DEMO_SPACE } from '../../emulator';
import { DEFAULT_CONFIG, type LocalizedText } from '../../src/domain';
import {
  appFrame,
  appSiteForSuite,
  eventually,
  isoDaysFromToday,
  issueProperty,
  MODULES,
  restJson,
  ROOT,
  screenshot,
  textOf,
  visible,
  type IssueBean,
  type Locale,
  pendingApprovalOf,
} from './app-harness';

// Two full journeys, each through five pages of the shell.
jest.setTimeout(600_000);

const site = appSiteForSuite();

/** The shipped registry's support-agents touchpoint, as the intake offers it. */
const SUPPORT_AGENTS: LocalizedText = DEFAULT_CONFIG.journey?.stages
  .flatMap((stage) => stage.steps.flatMap((step) => step.touchpoints))
  .find((touchpoint) => touchpoint.id === 'support-agents')?.name ?? { 'en-US': '' };

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** Every string of a locale file, server messages included, by its full key. */
const strings = (locale: Locale): Map<string, string> =>
  flatten(JSON.parse(readFileSync(path.join(ROOT, 'locales', `${locale}.json`), 'utf8')) as Tree);

const LOCALES: Record<Locale, Map<string, string>> = {
  'en-US': strings('en-US'),
  'it-IT': strings('it-IT'),
};

/** A string of the locale files with its parameters filled in. */
function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const text = LOCALES[locale].get(key);
  if (text === undefined) throw new Error(`no string ${key} in ${locale}`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A string of the locale files as a pattern: parameters not given match any text. */
function tPattern(
  locale: Locale,
  key: string,
  params: Record<string, string | number> = {},
): RegExp {
  const parts = t(locale, key, params)
    .split(/\{\w+\}/)
    .map(escapeRegExp);
  return new RegExp(`^${parts.join('.+')}`);
}

/** Every localized text of a configuration, wherever it sits. */
function localizedTexts(value: unknown): LocalizedText[] {
  if (Array.isArray(value)) return value.flatMap(localizedTexts);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record['en-US'] === 'string') return [record as LocalizedText];
  return Object.values(record).flatMap(localizedTexts);
}

/**
 * English the app could put on screen: every sentence of the locale files (server messages, validator
 * messages and the UI's) and of the shipped configuration that reads differently in Italian. Short
 * fragments ("Tier", "Step") also occur inside Italian words and names: a sentence's worth of letters
 * is what gives English away (as in the locale check of the panel).
 */
function englishFragments(): string[] {
  const en = LOCALES['en-US'];
  const it = LOCALES['it-IT'];
  const fromFiles = [...en]
    .filter(([key, english]) => it.get(key) !== english)
    .flatMap(([, english]) => english.split(/\{\w+\}/));
  const fromConfig = localizedTexts(DEFAULT_CONFIG)
    .filter((text) => text['it-IT'] !== undefined && text['it-IT'] !== text['en-US'])
    .map((text) => text['en-US']);
  return [...new Set([...fromFiles, ...fromConfig].map((s) => s.trim()))].filter(
    (fragment) => fragment.length >= 14 && /[a-z]{3,} [a-z]{2,}/i.test(fragment),
  );
}

/** Page errors and console errors of every page the journey opens, from every frame. */
class Problems {
  readonly seen: string[] = [];

  watch(page: Page, who: string): Page {
    // Chromium reports the console and uncaught errors of the page's iframes on the page too.
    page.on('pageerror', (error) => this.seen.push(`${who}: page error: ${error.message}`));
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      this.seen.push(`${who}: console error: ${message.text()} (${where})`);
    });
    page.on('crash', () => this.seen.push(`${who}: the page crashed`));
    return page;
  }
}

/**
 * The visible text of the app's frames on a page. The page's own document is the host (the
 * emulator's stand-in for Jira or Confluence), whose chrome is the product's and not translated by
 * the app; what the app writes into Jira (comments) is in the site's default language by design.
 */
async function appFramesText(page: Page): Promise<string> {
  const frames: Frame[] = page.frames().filter((frame) => frame !== page.mainFrame());
  const texts: string[] = [];
  for (const frame of frames) {
    if (frame.isDetached()) continue;
    texts.push(await frame.locator('body').innerText());
  }
  return texts.join('\n');
}

/** English sentences of the app found in the text, after taking out what is not the app's to translate. */
function englishLeft(text: string): string[] {
  // People's display names are the site's ("Fiona Diaz (Finance director)"), not the app's.
  let shown = site()
    .emulator.users()
    .reduce((acc, user) => acc.split(user.displayName).join(' '), text);
  // Jira's own status names (the workflow's, shown as Jira names them) are the site's words too.
  for (const status of ['To Do', 'In Progress', 'In Review', 'Pending', 'Approved', 'Declined'])
    shown = shown.split(status).join(' ');
  return englishFragments().filter((fragment) => shown.includes(fragment));
}

async function statusOf(key: string): Promise<string> {
  return (
    await restJson<IssueBean>(site(), 'admin', 'GET', `/rest/api/3/issue/${key}?fields=status`)
  ).body.fields.status.name;
}

const approvalFor = (change: string, assignee: string) =>
  pendingApprovalOf(site(), change, assignee);

/** A day as the language types it: M/D/YYYY in en-US, D/M/YYYY in it-IT. */
function typedDay(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map((part) => String(Number(part)));
  return locale === 'en-US'
    ? `${month ?? ''}/${day ?? ''}/${year ?? ''}`
    : `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}

/** Tier 3 in the shipped configuration: reach and financial impact of 2. */
const TIER_3: Record<string, number> = {
  reach: 2,
  customerAction: 0,
  financial: 2,
  visibility: 0,
  supportLoad: 0,
  reversibility: 0,
  regulatory: 0,
  history: 0,
};

/** What the requester types, in their own language (their text is theirs, not the app's). */
const CONTENT: Record<Locale, Record<string, string>> = {
  'en-US': {
    summary: 'Journey: new invoice layout',
    segment: 'Small business customers',
    channel: 'Email',
    customerAction: 'Nothing: invoices arrive as before.',
    rollback: 'Switch back to the old layout.',
    kpi: 'Invoice questions per week',
  },
  'it-IT': {
    summary: 'Percorso: nuova impaginazione delle fatture',
    segment: 'Clienti piccole imprese',
    channel: 'Posta',
    customerAction: 'Niente: le fatture arrivano come prima.',
    rollback: 'Ritorno alla vecchia impaginazione.',
    kpi: 'Domande sulle fatture a settimana',
  },
};

describe.each<Locale>(['en-US', 'it-IT'])('the journey in %s', (locale) => {
  test('requester, approver, admin and Confluence reader, with no error and no English left in Italian', async () => {
    const problems = new Problems();
    const englishSeen: string[] = [];
    const checkLanguage = async (page: Page, where: string) => {
      if (locale !== 'it-IT') return;
      for (const fragment of englishLeft(await appFramesText(page)))
        englishSeen.push(`${where}: ${fragment}`);
    };
    const content = CONTENT[locale];
    const launch = isoDaysFromToday(150);

    // 1. The requester raises a change request in the Create dialog and fills its intake.
    const requester = problems.watch(
      await site().shellPage({ user: 'requester', locale }),
      'requester',
    );
    await requester.goto(`${site().url}/jira/projects/CHG/issues`);
    await requester.getByRole('button', { name: 'Create', exact: true }).click();
    const dialog = requester.getByRole('dialog', { name: 'Create issue' });
    await dialog.waitFor();
    // In the change project the dialog offers a Change Request first.
    await visible(dialog.getByText('Change Request'));
    await requester.locator('#create-summary').fill(content.summary ?? '');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await requester.waitForURL(/\/jira\/browse\/CHG-\d+$/);
    const key = new URL(requester.url()).pathname.split('/').pop() ?? '';
    const created = await restJson<IssueBean>(
      site(),
      'admin',
      'GET',
      `/rest/api/3/issue/${key}?fields=issuetype`,
    );
    expect(created.body.fields.issuetype.name).toBe('Change Request');

    const panel: FrameLocator = appFrame(requester, MODULES.panel);
    const intakeTab = panel.getByRole('tab', { name: t(locale, 'ui.panel.tabs.intake') });
    await visible(intakeTab, 30_000);
    await intakeTab.click();
    await panel.locator('#intake-launch-date').focus();
    // Typed as the language writes a day (the field's example shows how), then taken with Enter.
    await requester.keyboard.type(typedDay(launch, locale));
    await requester.keyboard.press('Enter');
    for (const [criterion, value] of Object.entries(TIER_3))
      await panel.locator(`input[name="answer-${criterion}"][value="${String(value)}"]`).check();
    await panel.locator('#intake-segments').fill(content.segment ?? '');
    await panel.locator('#intake-segments').press('Enter');
    await panel.locator('#intake-channels').fill(content.channel ?? '');
    await panel.locator('#intake-channels').press('Enter');
    await panel.getByRole('checkbox', { name: SUPPORT_AGENTS[locale] ?? '' }).check();
    await panel.locator('#intake-customer-action').fill(content.customerAction ?? '');
    await panel.getByRole('radio', { name: t(locale, 'ui.panel.rollouts.phased') }).check();
    await panel.locator('#intake-rollback').fill(content.rollback ?? '');
    await panel.locator('#intake-kpis').fill(content.kpi ?? '');
    await panel.locator('#intake-kpis').press('Enter');
    await checkLanguage(requester, 'intake');
    await panel.getByRole('button', { name: t(locale, 'ui.panel.intake.save') }).click();

    // The tier, its score and what explains it.
    const tierName = DEFAULT_CONFIG.tiers.find((tier) => tier.tier === 3)?.name[locale] ?? '';
    await visible(
      panel.getByText(t(locale, 'ui.common.tierNamed', { tier: 3, name: tierName })),
      30_000,
    );
    await visible(panel.getByText(tPattern(locale, 'ui.panel.assessment.score')));
    await visible(
      panel.getByRole('heading', { name: t(locale, 'ui.panel.assessment.whyHeading') }),
    );
    const assessment = await issueProperty<{ status: string; tier: number }>(
      site(),
      key,
      'change-governance.assessment',
    );
    expect(assessment).toMatchObject({ status: 'assessed', tier: 3 });
    await checkLanguage(requester, 'assessment');
    await screenshot(requester, `journey-${locale}-assessed`);

    // The approvals and the comms timeline, each a ticket.
    await panel.getByRole('tab', { name: t(locale, 'ui.panel.tabs.tickets') }).click();
    const approvals = panel.getByRole('table', {
      name: t(locale, 'ui.panel.tickets.approvalsCaption'),
    });
    const comms = panel.getByRole('table', {
      name: t(locale, 'ui.panel.tickets.commsCaption'),
    });
    const roleName =
      DEFAULT_CONFIG.roles.find((role) => role.id === 'cx-manager')?.name[locale] ?? 'cx-manager';
    const approvalRow = approvals.getByRole('row', { name: new RegExp(escapeRegExp(roleName)) });
    await visible(approvalRow.getByRole('link'), 60_000);
    await visible(approvalRow.getByText(t(locale, 'ui.panel.standing.pending')));
    await eventually(async () => {
      expect(await comms.getByRole('link').count()).toBeGreaterThan(0);
    }, 60_000);
    await checkLanguage(requester, 'approvals and comms');
    await screenshot(requester, `journey-${locale}-tickets`);

    // 2. The approver opens the approval, sees what they decide, and approves it in Jira.
    await site().emulator.drain();
    const approvalKey = await approvalFor(key, 'cx-manager');
    const approver = problems.watch(
      await site().shellPage({ user: 'cx-manager', locale }),
      'approver',
    );
    await approver.goto(`${site().url}/jira/browse/${approvalKey}`);
    const approverPanel = appFrame(approver, MODULES.panel);
    const context = approverPanel.getByRole('region', {
      name: t(locale, 'ui.panel.approver.title', { key, role: roleName }),
    });
    await visible(context, 30_000);
    const contextText = await textOf(context);
    expect(contextText).toContain(t(locale, 'ui.common.tier', { tier: 3 }));
    expect(contextText).toContain(t(locale, 'ui.panel.approver.approveEffect'));
    await checkLanguage(approver, 'approver context');
    await screenshot(approver, `journey-${locale}-approver`);
    await approver
      .getByRole('group', { name: 'Workflow transitions' })
      .getByRole('button', { name: 'Approve' })
      .click();
    await eventually(async () => {
      expect(await statusOf(approvalKey)).toBe('Approved');
    });
    await site().emulator.drain();

    // 3. The requester's open panel shows it, without a reload.
    await visible(approvalRow.getByText(t(locale, 'ui.panel.standing.approved')), 30_000);
    await checkLanguage(requester, 'approval reflected');

    // 4. The admin changes the first criterion's weight and saves a new version.
    const admin = problems.watch(await site().shellPage({ user: 'admin', locale }), 'admin');
    await admin.goto(`${site().url}/jira/settings/apps/${MODULES.admin}`);
    const adminFrame = appFrame(admin, MODULES.admin);
    const criteriaTab = adminFrame.getByRole('tab', {
      name: new RegExp(`^${escapeRegExp(t(locale, 'ui.admin.tabs.criteria'))}`),
    });
    await visible(criteriaTab, 30_000);
    await criteriaTab.click();
    const weightField = adminFrame.locator('#cfg-criteria-0-weight');
    await visible(weightField);
    const weight = Number(await weightField.inputValue()) + 1;
    await weightField.fill(String(weight));
    await checkLanguage(admin, 'admin criteria');
    await adminFrame.getByRole('button', { name: t(locale, 'ui.admin.save') }).click();
    await visible(
      adminFrame.getByText(tPattern(locale, 'ui.admin.versionLine', { by: '' })),
      30_000,
    );
    await visible(adminFrame.getByText(t(locale, 'ui.admin.progress.doneTitle')), 90_000);
    await checkLanguage(admin, 'admin saved');
    await screenshot(admin, `journey-${locale}-admin-saved`);
    await site().emulator.drain();

    // 5. A Confluence reader sees the new weight under the impact criteria.
    const reader = problems.watch(await site().shellPage({ user: 'requester', locale }), 'reader');
    const pageId = locale === 'it-IT' ? DEMO_PAGES.italian : DEMO_PAGES.english;
    await reader.goto(`${site().url}/wiki/spaces/${DEMO_SPACE.key}/pages/${pageId}`);
    const macro = appFrame(reader, MODULES.macro);
    await visible(
      macro.getByRole('heading', { level: 2, name: t(locale, 'ui.macro.criteria.title') }),
      30_000,
    );
    const firstCriterion = macro.locator('table[data-table="scoring-criteria"] tbody tr').first();
    await eventually(async () => {
      expect(await textOf(firstCriterion.locator('td.cg-num'))).toBe(String(weight));
    });
    await checkLanguage(reader, 'macro');
    await screenshot(reader, `journey-${locale}-macro`);

    for (const page of [requester, approver, admin, reader]) await page.context().close();
    expect(problems.seen).toEqual([]);
    expect(englishSeen).toEqual([]);
  });
});

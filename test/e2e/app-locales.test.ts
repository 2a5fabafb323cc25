// The Custom UI's strings and builds, checked without a browser: every `ui.*` key the code uses
// exists in both languages with the same placeholders, text is never injected as HTML, and each
// build references its assets relatively (the host serves every resource under its own prefix).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEMO_REQUESTS } from '../../emulator';
import { ERROR_CODES } from '../../src/contract/resolver-contract';
import { DEFAULT_CONFIG, type LocalizedText } from '../../src/domain';
import { OUTCOMES, ROLLOUTS } from '../../src/domain/intake';
import { LEGACY_TOUCHPOINT_STAGES } from '../../src/domain/journey';
import { STATUS_KEYS } from '../../static/issue-panel/src/tickets/status-name';
import { appSiteForSuite, MODULES, restJson, visible } from './app-harness';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const STATIC = path.join(ROOT, 'static');

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

const strings = (locale: string): Map<string, string> => {
  const resource = JSON.parse(
    readFileSync(path.join(ROOT, 'locales', `${locale}.json`), 'utf8'),
  ) as { ui: Tree };
  return flatten(resource.ui, 'ui');
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'build' || name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const en = strings('en-US');
const it = strings('it-IT');
const code = sources(STATIC).map((file) => ({
  file: path.relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

test('both languages have the same ui keys, none empty, with the same placeholders', () => {
  expect([...it.keys()].sort()).toEqual([...en.keys()].sort());
  for (const [key, english] of en) {
    const italian = it.get(key) ?? '';
    expect({ key, empty: english.trim() === '' || italian.trim() === '' }).toEqual({
      key,
      empty: false,
    });
    expect({ key, placeholders: placeholders(italian) }).toEqual({
      key,
      placeholders: placeholders(english),
    });
  }
});

test('every ui key written in the code exists', () => {
  const used = new Set<string>();
  for (const { text } of code) {
    for (const match of text.matchAll(/['`](ui\.[A-Za-z0-9_.-]+)['`]/g)) used.add(match[1] ?? '');
  }
  expect(used.size).toBeGreaterThan(200);
  // A plural family (`plural(t, locale, key, count)`) is written as its stem: its `.other` form must exist.
  expect([...used].filter((key) => !en.has(key) && !en.has(`${key}.other`))).toEqual([]);
});

test('every key the code builds from a value exists', () => {
  const families: Array<[string, readonly string[]]> = [
    ['ui.panel.touchpoints', LEGACY_TOUCHPOINT_STAGES],
    ['ui.journey.admin.lanes', ['people', 'process', 'technology']],
    ['ui.journey.touched.ownerVia', ['group', 'projectRole']],
    ['ui.panel.rollouts', ROLLOUTS],
    ['ui.panel.outcomes', [...OUTCOMES, 'unknown']],
    ['ui.panel.standing', ['approved', 'declined', 'pending', 'invalid']],
    ['ui.panel.tickets.statuses', STATUS_KEYS],
    ['ui.common.effects', ['cx', 'pr', 'finance']],
    ['ui.calendar.fatigue', ['segment', 'touchpoint']],
    ['ui.calendar.nav.previous', ['month', 'quarter']],
    ['ui.calendar.nav.next', ['month', 'quarter']],
    ['ui.calendar.view', ['month', 'quarter']],
    ['ui.errors', ERROR_CODES.map((c) => c.replace('.', '_'))],
    [
      'ui.admin.tabs',
      ['setup', 'tiers', 'criteria', 'scoring', 'roles', 'comms', 'preview', 'history'],
    ],
    ['ui.admin.roles.kinds', ['user', 'group', 'projectRole', 'reporter']],
    ['ui.admin.roles.pick', ['user', 'group', 'projectRole']],
    ['ui.admin.scoring.ops', ['eq', 'neq', 'gte', 'lte']],
    ['ui.admin.scoring.opSymbols', ['eq', 'neq', 'gte', 'lte']],
    [
      'ui.admin.setup.actions',
      ['created', 'reused', 'added-to-scheme', 'saved-config', 'kept-config'],
    ],
  ];
  const missing = families
    .flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`))
    .filter((key) => !en.has(key));
  expect(missing).toEqual([]);
});

/** Attributes a user reads or hears: a literal there bypasses the locale files. */
const TEXT_PROPS =
  /\b(label|title|legend|helper|placeholder|alt|caption|aria-label|aria-valuetext|[a-z]+Label)="([^"]*[A-Za-z][^"]*)"/g;

test('no user-facing text is written in the UI code: every word comes from the locale files', () => {
  const literals: string[] = [];
  for (const { file, text } of code.filter(({ file }) => file.endsWith('.tsx'))) {
    const source = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    // Text between a tag's `>` (not `/>` or `=>`) and the next `<`, outside braces: a JSX text node.
    for (const match of source.matchAll(/(?<![/=])>([^<>{}();=]*[A-Za-z]{2,}[^<>{}();=]*)</g)) {
      literals.push(`${file}: >${(match[1] ?? '').trim()}<`);
    }
    for (const match of source.matchAll(TEXT_PROPS)) literals.push(`${file}: ${match[0]}`);
  }
  expect(literals).toEqual([]);
});

test('text is always rendered as text, never injected as HTML', () => {
  expect(
    code
      .filter(({ text }) => /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(text))
      .map(({ file }) => file),
  ).toEqual([]);
});

test('the UI imports nothing from the backend or the emulator', () => {
  const offending = code.filter(({ text }) =>
    [...text.matchAll(/from '([^']+)'/g)].some(([, target]) => {
      if (!target?.startsWith('.')) return false;
      return (
        /(^|\/)emulator\//.test(target) ||
        (/\/src\//.test(target) && !/\/src\/(domain|contract)\//.test(target))
      );
    }),
  );
  expect(offending.map(({ file }) => file)).toEqual([]);
});

test.each(['issue-panel', 'admin-page', 'macro', 'calendar'])(
  'the %s build references its assets relatively',
  (entry) => {
    const index = path.join(STATIC, entry, 'build', 'index.html');
    if (!existsSync(index)) return; // Not built in this checkout: the browser tests build it.
    const html = readFileSync(index, 'utf8');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith('./'))).toEqual([]);
  },
);

describe('the it-IT run of the panel', () => {
  const site = appSiteForSuite();

  /**
   * English the app itself could put on screen: every sentence of the locale files and of the
   * shipped configuration that reads differently in Italian, and the domain's English messages.
   * User content (summaries, descriptions) is the requester's own and is not looked for.
   */
  function englishFragments(): string[] {
    const fromFiles = [...en]
      .filter(([key, english]) => it.get(key) !== english)
      .flatMap(([, english]) => english.split(/\{\w+\}/));
    const fromConfig = localizedTexts(DEFAULT_CONFIG)
      .filter((text) => text['it-IT'] !== undefined && text['it-IT'] !== text['en-US'])
      .map((text) => text['en-US']);
    const fromDomain = [
      'Waiting for approval from',
      'Declined by',
      'Not decided by the named approver',
      'days after submission',
      'The customer impact assessment',
      'Closed by Change Governance',
      'No longer valid',
    ];
    // Short fragments ("Tier", "Step") also occur inside Italian words and names: a sentence's
    // worth of letters is what gives English away.
    return [...new Set([...fromFiles, ...fromConfig, ...fromDomain].map((s) => s.trim()))].filter(
      (fragment) => fragment.length >= 14 && /[a-z]{3,} [a-z]{2,}/i.test(fragment),
    );
  }

  test('shows no English on any tab of a governed change request', async () => {
    const [demo] = DEMO_REQUESTS;
    const found = await restJson<{ issues: Array<{ key: string; fields: { summary: string } }> }>(
      site(),
      'admin',
      'POST',
      '/rest/api/3/search/jql',
      { jql: 'project = CHG ORDER BY key ASC', fields: ['summary'], maxResults: 100 },
    );
    const issueKey = found.body.issues.find((issue) => issue.fields.summary === demo?.summary)?.key;
    if (issueKey === undefined) throw new Error('the demo change request is missing');
    const page = await site().framePage(MODULES.panel, {
      user: 'requester',
      locale: 'it-IT',
      issueKey,
    });
    await visible(page.getByRole('tab', { name: 'Valutazione' }), 30_000);
    const seen: string[] = [];
    // Jira's status names the app knows ("Pending", "To Do") are too short to find inside a page's
    // text: each is looked for as a whole element of its own, the way a status lozenge shows it.
    const statusNames = [...en]
      .filter(
        ([key, english]) => key.startsWith('ui.panel.tickets.statuses.') && it.get(key) !== english,
      )
      .map(([, english]) => english);
    const untranslatedStatuses: string[] = [];
    for (const tab of ['Valutazione', 'Approvazioni e comunicazioni', 'Simulazione', 'Richiesta']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForLoadState('networkidle');
      seen.push(await page.locator('body').innerText());
      for (const name of statusNames)
        if ((await page.getByText(name, { exact: true }).count()) > 0)
          untranslatedStatuses.push(`${tab}: ${name}`);
    }
    expect(untranslatedStatuses).toEqual([]);
    // People's names are the site's, not the app's: "Fiona Diaz (Finance director)" is a display name.
    const text = site()
      .emulator.users()
      .reduce((shown, user) => shown.split(user.displayName).join(' '), seen.join('\n'));
    expect(text).toContain('Livello 1');
    // The tickets tab shows the approvals' statuses, translated: the check above had something to find.
    expect(text).toMatch(/In attesa|Approvata|Da fare/);
    // The comms timeline names each step's channel in Italian: short names like "Help centre" are
    // below the fragment length looked for next, so the tier 1 plan's channels are checked by name.
    expect(text).toContain('Riunione interna');
    expect(text).toContain('Centro assistenza');
    expect(text).not.toMatch(/Internal meeting|Help centre/);
    expect(englishFragments().filter((fragment) => text.includes(fragment))).toEqual([]);
    await page.context().close();
  });
});

/** Every localized text of a configuration, wherever it sits. */
function localizedTexts(value: unknown): LocalizedText[] {
  if (Array.isArray(value)) return value.flatMap(localizedTexts);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record['en-US'] === 'string') return [record as LocalizedText];
  return Object.values(record).flatMap(localizedTexts);
}

import type { DocNode } from '@atlaskit/adf-schema';
import fc from 'fast-check';
import { tablesToAdf } from '../../src/confluence/adf-export';
import { macroExportAdf } from '../../src/confluence/macro-export';
import { buildMacroTables } from '../../src/confluence/macro-tables';
import { TABLE_LABELS } from '../../src/confluence/table-labels';
import type { GovernancePorts } from '../../src/governance/ports';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { handleMacroExport } from '../../src/triggers/macro-export';
import {
  DEFAULT_MACRO_TABLES,
  MACRO_TABLES,
  type MacroTable,
} from '../../src/contract/resolver-contract';
import {
  DEFAULT_CONFIG,
  LOCALES,
  validateConfig,
  type GovernanceConfig,
  type Locale,
  type LocalizedText,
} from '../../src/domain';
import { adfProblems, nodesOf, plainText, textsOf, type AdfNode } from './adf-validation';

/** The only nodes the export may contain: no links, mentions, extensions or marks sneak in. */
const ALLOWED_NODES = new Set([
  'doc',
  'heading',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'paragraph',
  'text',
  'bulletList',
  'listItem',
]);

const config = (): GovernanceConfig => structuredClone(DEFAULT_CONFIG);

/** Every non-empty subset of the tables, in the canonical order. */
const SUBSETS: MacroTable[][] = Array.from({ length: 2 ** MACRO_TABLES.length - 1 }, (_, index) =>
  MACRO_TABLES.filter((_table, bit) => ((index + 1) >> bit) & 1),
);

function expectValid(document: DocNode): void {
  const problems = adfProblems(document);
  if (problems.length > 0) console.error(JSON.stringify(problems, null, 2));
  expect(problems).toEqual([]);
  const nodes = nodesOf(document);
  expect(nodes.filter((node) => !ALLOWED_NODES.has(node.type)).map((node) => node.type)).toEqual(
    [],
  );
  expect(nodes.filter((node) => (node.marks ?? []).length > 0)).toEqual([]);
}

interface Table {
  title: string;
  rows: string[][];
}

/** A level-2 heading, its table, and the level-3 headed tables under it (the criteria's scoring). */
interface Section extends Table {
  parts: Table[];
}

/** A table's rows as strings; a list cell reads as its items joined by newlines. */
function rowsOf(body: AdfNode): string[][] {
  return (body.content ?? []).map((row) =>
    (row.content ?? []).map((cell) => {
      const items = nodesOf(cell).filter((node) => node.type === 'listItem');
      return items.length > 0 ? items.map(plainText).join('\n') : plainText(cell);
    }),
  );
}

/** Headings and tables back as strings, each heading followed by exactly one table. */
function sectionsOf(document: DocNode): Section[] {
  const blocks = (document as AdfNode).content ?? [];
  const sections: Section[] = [];
  for (let index = 0; index < blocks.length; index += 2) {
    const head = blocks[index]!;
    const body = blocks[index + 1]!;
    expect(head.type).toBe('heading');
    expect(body.type).toBe('table');
    const table = { title: plainText(head), rows: rowsOf(body) };
    if (head.attrs?.level === 2) sections.push({ ...table, parts: [] });
    else {
      expect(head.attrs?.level).toBe(3);
      expect(sections.length).toBeGreaterThan(0);
      sections[sections.length - 1]!.parts.push(table);
    }
  }
  return sections;
}

const exportOf = (tables: MacroTable[], locale: Locale, source = config()) =>
  tablesToAdf(buildMacroTables(source, tables, locale));

describe('tablesToAdf with the default configuration', () => {
  it.each(LOCALES.flatMap((locale) => SUBSETS.map((tables) => [locale, tables] as const)))(
    'is valid ADF in %s for %j',
    (locale, tables) => {
      const document = exportOf(tables, locale);
      expectValid(document);
      expect(document).toMatchObject({ type: 'doc', version: 1 });
      const labels = TABLE_LABELS[locale];
      expect(sectionsOf(document).map((section) => section.title)).toEqual(
        tables.map((table) => labels.titles[table]),
      );
    },
  );

  it('writes the criteria table with localized headers, one row per tier', () => {
    const [criteria] = sectionsOf(exportOf(['criteria'], 'en-US'));
    expect(criteria?.rows[0]).toEqual([
      'Tier',
      'Customer Experience',
      'Public Relations',
      'Finance',
      'Lead time',
      'Examples',
    ]);
    expect(criteria?.rows.slice(1).map((row) => [row[0], row[4]])).toEqual([
      ['1 · Critical', '365 days'],
      ['2 · High', '180 days'],
      ['3 · Moderate', '90 days'],
      ['4 · Low', '14 days'],
    ]);
    expect(criteria?.rows[1]?.[5]).toBe('Price increase for all plans\nRetiring a product');

    const [italian] = sectionsOf(exportOf(['criteria'], 'it-IT'));
    expect(italian?.title).toBe('Criteri di impatto');
    expect(italian?.rows[0]).toEqual([
      'Livello',
      'Customer Experience',
      'Relazioni pubbliche',
      'Finanza',
      'Preavviso',
      'Esempi',
    ]);
    expect(italian?.rows[1]?.[0]).toBe('1 · Critico');
    expect(italian?.rows[1]?.[4]).toBe('365 giorni');
  });

  it("writes the criteria's weights, options, thresholds and escalation rules under it", () => {
    const [criteria] = sectionsOf(exportOf(['criteria'], 'en-US'));
    const [weights, thresholds, escalations] = criteria?.parts ?? [];
    expect(criteria?.parts.map((part) => part.title)).toEqual([
      'Scoring criteria',
      'Score thresholds',
      'Escalation rules',
    ]);
    expect(weights?.rows[0]).toEqual(['Criterion', 'Question', 'Weight', 'Answers']);
    expect(weights?.rows.slice(1).map((row) => [row[0], row[2]])).toEqual([
      ['reach', '3'],
      ['customerAction', '2'],
      ['financial', '3'],
      ['visibility', '2'],
      ['supportLoad', '2'],
      ['reversibility', '1'],
      ['regulatory', '2'],
      ['history', '1'],
    ]);
    expect(weights?.rows[7]?.[3]).toBe(
      '0 · None\n2 · Contractual notice terms\n3 · Legal or regulatory obligation',
    );
    expect(thresholds?.rows).toEqual([
      ['Score (0–100, share of 48 weighted points)', 'Tier'],
      ['60–100', '1 · Critical'],
      ['40–59', '2 · High'],
      ['25–39', '3 · Moderate'],
      ['0–24', '4 · Low'],
    ]);
    expect(escalations?.rows.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['financial = 3 and reach ≥ 2', '1 · Critical'],
      ['reversibility = 3 and reach = 3', '1 · Critical'],
      ['regulatory = 3', '2 · High'],
      ['customerAction = 3', '2 · High'],
    ]);

    const edited = config();
    edited.criteria.find((criterion) => criterion.id === 'history')!.weight = 4;
    const [italian] = sectionsOf(exportOf(['criteria'], 'it-IT', edited));
    expect(italian?.parts.map((part) => part.title)).toEqual([
      'Criteri di punteggio',
      'Soglie di punteggio',
      'Regole di escalation',
    ]);
    expect(italian?.parts[0]?.rows[8]?.slice(0, 3)).toEqual([
      'history',
      'Come sono andate modifiche simili in passato?',
      '4',
    ]);
    expect(italian?.parts[1]?.rows[0]?.[0]).toBe('Punteggio (0–100, quota di 57 punti pesati)');
    expect(italian?.parts[2]?.rows[1]?.[1]).toBe('financial = 3 e reach ≥ 2');
  });

  it('writes a configuration without escalation rules as a row of dashes', () => {
    const edited = config();
    edited.escalations = [];
    const document = exportOf(['criteria'], 'en-US', edited);
    expectValid(document);
    expect(sectionsOf(document)[0]?.parts[2]?.rows[1]).toEqual(['—', '—', '—']);
  });

  it('writes the roles table, a dash where a tier has no reviewers', () => {
    const [roles] = sectionsOf(exportOf(['roles'], 'it-IT'));
    expect(roles?.rows[0]).toEqual([
      'Livello',
      'Revisori',
      'Approvatori',
      'Responsabile comunicazione',
      'Esempi',
    ]);
    expect(roles?.rows[2]).toEqual([
      '2 · Alto',
      'Responsabile CX\nResponsabile PR',
      'Direttore Customer Experience',
      'Responsabile comunicazione clienti',
      "Rimozione di una funzione usata da un segmento\nModifica degli orari dell'assistenza",
    ]);
    expect(roles?.rows[4]?.[1]).toBe('—');
  });

  it('writes the comms table, one row per step in offset order', () => {
    const [comms] = sectionsOf(exportOf(['comms'], 'en-US'));
    expect(comms?.rows[0]).toEqual(['Tier', 'Offset (days)', 'Step', 'Channel', 'Owner']);
    expect(comms?.rows).toHaveLength(1 + 8 + 7 + 5 + 2);
    expect(comms?.rows.slice(-2)).toEqual([
      ['4 · Low', '-14', 'Internal FYI', 'Team channel', 'Requesting team (the reporter)'],
      ['4 · Low', '0', 'Release note', 'Release notes', 'Requesting team (the reporter)'],
    ]);
    expect(comms?.rows[8]?.slice(0, 3)).toEqual(['1 · Critical', '+14', 'Post-launch review']);

    const [italian] = sectionsOf(exportOf(['comms'], 'it-IT'));
    expect(italian?.rows[0]).toEqual([
      'Livello',
      'Scostamento (giorni)',
      'Passo',
      'Canale',
      'Responsabile',
    ]);
    expect(italian?.rows.slice(-2)).toEqual([
      ['4 · Basso', '-14', 'Informativa interna', 'Canale del team', expect.any(String)],
      ['4 · Basso', '0', 'Nota di rilascio', 'Note di rilascio', expect.any(String)],
    ]);
    expect(italian?.rows[1]?.[3]).toBe('Riunione interna');
  });

  it('keeps a tier without a comms plan as a row of dashes', () => {
    const edited = config();
    edited.commsPlans = edited.commsPlans.filter((plan) => plan.tier !== 4);
    const document = exportOf(['comms'], 'en-US', edited);
    expectValid(document);
    expect(sectionsOf(document)[0]?.rows.at(-1)).toEqual(['4 · Low', '—', '—', '—', '—']);
  });

  it('survives the JSON round trip Forge puts it through', () => {
    const document = exportOf([...MACRO_TABLES], 'it-IT');
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});

describe('the validator helper', () => {
  it('reports documents that break the schema', () => {
    const emptyText = {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }],
    } as unknown as DocNode;
    const emptyTable = {
      type: 'doc',
      version: 1,
      content: [{ type: 'table', content: [] }],
    } as unknown as DocNode;
    const unknownNode = {
      type: 'doc',
      version: 1,
      content: [{ type: 'script', content: [] }],
    } as unknown as DocNode;
    for (const document of [emptyText, emptyTable, unknownNode]) {
      expect(adfProblems(document).length).toBeGreaterThan(0);
    }
  });
});

/** Text an admin might type that must never become markup, a link or a broken document. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '"]}],"type":"extension","attrs":{"x":"',
  '**bold** [link](https://example.com) @admin :smile:',
  'مدير الاتصالات\u202Eevil.exe',
  'עברית ועוד English',
  '👩🏽‍💻 🚀 🇮🇹 👨‍👩‍👧‍👦',
  'x'.repeat(5000),
  'é'.repeat(4999) + '\u0301',
];

describe('tablesToAdf with hostile text', () => {
  // Deliberately beyond the configuration schema's limits (5 000 characters): the export must
  // not rely on validation upstream to stay valid ADF.
  function hostileConfig(): GovernanceConfig {
    const edited = config();
    edited.roles.forEach((role, index) => {
      const value = HOSTILE[index % HOSTILE.length]!;
      role.name = { 'en-US': value, 'it-IT': value };
    });
    edited.commsPlans.forEach((plan) => {
      plan.steps.forEach((step, index) => {
        const value = HOSTILE[(index + 3) % HOSTILE.length]!;
        step.title = { 'en-US': value, 'it-IT': value };
        const channel = HOSTILE[(index + 5) % HOSTILE.length]!;
        step.channel = { 'en-US': channel, 'it-IT': channel };
      });
    });
    edited.tiers[0]!.name = { 'en-US': HOSTILE[0]!, 'it-IT': HOSTILE[4]! };
    edited.tiers[1]!.examples = HOSTILE.map((value): LocalizedText => ({ 'en-US': value }));
    return edited;
  }

  it.each(LOCALES)('stays valid ADF with every string literal, in %s', (locale) => {
    const source = hostileConfig();
    const document = exportOf([...MACRO_TABLES], locale, source);
    expectValid(document);
    const texts = new Set(textsOf(document));
    for (const value of HOSTILE) expect(texts.has(value)).toBe(true);
    expect(texts.has(`1 · ${locale === 'it-IT' ? HOSTILE[4]! : HOSTILE[0]!}`)).toBe(true);
    // Nothing was split, trimmed or escaped on the way in.
    expect(textsOf(document).some((value) => value.includes('&lt;'))).toBe(false);
  });

  it('keeps hostile rows given straight to the exporter', () => {
    const tables = buildMacroTables(config(), [...MACRO_TABLES], 'en-US');
    tables.roles[0]!.reviewers = [...HOSTILE];
    tables.roles[0]!.commsOwner = HOSTILE[0]!;
    tables.comms[0]!.steps[0]!.title = HOSTILE[7]!;
    tables.criteria[0]!.cx = HOSTILE[2]!;
    const document = tablesToAdf(tables);
    expectValid(document);
    const [, roles] = sectionsOf(document);
    expect(roles?.rows[1]?.[1]).toBe(HOSTILE.join('\n'));
  });

  it('writes empty strings as empty paragraphs, never as empty text nodes', () => {
    const tables = buildMacroTables(config(), [...MACRO_TABLES], 'en-US');
    tables.roles[0]!.commsOwner = '';
    tables.roles[0]!.reviewers = ['', ''];
    tables.criteria[0]!.pr = '';
    const document = tablesToAdf(tables);
    expectValid(document);
    expect(sectionsOf(document)[1]?.rows[1]?.[1]).toBe('—');
  });
});

describe('macroExportAdf', () => {
  const defaults = (locale: Locale) =>
    tablesToAdf(buildMacroTables(DEFAULT_CONFIG, [...DEFAULT_MACRO_TABLES], locale));

  it.each([
    undefined,
    null,
    42,
    'criteria',
    {},
    { tables: [] },
    { tables: ['criteria', 'secrets'] },
    { tables: ['roles'], locale: 'fr-FR' },
    { tables: 'roles' },
  ])('exports every policy table in the fallback locale for the config %j', (macroConfig) => {
    expect(macroExportAdf(DEFAULT_CONFIG, macroConfig, 'it-IT')).toEqual(defaults('it-IT'));
  });

  it('honours the chosen tables and language', () => {
    const document = macroExportAdf(
      DEFAULT_CONFIG,
      { tables: ['comms', 'roles'], locale: 'it-IT' },
      'en-US',
    );
    expectValid(document);
    expect(sectionsOf(document).map((section) => section.title)).toEqual([
      'Piano di comunicazione ai clienti',
      'Ruoli e responsabilità',
    ]);
    const english = macroExportAdf(DEFAULT_CONFIG, { tables: ['criteria'] }, 'en-US');
    expect(sectionsOf(english).map((section) => section.title)).toEqual(['Impact criteria']);
  });
});

describe('the adfExport handler reads the payload Confluence sends', () => {
  // No configuration saved: the shipped defaults are in force. Jira is never called by an export.
  const empty: KeyValueStore = {
    get: () => Promise.resolve(undefined),
    set: () => Promise.resolve(),
    setIfAbsent: () => Promise.resolve(true),
    delete: () => Promise.resolve(),
    listByPrefix: () => Promise.resolve([]),
  };
  const ports: GovernancePorts = {
    jira: {
      requestJira: () => Promise.reject(new Error('an export never calls Jira')),
    },
    store: empty,
    today: () => {
      throw new Error('an export needs no date');
    },
    nowIso: () => '2026-03-02T09:00:00.000Z',
  };
  const titles = async (event: unknown) =>
    sectionsOf((await handleMacroExport(ports, event)) as DocNode).map((s) => s.title);

  it('takes the tables and language from context.extension.config, exportType at the top level', async () => {
    expect(
      await titles({
        exportType: 'word',
        context: {
          content: { id: '131073', type: 'page' },
          extension: { type: 'macro', config: { tables: ['roles'], locale: 'it-IT' } },
        },
      }),
    ).toEqual(['Ruoli e responsabilità']);
  });

  it('exports every table in the fallback language when the payload has another shape', async () => {
    // Every policy table: a macro that never chose the report does not get it.
    const every = [...DEFAULT_MACRO_TABLES].map((table) => TABLE_LABELS['en-US'].titles[table]);
    // The shape the emulator used to send: config beside exportType under extensionPayload.
    expect(
      await titles({ extensionPayload: { exportType: 'pdf', config: { tables: ['roles'] } } }),
    ).toEqual(every);
    expect(await titles(undefined)).toEqual(every);
  });
});

describe('tablesToAdf on random valid configurations', () => {
  const label = fc
    .oneof(
      { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE.filter((value) => value.length <= 2000)) },
    )
    .filter((value) => value.trim().length > 0 && value.length <= 200);
  const localized: fc.Arbitrary<LocalizedText> = fc.record(
    { 'en-US': label, 'it-IT': label },
    { requiredKeys: ['en-US'] },
  );
  const maybe = (text: LocalizedText) =>
    fc.option(localized, { nil: undefined }).map((value) => value ?? text);

  /** DEFAULT_CONFIG with labels renamed, Italian dropped here and there, and comms steps removed. */
  const derivedConfig: fc.Arbitrary<GovernanceConfig> = fc
    .record({
      roleNames: fc.tuple(...DEFAULT_CONFIG.roles.map((role) => maybe(role.name))),
      tierNames: fc.tuple(...DEFAULT_CONFIG.tiers.map((tier) => maybe(tier.name))),
      effects: fc.tuple(...DEFAULT_CONFIG.tiers.map((tier) => maybe(tier.effects.cx))),
      plans: fc.tuple(
        ...DEFAULT_CONFIG.commsPlans.map((plan) =>
          fc
            .subarray(plan.steps)
            .chain((steps) =>
              fc.tuple(...steps.map((step) => fc.tuple(fc.constant(step), maybe(step.title)))),
            ),
        ),
      ),
    })
    .map(({ roleNames, tierNames, effects, plans }) => {
      const edited = config();
      edited.roles.forEach((role, index) => {
        role.name = roleNames[index]!;
      });
      edited.tiers.forEach((tier, index) => {
        tier.name = tierNames[index]!;
        tier.effects.cx = effects[index]!;
      });
      edited.commsPlans.forEach((plan, index) => {
        plan.steps = plans[index]!.map(([step, title]) => ({ ...step, title }));
      });
      const checked = validateConfig(edited);
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      return checked.value;
    });

  const tableChoice = fc
    .subarray([...MACRO_TABLES], { minLength: 1 })
    .chain((tables) => fc.shuffledSubarray(tables, { minLength: tables.length }));

  it('is always valid ADF that shows every tier, role name and step title literally', () => {
    fc.assert(
      fc.property(
        derivedConfig,
        tableChoice,
        fc.constantFrom(...LOCALES),
        (source, tables, locale) => {
          const model = buildMacroTables(source, tables, locale);
          const document = tablesToAdf(model);
          expect(adfProblems(document)).toEqual([]);
          const sections = sectionsOf(document);
          expect(sections.map((section) => section.title)).toEqual(
            tables.map((table) => TABLE_LABELS[locale].titles[table]),
          );
          const texts = new Set(textsOf(document));
          for (const row of model.criteria) {
            expect(texts.has(`${row.tier} · ${row.name}`)).toBe(true);
            expect(texts.has(row.cx)).toBe(true);
          }
          for (const row of model.roles) {
            for (const name of [...row.approvers, ...row.reviewers, row.commsOwner]) {
              expect(texts.has(name)).toBe(true);
            }
          }
          const comms = sections.find(
            (section) => section.title === TABLE_LABELS[locale].titles.comms,
          );
          if (comms) {
            expect(comms.rows).toHaveLength(
              1 + model.comms.reduce((sum, plan) => sum + Math.max(1, plan.steps.length), 0),
            );
            for (const plan of model.comms) {
              for (const step of plan.steps) expect(texts.has(step.title)).toBe(true);
              const offsets = plan.steps.map((step) => step.offsetDays);
              expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
            }
          }
        },
      ),
      { numRuns: 100 },
    );
    // Each run validates a whole document against the full ADF schema.
  }, 120_000);
});

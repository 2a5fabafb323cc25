// The macro's report table in the ADF export: valid ADF, the figures worded in the page's language,
// aggregates only; and an export that could not read the report still exports, saying so.
import type { DocNode } from '@atlaskit/adf-schema';
import { macroExportAdf } from '../../src/confluence/macro-export';
import type { NoticeReportRow, NoticeReportView } from '../../src/contract/report-contract';
import { DEFAULT_CONFIG } from '../../src/domain';
import type { GovernancePorts } from '../../src/governance/ports';
import { handleMacroExport } from '../../src/triggers/macro-export';
import { adfProblems, nodesOf, plainText, type AdfNode } from './adf-validation';

const row = (tier: number, quarter: string, extra: Partial<NoticeReportRow>): NoticeReportRow => ({
  tier,
  quarter,
  changes: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  pending: 0,
  notPlanned: 0,
  noTicket: 0,
  onTimeShare: null,
  leadTimeExceptions: 0,
  emergencies: 0,
  medianNoticeDays: null,
  objectivesMet: 0,
  objectivesTotal: 0,
  ...extra,
});

const REPORT: NoticeReportView = {
  quarters: ['2026-Q1', '2026-Q2'],
  tiers: [3],
  rows: [
    row(3, '2026-Q1', {
      changes: 3,
      onTime: 1,
      late: 1,
      overdue: 1,
      onTimeShare: 1 / 3,
      leadTimeExceptions: 1,
      emergencies: 1,
      medianNoticeDays: 60.5,
      objectivesMet: 2,
      objectivesTotal: 3,
    }),
    row(3, '2026-Q2', { changes: 1, pending: 1 }),
  ],
  tierNames: [{ tier: 3, name: { 'en-US': 'Moderate', 'it-IT': 'Moderato' } }],
  asOf: '2026-05-10',
};

/** The one table's rows as text, header first. */
function tableRows(document: DocNode): string[][] {
  const table = nodesOf(document).find((node) => node.type === 'table');
  return (table?.content ?? []).map((tr: AdfNode) => (tr.content ?? []).map(plainText));
}

const headings = (document: DocNode) =>
  nodesOf(document)
    .filter((node) => node.type === 'heading')
    .map(plainText);

describe('the report table in the ADF export', () => {
  it('reads per tier and quarter, in English', () => {
    const document = macroExportAdf(DEFAULT_CONFIG, { tables: ['report'] }, 'en-US', REPORT);
    expect(adfProblems(document)).toEqual([]);
    expect(headings(document)).toEqual(['Notice compliance by tier and quarter']);
    expect(tableRows(document)).toEqual([
      [
        'Tier',
        'Quarter',
        'Changes',
        'First notice on time',
        'Lead-time exceptions',
        'Emergencies',
        'Median notice (days)',
        'Objectives met',
      ],
      ['3 · Moderate', '2026-Q1', '3', '33% (1 of 3)', '1', '1', '60.5', '2 of 3'],
      // Nothing decided: a dash, never 0 %.
      ['3 · Moderate', '2026-Q2', '1', '—', '0', '0', '—', '—'],
    ]);
    expect(JSON.stringify(document)).not.toMatch(/CHG-\d+/);
  });

  it('words the figures in Italian with the Italian decimal comma', () => {
    const document = macroExportAdf(
      DEFAULT_CONFIG,
      { tables: ['report'], locale: 'it-IT' },
      'en-US',
      REPORT,
    );
    expect(adfProblems(document)).toEqual([]);
    expect(tableRows(document)[1]).toEqual([
      '3 · Moderato',
      '2026-Q1',
      '3',
      '33% (1 su 3)',
      '1',
      '1',
      '60,5',
      '2 su 3',
    ]);
  });

  it('follows the policy tables in the order the macro shows them', () => {
    const document = macroExportAdf(
      DEFAULT_CONFIG,
      { tables: ['roles', 'report'] },
      'en-US',
      REPORT,
    );
    expect(adfProblems(document)).toEqual([]);
    expect(headings(document)).toEqual([
      'Roles and responsibilities',
      'Notice compliance by tier and quarter',
    ]);
  });

  it('says so in the table when the report could not be read', async () => {
    const ports: GovernancePorts = {
      jira: { requestJira: () => Promise.reject(new Error('Jira is unreachable')) },
      store: {
        get: () => Promise.resolve(undefined),
        set: () => Promise.resolve(),
        setIfAbsent: () => Promise.resolve(true),
        delete: () => Promise.resolve(),
        listByPrefix: () => Promise.resolve([]),
      },
      today: () => {
        throw new Error('no report without a viewer');
      },
      nowIso: () => '2026-03-02T09:00:00.000Z',
    };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const event = {
      exportType: 'pdf',
      context: { extension: { config: { tables: ['report'], locale: 'en-US' } } },
    };
    // Without a viewer to search as, and with a viewer whose search fails.
    for (const viewer of [undefined, ports.jira]) {
      const document = (await handleMacroExport(ports, event, viewer)) as DocNode;
      expect(adfProblems(document)).toEqual([]);
      expect(tableRows(document)[1]).toEqual([
        'The report could not be read for this export.',
        ...Array.from({ length: 7 }, () => '—'),
      ]);
    }
    warn.mockRestore();
  });
});

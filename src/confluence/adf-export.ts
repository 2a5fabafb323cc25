import type {
  BulletListDefinition,
  DocNode,
  HeadingDefinition,
  ParagraphDefinition,
  TableCellDefinition,
  TableDefinition,
  TableHeaderDefinition,
  TableRowDefinition,
} from '@atlaskit/adf-schema';
import {
  bulletList,
  doc,
  heading,
  listItem,
  paragraph,
  table,
  tableCell,
  tableHeader,
  tableRow,
  text,
} from '@atlaskit/adf-utils/builders';
import type { MacroScoring, MacroTable, MacroTables } from '../contract/resolver-contract';
import { localize } from '../domain/localized';
import { tableLabels, type TableLabels } from './table-labels';

type CellContent = ParagraphDefinition | BulletListDefinition;

/**
 * The macro's tables as a real ADF document, so exported, printed and indexed pages keep them.
 * Every configured string goes into a `text` node: ADF has no markup to interpret, so whatever
 * an admin typed (HTML, scripts, RTL text, emoji) stays literal.
 */
export function tablesToAdf(tables: MacroTables): DocNode {
  const labels = tableLabels(tables.locale);
  return doc(
    ...tables.tables.flatMap((name) => [
      heading({ level: 2 })(...inline(labels.titles[name])),
      tableFor(name, tables, labels),
      // The criteria section also says how answers become a tier, so a weight change shows.
      ...(name === 'criteria' ? scoringBlocks(tables.scoring, labels) : []),
    ]),
  );
}

function tableFor(name: MacroTable, tables: MacroTables, labels: TableLabels): TableDefinition {
  switch (name) {
    case 'criteria':
      return grid(
        [
          labels.tier,
          labels.customerExperience,
          labels.publicRelations,
          labels.finance,
          labels.leadTime,
          labels.examples,
        ],
        tables.criteria.map((row) => [
          plain(tierLabel(row)),
          plain(row.cx),
          plain(row.pr),
          plain(row.finance),
          plain(labels.days(row.leadTimeDays)),
          list(row.examples, labels),
        ]),
      );
    case 'roles':
      return grid(
        [labels.tier, labels.reviewers, labels.approvers, labels.commsOwner, labels.examples],
        tables.roles.map((row) => [
          plain(tierLabel(row)),
          list(row.reviewers, labels),
          list(row.approvers, labels),
          plain(row.commsOwner),
          list(row.examples, labels),
        ]),
      );
    case 'report':
      return reportGrid(tables, labels);
    case 'comms':
      return grid(
        [labels.tier, labels.offsetDays, labels.step, labels.channel, labels.owner],
        tables.comms.flatMap((plan) =>
          plan.steps.length === 0
            ? // A tier without a plan still gets its row, so the table shows it was not forgotten.
              [[plain(tierLabel(plan)), ...Array.from({ length: 4 }, () => plain(labels.none))]]
            : plan.steps.map((step) => [
                plain(tierLabel(plan)),
                plain(signed(step.offsetDays)),
                plain(step.title),
                plain(step.channel),
                plain(step.owner),
              ]),
        ),
      );
  }
}

/**
 * The notice-compliance report: one row per tier and quarter, aggregates only. Without the report (it
 * could not be read for this export) one row says so, so the section keeps its heading and table.
 */
function reportGrid(tables: MacroTables, labels: TableLabels): TableDefinition {
  const words = labels.report;
  const headers = [
    labels.tier,
    words.quarter,
    words.changes,
    words.onTime,
    words.leadTimeExceptions,
    words.emergencies,
    words.medianNoticeDays,
    words.objectivesMet,
  ];
  const report = tables.report;
  if (!report)
    return grid(headers, [
      [plain(words.unavailable), ...headers.slice(1).map(() => plain(labels.none))],
    ]);
  const names = new Map(
    report.tierNames.map((entry) => [entry.tier, localize(entry.name, tables.locale)]),
  );
  return grid(
    headers,
    report.rows.map((row) => {
      const decided = row.onTime + row.late + row.overdue;
      return [
        plain(tierLabel({ tier: row.tier, name: names.get(row.tier) ?? String(row.tier) })),
        plain(row.quarter),
        plain(words.figure(row.changes)),
        plain(decided === 0 ? labels.none : words.share(row.onTime, decided)),
        plain(words.figure(row.leadTimeExceptions)),
        plain(words.figure(row.emergencies)),
        plain(row.medianNoticeDays === null ? labels.none : words.figure(row.medianNoticeDays)),
        plain(
          row.objectivesTotal === 0
            ? labels.none
            : words.met(row.objectivesMet, row.objectivesTotal),
        ),
      ];
    }),
  );
}

function scoringBlocks(
  scoring: MacroScoring,
  labels: TableLabels,
): Array<TableDefinition | HeadingDefinition> {
  const words = labels.scoring;
  return [
    heading({ level: 3 })(...inline(words.criteriaTitle)),
    grid(
      [words.criterion, words.question, words.weight, words.options],
      scoring.criteria.map((criterion) => [
        plain(criterion.id),
        plain(criterion.question),
        plain(String(criterion.weight)),
        list(
          criterion.options.map((option) => `${option.value} · ${option.label}`),
          labels,
        ),
      ]),
    ),
    heading({ level: 3 })(...inline(words.thresholdsTitle)),
    grid(
      [words.score(scoring.maxPoints), labels.tier],
      scoring.thresholds.map((range) => [
        plain(
          range.minScore === range.maxScore
            ? String(range.minScore)
            : `${range.minScore}–${range.maxScore}`,
        ),
        plain(tierLabel(range)),
      ]),
    ),
    heading({ level: 3 })(...inline(words.escalationsTitle)),
    grid(
      [words.rule, words.when, words.minimumTier],
      scoring.escalations.length === 0
        ? [[plain(labels.none), plain(labels.none), plain(labels.none)]]
        : scoring.escalations.map((rule) => [
            plain(rule.description),
            plain(conditionsText(rule.when, words.and)),
            plain(tierLabel({ tier: rule.minimumTier, name: rule.tierName })),
          ]),
    ),
  ];
}

/** Conditions as the design writes them: `financial = 3 and reach ≥ 2`. */
export function conditionsText(
  when: MacroScoring['escalations'][number]['when'],
  and: string,
): string {
  return when
    .map((condition) => `${condition.criterion} ${OPS[condition.op]} ${condition.value}`)
    .join(and);
}

const OPS = { eq: '=', neq: '≠', gte: '≥', lte: '≤' } as const;

/** A header row and one row per entry; Confluence draws the first row as the header. */
function grid(headers: string[], rows: CellContent[][]): TableDefinition {
  const headerRow: TableRowDefinition = tableRow(
    headers.map((label): TableHeaderDefinition => tableHeader({})(plain(label))),
  );
  const bodyRows = rows.map((cells): TableRowDefinition =>
    tableRow(cells.map((content): TableCellDefinition => tableCell({})(content))),
  );
  return {
    ...table(headerRow, ...bodyRows),
    attrs: { isNumberColumnEnabled: false, layout: 'default' },
  };
}

const tierLabel = (row: { tier: number; name: string }): string => `${row.tier} · ${row.name}`;

/** Offsets read as in the design's tables: before launch negative, after it with a plus. */
const signed = (days: number): string => (days > 0 ? `+${days}` : String(days));

/** ADF forbids empty text nodes, so an empty string becomes an empty paragraph. */
const inline = (value: string) => (value === '' ? [] : [text(value)]);

const plain = (value: string): ParagraphDefinition => paragraph(...inline(value));

/** One item reads as a sentence, several as a bullet list, none as an explicit dash. */
function list(values: string[], labels: TableLabels): CellContent {
  const [first, ...rest] = values.filter((value) => value !== '');
  if (first === undefined) return plain(labels.none);
  if (rest.length === 0) return plain(first);
  return bulletList(...[first, ...rest].map((value) => listItem([plain(value)])));
}

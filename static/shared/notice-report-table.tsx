// The notice-compliance report as a table, one row per tier and quarter: the admin page shows it under
// its chart and the Confluence macro on its own. The figures are the report's own; only their wording
// and number format follow the reader's language.
import type { NoticeReportRow, NoticeReportView } from '../../src/contract/report-contract';
import type { Locale } from '../../src/contract/ui-kit';
import { useAppEnv } from './app-env';
import { DataTable, type ColumnDef } from './data-table';
import type { Translate } from './i18n';

/** How the report's figures read in one language. */
export interface ReportWords {
  tierLabel: (tier: number) => string;
  percent: (share: number) => string;
  figure: (value: number) => string;
}

export function reportWords(report: NoticeReportView, locale: Locale): ReportWords {
  const names = new Map(
    report.tierNames.map((entry) => [
      entry.tier,
      (locale === 'it-IT' ? entry.name['it-IT'] : undefined) ?? entry.name['en-US'],
    ]),
  );
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const figure = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    tierLabel: (tier) => `${String(tier)} · ${names.get(tier) ?? String(tier)}`,
    percent: (share) => percent.format(share),
    figure: (value) => figure.format(value),
  };
}

function onTimeCell(row: NoticeReportRow, t: Translate, words: ReportWords) {
  const decided = row.onTime + row.late + row.overdue;
  const apart = row.pending + row.noTicket + row.notPlanned;
  return (
    <>
      {decided === 0
        ? t('ui.report.notDecided')
        : t('ui.report.share', {
            percent: words.percent(row.onTimeShare ?? 0),
            onTime: words.figure(row.onTime),
            decided: words.figure(decided),
          })}
      {apart > 0 && (
        <div className="cg-report-apart">
          {t('ui.report.undecided', {
            pending: words.figure(row.pending),
            noTicket: words.figure(row.noTicket),
            notPlanned: words.figure(row.notPlanned),
          })}
        </div>
      )}
    </>
  );
}

export function NoticeReportTable({
  report,
  caption,
}: {
  report: NoticeReportView;
  caption: string;
}) {
  const { t, locale } = useAppEnv();
  const words = reportWords(report, locale);
  const none = t('ui.report.notDecided');
  const columns: ColumnDef<NoticeReportRow>[] = [
    { header: t('ui.report.tier'), cell: (row) => words.tierLabel(row.tier), rowHeader: true },
    { header: t('ui.report.quarter'), cell: (row) => row.quarter, className: 'cg-nowrap' },
    { header: t('ui.report.changes'), cell: (row) => words.figure(row.changes), numeric: true },
    { header: t('ui.report.onTime'), cell: (row) => onTimeCell(row, t, words) },
    {
      header: t('ui.report.leadTimeExceptions'),
      cell: (row) => words.figure(row.leadTimeExceptions),
      numeric: true,
    },
    {
      header: t('ui.report.emergencies'),
      cell: (row) => words.figure(row.emergencies),
      numeric: true,
    },
    {
      header: t('ui.report.medianNoticeDays'),
      cell: (row) => (row.medianNoticeDays === null ? none : words.figure(row.medianNoticeDays)),
      numeric: true,
    },
    {
      header: t('ui.report.objectivesMet'),
      cell: (row) =>
        row.objectivesTotal === 0
          ? none
          : t('ui.report.met', {
              met: words.figure(row.objectivesMet),
              total: words.figure(row.objectivesTotal),
            }),
      numeric: true,
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={report.rows}
      rowKey={(row) => `${String(row.tier)}-${row.quarter}`}
      name="notice-report"
      scroll
    />
  );
}

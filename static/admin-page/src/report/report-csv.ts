// The notice report as a CSV file (RFC 4180): a header row in the admin's language, then one row per
// tier and quarter. Lines end in CRLF; a field holding a comma, a quote or a line break is quoted, its
// quotes doubled. Numbers are written plain (a dot for decimals, no thousands separator, the share as
// a fraction 0–1 to four places, empty where there is none) so a spreadsheet reads them as numbers in
// any language; the counts beside the share let it be recomputed exactly.
import type { NoticeReportRow, NoticeReportView } from '../../../../src/contract/report-contract';
import type { Translate } from '../../../shared/i18n';

const COLUMNS = [
  'tier',
  'tierName',
  'quarter',
  'changes',
  'onTime',
  'late',
  'overdue',
  'pending',
  'notPlanned',
  'noTicket',
  'onTimeShare',
  'leadTimeExceptions',
  'emergencies',
  'medianNoticeDays',
  'objectivesMet',
  'objectivesTotal',
] as const;
type CsvColumn = (typeof COLUMNS)[number];

/** One field, quoted only when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A name typed by an admin that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or
 * carriage return) is kept as text with a leading apostrophe, as OWASP advises for CSV exports.
 */
export const asText = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const plainNumber = (value: number | null): string => (value === null ? '' : String(value));
const share = (value: number | null): string =>
  value === null ? '' : String(Math.round(value * 10_000) / 10_000);

function cell(row: NoticeReportRow, column: CsvColumn, tierName: string): string {
  switch (column) {
    case 'tierName':
      return asText(tierName);
    case 'quarter':
      return row.quarter;
    case 'onTimeShare':
      return share(row.onTimeShare);
    case 'medianNoticeDays':
      return plainNumber(row.medianNoticeDays);
    default:
      return plainNumber(row[column]);
  }
}

export function noticeReportCsv(
  report: NoticeReportView,
  t: Translate,
  tierName: (tier: number) => string,
): string {
  const lines = [
    COLUMNS.map((column) => t(`ui.report.csv.${column}`)),
    ...report.rows.map((row) => COLUMNS.map((column) => cell(row, column, tierName(row.tier)))),
  ];
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const csvFileName = (report: NoticeReportView): string =>
  `notice-report-${report.quarters[0] ?? ''}-${report.quarters.at(-1) ?? ''}.csv`;

/** Hands a file to the browser's download, as the configuration export does. */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

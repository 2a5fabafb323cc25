// The report's CSV file: RFC 4180 quoting, plain numbers, and no formula smuggled in through a name.
import type { NoticeReportView } from '../../src/contract/report-contract';
import { asText, csvField, noticeReportCsv } from '../../static/admin-page/src/report/report-csv';

describe('CSV fields', () => {
  it('are quoted only when they hold a comma, a quote or a line break, quotes doubled', () => {
    expect(csvField('Moderate')).toBe('Moderate');
    expect(csvField('High, broad')).toBe('"High, broad"');
    expect(csvField('The "big" one')).toBe('"The ""big"" one"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('keep a name a spreadsheet would run as a formula as text', () => {
    expect(asText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(asText('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(asText('+1')).toBe(`'+1`);
    expect(asText('Critical')).toBe('Critical');
  });
});

describe('the report as CSV', () => {
  const report: NoticeReportView = {
    quarters: ['2026-Q1'],
    tiers: [1],
    rows: [
      {
        tier: 1,
        quarter: '2026-Q1',
        changes: 3,
        onTime: 2,
        late: 1,
        overdue: 0,
        pending: 0,
        notPlanned: 0,
        noTicket: 0,
        onTimeShare: 2 / 3,
        leadTimeExceptions: 1,
        emergencies: 0,
        medianNoticeDays: 60.5,
        objectivesMet: 1,
        objectivesTotal: 2,
      },
    ],
    tierNames: [{ tier: 1, name: { 'en-US': '=Critical, "top"' } }],
    asOf: '2026-03-01',
  };
  // Headers are the translation keys' last part here: the e2e test reads them translated.
  const t = (key: string) => key.replace('ui.report.csv.', '');

  it('has a header row, CRLF line ends and plain numbers (share to four places)', () => {
    const csv = noticeReportCsv(report, t, () => '=Critical, "top"');
    expect(csv).toBe(
      'tier,tierName,quarter,changes,onTime,late,overdue,pending,notPlanned,noTicket,onTimeShare,' +
        'leadTimeExceptions,emergencies,medianNoticeDays,objectivesMet,objectivesTotal\r\n' +
        `1,"'=Critical, ""top""",2026-Q1,3,2,1,0,0,0,0,0.6667,1,0,60.5,1,2\r\n`,
    );
  });
});

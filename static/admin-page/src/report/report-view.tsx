// One report as the admin reads it: the chart at a glance, its legend, the table with the same
// numbers beneath, and the CSV export. The chart's library is loaded only here, when a report is
// shown, so the admin page's first load does not carry it.
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { lazy, Suspense, useState } from 'react';
import type { NoticeReportView } from '../../../../src/contract/report-contract';
import { useAppEnv } from '../../../shared/app-env';
import { formatCalendarDate } from '../../../shared/dates';
import { NoticeReportTable, reportWords } from '../../../shared/notice-report-table';
import { Loading } from '../../../shared/states';
import { csvFileName, downloadFile, noticeReportCsv } from './report-csv';
import { tierColour } from './tier-colours';

const OnTimeChart = lazy(() => import('./on-time-chart'));

export function ReportView({ report }: { report: NoticeReportView }) {
  const { t, locale } = useAppEnv();
  const words = reportWords(report, locale);
  const [notice, setNotice] = useState('');

  const exportCsv = () => {
    const file = csvFileName(report);
    downloadFile(file, noticeReportCsv(report, t, words.tierLabel), 'text/csv;charset=utf-8');
    setNotice(t('ui.report.exported', { file }));
  };

  return (
    <Stack space="space.200">
      <div role="status" aria-live="polite" className="cg-visually-hidden">
        {notice}
      </div>
      <Text color="color.text.subtle">
        {t('ui.report.asOf', { date: formatCalendarDate(report.asOf, locale) })}
      </Text>
      <Suspense fallback={<Loading label={t('ui.report.chartTitle')} />}>
        <OnTimeChart report={report} tierLabel={words.tierLabel} percent={words.percent} />
      </Suspense>
      <ul className="cg-chart-legend" aria-label={t('ui.report.legend')}>
        {report.tiers.map((tier, index) => (
          <li key={tier}>
            <span
              className="cg-chart-swatch"
              style={{ background: tierColour(index) }}
              aria-hidden="true"
            />
            {words.tierLabel(tier)}
          </li>
        ))}
      </ul>
      <NoticeReportTable report={report} caption={t('ui.report.tableCaption')} />
      <Inline>
        <Button onClick={exportCsv}>{t('ui.report.export')}</Button>
      </Inline>
    </Stack>
  );
}

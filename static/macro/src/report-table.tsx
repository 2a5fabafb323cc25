// The notice-compliance report in Confluence: the current quarter and the three before it, per tier,
// aggregates only (no issue keys), counted over the change requests the reader may browse.
import type { NoticeReportView } from '../../../src/contract/report-contract';
import { useT } from '../../shared/app-env';
import { NoticeReportTable } from '../../shared/notice-report-table';
import { TitledSection } from '../../shared/titled-section';

export function ReportTable({ report }: { report: NoticeReportView }) {
  const t = useT();
  return (
    <TitledSection id="cg-macro-report" level="h2" title={t('ui.report.macro.title')}>
      <NoticeReportTable report={report} caption={t('ui.report.macro.caption')} />
    </TitledSection>
  );
}

// The admin page's notice report. Its code (and the chart library under it) loads only when the tab
// is opened, so the page's first load stays within its budget for admins who never open it.
import { lazy, Suspense } from 'react';
import { useT } from '../../../shared/app-env';
import { Loading } from '../../../shared/states';

const ReportPanel = lazy(() => import('../report/report-panel'));

export function ReportTab() {
  const t = useT();
  return (
    <Suspense fallback={<Loading label={t('ui.report.title')} />}>
      <ReportPanel />
    </Suspense>
  );
}

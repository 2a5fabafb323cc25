// The notice report tab's content, loaded only when the tab is opened (report-tab.tsx): choose the
// quarters, then read the chart, the table and export CSV.
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { NOTICE_REPORT_LIMITS } from '../../../../src/contract/report-contract';
import { useAppEnv } from '../../../shared/app-env';
import { ErrorState, Loading } from '../../../shared/states';
import { currentQuarter, quartersEndingWith } from './quarter-range';
import { ReportRange } from './report-range';
import { ReportView } from './report-view';
import { useNoticeReport } from './use-notice-report';

export default function ReportPanel() {
  const { t } = useAppEnv();
  const { state, load } = useNoticeReport();
  const current = currentQuarter();
  const recent = quartersEndingWith(current, NOTICE_REPORT_LIMITS.macroQuarters);
  const initial = { from: recent[0] ?? current, to: current };

  return (
    <Stack space="space.300">
      <Heading size="medium" as="h2">
        {t('ui.report.title')}
      </Heading>
      <Text>{t('ui.report.intro')}</Text>
      <ReportRange
        current={current}
        initial={initial}
        busy={state.kind === 'loading'}
        onShow={(from, to) => void load(from, to)}
      />
      {state.kind === 'loading' && (
        <Loading
          label={t('ui.report.loading', {
            done: Math.min(state.done + 1, state.total),
            total: state.total,
          })}
        />
      )}
      {state.kind === 'failed' && <ErrorState error={state.error} />}
      {state.kind === 'ready' && <ReportView report={state.report} />}
    </Stack>
  );
}

// Changes made before on the same segments or touchpoints, and how they went.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import type { SimilarChange } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { IssueLink } from '../tickets/issue-link';

const OUTCOME_APPEARANCE: Record<SimilarChange['outcome'], ThemeAppearance> = {
  smooth: 'success',
  'minor-issues': 'inprogress',
  complaints: 'moved',
  escalations: 'removed',
  unknown: 'default',
};

export function SimilarChanges({ changes }: { changes: readonly SimilarChange[] }) {
  const { t } = useAppEnv();
  if (changes.length === 0) return <Text>{t('ui.panel.similar.none')}</Text>;
  return (
    <DataTable
      caption={t('ui.panel.similar.caption')}
      rows={changes}
      rowKey={(change) => change.key}
      columns={[
        {
          header: t('ui.panel.similar.change'),
          rowHeader: true,
          cell: (change) => (
            <>
              <IssueLink issueKey={change.key} /> {change.summary}
            </>
          ),
        },
        {
          header: t('ui.panel.similar.tier'),
          cell: (change) =>
            change.tier === null ? '—' : t('ui.common.tier', { tier: change.tier }),
        },
        {
          header: t('ui.panel.similar.outcome'),
          cell: (change) => (
            <Lozenge appearance={OUTCOME_APPEARANCE[change.outcome]}>
              {t(`ui.panel.outcomes.${change.outcome}`)}
            </Lozenge>
          ),
        },
        {
          header: t('ui.panel.similar.shared'),
          cell: (change) =>
            [
              ...change.sharedSegments,
              ...change.sharedTouchpoints.map((tp) => t(`ui.panel.touchpoints.${tp}`)),
            ].join(', '),
        },
      ]}
    />
  );
}

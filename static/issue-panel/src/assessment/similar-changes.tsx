// Changes made before on the same segments or touchpoints, and how they went.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import type { SimilarChange } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import type { PublicJourney } from '../../../../src/contract/journey-contract';
import { touchpointName } from '../intake/touchpoint-names';
import { IssueLink } from '../tickets/issue-link';

const OUTCOME_APPEARANCE: Record<SimilarChange['outcome'], ThemeAppearance> = {
  smooth: 'success',
  'minor-issues': 'inprogress',
  complaints: 'moved',
  escalations: 'removed',
  unknown: 'default',
};

export function SimilarChanges({
  changes,
  journey,
}: {
  changes: readonly SimilarChange[];
  /** The registry the shared touchpoints are named from. */
  journey: PublicJourney | undefined;
}) {
  const { t, locale } = useAppEnv();
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
            <>
              <Lozenge appearance={OUTCOME_APPEARANCE[change.outcome]}>
                {t(`ui.panel.outcomes.${change.outcome}`)}
              </Lozenge>{' '}
              <OutcomeDetail change={change} />
            </>
          ),
        },
        {
          header: t('ui.panel.similar.shared'),
          cell: (change) =>
            [
              ...change.sharedSegments,
              ...change.sharedTouchpoints.map((tp) => touchpointName(tp, journey, t, locale)),
            ].join(', '),
        },
      ]}
    />
  );
}

/**
 * Where the outcome comes from: recorded after launch (with its objectives met), or only reported in
 * the change's intake, which its editors can rewrite; a reader weighs the two differently.
 */
function OutcomeDetail({ change }: { change: SimilarChange }) {
  const { t } = useAppEnv();
  if (change.outcomeSource === 'reported')
    return <Text size="small">{t('ui.objectives.similar.reported')}</Text>;
  if (change.outcomeSource !== 'recorded') return null;
  const tally = change.objectives;
  return (
    <Text size="small">
      {tally && tally.total > 0
        ? t('ui.objectives.similar.met', { met: tally.met, total: tally.total })
        : t('ui.objectives.similar.recorded')}
    </Text>
  );
}

// Changes made before on the same segments or touchpoints, and how they went.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import type { SimilarChange } from '../../../../src/domain/similar-changes';
import { useAppEnv } from '../../../shared/app-env';
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
    <table className="cg-table">
      <caption>{t('ui.panel.similar.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ui.panel.similar.change')}</th>
          <th scope="col">{t('ui.panel.similar.tier')}</th>
          <th scope="col">{t('ui.panel.similar.outcome')}</th>
          <th scope="col">{t('ui.panel.similar.shared')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.key}>
            <th scope="row">
              <IssueLink issueKey={change.key} /> {change.summary}
            </th>
            <td>{change.tier === null ? '—' : t('ui.common.tier', { tier: change.tier })}</td>
            <td>
              <Lozenge appearance={OUTCOME_APPEARANCE[change.outcome]}>
                {t(`ui.panel.outcomes.${change.outcome}`)}
              </Lozenge>
            </td>
            <td>
              {[
                ...change.sharedSegments,
                ...change.sharedTouchpoints.map((tp) => t(`ui.panel.touchpoints.${tp}`)),
              ].join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

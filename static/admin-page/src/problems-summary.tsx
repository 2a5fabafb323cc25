// Every problem of the draft in one list; each entry takes the admin to its field.
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { Problem } from '../../../src/contract/ui-kit';
import { useT } from '../../shared/app-env';
import { pathLabel } from './config-words';
import { tabForPath, type TabId } from './paths';

interface ProblemsSummaryProps {
  problems: readonly Problem[];
  onGoTo: (tab: TabId, path: string) => void;
}

export function ProblemsSummary({ problems, onGoTo }: ProblemsSummaryProps) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div id="cfg-problems" tabIndex={-1}>
      <SectionMessage
        appearance="error"
        title={t('ui.admin.problems.title', { count: problems.length })}
      >
        <Stack space="space.075">
          <Text>{t('ui.admin.problems.intro')}</Text>
          <ul className="cg-list">
            {problems.map((problem, index) => {
              const path = problem.path ?? '';
              const tab = tabForPath(path);
              return (
                <li key={`${path}-${String(index)}`}>
                  {tab ? (
                    <button
                      type="button"
                      className="cg-link-button"
                      onClick={() => {
                        onGoTo(tab, path);
                      }}
                    >
                      {pathLabel(t, path)}
                    </button>
                  ) : (
                    <span>{pathLabel(t, path)}</span>
                  )}
                  {': '}
                  {problem.message}
                </li>
              );
            })}
          </ul>
        </Stack>
      </SectionMessage>
    </div>
  );
}

// After launch, the assessment tab asks how the change did: a measured value for each objective, the
// overall outcome and a note (objective-results-form.tsx). Before launch it says when that opens.
import { Text } from '@atlaskit/primitives';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ObjectiveResultsView } from '../../../../src/contract/outcome-contract';
import type { IssueView } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { formatCalendarDate } from '../../../shared/dates';
import { Loading } from '../../../shared/states';
import { TitledSection } from '../../../shared/titled-section';

// The form (text fields, radios, the text area) is needed only once a change has launched: it loads
// then, so the assessment of every other change shows as soon as before.
const ObjectiveResultsForm = lazy(() =>
  import('./objective-results-form').then((m) => ({ default: m.ObjectiveResultsForm })),
);

/**
 * The section, or nothing on an issue without it. What a save answers is shown at once; a refreshed
 * view (the panel's Refresh) replaces it.
 */
export function ObjectiveResults({ view }: { view: IssueView }) {
  const { t, locale } = useAppEnv();
  const [saved, setSaved] = useState<ObjectiveResultsView | null>(null);
  useEffect(() => {
    setSaved(null);
  }, [view.objectiveResults]);
  const results = saved ?? view.objectiveResults;
  if (!results) return null;
  const { window } = results;
  // Before launch the section only says when it opens, and only to a change that has something to measure.
  if (window.state !== 'open' && results.objectives.length === 0) return null;
  return (
    <TitledSection id="cg-objective-results-heading" title={t('ui.objectives.results.heading')}>
      {window.state === 'open' ? (
        <Suspense fallback={<Loading label={t('ui.panel.loading')} />}>
          <ObjectiveResultsForm results={results} canEdit={view.canEdit} onRecorded={setSaved} />
        </Suspense>
      ) : (
        <Text>
          {window.state === 'before-launch'
            ? t('ui.objectives.results.beforeLaunch', {
                date: formatCalendarDate(window.opensOn, locale),
              })
            : t('ui.objectives.results.noLaunchDate')}
        </Text>
      )}
    </TitledSection>
  );
}

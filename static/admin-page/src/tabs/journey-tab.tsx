// The "Touchpoints" tab: its editor loads only when the tab is opened, so the admin page's first
// load does not carry the journey editor.
import { lazy, Suspense } from 'react';
import { useT } from '../../../shared/app-env';
import { Loading } from '../../../shared/states';
import type { EditorProps } from '../editor-props';

const JourneyEditor = lazy(() =>
  import('../journey/journey-editor').then((m) => ({ default: m.JourneyEditor })),
);

export function JourneyTab(props: EditorProps) {
  const t = useT();
  return (
    <Suspense fallback={<Loading label={t('ui.journey.admin.loading')} />}>
      <JourneyEditor {...props} />
    </Suspense>
  );
}

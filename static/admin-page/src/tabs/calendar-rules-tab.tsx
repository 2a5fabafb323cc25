// The "Calendar rules" tab: its editor (with the date picker) loads only when the tab is opened,
// so the admin page's first load does not carry it.
import { lazy, Suspense } from 'react';
import { useT } from '../../../shared/app-env';
import { Loading } from '../../../shared/states';
import type { EditorProps } from '../editor-props';

const CalendarRulesEditor = lazy(() =>
  import('../calendar-rules/calendar-rules-editor').then((m) => ({
    default: m.CalendarRulesEditor,
  })),
);

export function CalendarRulesTab(props: EditorProps) {
  const t = useT();
  return (
    <Suspense fallback={<Loading label={t('ui.calendarRules.admin.loading')} />}>
      <CalendarRulesEditor {...props} />
    </Suspense>
  );
}

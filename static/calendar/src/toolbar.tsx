// The period shown and how to move: previous, today, next, and month or quarter.
import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import { useAppEnv } from '../../shared/app-env';
import { plural } from './plural';
import type { CalendarView as ViewKind } from './period';

interface ToolbarProps {
  title: string;
  view: ViewKind;
  onView: (view: ViewKind) => void;
  onMove: (direction: -1 | 0 | 1) => void;
}

export function Toolbar({ title, view, onView, onMove }: ToolbarProps) {
  const { t } = useAppEnv();
  const unit = view === 'month' ? 'month' : 'quarter';
  return (
    <div className="cg-cal-toolbar">
      <h2 className="cg-cal-title" aria-live="polite">
        {title}
      </h2>
      <div className="cg-cal-buttons" role="group" aria-label={t('ui.calendar.nav.label')}>
        <Button
          onClick={() => {
            onMove(-1);
          }}
          aria-label={t(`ui.calendar.nav.previous.${unit}`)}
        >
          ‹
        </Button>
        <Button
          onClick={() => {
            onMove(0);
          }}
        >
          {t('ui.calendar.nav.today')}
        </Button>
        <Button
          onClick={() => {
            onMove(1);
          }}
          aria-label={t(`ui.calendar.nav.next.${unit}`)}
        >
          ›
        </Button>
      </div>
      <div className="cg-cal-buttons" role="group" aria-label={t('ui.calendar.view.label')}>
        {(['month', 'quarter'] as const).map((kind) => (
          <Button
            key={kind}
            isSelected={view === kind}
            aria-pressed={view === kind}
            onClick={() => {
              onView(kind);
            }}
          >
            {t(`ui.calendar.view.${kind}`)}
          </Button>
        ))}
      </div>
    </div>
  );
}

/** How far loading got: pages arrive in launch order, so the last launch day loaded is the measure. */
export function LoadProgress({
  loaded,
  fraction,
  reachedLabel,
}: {
  loaded: number;
  fraction: number;
  reachedLabel: string | null;
}) {
  const { t, locale } = useAppEnv();
  const count = new Intl.NumberFormat(locale).format(loaded);
  const text =
    reachedLabel === null
      ? t('ui.calendar.progress.starting')
      : plural(t, locale, 'ui.calendar.progress.loaded', loaded, { count, date: reachedLabel });
  return (
    <div className="cg-cal-progress" role="status">
      <ProgressBar value={fraction} ariaLabel={text} />
      <span className="cg-cal-muted">{text}</span>
    </div>
  );
}

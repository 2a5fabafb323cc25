// Where a dated task stands (a comms step or a redesign task): its finished status, overdue, or its
// open status (planned before the ticket exists).
import Lozenge from '@atlaskit/lozenge';
import { useAppEnv } from '../../../shared/app-env';
import { finishedAppearance } from './standing';
import { statusName } from './status-name';

interface DatedTask {
  status: string | null;
  done: boolean;
  overdue: boolean;
}

export function DatedTaskStatus({ row }: { row: DatedTask }) {
  const { t } = useAppEnv();
  if (row.done)
    return (
      <Lozenge appearance={finishedAppearance(row.status)}>
        {row.status === null ? t('ui.panel.tickets.done') : statusName(row.status, t)}
      </Lozenge>
    );
  if (row.overdue)
    return (
      <Lozenge appearance="removed" isBold>
        {t('ui.panel.tickets.overdue')}
      </Lozenge>
    );
  return (
    <Lozenge appearance="default">
      {row.status === null ? t('ui.panel.tickets.planned') : statusName(row.status, t)}
    </Lozenge>
  );
}

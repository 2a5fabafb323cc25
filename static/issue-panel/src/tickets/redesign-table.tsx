// The redesign tasks of an approved change: for each touchpoint it touches, who updates the help-centre article,
// macros and journey map, and by when.
import { Text } from '@atlaskit/primitives';
import type { RedesignRow } from '../../../../src/contract/redesign-contract';
import { localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { formatCalendarDate } from '../../../shared/dates';
import { DatedTaskStatus } from './dated-task-status';
import { TicketKey } from './issue-link';

/** The touchpoint, with the journey stage it belongs to when the registry still holds it. */
function Touchpoint({ row }: { row: RedesignRow }) {
  const { locale } = useAppEnv();
  return (
    <>
      {localize(row.touchpoint, locale)}
      {row.stage && (
        <Text color="color.text.subtlest" size="small">
          {' '}
          ({localize(row.stage, locale)})
        </Text>
      )}
    </>
  );
}

export function RedesignTable({ rows }: { rows: readonly RedesignRow[] }) {
  const { t, locale } = useAppEnv();
  if (rows.length === 0) return <Text>{t('ui.redesign.none')}</Text>;
  return (
    <DataTable
      caption={t('ui.redesign.caption')}
      rows={rows}
      rowKey={(row) => row.key ?? row.touchpointId}
      rowClassName={(row) => (row.overdue && !row.done ? 'cg-overdue' : undefined)}
      columns={[
        {
          header: t('ui.panel.tickets.due'),
          className: 'cg-nowrap',
          cell: (row) => (row.dueDate ? formatCalendarDate(row.dueDate, locale) : '—'),
        },
        {
          header: t('ui.redesign.touchpoint'),
          rowHeader: true,
          cell: (row) => <Touchpoint row={row} />,
        },
        {
          header: t('ui.panel.tickets.owner'),
          cell: (row) =>
            row.owner ? (
              row.owner.displayName
            ) : (
              <Text color="color.text.subtlest">{t('ui.redesign.unassigned')}</Text>
            ),
        },
        { header: t('ui.panel.tickets.status'), cell: (row) => <DatedTaskStatus row={row} /> },
        { header: t('ui.panel.tickets.issue'), cell: (row) => <TicketKey issueKey={row.key} /> },
      ]}
    />
  );
}

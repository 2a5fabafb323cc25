// The customer-communication plan on the calendar: what is due when, through which channel, by whom.
import { Text } from '@atlaskit/primitives';
import { type CommsRow, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { formatCalendarDate } from '../../../shared/dates';
import { DatedTaskStatus } from './dated-task-status';
import { TicketKey } from './issue-link';

/** Who sends a step; the role adds information only when the person's name does not already say it. */
function CommsOwner({ row }: { row: CommsRow }) {
  const { locale } = useAppEnv();
  const role = localize(row.ownerRoleName, locale);
  if (!row.owner) return role;
  return (
    <>
      {row.owner.displayName}
      {!row.owner.displayName.includes(role) && (
        <Text color="color.text.subtlest" size="small">
          {' '}
          ({role})
        </Text>
      )}
    </>
  );
}

export function CommsTimeline({ comms }: { comms: readonly CommsRow[] }) {
  const { t, locale } = useAppEnv();
  if (comms.length === 0) return <Text>{t('ui.panel.tickets.noComms')}</Text>;
  const sorted = [...comms].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <DataTable
      caption={t('ui.panel.tickets.commsCaption')}
      rows={sorted}
      rowKey={(row) => row.stepId}
      rowClassName={(row) => (row.overdue && !row.done ? 'cg-overdue' : undefined)}
      columns={[
        {
          header: t('ui.panel.tickets.due'),
          className: 'cg-nowrap',
          cell: (row) => formatCalendarDate(row.dueDate, locale),
        },
        {
          header: t('ui.panel.tickets.step'),
          rowHeader: true,
          cell: (row) => localize(row.title, locale),
        },
        { header: t('ui.panel.tickets.channel'), cell: (row) => localize(row.channel, locale) },
        { header: t('ui.panel.tickets.owner'), cell: (row) => <CommsOwner row={row} /> },
        { header: t('ui.panel.tickets.status'), cell: (row) => <DatedTaskStatus row={row} /> },
        { header: t('ui.panel.tickets.issue'), cell: (row) => <TicketKey issueKey={row.key} /> },
      ]}
    />
  );
}

// The customer-communication plan on the calendar: what is due when, through which channel, by whom.
import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import { type CommsRow, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { formatCalendarDate } from '../../../shared/dates';
import { TicketCell } from './issue-link';
import { finishedAppearance } from './standing';

function CommsStatus({ row }: { row: CommsRow }) {
  const { t } = useAppEnv();
  if (row.done)
    return (
      <Lozenge appearance={finishedAppearance(row.status)}>
        {row.status ?? t('ui.panel.tickets.done')}
      </Lozenge>
    );
  if (row.overdue)
    return (
      <Lozenge appearance="removed" isBold>
        {t('ui.panel.tickets.overdue')}
      </Lozenge>
    );
  return <Lozenge appearance="default">{row.status ?? t('ui.panel.tickets.planned')}</Lozenge>;
}

export function CommsTimeline({ comms }: { comms: readonly CommsRow[] }) {
  const { t, locale } = useAppEnv();
  if (comms.length === 0) return <Text>{t('ui.panel.tickets.noComms')}</Text>;
  const sorted = [...comms].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <DataTable
      caption={t('ui.panel.tickets.commsCaption')}
      columns={[
        t('ui.panel.tickets.due'),
        t('ui.panel.tickets.step'),
        t('ui.panel.tickets.channel'),
        t('ui.panel.tickets.owner'),
        t('ui.panel.tickets.status'),
        t('ui.panel.tickets.issue'),
      ]}
    >
      {sorted.map((row) => (
        <tr key={row.stepId} className={row.overdue && !row.done ? 'cg-overdue' : undefined}>
          <td className="cg-nowrap">{formatCalendarDate(row.dueDate, locale)}</td>
          <th scope="row">{localize(row.title, locale)}</th>
          <td>{row.channel}</td>
          <td>
            {row.owner?.displayName ?? localize(row.ownerRoleName, locale)}
            {/* The role adds information only when the person's name does not already say it. */}
            {row.owner && !row.owner.displayName.includes(localize(row.ownerRoleName, locale)) && (
              <Text color="color.text.subtlest" size="small">
                {' '}
                ({localize(row.ownerRoleName, locale)})
              </Text>
            )}
          </td>
          <td>
            <CommsStatus row={row} />
          </td>
          <TicketCell issueKey={row.key} />
        </tr>
      ))}
    </DataTable>
  );
}

// Who must approve this change, where each approval stands and by when it is due.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import { type ApprovalRow, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { formatCalendarDate } from '../../../shared/dates';
import { TicketCell } from './issue-link';

const STANDING_APPEARANCE: Record<ApprovalRow['standing'], ThemeAppearance> = {
  approved: 'success',
  declined: 'removed',
  pending: 'inprogress',
  invalid: 'moved',
};

export function ApprovalsTable({ approvals }: { approvals: readonly ApprovalRow[] }) {
  const { t, locale } = useAppEnv();
  if (approvals.length === 0) return <Text>{t('ui.panel.tickets.noApprovals')}</Text>;
  return (
    <DataTable
      caption={t('ui.panel.tickets.approvalsCaption')}
      columns={[
        t('ui.panel.tickets.role'),
        t('ui.panel.tickets.approver'),
        t('ui.panel.tickets.status'),
        t('ui.panel.tickets.due'),
        t('ui.panel.tickets.issue'),
      ]}
    >
      {approvals.map((row) => (
        <tr key={row.stepId}>
          <th scope="row">{localize(row.roleName, locale)}</th>
          <td>{row.approver?.displayName ?? t('ui.panel.tickets.unassigned')}</td>
          <td>
            <Lozenge appearance={STANDING_APPEARANCE[row.standing]}>
              {/* An invalid decision shows why it does not count, not the status Jira shows. */}
              {row.standing === 'invalid'
                ? t('ui.panel.standing.invalid')
                : (row.status ?? t(`ui.panel.standing.${row.standing}`))}
            </Lozenge>
          </td>
          <td>{formatCalendarDate(row.dueDate, locale)}</td>
          <TicketCell issueKey={row.key} />
        </tr>
      ))}
    </DataTable>
  );
}

// Who must approve this change, where each approval stands and by when it is due.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import type { ApprovalRow } from '../../../../src/contract/resolver-contract';
import { localize } from '../../../../src/domain/localized';
import { useAppEnv } from '../../../shared/app-env';
import { formatCalendarDate } from '../../../shared/dates';
import { IssueLink } from './issue-link';

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
    <table className="cg-table">
      <caption>{t('ui.panel.tickets.approvalsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ui.panel.tickets.role')}</th>
          <th scope="col">{t('ui.panel.tickets.approver')}</th>
          <th scope="col">{t('ui.panel.tickets.status')}</th>
          <th scope="col">{t('ui.panel.tickets.due')}</th>
          <th scope="col">{t('ui.panel.tickets.issue')}</th>
        </tr>
      </thead>
      <tbody>
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
            <td>
              {row.key ? (
                <IssueLink issueKey={row.key} />
              ) : (
                <Text color="color.text.subtlest">{t('ui.panel.tickets.notCreated')}</Text>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

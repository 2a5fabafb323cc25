// Who must approve this change, where each approval stands and by when it is due; after a decline, the way on.
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type ApprovalRow, localize } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { DataTable } from '../../../shared/data-table';
import { formatCalendarDate } from '../../../shared/dates';
import { TicketKey } from './issue-link';
import { STANDING_APPEARANCE } from './standing';
import { statusName } from './status-name';

interface ApprovalsTableProps {
  approvals: readonly ApprovalRow[];
  /** Given to people who may edit the change request: asks a declined approval's role again. */
  onAskAgain?: (stepId: string) => void;
  /** The step being asked again right now. */
  asking?: string | null;
}

interface ApprovalStatusProps extends Omit<ApprovalsTableProps, 'approvals'> {
  row: ApprovalRow;
}

/** Where one approval stands; a declined one offers to ask its role again. */
function ApprovalStatus({ row, onAskAgain, asking = null }: ApprovalStatusProps) {
  const { t, locale } = useAppEnv();
  return (
    <Stack space="space.075" alignInline="start">
      <Lozenge appearance={STANDING_APPEARANCE[row.standing]}>
        {/* An invalid decision shows why it does not count, not the status Jira shows. */}
        {row.standing === 'invalid'
          ? t('ui.panel.standing.invalid')
          : row.status === null
            ? t(`ui.panel.standing.${row.standing}`)
            : statusName(row.status, t)}
      </Lozenge>
      {onAskAgain && row.standing === 'declined' && (
        <Button
          appearance="default"
          spacing="compact"
          isLoading={asking === row.stepId}
          isDisabled={asking !== null && asking !== row.stepId}
          aria-label={t('ui.panel.tickets.askAgainLabel', { role: localize(row.roleName, locale) })}
          onClick={() => {
            onAskAgain(row.stepId);
          }}
        >
          {t('ui.panel.tickets.askAgain')}
        </Button>
      )}
    </Stack>
  );
}

export function ApprovalsTable({ approvals, onAskAgain, asking = null }: ApprovalsTableProps) {
  const { t, locale } = useAppEnv();
  if (approvals.length === 0) return <Text>{t('ui.panel.tickets.noApprovals')}</Text>;
  const canAskAgain = onAskAgain !== undefined && approvals.some((a) => a.standing === 'declined');
  return (
    <Stack space="space.150">
      {canAskAgain && (
        <SectionMessage appearance="warning" title={t('ui.panel.tickets.declinedTitle')}>
          <Text>{t('ui.panel.tickets.askAgainHelp')}</Text>
        </SectionMessage>
      )}
      <DataTable
        caption={t('ui.panel.tickets.approvalsCaption')}
        rows={approvals}
        rowKey={(row) => row.stepId}
        columns={[
          {
            header: t('ui.panel.tickets.role'),
            rowHeader: true,
            cell: (row) => localize(row.roleName, locale),
          },
          {
            header: t('ui.panel.tickets.approver'),
            cell: (row) => row.approver?.displayName ?? t('ui.panel.tickets.unassigned'),
          },
          {
            header: t('ui.panel.tickets.status'),
            cell: (row) => <ApprovalStatus row={row} onAskAgain={onAskAgain} asking={asking} />,
          },
          {
            header: t('ui.panel.tickets.due'),
            cell: (row) => formatCalendarDate(row.dueDate, locale),
          },
          { header: t('ui.panel.tickets.issue'), cell: (row) => <TicketKey issueKey={row.key} /> },
        ]}
      />
    </Stack>
  );
}

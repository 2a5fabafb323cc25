// Roles and responsibilities: per tier, who reviews, who approves, who owns customer communication.
import type { MacroTables } from '../../../src/contract/ui-kit';
import { useT } from '../../shared/app-env';
import { TextList } from './text-list';
import { TierTable } from './tier-table';

export function RolesTable({ rows }: { rows: MacroTables['roles'] }) {
  const t = useT();
  return (
    <TierTable
      table="roles"
      rows={rows}
      columns={[
        {
          header: t('ui.macro.columns.reviewers'),
          cell: (row) => <TextList items={row.reviewers} />,
        },
        {
          header: t('ui.macro.columns.approvers'),
          cell: (row) => <TextList items={row.approvers} />,
        },
        { header: t('ui.macro.columns.commsOwner'), cell: (row) => row.commsOwner },
        {
          header: t('ui.macro.columns.examples'),
          cell: (row) => <TextList items={row.examples} />,
        },
      ]}
    />
  );
}

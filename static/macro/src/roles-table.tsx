// Roles and responsibilities: per tier, who reviews, who approves, who owns customer communication.
import type { MacroTables } from '../../../src/contract/ui-kit';
import { useT } from '../../shared/app-env';
import { DataTable } from '../../shared/data-table';
import { TitledSection } from '../../shared/titled-section';
import { TextList } from './text-list';

export function RolesTable({ rows }: { rows: MacroTables['roles'] }) {
  const t = useT();
  return (
    <TitledSection id="cg-macro-roles" level="h2" title={t('ui.macro.roles.title')}>
      <DataTable
        name="roles"
        scroll
        caption={t('ui.macro.roles.caption')}
        columns={[
          t('ui.macro.columns.tier'),
          t('ui.macro.columns.reviewers'),
          t('ui.macro.columns.approvers'),
          t('ui.macro.columns.commsOwner'),
          t('ui.macro.columns.examples'),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.tier}>
            <th scope="row">{t('ui.common.tierNamed', { tier: row.tier, name: row.name })}</th>
            <td>
              <TextList items={row.reviewers} />
            </td>
            <td>
              <TextList items={row.approvers} />
            </td>
            <td>{row.commsOwner}</td>
            <td>
              <TextList items={row.examples} />
            </td>
          </tr>
        ))}
      </DataTable>
    </TitledSection>
  );
}

// Roles and responsibilities: per tier, who reviews, who approves, who owns customer communication.
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import type { MacroTables } from '../../../src/contract/resolver-contract';
import { useT } from '../../shared/app-env';
import { TextList } from './text-list';

export function RolesTable({ rows }: { rows: MacroTables['roles'] }) {
  const t = useT();
  return (
    <section aria-labelledby="cg-macro-roles">
      <Stack space="space.100">
        <Heading size="medium" as="h2" id="cg-macro-roles">
          {t('ui.macro.roles.title')}
        </Heading>
        <div className="cg-table-scroll">
          <table className="cg-table" data-table="roles">
            <caption>{t('ui.macro.roles.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.macro.columns.tier')}</th>
                <th scope="col">{t('ui.macro.columns.reviewers')}</th>
                <th scope="col">{t('ui.macro.columns.approvers')}</th>
                <th scope="col">{t('ui.macro.columns.commsOwner')}</th>
                <th scope="col">{t('ui.macro.columns.examples')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.tier}>
                  <th scope="row">
                    {t('ui.common.tierNamed', { tier: row.tier, name: row.name })}
                  </th>
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
            </tbody>
          </table>
        </div>
      </Stack>
    </section>
  );
}

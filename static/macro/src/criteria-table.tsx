// Impact criteria: per tier, what it means for support, PR and finance, its lead time and examples.
import type { MacroTables } from '../../../src/contract/ui-kit';
import { useAppEnv } from '../../shared/app-env';
import { DataTable } from '../../shared/data-table';
import { TitledSection } from '../../shared/titled-section';
import { TextList } from './text-list';

export function CriteriaTable({ rows }: { rows: MacroTables['criteria'] }) {
  const { t, locale } = useAppEnv();
  const days = new Intl.NumberFormat(locale);
  return (
    <TitledSection id="cg-macro-criteria" level="h2" title={t('ui.macro.criteria.title')}>
      <DataTable
        name="criteria"
        scroll
        caption={t('ui.macro.criteria.caption')}
        columns={[
          t('ui.macro.columns.tier'),
          t('ui.common.effects.cx'),
          t('ui.common.effects.pr'),
          t('ui.common.effects.finance'),
          { label: t('ui.macro.columns.leadTime'), numeric: true },
          t('ui.macro.columns.examples'),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.tier}>
            <th scope="row">{t('ui.common.tierNamed', { tier: row.tier, name: row.name })}</th>
            <td>{row.cx}</td>
            <td>{row.pr}</td>
            <td>{row.finance}</td>
            <td className="cg-num">
              {t('ui.macro.days', { days: days.format(row.leadTimeDays) })}
            </td>
            <td>
              <TextList items={row.examples} />
            </td>
          </tr>
        ))}
      </DataTable>
    </TitledSection>
  );
}

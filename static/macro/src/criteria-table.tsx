// Impact criteria: per tier, what it means for support, PR and finance, its lead time and examples.
import type { MacroTables } from '../../../src/contract/ui-kit';
import { useAppEnv } from '../../shared/app-env';
import { TextList } from './text-list';
import { TierTable } from './tier-table';

export function CriteriaTable({ rows }: { rows: MacroTables['criteria'] }) {
  const { t, locale } = useAppEnv();
  const days = new Intl.NumberFormat(locale);
  return (
    <TierTable
      table="criteria"
      rows={rows}
      columns={[
        { header: t('ui.common.effects.cx'), cell: (row) => row.cx },
        { header: t('ui.common.effects.pr'), cell: (row) => row.pr },
        { header: t('ui.common.effects.finance'), cell: (row) => row.finance },
        {
          header: t('ui.macro.columns.leadTime'),
          numeric: true,
          cell: (row) => t('ui.macro.days', { days: days.format(row.leadTimeDays) }),
        },
        {
          header: t('ui.macro.columns.examples'),
          cell: (row) => <TextList items={row.examples} />,
        },
      ]}
    />
  );
}

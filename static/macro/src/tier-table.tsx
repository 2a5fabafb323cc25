// A per-tier table of the macro in its own section: the tier and its name open and name each row,
// the table's other columns follow; its heading, caption and `data-table` name come from its key.
import { useT } from '../../shared/app-env';
import { type ColumnDef, DataTable } from '../../shared/data-table';
import { TitledSection } from '../../shared/titled-section';

/** Each table's heading and caption; written out whole so the locale check finds every key. */
const TEXTS = {
  criteria: { title: 'ui.macro.criteria.title', caption: 'ui.macro.criteria.caption' },
  roles: { title: 'ui.macro.roles.title', caption: 'ui.macro.roles.caption' },
} as const;

interface TierTableProps<Row> {
  table: keyof typeof TEXTS;
  rows: readonly Row[];
  /** The columns after the tier. */
  columns: readonly ColumnDef<Row>[];
}

export function TierTable<Row extends { tier: number; name: string }>(props: TierTableProps<Row>) {
  const { table, rows, columns } = props;
  const t = useT();
  const tier: ColumnDef<Row> = {
    header: t('ui.macro.columns.tier'),
    rowHeader: true,
    cell: (row) => t('ui.common.tierNamed', { tier: row.tier, name: row.name }),
  };
  return (
    <TitledSection id={`cg-macro-${table}`} level="h2" title={t(TEXTS[table].title)}>
      <DataTable
        name={table}
        scroll
        caption={t(TEXTS[table].caption)}
        rows={rows}
        rowKey={(row) => row.tier}
        columns={[tier, ...columns]}
      />
    </TitledSection>
  );
}

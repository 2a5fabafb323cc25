// Every table of the app: a caption that names it, column headers, then its rows; wide tables
// scroll sideways inside their own box instead of widening the page.
import type { Key, ReactNode } from 'react';

/** A column header; a numeric column is right-aligned with its figures. */
export type Column = string | { label: ReactNode; numeric?: boolean };

/**
 * A column of a table that renders its own rows: its header and what each row shows under it.
 * Most tables are one row per item, so they declare only this and the table writes the markup.
 */
export interface ColumnDef<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names its row (`<th scope="row">`), so screen readers announce it across the row. */
  rowHeader?: boolean;
  /** Right-aligns the header and the cells with their figures. */
  numeric?: boolean;
  /** The data cells' class, e.g. `cg-nowrap` for a date that must not break. */
  className?: string;
}

interface CommonProps {
  caption: ReactNode;
  /** `<tr>` rows under the body, e.g. a total. */
  footer?: ReactNode;
  scroll?: boolean;
  /** Names the table for whoever embeds the page (`data-table`). */
  name?: string;
}

/** A table whose rows the caller writes: for grouped or spanning rows that columns cannot say. */
interface ChildRowsProps extends CommonProps {
  columns: readonly Column[];
  /** `<tr>` rows, or with `grouped` the table's own `<tbody>` groups. */
  children: ReactNode;
  grouped?: boolean;
  rows?: undefined;
}

/** A table that renders one row per item from its column definitions. */
interface ItemRowsProps<Row> extends CommonProps {
  columns: readonly ColumnDef<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  rowClassName?: (row: Row) => string | undefined;
  /** Shown across the whole width when there are no rows. */
  empty?: ReactNode;
  children?: undefined;
}

export type DataTableProps<Row> = ChildRowsProps | ItemRowsProps<Row>;

function HeaderCells({ columns }: { columns: readonly Column[] }) {
  return columns.map((column, index) =>
    typeof column === 'string' ? (
      <th key={index} scope="col">
        {column}
      </th>
    ) : (
      <th key={index} scope="col" className={column.numeric ? 'cg-num' : undefined}>
        {column.label}
      </th>
    ),
  );
}

function ItemRows<Row>(props: ItemRowsProps<Row>) {
  const { columns, rows, rowKey, rowClassName, empty } = props;
  return (
    <tbody>
      {rows.length === 0 && empty !== undefined && (
        <tr>
          <td colSpan={columns.length}>{empty}</td>
        </tr>
      )}
      {rows.map((row) => (
        <tr key={rowKey(row)} className={rowClassName?.(row)}>
          {columns.map((column, index) =>
            column.rowHeader ? (
              <th key={index} scope="row">
                {column.cell(row)}
              </th>
            ) : (
              <td
                key={index}
                className={column.className ?? (column.numeric ? 'cg-num' : undefined)}
              >
                {column.cell(row)}
              </td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  );
}

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, footer, scroll = false, name } = props;
  const headers: readonly Column[] =
    props.rows === undefined
      ? props.columns
      : props.columns.map((column) => ({ label: column.header, numeric: column.numeric }));
  let body: ReactNode;
  if (props.rows !== undefined) body = <ItemRows {...props} />;
  else body = props.grouped ? props.children : <tbody>{props.children}</tbody>;
  const table = (
    <table className="cg-table" data-table={name}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <HeaderCells columns={headers} />
        </tr>
      </thead>
      {body}
      {footer !== undefined && <tfoot>{footer}</tfoot>}
    </table>
  );
  return scroll ? <div className="cg-table-scroll">{table}</div> : table;
}

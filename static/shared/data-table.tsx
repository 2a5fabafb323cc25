// Every table of the app: a caption that names it, column headers, then its rows; wide tables
// scroll sideways inside their own box instead of widening the page.
import type { ReactNode } from 'react';

/** A column header; a numeric column is right-aligned with its figures. */
export type Column = string | { label: ReactNode; numeric?: boolean };

interface DataTableProps {
  caption: ReactNode;
  columns: readonly Column[];
  /** `<tr>` rows, or with `grouped` the table's own `<tbody>` groups. */
  children: ReactNode;
  grouped?: boolean;
  /** `<tr>` rows under the body, e.g. a total. */
  footer?: ReactNode;
  scroll?: boolean;
  /** Names the table for whoever embeds the page (`data-table`). */
  name?: string;
}

export function DataTable(props: DataTableProps) {
  const { caption, columns, children, grouped = false, footer, scroll = false, name } = props;
  const table = (
    <table className="cg-table" data-table={name}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) =>
            typeof column === 'string' ? (
              <th key={index} scope="col">
                {column}
              </th>
            ) : (
              <th key={index} scope="col" className={column.numeric ? 'cg-num' : undefined}>
                {column.label}
              </th>
            ),
          )}
        </tr>
      </thead>
      {grouped ? children : <tbody>{children}</tbody>}
      {footer !== undefined && <tfoot>{footer}</tfoot>}
    </table>
  );
  return scroll ? <div className="cg-table-scroll">{table}</div> : table;
}

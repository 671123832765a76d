import { Table } from "@digdir/designsystemet-react";
import { useId, type ReactNode } from "react";

/** `id`: an anchor for links to the row (a reminder links to its decision). */
type Row = { key: string | number; id?: string; cells: ReactNode[] };

/**
 * A plain table: header cells, then one row per item. The caption is read by screen readers only.
 * A wide table scrolls inside its own box (not the page), which keyboard users can focus and scroll,
 * and which screen readers announce by the caption.
 */
export function DataTable({ caption, headers, rows }: { caption: string; headers: ReactNode[]; rows: Row[] }) {
  const captionId = useId();
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="table-scroll">
      <Table>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            {headers.map((header, i) => (
              <Table.HeaderCell key={i}>{header}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key} id={row.id}>
              {row.cells.map((cell, i) => (
                <Table.Cell key={i}>{cell}</Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

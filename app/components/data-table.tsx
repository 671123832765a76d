import { Table } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

type Row = { key: string | number; cells: ReactNode[] };

/** A plain table: header cells, then one row per item. The caption is read by screen readers only. */
export function DataTable({ caption, headers, rows }: { caption: string; headers: ReactNode[]; rows: Row[] }) {
  return (
    <Table>
      <caption className="visually-hidden">{caption}</caption>
      <Table.Head>
        <Table.Row>
          {headers.map((header, i) => (
            <Table.HeaderCell key={i}>{header}</Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.key}>
            {row.cells.map((cell, i) => (
              <Table.Cell key={i}>{cell}</Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

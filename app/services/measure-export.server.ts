// A measure's data as a sheet for CSV and XLSX downloads, with small counts protected.
import Papa from "papaparse";
import { protectSmallCount } from "../domain/measure-series";
import type { Measure } from "../models/measure.server";
import { formatDate } from "../utils/format";
import { neutraliseCell, type Sheet } from "../utils/spreadsheet.server";

export function measureSheet(measure: Measure, protectSmallCounts: boolean): Sheet {
  const withDenominator = measure.kind === "andel" || measure.kind === "rate";
  const countKind = measure.kind === "antall";
  const protect = (v: number | null) => protectSmallCount(v, protectSmallCounts);
  return {
    name: "Data",
    columns: [
      { header: "Dato", width: 12 },
      ...(withDenominator ? [{ header: "Teller", width: 10 }, { header: "Nevner", width: 10 }] : [{ header: "Verdi", width: 12 }]),
      { header: "Holdt utenfor", width: 14 },
      { header: "Merknad", width: 40 },
    ],
    rows: measure.points.map((p) => [
      formatDate(p.date),
      ...(withDenominator ? [protect(p.numerator), protect(p.denominator)] : [countKind ? protect(p.value) : p.value]),
      p.excluded ? "ja" : "",
      p.note,
    ]),
  };
}

/** Semicolon-separated with decimal comma and a byte-order mark, as Norwegian Excel expects; cells neutralised. */
export function sheetToCsv(sheet: Sheet): string {
  const cell = (v: string | number | null) => (v == null ? "" : typeof v === "number" ? String(v).replace(".", ",") : neutraliseCell(v));
  return "\uFEFF" + Papa.unparse({ fields: sheet.columns.map((c) => cell(c.header)), data: sheet.rows.map((r) => r.map(cell)) }, { delimiter: ";" });
}

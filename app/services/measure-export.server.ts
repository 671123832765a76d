// A measure's data as a sheet for CSV and XLSX downloads, with small counts protected.
import Papa from "papaparse";
import { protectSmallCount } from "../domain/measure-series";
import type { Measure } from "../models/measure.server";
import { formatDate } from "../utils/format";
import { day, isDay, neutraliseCell, type Sheet, type SheetCell } from "../utils/spreadsheet.server";

/**
 * The measure's points, one row each. A small count the project protects is left out of its number
 * column (which holds only numbers) and marked «under 3» in a column of its own.
 */
export function measureSheet(measure: Measure, protectSmallCounts: boolean): Sheet {
  const withDenominator = measure.kind === "andel" || measure.kind === "rate";
  const countKind = measure.kind === "antall";
  const hidden = (v: number | null) => typeof protectSmallCount(v, protectSmallCounts) === "string";
  const rows = measure.points.map((p) => {
    const counts = withDenominator ? [p.numerator, p.denominator] : [p.value];
    const protectedHere = (withDenominator || countKind) && counts.some(hidden);
    return { p, counts: protectedHere ? counts.map(() => null) : counts, protectedHere };
  });
  const marker = rows.some((r) => r.protectedHere);
  return {
    name: "Data",
    columns: [
      { header: "Dato", width: 12 },
      ...(withDenominator ? [{ header: "Teller", width: 10 }, { header: "Nevner", width: 10 }] : [{ header: "Verdi", width: 12 }]),
      ...(marker ? [{ header: "Skjermet", width: 12 }] : []),
      { header: "Holdt utenfor", width: 14 },
      { header: "Merknad", width: 40 },
    ],
    rows: rows.map(({ p, counts, protectedHere }) => [day(p.date), ...counts, ...(marker ? [protectedHere ? "under 3" : ""] : []), p.excluded ? "ja" : "", p.note]),
  };
}

/** Semicolon-separated with decimal comma and a byte-order mark, as Norwegian Excel expects; cells neutralised. */
export function sheetToCsv(sheet: Sheet): string {
  const cell = (v: SheetCell) => (v == null ? "" : isDay(v) ? formatDate(v.day) : typeof v === "number" ? String(v).replace(".", ",") : neutraliseCell(v));
  return "\uFEFF" + Papa.unparse({ fields: sheet.columns.map((c) => cell(c.header)), data: sheet.rows.map((r) => r.map(cell)) }, { delimiter: ";" });
}

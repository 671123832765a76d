// Reading a table from an uploaded CSV or XLSX file, or from text pasted from a spreadsheet.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Cell } from "../domain/measure-import";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

type TableResult = { rows: Cell[][] } | { error: string };

/** Text pasted from Excel (tab-separated) or typed as CSV with ; or , between the columns. */
export function readPastedTable(text: string): TableResult {
  const parsed = Papa.parse<string[]>(text.trim(), { delimitersToGuess: ["\t", ";", ","], skipEmptyLines: false });
  return { rows: parsed.data };
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** A CSV or XLSX file, checked by its content (not only its name) before it is parsed. */
export async function readUploadedTable(file: File): Promise<TableResult> {
  if (file.size === 0) return { error: "Filen er tom." };
  if (file.size > MAX_UPLOAD_BYTES) return { error: "Filen er større enn 5 MB." };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isZip = ZIP_SIGNATURE.every((b, i) => bytes[i] === b);
  const name = file.name.toLowerCase();
  if (name.endsWith(".xlsx")) {
    if (!isZip) return { error: "Filen heter .xlsx, men er ikke et Excel-regneark." };
    return readWorkbook(bytes);
  }
  if (name.endsWith(".csv") || name.endsWith(".txt")) {
    if (isZip || bytes.includes(0)) return { error: "Filen er ikke en tekstfil (CSV)." };
    const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    return readPastedTable(text);
  }
  return { error: "Bare CSV- og XLSX-filer kan leses inn." };
}

async function readWorkbook(bytes: Uint8Array): Promise<TableResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { error: "Regnearket kan ikke leses. Lagre det på nytt som .xlsx og prøv igjen." };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { error: "Regnearket har ingen ark." };
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = (row.values as unknown[]).slice(1).map(cellValue);
    rows[rowNumber - 1] = values;
  });
  return { rows: Array.from(rows, (r) => r ?? []) };
}

/** A cell's plain value: formulas give their result, rich text and links their text. */
function cellValue(value: unknown): Cell {
  if (value == null || typeof value === "string" || typeof value === "number" || value instanceof Date) return value as Cell;
  if (typeof value === "object") {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if ("result" in v) return cellValue(v.result);
    if (v.richText) return v.richText.map((t) => t.text).join("");
    if (typeof v.text === "string") return v.text;
  }
  return String(value);
}

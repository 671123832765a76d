// Reading measurement data from a table (CSV, XLSX or a block pasted from Excel), row by row,
// with a reason in bokmål for every row that cannot be used.
import { readDecimal, TOO_LARGE } from "../utils/decimal";
import { isExistingIsoDate } from "../utils/dates";
import { containsNationalIdNumber, NATIONAL_ID_MESSAGE } from "./national-id";

export type Cell = string | number | Date | null | undefined;
export type ImportedPoint = { row: number; date: string; value: number | null; numerator: number | null; denominator: number | null; note: string };
export type RowError = { row: number; message: string };
export type ImportResult = { points: ImportedPoint[]; errors: RowError[] };

type Column = "date" | "value" | "numerator" | "denominator" | "note" | "protected";

const HEADERS: Record<string, Column> = {
  dato: "date",
  date: "date",
  verdi: "value",
  value: "value",
  antall: "value",
  teller: "numerator",
  numerator: "numerator",
  nevner: "denominator",
  denominator: "denominator",
  eksponering: "denominator",
  merknad: "note",
  note: "note",
  kommentar: "note",
  // Our own downloads mark a protected small count here and leave its number out.
  skjermet: "protected",
};

const pad = (n: number) => String(n).padStart(2, "0");

/** A calendar date from dd.mm.yyyy, d.m.yy(yy), yyyy-mm-dd or a spreadsheet date; null if unreadable. */
export function parseDate(cell: Cell): { date: string } | { error: string } {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { error: "Datoen kan ikke leses" };
    return { date: `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}` };
  }
  const text = String(cell ?? "").trim();
  if (!text) return { error: "Datoen mangler" };
  let iso: string | null = null;
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (norwegian) {
    const year = norwegian[3].length === 2 ? 2000 + Number(norwegian[3]) : Number(norwegian[3]);
    iso = `${year}-${pad(Number(norwegian[2]))}-${pad(Number(norwegian[1]))}`;
  } else if (isoMatch) {
    iso = `${isoMatch[1]}-${pad(Number(isoMatch[2]))}-${pad(Number(isoMatch[3]))}`;
  }
  if (!iso) return { error: `«${text}» kan ikke leses som dato (bruk dd.mm.åååå eller åååå-mm-dd)` };
  if (!isExistingIsoDate(iso)) return { error: `Datoen «${text}» finnes ikke` };
  return { date: iso };
}

export { MAX_NUMBER, TOO_LARGE, withinRange } from "../utils/decimal";

/**
 * The most points one measure holds: a daily measure over a century, or one point per patient
 * contact in a large service over several years. The pages and the chart stay bounded beyond it; the
 * limit keeps one measure from filling the database.
 */
export const MAX_POINTS_PER_MEASURE = 500_000;

/** The message when `adding` more points would take a measure holding `stored` past the limit, else null. */
export function pointLimitProblem(stored: number, adding: number): string | null {
  if (stored + adding <= MAX_POINTS_PER_MEASURE) return null;
  const room = Math.max(0, MAX_POINTS_PER_MEASURE - stored);
  return `En måling kan ha høyst 500 000 punkter. Denne har ${stored.toLocaleString("nb-NO")}, så det er plass til ${room.toLocaleString("nb-NO")} til.`;
}

/** A number with decimal comma or point and optional thousands spaces: "1 234,5", "0.25", 7. */
export function parseNumber(cell: Cell): number | null | { error: string } {
  if (cell instanceof Date) return { error: `«${String(cell)}» er ikke et tall` };
  const n = readDecimal(cell);
  if (n === null || typeof n === "number") return n;
  return { error: n.error === "too_large" ? TOO_LARGE : `«${String(cell).trim()}» er ikke et tall` };
}

/**
 * Whether a cell holds a fødselsnummer or D-number: text however it is written, and a number from a
 * spreadsheet also where the leading zero of a day 01–09 was lost (1019010046 for 01019010046).
 */
export function cellHasNationalId(cell: Cell): boolean {
  if (cell == null || cell instanceof Date) return false;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return false;
    const text = Number.isInteger(cell) && Math.abs(cell) < 1e15 ? Math.abs(cell).toFixed(0) : String(cell);
    return containsNationalIdNumber(text) || (/^\d{10}$/.test(text) && containsNationalIdNumber(`0${text}`));
  }
  return containsNationalIdNumber(String(cell));
}

const WHY_MISSING = "en periode uten verdi må ha en merknad som sier hvorfor";

const isError = (v: unknown): v is { error: string } => typeof v === "object" && v !== null && "error" in v;

/**
 * Reads rows of cells into data points. A first row of column names (dato, verdi, teller, nevner,
 * merknad) decides the columns; without it the columns are date, then value — or date, numerator,
 * denominator for proportions and rates. Every bad row is reported with its row number as in the
 * file, and a date that is already stored or repeated in the file is refused. A row with the value
 * (or both numerator and denominator) empty and a note is a period with no value, stored as missing.
 */
export function readMeasureTable(
  rows: Cell[][],
  options: { withDenominator: boolean; existingDates: Set<string>; /** A share: the numerator cannot exceed the denominator. */ proportion?: boolean },
): ImportResult {
  // Indexes, not wrapper objects: a file may have 200 000 rows.
  const filled: number[] = [];
  rows.forEach((cells, i) => {
    if (cells.some((c) => c != null && String(c).trim() !== "")) filled.push(i);
  });
  if (filled.length === 0) return { points: [], errors: [{ row: 1, message: "Tabellen er tom" }] };
  const top = { cells: rows[filled[0]], row: filled[0] + 1 };

  const first = top.cells.map((c) => String(c ?? "").trim().toLowerCase());
  const hasHeader = first.some((c) => c in HEADERS);
  const columns: Partial<Record<Column, number>> = {};
  if (hasHeader) {
    first.forEach((name, i) => {
      const key = HEADERS[name];
      if (key && columns[key] === undefined) columns[key] = i;
    });
  } else if (options.withDenominator) Object.assign(columns, { date: 0, numerator: 1, denominator: 2, note: 3 });
  else Object.assign(columns, { date: 0, value: 1, note: 2 });

  const errors: RowError[] = [];
  // Trinnvis holds no patient data: a national id number anywhere in a row, the names included,
  // refuses that row (and so the import), without repeating what the cell says.
  if (hasHeader && top.cells.some(cellHasNationalId)) errors.push({ row: top.row, message: NATIONAL_ID_MESSAGE });
  if (hasHeader) {
    const needed = options.withDenominator ? (["date", "numerator", "denominator"] as const) : (["date", "value"] as const);
    const missing = needed.filter((k) => columns[k] === undefined);
    if (missing.length) {
      const names = { date: "dato", value: "verdi", numerator: "teller", denominator: "nevner" } as const;
      return { points: [], errors: [...errors, { row: top.row, message: `Kolonnen ${missing.map((m) => `«${names[m]}»`).join(" og ")} mangler` }] };
    }
  }

  const points: ImportedPoint[] = [];
  const seen = new Map<string, number>();
  for (let k = hasHeader ? 1 : 0; k < filled.length; k++) {
    const cells = rows[filled[k]];
    const row = filled[k] + 1;
    if (cells.some(cellHasNationalId)) {
      errors.push({ row, message: NATIONAL_ID_MESSAGE });
      continue;
    }
    const problems: string[] = [];
    const date = parseDate(cells[columns.date!]);
    const numberAt = (key: "value" | "numerator" | "denominator", label: string) => {
      const parsed = parseNumber(columns[key] === undefined ? null : cells[columns[key]!]);
      if (isError(parsed)) {
        problems.push(`${label}: ${parsed.error}`);
        return null;
      }
      return parsed;
    };
    const value = options.withDenominator ? null : numberAt("value", "Verdi");
    const numerator = options.withDenominator ? numberAt("numerator", "Teller") : null;
    const denominator = options.withDenominator ? numberAt("denominator", "Nevner") : null;
    if (isError(date)) problems.unshift(date.error);
    const numbersLeftOut = options.withDenominator ? numerator == null || denominator == null : value == null;
    const shielded = numbersLeftOut && columns.protected !== undefined && String(cells[columns.protected] ?? "").trim() !== "";
    if (shielded) problems.push("Tallet er skjermet (under 3) i filen og står ikke der: skriv det inn, eller fjern raden");
    const note = columns.note === undefined ? "" : String(cells[columns.note] ?? "").trim().slice(0, 500);
    // A period with no value is a point too, as in the point form: empty, with a note saying why.
    const unreadable = problems.some((p) => /^(Verdi|Teller|Nevner):/.test(p));
    const missingPeriod = !unreadable && !shielded && note !== "" && (options.withDenominator ? numerator == null && denominator == null : value == null);
    if (!missingPeriod && options.withDenominator) {
      if (shielded) {
        // Said above; its empty numbers are not a second problem.
      } else if (numerator == null && denominator == null && !unreadable) problems.push(`Telleren og nevneren mangler (${WHY_MISSING})`);
      else {
        if (numerator == null && !problems.some((p) => p.startsWith("Teller"))) problems.push("Telleren mangler");
        if (denominator == null && !problems.some((p) => p.startsWith("Nevner"))) problems.push("Nevneren mangler");
      }
      if (numerator != null && numerator < 0) problems.push("Telleren kan ikke være negativ");
      if (denominator != null && denominator <= 0) problems.push("Nevneren må være større enn 0");
      else if (options.proportion && numerator != null && denominator != null && numerator > denominator) problems.push(`Telleren (${numerator}) er større enn nevneren (${denominator})`);
    } else if (!missingPeriod && value == null && !unreadable && !shielded) problems.push(`Verdien mangler (${WHY_MISSING})`);
    if (!isError(date)) {
      if (options.existingDates.has(date.date)) problems.push(`Det finnes allerede et punkt for ${formatNorwegian(date.date)}`);
      const earlier = seen.get(date.date);
      if (earlier !== undefined) problems.push(`Datoen ${formatNorwegian(date.date)} står to ganger (også rad ${earlier})`);
      else seen.set(date.date, row);
    }
    if (problems.length) {
      errors.push({ row, message: problems.join(". ") });
      continue;
    }
    points.push({ row, date: (date as { date: string }).date, value, numerator, denominator, note });
  }
  return { points, errors };
}

const formatNorwegian = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

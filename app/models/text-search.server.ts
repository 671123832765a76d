// Search in text columns with LIKE. SQLite's LIKE ignores case only for A–Z, so the column is
// lower-cased and the capital letters Norwegian uses beyond A–Z are folded as well.
import { or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { containsPattern } from "../utils/paging";

const CAPITALS: [string, string][] = [
  ["Æ", "æ"],
  ["Ø", "ø"],
  ["Å", "å"],
  ["É", "é"],
  ["Ä", "ä"],
  ["Ö", "ö"],
  ["Ü", "ü"],
];

/** The column lower-cased for search, with Æ, Ø, Å (and a few more) folded too. */
export function foldedForSearch(column: SQLWrapper): SQL {
  return CAPITALS.reduce<SQL>((folded, [upper, lower]) => sql`replace(${folded}, ${upper}, ${lower})`, sql`lower(${column})`);
}

/** True when any of the columns contains the text (case-insensitively, %, _ and \ taken literally). */
export function anyContains(text: string, columns: SQLWrapper[]): SQL {
  const pattern = containsPattern(text);
  return or(...columns.map((column) => sql`${foldedForSearch(column)} like ${pattern} escape '\\'`))!;
}

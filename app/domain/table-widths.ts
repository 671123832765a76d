// Column widths for a table in the Word report, fitted to what the columns hold: no column narrower
// than its longest word (so «Dialogkonferanse» never breaks inside), the rest of the page shared out
// by how much text each column has. Widths in twentieths of a point (twips), as Word counts them.

export type WidthOptions = {
  /** The width the table fills (the page between its margins). */
  total: number;
  /** A generous estimate of one character's width (10 pt Calibri, bold headers included). */
  charWidth?: number;
  /** Space a cell keeps free on its left and right. */
  cellPadding?: number;
  /** The least a character can be counted as (Calibri's average), when the generous estimate is too wide for the page. */
  tightCharWidth?: number;
};

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const longestWord = (texts: string[]) => Math.max(0, ...texts.flatMap(words).map((w) => [...w].length));
const longestText = (texts: string[]) => Math.max(0, ...texts.map((t) => [...t].length));

/** Widths (summing to `total`) for the columns of `rows` (the header row among them). */
export function columnWidths(rows: readonly (readonly string[])[], { total, charWidth = 110, cellPadding = 230, tightCharWidth = 95 }: WidthOptions): number[] {
  const columnCount = Math.max(0, ...rows.map((r) => r.length));
  if (!columnCount) return [];
  const columns = Array.from({ length: columnCount }, (_, i) => rows.map((r) => r[i] ?? ""));
  const wordChars = columns.map((c) => Math.max(1, longestWord(c)));
  // The long words of many columns may fit when counted more tightly; a word broken is worse than a tight cell.
  const wordCharSum = wordChars.reduce((a, b) => a + b, 0);
  const fitting = Math.floor((total - cellPadding * columnCount) / wordCharSum);
  if (fitting < charWidth) charWidth = Math.max(tightCharWidth, fitting);
  const least = wordChars.map((chars) => chars * charWidth + cellPadding);
  const wanted = columns.map((c, i) => Math.max(least[i], longestText(c) * charWidth + cellPadding));
  const leastSum = least.reduce((a, b) => a + b, 0);
  // Too many long words for the page: shrink all alike (some word must break then).
  if (leastSum >= total) return fitToTotal(least.map((w) => (w * total) / leastSum), total);
  const room = total - leastSum;
  const extra = wanted.map((w, i) => w - least[i]);
  const extraSum = extra.reduce((a, b) => a + b, 0);
  if (extraSum >= room) return fitToTotal(least.map((w, i) => w + (extra[i] * room) / extraSum), total);
  // Everything fits on one line: the space left goes to the columns in proportion to their text.
  const wantedSum = wanted.reduce((a, b) => a + b, 0);
  return fitToTotal(wanted.map((w) => w + ((total - wantedSum) * w) / wantedSum), total);
}

/** Whole twips that add up to `total` exactly (the rounding lands on the widest column). */
function fitToTotal(widths: number[], total: number): number[] {
  const rounded = widths.map(Math.floor);
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

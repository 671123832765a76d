import { describe, expect, it } from "vitest";
import { columnWidths } from "./table-widths";

const TOTAL = 9026;
const CHAR = 110;
const PAD = 230;
const fitsWord = (width: number, word: string) => width >= [...word].length * CHAR + PAD;

describe("columnWidths", () => {
  it("gives a column of short numbers little room and no column less than its longest word", () => {
    const rows = [
      ["", "Antall"],
      ["Dialogkonferanser", "3"],
      ["Deltakere på dialogkonferansene", "212"],
    ];
    const [label, count] = columnWidths(rows, { total: TOTAL });
    expect(label + count).toBe(TOTAL);
    expect(fitsWord(label, "dialogkonferansene")).toBe(true);
    expect(fitsWord(count, "Antall")).toBe(true);
    expect(label).toBeGreaterThan(count * 2);
  });

  it("keeps every word whole in a table of many columns when the page has room for the words", () => {
    const rows = [
      ["Tiltak", "Prioritet", "Status", "Neste evaluering", "Samarbeidsavtaler"],
      ["Årlig dialogkonferanse", "Prioritert", "Gjennomført", "01.01.2013", "Samarbeidsavtalen om innleggelse, utskrivning og oppfølging av pasienter med behov for koordinerte tjenester"],
    ];
    const widths = columnWidths(rows, { total: TOTAL });
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(fitsWord(widths[0], "dialogkonferanse")).toBe(true);
    [...rows[0], ...rows[1]].forEach((cell, j) => cell.split(" ").forEach((word) => expect(fitsWord(widths[j % 5], word), `${word} i kolonne ${j % 5}`).toBe(true)));
    rows[1].forEach((cell, i) => cell.split(" ").forEach((word) => expect(fitsWord(widths[i], word), `${word} i kolonne ${i}`).toBe(true)));
    // The long free text gets the most room.
    expect(Math.max(...widths)).toBe(widths[4]);
  });

  it("shares the page out when even the longest words do not fit, and has no columns for no rows", () => {
    const widths = columnWidths([Array.from({ length: 8 }, () => "Dialogkonferansedeltakere")], { total: TOTAL });
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(new Set(widths.slice(1)).size).toBe(1);
    expect(columnWidths([], { total: TOTAL })).toEqual([]);
  });
});

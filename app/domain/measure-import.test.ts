import { describe, expect, it } from "vitest";
import { cellHasNationalId, parseDate, parseNumber, readMeasureTable, TOO_LARGE } from "./measure-import";
import { NATIONAL_ID_MESSAGE } from "./national-id";

describe("parseDate", () => {
  it("reads Norwegian and ISO dates and spreadsheet dates", () => {
    expect(parseDate("05.03.2012")).toEqual({ date: "2012-03-05" });
    expect(parseDate("5.3.12")).toEqual({ date: "2012-03-05" });
    expect(parseDate("2012-3-5")).toEqual({ date: "2012-03-05" });
    expect(parseDate(new Date(Date.UTC(2012, 2, 5)))).toEqual({ date: "2012-03-05" });
  });

  it("says why a date cannot be used", () => {
    expect(parseDate("31.02.2012")).toEqual({ error: "Datoen «31.02.2012» finnes ikke" });
    expect(parseDate("mars 2012")).toEqual({ error: "«mars 2012» kan ikke leses som dato (bruk dd.mm.åååå eller åååå-mm-dd)" });
    expect(parseDate("")).toEqual({ error: "Datoen mangler" });
  });
});

describe("parseNumber", () => {
  it("reads decimal comma and point, and thousands spaces", () => {
    expect(parseNumber("1 234,5")).toBe(1234.5);
    expect(parseNumber("0.25")).toBe(0.25);
    expect(parseNumber(7)).toBe(7);
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("12a")).toEqual({ error: "«12a» er ikke et tall" });
  });

  it("keeps numbers finite and within range: a 400-digit number is refused, not stored as infinity", () => {
    expect(parseNumber("9".repeat(400))).toEqual({ error: TOO_LARGE });
    expect(parseNumber(Number.POSITIVE_INFINITY)).toEqual({ error: TOO_LARGE });
    expect(parseNumber("-1000000000001")).toEqual({ error: TOO_LARGE });
    expect(parseNumber("1 000 000 000 000")).toBe(1e12);
  });
});

describe("readMeasureTable", () => {
  const none = new Set<string>();

  it("reads columns by their names, in any order", () => {
    const result = readMeasureTable(
      [
        ["Nevner", "Dato", "Teller", "Merknad"],
        [100, "01.01.2013", 40, "første"],
        ["90", "2013-02-01", "45", ""],
      ],
      { withDenominator: true, existingDates: none },
    );
    expect(result.errors).toEqual([]);
    expect(result.points).toEqual([
      { row: 2, date: "2013-01-01", value: null, numerator: 40, denominator: 100, note: "første" },
      { row: 3, date: "2013-02-01", value: null, numerator: 45, denominator: 90, note: "" },
    ]);
  });

  it("reads columns by position without names (a pasted block)", () => {
    const result = readMeasureTable([["01.01.2013", "3,5"], ["01.02.2013", "4"]], { withDenominator: false, existingDates: none });
    expect(result.points.map((p) => p.value)).toEqual([3.5, 4]);
  });

  it("reports every bad row with its number and reason", () => {
    const result = readMeasureTable(
      [
        ["dato", "teller", "nevner"],
        ["30.02.2013", 1, 10],
        ["01.03.2013", 12, 10],
        ["01.04.2013", "x", 10],
        ["01.05.2013", 1, 10],
        ["01.05.2013", 2, 10],
        ["01.06.2013", 1, 0],
      ],
      { withDenominator: true, existingDates: none, proportion: true },
    );
    expect(result.errors).toEqual([
      { row: 2, message: "Datoen «30.02.2013» finnes ikke" },
      { row: 3, message: "Telleren (12) er større enn nevneren (10)" },
      { row: 4, message: "Teller: «x» er ikke et tall" },
      { row: 6, message: "Datoen 01.05.2013 står to ganger (også rad 5)" },
      { row: 7, message: "Nevneren må være større enn 0" },
    ]);
    expect(result.points.map((p) => p.row)).toEqual([5]);
  });

  it("lets a rate's numerator exceed its exposure", () => {
    expect(readMeasureTable([["01.01.2013", 12, 10]], { withDenominator: true, existingDates: none }).errors).toEqual([]);
  });

  it("refuses a date that is already stored, and names a missing column", () => {
    expect(readMeasureTable([["01.01.2013", 5]], { withDenominator: false, existingDates: new Set(["2013-01-01"]) }).errors).toEqual([
      { row: 1, message: "Det finnes allerede et punkt for 01.01.2013" },
    ]);
    expect(readMeasureTable([["dato", "teller"], ["01.01.2013", 5]], { withDenominator: true, existingDates: none }).errors).toEqual([
      { row: 1, message: "Kolonnen «nevner» mangler" },
    ]);
  });

  it("skips empty rows but keeps the file's row numbers", () => {
    const result = readMeasureTable([["dato", "verdi"], [], ["01.01.2013", ""]], { withDenominator: false, existingDates: none });
    expect(result.errors).toEqual([{ row: 3, message: "Verdien mangler (en periode uten verdi må ha en merknad som sier hvorfor)" }]);
  });

  it("reads an empty value with a note as a period with no value, as the point form does", () => {
    const values = readMeasureTable([["dato", "verdi", "merknad"], ["01.01.2013", "", "Registeret var nede"], ["01.02.2013", "tolv", "Skrevet feil"]], { withDenominator: false, existingDates: none });
    expect(values.points).toEqual([{ row: 2, date: "2013-01-01", value: null, numerator: null, denominator: null, note: "Registeret var nede" }]);
    // A value that cannot be read is an error even with a note
    expect(values.errors).toEqual([{ row: 3, message: "Verdi: «tolv» er ikke et tall" }]);

    const pairs = readMeasureTable([["01.01.2013", "", "", "Ingen pasienter"], ["01.02.2013", 3, "", "Nevner kommer"], ["01.03.2013", "", ""]], { withDenominator: true, existingDates: none, proportion: true });
    expect(pairs.points).toEqual([{ row: 1, date: "2013-01-01", value: null, numerator: null, denominator: null, note: "Ingen pasienter" }]);
    expect(pairs.errors).toEqual([
      { row: 2, message: "Nevneren mangler" },
      { row: 3, message: "Telleren og nevneren mangler (en periode uten verdi må ha en merknad som sier hvorfor)" },
    ]);
  });

  it("refuses a row our own download left out as a protected small count, rather than reading it as a period without value", () => {
    const file = [
      ["Dato", "Teller", "Nevner", "Skjermet", "Holdt utenfor", "Merknad"],
      ["01.01.2013", "", "40", "under 3", "", "Ny rutine"],
      ["01.02.2013", 2, "40", "under 3", "", ""],
      ["01.03.2013", 12, "40", "", "", ""],
    ];
    const result = readMeasureTable(file, { withDenominator: true, existingDates: none, proportion: true });
    expect(result.errors).toEqual([{ row: 2, message: "Tallet er skjermet (under 3) i filen og står ikke der: skriv det inn, eller fjern raden" }]);
    // Filled in by hand, the marker no longer matters.
    expect(result.points.map((p) => p.date)).toEqual(["2013-02-01", "2013-03-01"]);
  });

  describe("national identity numbers", () => {
    // Synthetic numbers that pass both control digits: fnr born 15.03.1985 and 01.01.1990, a D-number.
    const FNR = "15038512363";
    const EARLY = "01019010046";
    const DNR = "55038512357";

    it("finds them in text cells however written, and in numeric cells also without the leading zero", () => {
      expect([FNR, EARLY, DNR].every((n) => cellHasNationalId(n))).toBe(true);
      expect(cellHasNationalId("Pasient 15.03.85 12363")).toBe(true);
      expect(cellHasNationalId("\u0661\u0665\u0660\u0663\u0668\u0665\u0661\u0662\u0663\u0666\u0663")).toBe(true);
      expect(cellHasNationalId(15038512363)).toBe(true);
      expect(cellHasNationalId(-15038512363)).toBe(true);
      expect(cellHasNationalId(1019010046)).toBe(true);
      expect(cellHasNationalId(55038512357)).toBe(true);
      for (const cell of [40, 0.25, 1e12, 974760673, 22334455, 12345678901, "1 234,5", "15.03.2024", "2024-03-15", "Ny rutine innført", new Date(Date.UTC(1985, 2, 15)), null, undefined, ""]) {
        expect(cellHasNationalId(cell), String(cell)).toBe(false);
      }
    });

    it("refuses the row wherever the number stands, without repeating it, so the import is refused", () => {
      const result = readMeasureTable(
        [
          ["dato", "teller", "nevner", "merknad", "ekstra"],
          ["01.01.2013", 40, 100, "første"],
          ["01.02.2013", 45, 90, `Gjelder pasient ${FNR.slice(0, 6)} ${FNR.slice(6)}`],
          ["01.03.2013", 45, 90, "", `fnr ${DNR}`],
          ["01.04.2013", 15038512363, 90, ""],
          [`${EARLY.slice(0, 2)}.${EARLY.slice(2, 4)}.${EARLY.slice(4, 6)} ${EARLY.slice(6)}`, 45, 90],
          ["01.06.2013", 45, 1019010046],
          ["01.07.2013", 45, 90, "vanlig merknad 15.03.2024; 12 av 40"],
        ],
        { withDenominator: true, existingDates: new Set() },
      );
      expect(result.errors).toEqual([3, 4, 5, 6, 7].map((row) => ({ row, message: NATIONAL_ID_MESSAGE })));
      expect(result.points.map((p) => p.row)).toEqual([2, 8]);
      expect(JSON.stringify(result.errors)).not.toMatch(/12363|12357|10046/);
    });

    it("refuses a number among the column names, and in a pasted block without names", () => {
      const header = readMeasureTable(
        [
          ["dato", "verdi", `merknad ${FNR}`],
          ["01.01.2013", 4],
        ],
        { withDenominator: false, existingDates: new Set() },
      );
      expect(header.errors).toEqual([{ row: 1, message: NATIONAL_ID_MESSAGE }]);
      const missing = readMeasureTable([["dato", `teller ${FNR}`], ["01.01.2013", 4]], { withDenominator: true, existingDates: new Set() });
      expect(missing.errors).toEqual([
        { row: 1, message: NATIONAL_ID_MESSAGE },
        { row: 1, message: "Kolonnen «teller» og «nevner» mangler" },
      ]);
      const pasted = readMeasureTable([["01.01.2013", "3,5"], ["01.02.2013", "4", `\uff11\uff15\uff10\uff13\uff18\uff15 \uff11\uff12\uff13\uff16\uff13`]], {
        withDenominator: false,
        existingDates: new Set(),
      });
      expect(pasted.errors).toEqual([{ row: 2, message: NATIONAL_ID_MESSAGE }]);
    });

    it("lets ordinary tables through: dates, counts, amounts, phone and organisation numbers in notes", () => {
      const result = readMeasureTable(
        [
          ["Dato", "Verdi", "Merknad"],
          ["15.03.2024", 12, "Ring 22 33 44 55 eller +47 915 03 851"],
          ["2024-04-15", "1 234 567,89", "Org.nr. 974 760 673"],
          [new Date(Date.UTC(2024, 4, 15)), 40, "Uke 12: 34 av 56, 2019–2024"],
          ["15.06.24", 12345, "Konto 1234.56.78903, BT 120/80"],
        ],
        { withDenominator: false, existingDates: new Set() },
      );
      expect(result.errors).toEqual([]);
      expect(result.points).toHaveLength(4);
    });
  });
});

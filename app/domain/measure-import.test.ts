import { describe, expect, it } from "vitest";
import { parseDate, parseNumber, readMeasureTable, TOO_LARGE } from "./measure-import";

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
    expect(result.errors).toEqual([{ row: 3, message: "Verdien mangler" }]);
  });
});

import { describe, expect, it } from "vitest";
import { measureSheet, sheetToCsv } from "./measure-export.server";

describe("measure export", () => {
  const measure = {
    kind: "antall",
    points: [
      { date: "2013-01-01", value: 2, numerator: null, denominator: null, excluded: false, note: "=HYPERLINK(\"http://x\")" },
      { date: "2013-02-01", value: 3.5, numerator: null, denominator: null, excluded: true, note: "" },
    ],
  } as unknown as Parameters<typeof measureSheet>[0];

  it("writes CSV with semicolons, decimal comma, neutralised formulas and small counts hidden", () => {
    const csv = sheetToCsv(measureSheet(measure, true));
    expect(csv.startsWith("\uFEFFDato;Verdi;Holdt utenfor;Merknad")).toBe(true);
    expect(csv).toContain(`01.01.2013;<3;;"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("01.02.2013;3,5;ja;");
  });

  it("shows small counts when the project has turned the protection off", () => {
    expect(sheetToCsv(measureSheet(measure, false))).toContain("01.01.2013;2;;");
  });
});

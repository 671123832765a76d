import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../utils/spreadsheet.server";
import { measureSheet, sheetToCsv } from "./measure-export.server";

describe("measure export", () => {
  const measure = {
    kind: "antall",
    points: [
      { date: "2013-01-01", value: 2, numerator: null, denominator: null, excluded: false, note: "=HYPERLINK(\"http://x\")" },
      { date: "2013-02-01", value: 3.5, numerator: null, denominator: null, excluded: true, note: "" },
    ],
  } as unknown as Parameters<typeof measureSheet>[0];

  it("writes CSV with semicolons, decimal comma, neutralised formulas and small counts marked in a column of their own", () => {
    const csv = sheetToCsv(measureSheet(measure, true));
    expect(csv.startsWith("\uFEFFDato;Verdi;Skjermet;Holdt utenfor;Merknad")).toBe(true);
    expect(csv).toContain(`01.01.2013;;under 3;;"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("01.02.2013;3,5;;ja;");
  });

  it("shows small counts, and no marker column, when the project has turned the protection off", () => {
    const csv = sheetToCsv(measureSheet(measure, false));
    expect(csv.startsWith("\uFEFFDato;Verdi;Holdt utenfor;Merknad")).toBe(true);
    expect(csv).toContain("01.01.2013;2;;");
  });

  it("writes XLSX with date cells, numbers only in the number column, a frozen header and an autofilter", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildWorkbook([measureSheet(measure, true)])) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Data")!;
    expect(sheet.getCell("A2").value).toEqual(new Date("2013-01-01T00:00:00Z"));
    expect(sheet.getCell("A2").numFmt).toBe("dd.mm.yyyy");
    expect(sheet.getCell("B2").value).toBeNull();
    expect(sheet.getCell("C2").value).toBe("under 3");
    expect(sheet.getCell("B3").value).toBe(3.5);
    expect(sheet.autoFilter).toBe("A1:E1");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });
});

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, readPastedTable, readUploadedTable } from "./table-files.server";

const file = (content: BlobPart, name: string) => new File([content], name);

describe("reading tables", () => {
  it("reads a block pasted from Excel (tabs) and CSV with semicolons", () => {
    expect(readPastedTable("01.01.2013\t3,5\n01.02.2013\t4")).toEqual({ rows: [["01.01.2013", "3,5"], ["01.02.2013", "4"]] });
    expect(readPastedTable("dato;verdi\n01.01.2013;3,5")).toEqual({ rows: [["dato", "verdi"], ["01.01.2013", "3,5"]] });
  });

  it("reads an XLSX file's first sheet, dates as dates", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("A");
    sheet.addRow(["Dato", "Verdi"]);
    sheet.addRow([new Date(Date.UTC(2013, 0, 1)), 4]);
    const result = await readUploadedTable(file(new Uint8Array(await book.xlsx.writeBuffer()), "data.xlsx"));
    expect("rows" in result && result.rows[1][0] instanceof Date).toBe(true);
    expect("rows" in result && result.rows[1][1]).toBe(4);
  });

  it("checks the file before parsing it: size, kind and content", async () => {
    expect(await readUploadedTable(file("", "a.csv"))).toEqual({ error: "Filen er tom." });
    expect(await readUploadedTable(file(new Uint8Array(MAX_UPLOAD_BYTES + 1), "a.csv"))).toEqual({ error: "Filen er større enn 5 MB." });
    expect(await readUploadedTable(file("dato;verdi", "a.xlsx"))).toEqual({ error: "Filen heter .xlsx, men er ikke et Excel-regneark." });
    expect(await readUploadedTable(file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), "a.xlsx"))).toEqual({
      error: "Regnearket kan ikke leses. Lagre det på nytt som .xlsx og prøv igjen.",
    });
    expect(await readUploadedTable(file(new Uint8Array([65, 0, 66]), "a.csv"))).toEqual({ error: "Filen er ikke en tekstfil (CSV)." });
    expect(await readUploadedTable(file("x", "a.pdf"))).toEqual({ error: "Bare CSV- og XLSX-filer kan leses inn." });
  });
});

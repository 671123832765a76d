import ExcelJS from "exceljs";

/** Text that a spreadsheet would run as a formula or a command (= + - @ |, tab, CR) is prefixed with ' so it stays text. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@|\t\r]/.test(value) ? `'${value}` : value;
}

/** A day (ISO yyyy-mm-dd): a real date cell in a workbook, dd.mm.yyyy in a CSV file. */
export type DayCell = { day: string };
export type SheetCell = string | number | null | DayCell;
export type Sheet = { name: string; columns: { header: string; width?: number }[]; rows: SheetCell[][] };

export const day = (iso: string): DayCell => ({ day: iso });
export const isDay = (cell: SheetCell): cell is DayCell => typeof cell === "object" && cell !== null;

/**
 * An .xlsx file with one worksheet per sheet: header row bold and frozen, with an autofilter; days
 * as date cells shown dd.mm.yyyy (they sort and filter as dates), numbers as numbers, text neutralised.
 */
export async function buildWorkbook(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Trinnvis";
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    ws.columns = sheet.columns.map((c) => ({ header: neutraliseCell(c.header), width: c.width ?? 20 }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      const added = ws.addRow(row.map((cell) => (isDay(cell) ? new Date(`${cell.day}T00:00:00Z`) : typeof cell === "string" ? neutraliseCell(cell) : cell)));
      row.forEach((cell, i) => {
        if (isDay(cell)) added.getCell(i + 1).numFmt = "dd.mm.yyyy";
      });
    }
    ws.views = [{ state: "frozen", ySplit: 1 }];
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

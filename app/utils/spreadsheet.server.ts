import ExcelJS from "exceljs";

/** Text that a spreadsheet would run as a formula or a command (= + - @ |, tab, CR) is prefixed with ' so it stays text. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@|\t\r]/.test(value) ? `'${value}` : value;
}

export type Sheet = { name: string; columns: { header: string; width?: number }[]; rows: (string | number | null)[][] };

/** An .xlsx file with one worksheet per sheet; header row bold, text cells neutralised. */
export async function buildWorkbook(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Trinnvis";
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    ws.columns = sheet.columns.map((c) => ({ header: neutraliseCell(c.header), width: c.width ?? 20 }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((cell) => (typeof cell === "string" ? neutraliseCell(cell) : cell)));
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { xlsxBomb, zipArchive } from "../../tests/e2e/zip-bomb";
import {
  MAX_CELLS_PER_FILE,
  MAX_COMPRESSION_RATIO,
  MAX_ROWS_PER_FILE,
  MAX_UNPACKED_BYTES,
  MAX_UPLOAD_BYTES,
  MAX_ZIP_ENTRIES,
  readPastedTable,
  readUploadedTable,
  readZipDirectory,
} from "./table-files.server";

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

describe("limits on what a file may hold", () => {
  const xlsx = (bytes: Uint8Array) => file(new Uint8Array(bytes), "data.xlsx");

  it("refuses an XLSX bomb on its table of contents, before unpacking it", async () => {
    const bomb = xlsxBomb(500);
    expect(bomb.length).toBeLessThan(MAX_UPLOAD_BYTES);
    const result = await readUploadedTable(xlsx(bomb));
    expect(result).toEqual({ error: expect.stringMatching(/for stort når det pakkes ut/) });
  });

  it("stops an XLSX that lies about its sizes at the size it declared", async () => {
    const liar = xlsxBomb(500, { honest: false });
    // The table of contents is within every limit: 4 KB declared for the sheet.
    expect(() => readZipDirectory(liar)).not.toThrow();
    const result = await readUploadedTable(xlsx(liar));
    expect(result).toEqual({ error: expect.stringMatching(/for stort når det pakkes ut/) });
  });

  it("answers a ZIP64 size record shorter than it claims, or any corrupted archive, with a message, never an exception", async () => {
    // The last four bytes of the name become the central directory's extra field: a ZIP64 record
    // (id 1) claiming 16 bytes, of which none are there; the entry's size says «see ZIP64».
    const archive = zipArchive([{ name: "xl/a\u0001\u0000\u0010\u0000", packed: deflateRawSync(Buffer.from("x")), size: 1 }]);
    const central = archive.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    archive.writeUInt32LE(0xffffffff, central + 24);
    archive.writeUInt16LE(archive.readUInt16LE(central + 28) - 4, central + 28);
    archive.writeUInt16LE(4, central + 30);
    expect(await readUploadedTable(xlsx(archive))).toEqual({ error: expect.any(String) });

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ark").addRows([["dato", "verdi"], ["2024-01-01", 3]]);
    const sound = Buffer.from(await workbook.xlsx.writeBuffer());
    let seed = 7;
    for (let i = 0; i < 200; i++) {
      const broken = Buffer.from(sound);
      for (let j = 0; j < 4; j++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        broken[seed % broken.length] = seed & 0xff;
      }
      const result = await readUploadedTable(xlsx(broken));
      expect("rows" in result || typeof result.error === "string").toBe(true);
    }
  });

  it("refuses a workbook whose shared texts would fill the heap", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Ark");
    let seed = 11;
    // 21 million characters of two letters in random order: packed about 8:1, so within the upload limit.
    for (let row = 1; row <= 700; row++) {
      let text = "";
      for (let i = 0; i < 30_000; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += seed & 0x10000 ? "a" : "b";
      }
      sheet.getCell(row, 1).value = text;
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(bytes.length).toBeLessThan(MAX_UPLOAD_BYTES);
    expect(await readUploadedTable(xlsx(bytes))).toEqual({ error: expect.stringMatching(/flere tekster/) });
  }, 60_000);

  it("refuses an archive with too many entries or entries packed too hard", () => {
    const many = zipArchive(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `x/${i}.xml`, packed: deflateRawSync(Buffer.from("x")), size: 1 })));
    expect(() => readZipDirectory(many)).toThrow(/for stort når det pakkes ut/);
    const packedHard = zipArchive([{ name: "a.xml", packed: Buffer.alloc(20_000), size: MAX_COMPRESSION_RATIO * 20_000 + 1 }]);
    expect(() => readZipDirectory(packedHard)).toThrow(/for stort/);
    const tooLarge = zipArchive([
      { name: "a.xml", packed: Buffer.alloc(1_000_000), size: 60 * 1024 * 1024 },
      { name: "b.xml", packed: Buffer.alloc(1_000_000), size: MAX_UNPACKED_BYTES - 60 * 1024 * 1024 + 1 },
    ]);
    expect(() => readZipDirectory(tooLarge)).toThrow(/for stort/);
  });

  it("reads an ordinary workbook: shared and inline text, numbers, dates, formulas' results", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Målinger");
    book.addWorksheet("Annet").addRow(["ikke dette arket"]);
    sheet.addRow(["Dato", "Teller", "Nevner", "Merknad"]);
    sheet.addRow([new Date(Date.UTC(2024, 0, 31)), 3, 10, { richText: [{ text: "fett " }, { text: "og ikke" }] }]);
    sheet.addRow([new Date(Date.UTC(2024, 1, 29)), { formula: "1+1", result: 2 }, 10.5, "æøå & <>"]);
    sheet.getCell("F5").value = "langt ute";
    const result = await readUploadedTable(xlsx(new Uint8Array(await book.xlsx.writeBuffer())));
    expect(result).toEqual({
      rows: [
        ["Dato", "Teller", "Nevner", "Merknad"],
        [new Date(Date.UTC(2024, 0, 31)), 3, 10, "fett og ikke"],
        [new Date(Date.UTC(2024, 1, 29)), 2, 10.5, "æøå & <>"],
        [],
        [undefined, undefined, undefined, undefined, undefined, "langt ute"],
      ],
    });
  });

  it(`reads a CSV of ${MAX_ROWS_PER_FILE} rows and a heading within 5 MB, and refuses one row more`, async () => {
    const lines = ["dato;verdi"];
    const day0 = Date.UTC(1500, 0, 1);
    for (let i = 0; i < MAX_ROWS_PER_FILE; i++) lines.push(`${new Date(day0 + i * 86_400_000).toISOString().slice(0, 10)};${i % 997}`);
    const csv = lines.join("\n");
    expect(csv.length).toBeLessThan(MAX_UPLOAD_BYTES);
    const result = await readUploadedTable(file(csv, "data.csv"));
    expect("rows" in result && result.rows.length).toBe(MAX_ROWS_PER_FILE + 1);
    expect("rows" in result && result.rows[MAX_ROWS_PER_FILE]).toEqual([lines[MAX_ROWS_PER_FILE].split(";")[0], String((MAX_ROWS_PER_FILE - 1) % 997)]);
    const tooLong = await readUploadedTable(file(`${csv}\n2100-01-01;1`, "data.csv"));
    expect(tooLong).toEqual({ error: expect.stringMatching(/flere enn 200\s000 rader/) });
    expect(readPastedTable(`a;b\n${"1;2\n".repeat(MAX_ROWS_PER_FILE + 1)}`)).toEqual({ error: expect.stringMatching(/flere enn 200\s000 rader/) });
  });

  it(`reads an XLSX of ${MAX_ROWS_PER_FILE} rows, and refuses rows, columns or cells beyond the limits`, async () => {
    const sheetXml = (rows: Iterable<string>) =>
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${[...rows].join("")}</sheetData></worksheet>`;
    function* dataRows(count: number, columns = 2) {
      for (let r = 1; r <= count; r++) {
        let cells = "";
        for (let c = 0; c < columns; c++) cells += `<c r="${String.fromCharCode(65 + (c % 26))}${r}"><v>${r + c}</v></c>`;
        yield `<row r="${r}">${cells}</row>`;
      }
    }
    const workbookWith = (xml: string) => {
      const book = xlsxBomb(0);
      const sheet = Buffer.from(xml);
      // The bomb's parts with a real sheet instead of the blanks.
      return zipArchive([...readEntries(book).filter((e) => !e.name.includes("worksheets")), { name: "xl/worksheets/sheet1.xml", packed: deflateRawSync(sheet), size: sheet.length }]);
    };
    const full = await readUploadedTable(xlsx(workbookWith(sheetXml(dataRows(MAX_ROWS_PER_FILE + 1)))));
    expect("rows" in full && full.rows.length).toBe(MAX_ROWS_PER_FILE + 1);
    expect("rows" in full && full.rows[MAX_ROWS_PER_FILE]).toEqual([MAX_ROWS_PER_FILE + 1, MAX_ROWS_PER_FILE + 2]);
    expect(await readUploadedTable(xlsx(workbookWith(sheetXml([`<row r="${MAX_ROWS_PER_FILE + 2}"><c r="A${MAX_ROWS_PER_FILE + 2}"><v>1</v></c></row>`]))))).toEqual({
      error: expect.stringMatching(/flere enn 200\s000 rader/),
    });
    expect(await readUploadedTable(xlsx(workbookWith(sheetXml(['<row r="1"><c r="XFD1"><v>1</v></c></row>']))))).toEqual({ error: expect.stringMatching(/kolonner/) });
    expect(await readUploadedTable(xlsx(workbookWith(sheetXml(dataRows(MAX_CELLS_PER_FILE / 10 + 1, 10)))))).toEqual({ error: expect.stringMatching(/utfylte celler/) });
  }, 60_000);
});

/** The entries of an archive made by zipArchive, packed as they are. */
function readEntries(zip: Buffer) {
  const entries = [];
  for (const entry of readZipDirectory(zip).values()) {
    const start = entry.localOffset + 30 + zip.readUInt16LE(entry.localOffset + 26) + zip.readUInt16LE(entry.localOffset + 28);
    entries.push({ name: entry.name, packed: zip.subarray(start, start + entry.compressedSize), size: entry.size });
  }
  return entries;
}

// Reading a table from an uploaded CSV or XLSX file, or from text pasted from a spreadsheet, within
// limits. An XLSX file is a ZIP archive: its table of contents (the central directory) is checked
// before anything is unpacked (how many entries, how large each says it is, in all, and how much it
// is packed), and the sheet is then unpacked and parsed as a stream, stopped at the size each entry
// declared, so an archive that lies about its sizes is stopped too. Rows and cells are bounded.
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import Papa from "papaparse";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { Cell } from "../domain/measure-import";

/** The largest file that is read. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The most rows of data a file (or a paste) may have, besides a row of headings: a daily series for five centuries, or a long registry extract. */
export const MAX_ROWS_PER_FILE = 200_000;
/** Rows as the file has them: the data and a row of headings. */
const MAX_LINES = MAX_ROWS_PER_FILE + 1;
/** The most columns a row may have data in. */
export const MAX_CELLS_PER_ROW = 100;
/** The most filled cells a file may have: every row with five columns. */
export const MAX_CELLS_PER_FILE = 5 * MAX_ROWS_PER_FILE;
/** An XLSX file has a dozen or two entries; with many sheets and pictures a few hundred. */
export const MAX_ZIP_ENTRIES = 1000;
/** All of an XLSX file's entries unpacked. A sheet of 200 000 rows in four columns is about 30 MB. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** How much an entry may be packed: sheets are packed 5–20 times, a ZIP bomb a thousand. */
export const MAX_COMPRESSION_RATIO = 100;
/** Excel's own limit for the text of one cell. */
const MAX_CELL_CHARS = 32_767;
/** All shared texts of a workbook together: a note on each of 200 000 rows fits many times over. */
const MAX_SHARED_CHARS = 20_000_000;

type TableResult = { rows: Cell[][] } | { error: string };

const formatCount = (n: number) => n.toLocaleString("nb-NO");
const TOO_MANY_ROWS = `Filen har flere enn ${formatCount(MAX_ROWS_PER_FILE)} rader. Del den opp og les inn én del om gangen.`;
const TOO_MANY_COLUMNS = `Filen har data i flere enn ${MAX_CELLS_PER_ROW} kolonner. Ta bare med kolonnene til målingen.`;
const TOO_MANY_CELLS = `Filen har flere enn ${formatCount(MAX_CELLS_PER_FILE)} utfylte celler. Ta bare med kolonnene til målingen, eller del den opp.`;
const UNREADABLE_WORKBOOK = "Regnearket kan ikke leses. Lagre det på nytt som .xlsx og prøv igjen.";
const TOO_LARGE_WORKBOOK = `Regnearket er for stort når det pakkes ut (mer enn ${MAX_UNPACKED_BYTES / 1024 / 1024} MB), eller pakket på en måte som ikke godtas. Lagre bare arket med målingen som en ny .xlsx og prøv igjen.`;

/** Text pasted from Excel (tab-separated) or typed as CSV with ; or , between the columns. */
export function readPastedTable(text: string): TableResult {
  // One row past the limit tells that there are too many; the rest is never parsed.
  const parsed = Papa.parse<string[]>(text.trim(), { delimitersToGuess: ["\t", ";", ","], skipEmptyLines: false, preview: MAX_LINES + 1 });
  if (parsed.data.length > MAX_LINES) return { error: TOO_MANY_ROWS };
  let cells = 0;
  for (const row of parsed.data) {
    if (row.length > MAX_CELLS_PER_ROW && row.slice(MAX_CELLS_PER_ROW).some((c) => c !== "")) return { error: TOO_MANY_COLUMNS };
    for (const c of row) if (c !== "") cells++;
    if (cells > MAX_CELLS_PER_FILE) return { error: TOO_MANY_CELLS };
  }
  return { rows: parsed.data };
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** A CSV or XLSX file, checked by its content (not only its name) before it is parsed. */
export async function readUploadedTable(file: File): Promise<TableResult> {
  if (file.size === 0) return { error: "Filen er tom." };
  if (file.size > MAX_UPLOAD_BYTES) return { error: "Filen er større enn 5 MB." };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isZip = ZIP_SIGNATURE.every((b, i) => bytes[i] === b);
  const name = file.name.toLowerCase();
  if (name.endsWith(".xlsx")) {
    if (!isZip) return { error: "Filen heter .xlsx, men er ikke et Excel-regneark." };
    return readWorkbook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  if (name.endsWith(".csv") || name.endsWith(".txt")) {
    if (isZip || bytes.includes(0)) return { error: "Filen er ikke en tekstfil (CSV)." };
    const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    return readPastedTable(text);
  }
  return { error: "Bare CSV- og XLSX-filer kan leses inn." };
}

/** A refusal with the message the user sees. */
class TableError extends Error {}

// ---------------------------------------------------------------------------------------------------
// The ZIP archive: its central directory, read and checked without unpacking anything.

type ZipEntry = { name: string; method: number; flags: number; compressedSize: number; size: number; localOffset: number };

const U32_MAX = 0xffffffff;

/**
 * The entries an archive's central directory lists, checked against the limits: how many, how large
 * each says it is unpacked, all together, and how much each is packed.
 */
export function readZipDirectory(zip: Buffer): Map<string, ZipEntry> {
  // The end record: 22 bytes and a comment of at most 65 535, at the end of the file.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new TableError(UNREADABLE_WORKBOOK);
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryOffset = zip.readUInt32LE(end + 16);
  // ZIP64 (more than 65 535 entries or 4 GB) is for archives far beyond what is read here.
  if (count === 0xffff || directoryOffset === U32_MAX || directorySize === U32_MAX) throw new TableError(TOO_LARGE_WORKBOOK);
  if (count > MAX_ZIP_ENTRIES) throw new TableError(TOO_LARGE_WORKBOOK);
  if (directoryOffset + directorySize > end) throw new TableError(UNREADABLE_WORKBOOK);
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let p = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || zip.readUInt32LE(p) !== 0x02014b50) throw new TableError(UNREADABLE_WORKBOOK);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    let compressedSize = zip.readUInt32LE(p + 20);
    let size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    let localOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    if (size === U32_MAX || compressedSize === U32_MAX || localOffset === U32_MAX) {
      // ZIP64 sizes in the extra field; some writers use it even for small files.
      const sizes = zip64Sizes(zip.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), { size, compressedSize, localOffset });
      ({ size, compressedSize, localOffset } = sizes);
    }
    p += 46 + nameLength + extraLength + commentLength;
    if (size > MAX_UNPACKED_BYTES) throw new TableError(TOO_LARGE_WORKBOOK);
    total += size;
    if (total > MAX_UNPACKED_BYTES) throw new TableError(TOO_LARGE_WORKBOOK);
    // Small entries may pack well (a few repeated lines); what counts is the large ones.
    if (size > 1024 * 1024 && size > MAX_COMPRESSION_RATIO * compressedSize) throw new TableError(TOO_LARGE_WORKBOOK);
    if (localOffset + 30 + compressedSize > directoryOffset) throw new TableError(UNREADABLE_WORKBOOK);
    entries.set(name, { name, method, flags, compressedSize, size, localOffset });
  }
  return entries;
}

function zip64Sizes(extra: Buffer, sizes: { size: number; compressedSize: number; localOffset: number }) {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = () => {
        if (r + 8 > Math.min(q + 4 + length, extra.length)) throw new TableError(UNREADABLE_WORKBOOK);
        const value = Number(extra.readBigUInt64LE(r));
        r += 8;
        return value;
      };
      const size = sizes.size === U32_MAX ? next() : sizes.size;
      const compressedSize = sizes.compressedSize === U32_MAX ? next() : sizes.compressedSize;
      const localOffset = sizes.localOffset === U32_MAX ? next() : sizes.localOffset;
      return { size, compressedSize, localOffset };
    }
    q += 4 + length;
  }
  throw new TableError(UNREADABLE_WORKBOOK);
}

/** An entry unpacked as a stream of text, stopped as soon as it gives more than it declared. */
async function* entryText(zip: Buffer, entry: ZipEntry): AsyncGenerator<string> {
  if (entry.flags & 0x1) throw new TableError("Regnearket er passordbeskyttet. Lagre det uten passord og prøv igjen.");
  const p = entry.localOffset;
  if (zip.readUInt32LE(p) !== 0x04034b50) throw new TableError(UNREADABLE_WORKBOOK);
  const start = p + 30 + zip.readUInt16LE(p + 26) + zip.readUInt16LE(p + 28);
  const packed = zip.subarray(start, start + entry.compressedSize);
  if (packed.length !== entry.compressedSize) throw new TableError(UNREADABLE_WORKBOOK);
  const decoder = new TextDecoder("utf-8");
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new TableError(UNREADABLE_WORKBOOK);
    for (let i = 0; i < packed.length; i += 64 * 1024) yield decoder.decode(packed.subarray(i, i + 64 * 1024), { stream: true });
    yield decoder.decode();
    return;
  }
  if (entry.method !== 8) throw new TableError(UNREADABLE_WORKBOOK);
  const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
  Readable.from([packed]).pipe(inflate);
  let unpacked = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      unpacked += chunk.length;
      // The declared size was checked against the limits; more than it is a lie, and the end of it.
      if (unpacked > entry.size) throw new TableError(TOO_LARGE_WORKBOOK);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (error) {
    if (error instanceof TableError) throw error;
    throw new TableError(UNREADABLE_WORKBOOK);
  } finally {
    inflate.destroy();
  }
  yield decoder.decode();
}

// ---------------------------------------------------------------------------------------------------
// The workbook: which sheet is first, its shared strings and date formats, then the sheet, row by row.

type Tag = SaxesTagPlain;
const localName = (name: string) => name.slice(name.indexOf(":") + 1);
/** An attribute by its name; `prefixed` also finds it with any namespace prefix (r:id). */
const attribute = (tag: Tag, name: string, prefixed = false): string | undefined => {
  const value = tag.attributes[name];
  if (value !== undefined || !prefixed) return value;
  for (const key in tag.attributes) if (localName(key) === name) return tag.attributes[key];
  return undefined;
};

/** Streams an entry through an XML parser; the handlers see each tag's local name. */
async function parseEntry(
  zip: Buffer,
  entry: ZipEntry,
  handlers: { open?: (name: string, tag: Tag) => void; close?: (name: string) => void; text?: (text: string) => void },
) {
  const parser = new SaxesParser({ position: false });
  let failure: unknown = null;
  // saxes reports errors through its handler; the first one ends the parse.
  parser.on("error", (error) => {
    failure ??= error;
  });
  if (handlers.open) parser.on("opentag", (tag) => handlers.open!(localName(tag.name), tag as Tag));
  if (handlers.close) parser.on("closetag", (tag) => handlers.close!(localName(tag.name)));
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  for await (const text of entryText(zip, entry)) {
    parser.write(text);
    if (failure) break;
  }
  if (!failure) parser.close();
  if (failure) throw failure instanceof TableError ? failure : new TableError(UNREADABLE_WORKBOOK);
}

/** A path in the archive from a relationship's target, relative to the folder of the part that has it. */
function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `${folder}${target}`).split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
}

async function readRelationships(zip: Buffer, entries: Map<string, ZipEntry>, part: string) {
  const slash = part.lastIndexOf("/") + 1;
  const entry = entries.get(`${part.slice(0, slash)}_rels/${part.slice(slash)}.rels`);
  const relationships: { id: string; type: string; target: string }[] = [];
  if (!entry) return relationships;
  await parseEntry(zip, entry, {
    open: (name, tag) => {
      if (name === "Relationship" && attribute(tag, "TargetMode") !== "External") {
        relationships.push({ id: attribute(tag, "Id") ?? "", type: attribute(tag, "Type") ?? "", target: resolvePart(part.slice(0, slash), attribute(tag, "Target") ?? "") });
      }
    },
  });
  return relationships;
}

/** Built-in number formats that show a date or time. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a custom number format shows a date: d, m, y, h or s outside quoted text, escapes and [colours]. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*]/g, "");
  return /[dmyhs]/i.test(bare);
}

async function readDateStyles(zip: Buffer, entry: ZipEntry | undefined): Promise<boolean[]> {
  if (!entry) return [];
  const customDates = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await parseEntry(zip, entry, {
    open: (name, tag) => {
      if (name === "numFmt") customDates.set(Number(attribute(tag, "numFmtId")), isDateFormat(attribute(tag, "formatCode") ?? ""));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attribute(tag, "numFmtId") ?? 0);
        styles.push(customDates.get(id) ?? DATE_FORMAT_IDS.has(id));
      }
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

async function readSharedStrings(zip: Buffer, entry: ZipEntry | undefined): Promise<string[]> {
  if (!entry) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  let chars = 0;
  const tooMany = new TableError(`Regnearket har flere tekster enn ${MAX_CELLS_PER_FILE.toLocaleString("nb-NO")} celler kan bruke. Lagre bare arket med målingen og prøv igjen.`);
  await parseEntry(zip, entry, {
    open: (name) => {
      if (name === "si") current = "";
      else if (name === "t") inText = true;
      else if (name === "rPh") inPhonetic = true;
    },
    close: (name) => {
      if (name === "si" && current !== null) {
        // A file holds no more distinct texts than cells; the heap holds every one of them.
        if (strings.length >= MAX_CELLS_PER_FILE || (chars += current.length) > MAX_SHARED_CHARS) throw tooMany;
        strings.push(current);
        current = null;
      } else if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
    },
    text: (text) => {
      if (current === null || !inText || inPhonetic) return;
      current += text;
      if (current.length > MAX_CELL_CHARS) throw new TableError(UNREADABLE_WORKBOOK);
    },
  });
  return strings;
}

/** Column number (1-based) of a cell reference such as "AB12". */
function columnOf(reference: string): number {
  let column = 0;
  for (const ch of reference) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

/** An Excel date serial as a date (UTC), as ExcelJS reads it. */
const excelDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

async function readWorkbook(zip: Buffer): Promise<TableResult> {
  try {
    const entries = readZipDirectory(zip);
    const office = (await readRelationships(zip, entries, "")).find((r) => r.type.endsWith("/officeDocument"));
    const workbookPart = office?.target ?? "xl/workbook.xml";
    const workbook = entries.get(workbookPart);
    if (!workbook) return { error: UNREADABLE_WORKBOOK };
    let firstSheetId: string | undefined;
    let date1904 = false;
    await parseEntry(zip, workbook, {
      open: (name, tag) => {
        if (name === "workbookPr") date1904 = ["1", "true"].includes(attribute(tag, "date1904") ?? "");
        else if (name === "sheet" && firstSheetId === undefined) firstSheetId = attribute(tag, "id", true) ?? "";
      },
    });
    if (firstSheetId === undefined) return { error: "Regnearket har ingen ark." };
    const relationships = await readRelationships(zip, entries, workbookPart);
    const sheet = entries.get(relationships.find((r) => r.id === firstSheetId)?.target ?? "");
    if (!sheet) return { error: UNREADABLE_WORKBOOK };
    const partOfType = (type: string) => entries.get(relationships.find((r) => r.type.endsWith(`/${type}`))?.target ?? "");
    const dateStyles = await readDateStyles(zip, partOfType("styles"));
    const strings = await readSharedStrings(zip, partOfType("sharedStrings"));
    return { rows: await readSheet(zip, sheet, { dateStyles, strings, date1904 }) };
  } catch (error) {
    if (error instanceof TableError) return { error: error.message };
    // Whatever else a crafted or damaged file makes the reader throw is still the file's fault.
    console.warn("Et regneark kunne ikke leses:", error);
    return { error: UNREADABLE_WORKBOOK };
  }
}

async function readSheet(zip: Buffer, entry: ZipEntry, book: { dateStyles: boolean[]; strings: string[]; date1904: boolean }): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  let cells = 0;
  let rowNumber = 0;
  let columnNumber = 0;
  let cell: { type: string; style: number; value: string | null; inline: string | null } | null = null;
  let reading: "v" | "t" | null = null;
  let inPhonetic = false;
  const put = (value: Cell) => {
    if (rowNumber > MAX_LINES) throw new TableError(TOO_MANY_ROWS);
    if (columnNumber > MAX_CELLS_PER_ROW) throw new TableError(TOO_MANY_COLUMNS);
    if (++cells > MAX_CELLS_PER_FILE) throw new TableError(TOO_MANY_CELLS);
    (rows[rowNumber - 1] ??= [])[columnNumber - 1] = value;
  };
  const finishCell = () => {
    if (!cell) return;
    const { type, style, value, inline } = cell;
    cell = null;
    if (type === "inlineStr") return inline !== null && inline !== "" ? put(inline) : undefined;
    if (value === null || value === "") return;
    if (type === "s") return put(book.strings[Number(value)] ?? "");
    if (type === "str" || type === "e") return put(value);
    if (type === "b") return put(String(value === "1" || value === "true"));
    if (type === "d") {
      const date = new Date(value);
      return put(Number.isNaN(date.getTime()) ? value : date);
    }
    const number = Number(value);
    if (!Number.isFinite(number)) return put(value);
    put(book.dateStyles[style] ? excelDate(number, book.date1904) : number);
  };
  await parseEntry(zip, entry, {
    open: (name, tag) => {
      if (name === "row") {
        const r = Number(attribute(tag, "r"));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        columnNumber = 0;
      } else if (name === "c") {
        const column = columnOf(attribute(tag, "r") ?? "");
        columnNumber = column > 0 ? column : columnNumber + 1;
        cell = { type: attribute(tag, "t") ?? "n", style: Number(attribute(tag, "s") ?? 0), value: null, inline: null };
      } else if (cell && name === "v") {
        reading = "v";
        cell.value = "";
      } else if (cell && name === "t") {
        reading = "t";
        cell.inline ??= "";
      } else if (name === "rPh") inPhonetic = true;
    },
    close: (name) => {
      if (name === "c") finishCell();
      else if (name === "v" || name === "t") reading = null;
      else if (name === "rPh") inPhonetic = false;
    },
    text: (text) => {
      if (!cell || !reading || inPhonetic) return;
      if (reading === "v") cell.value += text;
      else cell.inline += text;
      if ((cell.value?.length ?? 0) > MAX_CELL_CHARS || (cell.inline?.length ?? 0) > MAX_CELL_CHARS) throw new TableError(UNREADABLE_WORKBOOK);
    },
  });
  return Array.from(rows, (r) => r ?? []);
}

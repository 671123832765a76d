// The report as a Word file: headings, the project's texts, tables and charts as PNG images.
import { Resvg } from "@resvg/resvg-js";
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from "docx";
import { chartSvg } from "../domain/chart-svg";
import { MDC_ICON_TEXT, mdcIconSvg, type MdcIcon } from "../domain/mdc-icons";
import { chartBlockModel, type Block, type ChartBlock, type ReportContent } from "../domain/report";
import { columnWidths } from "../domain/table-widths";
import { formatDate } from "../utils/format";

/** The chart's width in the document (pixels at 96 dpi, about 16 cm); its height follows the picture's. */
const CHART_WIDTH = 600;

/** The chart as a PNG at twice its size (sharp in print), with its size in the document. */
function chartPng(block: ChartBlock): { data: Buffer; width: number; height: number } {
  const svg = chartSvg(chartBlockModel(block), { title: block.title, width: CHART_WIDTH, height: 300 });
  const rendered = new Resvg(svg, { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render();
  return { data: rendered.asPng(), width: rendered.width / 2, height: rendered.height / 2 };
}

/** The A4 page between Word's default margins (11 906 − 2 × 1 440 twips): what a table fills. */
export const TABLE_WIDTH = 9026;
/** Table text is 10 pt (half-points), a little smaller than the body, so more columns keep their words whole. */
const TABLE_FONT_SIZE = 20;

const cell = (text: string, width: number, bold = false) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text, bold, size: TABLE_FONT_SIZE })] })] });

/** A table whose columns are as wide as their words need (fixed layout, so Word keeps them). */
function fittedTable(headers: string[], rows: string[][]): Table {
  const widths = columnWidths([headers, ...rows], { total: TABLE_WIDTH });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, widths[i], true)) }), ...rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, widths[i])) }))],
  });
}

type Png = ReturnType<typeof chartPng>;

const ICON_SIZE = 32;

/** A Making Data Count icon as a PNG at twice its size. */
function iconPng(icon: MdcIcon): Buffer {
  return new Resvg(mdcIconSvg(icon, { size: ICON_SIZE, labelled: true }), { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
}

/** Word wants a drawing id of its own per image; the library numbers every one 1. */
type DrawingIds = () => string;

function blockToDocx(block: Block, charts: Map<ChartBlock, Png>, nextId: DrawingIds): (Paragraph | Table)[] {
  switch (block.kind) {
    case "paragraph":
      return [new Paragraph(block.text)];
    case "missing":
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true })] })];
    case "list":
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case "table":
      return [
        new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })] }),
        fittedTable(block.headers, block.rows),
      ];
    case "verdict": {
      const icons = [block.variation, block.assurance].filter((icon): icon is MdcIcon => icon !== null);
      return [
        new Paragraph({
          children: icons.flatMap((icon) => [
            new ImageRun({ type: "png", data: iconPng(icon), transformation: { width: ICON_SIZE, height: ICON_SIZE }, altText: { id: nextId(), name: MDC_ICON_TEXT[icon], title: MDC_ICON_TEXT[icon], description: MDC_ICON_TEXT[icon] } }),
            new TextRun(" "),
          ]),
        }),
        ...block.sentences.map((sentence) => new Paragraph(sentence)),
      ];
    }
    case "chart": {
      const png = charts.get(block)!;
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: "png",
              data: png.data,
              transformation: { width: png.width, height: png.height },
              altText: { id: nextId(), name: block.title, title: block.title, description: `Diagram: ${block.title}${block.unit.trim() ? ` (${block.unit.trim()})` : ""}` },
            }),
          ],
        }),
      ];
    }
  }
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The file name for a report (and its sent version), without characters a file system may refuse. */
export function reportFileName(content: ReportContent, sentVersion: number | null): string {
  const name = `${content.title}${sentVersion ? ` v${sentVersion}` : ""}`.replace(/[^\p{L}\p{N} ._-]/gu, "").trim() || "rapport";
  return `${name}.docx`;
}

/** The report as a Word file; drawing the charts is the slow part, so each one is reported as done. */
export async function reportDocx(content: ReportContent, onChart: (done: number, total: number) => Promise<void> = async () => {}): Promise<Buffer> {
  const chartBlocks = content.sections.flatMap((section) => section.blocks.filter((block): block is ChartBlock => block.kind === "chart"));
  const charts = new Map<ChartBlock, Png>();
  for (const block of chartBlocks) {
    charts.set(block, chartPng(block));
    await onChart(charts.size, chartBlocks.length);
  }
  let drawings = 0;
  const nextId = () => String(++drawings);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: content.title, heading: HeadingLevel.TITLE }),
    new Paragraph(`${content.projectName}. Rapportperiode ${formatDate(content.period.start)}–${formatDate(content.period.end)}.`),
  ];
  for (const section of content.sections) {
    children.push(new Paragraph({ text: section.heading, heading: section.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    for (const line of section.narrative.split(/\r?\n\r?\n/).filter((p) => p.trim())) children.push(new Paragraph(line.trim()));
    for (const block of section.blocks) children.push(...blockToDocx(block, charts, nextId));
  }
  const doc = new Document({
    creator: "Trinnvis",
    title: content.title,
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: "nb-NO" } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

// A measure's chart as a standalone SVG, drawn from the shared layout (chart-layout.ts): the measure
// page without JavaScript, the report's print view, and its Word file (where it is rasterised). The
// legend and the key of the numbered events are inside the picture unless the page prints them as HTML.
import { BADGE_RADIUS, chartLayout, FONT, LABEL_SIZE, SMALL_SIZE, type ChartLayout, type LegendItem, type TextBox } from "./chart-layout";
import { CHART_COLOURS, type ChartModel, type PointShape } from "./chart-model";
import { thinSeries } from "./thin-series";



export const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string);

type Options = {
  title: string;
  width?: number;
  height?: number;
  /** False when the page prints the legend and key as HTML. */
  withLegend?: boolean;
  label?: string;
  /** Inside an element that already names the chart (role="img"): hidden from assistive technology. */
  decorative?: boolean;
};

/** A white outline behind a label that stands on lines. */
const HALO = ' stroke="#ffffff" stroke-width="3" paint-order="stroke"';

const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** A point's mark: its shape, filled in its colour, or hollow (white inside) when excluded. */
export function shapePath(shape: PointShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case "circle":
      return `M${f(cx - r)},${f(cy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case "square":
      return `M${f(cx - r * 0.85)},${f(cy - r * 0.85)}h${f(1.7 * r)}v${f(1.7 * r)}h${f(-1.7 * r)}Z`;
    case "diamond":
      return `M${f(cx)},${f(cy - r * 1.15)}L${f(cx + r * 1.15)},${f(cy)}L${f(cx)},${f(cy + r * 1.15)}L${f(cx - r * 1.15)},${f(cy)}Z`;
    case "triangle":
      return `M${f(cx)},${f(cy - r * 1.15)}L${f(cx + r * 1.1)},${f(cy + r * 0.85)}L${f(cx - r * 1.1)},${f(cy + r * 0.85)}Z`;
  }
}

const mark = (shape: PointShape, cx: number, cy: number, colour: string, hollow: boolean, r = 4.5) =>
  `<path d="${shapePath(shape, cx, cy, r)}" fill="${hollow ? "#ffffff" : colour}" stroke="${colour}" stroke-width="${hollow ? 2 : 1}"/>`;

const text = (t: TextBox, extra = "") =>
  `<text x="${f(t.x)}" y="${f(t.y)}"${t.anchor === "start" ? "" : ` text-anchor="${t.anchor}"`} font-family="${FONT}" font-size="${t.size}" fill="${CHART_COLOURS.text}"${extra}>${escapeXml(t.text)}</text>`;

const polyline = (line: [number, number][], stroke: string, extra = "") =>
  line.length < 2 && !extra.includes("single")
    ? ""
    : `<path d="${line.map(([x, y], i) => `${i ? "L" : "M"}${f(x)},${f(y)}`).join("")}" fill="none" stroke="${stroke}"${extra.replace("single", "")}/>`;

function legendSwatch(item: LegendItem, x: number, y: number): string {
  if (item.kind === "line") return `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x + 16)}" y2="${f(y)}" stroke="${item.colour}" stroke-width="2"${item.dashed ? ' stroke-dasharray="5 3"' : ""}/>`;
  return mark(item.shape, x + 8, y, item.colour, item.kind === "excluded");
}

export function chartSvgFromLayout(layout: ChartLayout, ariaLabel: string | null): string {
  const { width, height, plot } = layout;
  const bottom = plot.top + plot.height;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${ariaLabel === null ? 'aria-hidden="true" focusable="false"' : `role="img" aria-label="${escapeXml(ariaLabel)}"`}>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    layout.title ? text(layout.title, ' font-weight="bold"') : "",
    ...layout.yTicks.map((t) => `<line x1="${plot.left}" y1="${f(t.y)}" x2="${plot.left + plot.width}" y2="${f(t.y)}" stroke="#e3e3e3"/>`),
    `<line x1="${plot.left}" y1="${bottom}" x2="${plot.left + plot.width}" y2="${bottom}" stroke="#767676"/>`,
    `<line x1="${plot.left}" y1="${plot.top}" x2="${plot.left}" y2="${bottom}" stroke="#767676"/>`,
    ...layout.yTicks.map((t) => text({ text: t.label, x: plot.left - 6, y: t.y + 4, size: LABEL_SIZE, anchor: "end" })),
    text(layout.yTitle, ` transform="rotate(-90 ${f(layout.yTitle.x)} ${f(layout.yTitle.y)})"`),
    ...layout.xTicks.map((t) => `<line x1="${f(t.x)}" y1="${bottom}" x2="${f(t.x)}" y2="${bottom + 4}" stroke="#767676"/>` + text({ text: t.label, x: t.left, y: layout.xLabelY, size: LABEL_SIZE, anchor: "start" })),
    text(layout.xTitle),
    ...layout.markers.map(
      (m) =>
        `<line x1="${f(m.x)}" y1="${f(m.badgeY + BADGE_RADIUS)}" x2="${f(m.x)}" y2="${bottom}" stroke="${m.colour}" stroke-width="1.5" stroke-dasharray="3 2"/>` +
        `<circle cx="${f(m.badgeX)}" cy="${f(m.badgeY)}" r="${BADGE_RADIUS}" fill="${m.colour}"/>` +
        `<text x="${f(m.badgeX)}" y="${f(m.badgeY + 4)}" text-anchor="middle" font-family="${FONT}" font-size="${SMALL_SIZE}" font-weight="bold" fill="#ffffff">${m.number}</text>`,
    ),
    ...layout.lines.centre.map((l) => polyline(l, CHART_COLOURS.centreLine, ' stroke-width="1.5"')),
    ...layout.lines.upper.map((l) => polyline(l, CHART_COLOURS.limits, ' stroke-dasharray="6 4"')),
    ...layout.lines.lower.map((l) => polyline(l, CHART_COLOURS.limits, ' stroke-dasharray="6 4"')),
    layout.target
      ? `<line x1="${plot.left}" y1="${f(layout.target.y)}" x2="${plot.left + plot.width}" y2="${f(layout.target.y)}" stroke="${CHART_COLOURS.target}" stroke-width="1.5" stroke-dasharray="4 3"/>` + text(layout.target.label, HALO)
      : "",
    ...layout.lines.value.map((l) => polyline(l, CHART_COLOURS.valueLine, ' stroke-width="1.5" class="value-line"')),
    ...layout.points.flatMap((p) => (p.cy === null ? [] : [mark(p.shape, p.cx, p.cy, p.colour, p.hollow)])),
    ...layout.excludedLabels.map((t) => text(t, HALO)),
    ...layout.legendRows.map(({ item, x, y }) => legendSwatch(item, x, y) + text({ text: item.label, x: x + 22, y: y + 4, size: SMALL_SIZE, anchor: "start" })),
    ...layout.keyRows.map(
      (k) =>
        `<circle cx="${f(k.x + BADGE_RADIUS)}" cy="${f(k.y - 4)}" r="${BADGE_RADIUS}" fill="${k.colour}"/>` +
        `<text x="${f(k.x + BADGE_RADIUS)}" y="${f(k.y)}" text-anchor="middle" font-family="${FONT}" font-size="${SMALL_SIZE}" font-weight="bold" fill="#ffffff">${k.number}</text>` +
        text({ text: k.fittedText, x: k.x + 2 * BADGE_RADIUS + 6, y: k.y, size: SMALL_SIZE, anchor: "start" }),
    ),
    "</svg>",
  ];
  return parts.join("");
}

/** The chart as SVG text; a long series is thinned to what the picture can show (every signal and phase start kept). */
export function chartSvg(model: ChartModel, { title, width = 640, height = 300, withLegend = true, label, decorative = false }: Options): string {
  const drawn = { ...model, points: drawnModelPoints(model, width * 2) };
  return chartSvgFromLayout(chartLayout(drawn, { width, height, title, withLegend }), decorative ? null : (label ?? `Diagram: ${title}. ${model.yTitle}.`));
}

function drawnModelPoints(model: ChartModel, max: number) {
  const markerAt = new Set(model.markers.map((m) => m.x));
  return thinSeries(model.points, {
    max,
    value: (p) => p.y,
    keep: (p, i) => p.reasons.length > 0 || p.excluded || p.part !== model.points[i - 1]?.part || markerAt.has(p.x),
  }) as ChartModel["points"];
}


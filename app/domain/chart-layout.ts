// Where everything of a measure's chart goes, for a picture of a given size: nice value ticks, date
// labels that fit, axis titles, points with their meaning's style, numbered event badges staggered so
// they never overlap, the legend and the key of the badges. The server's SVG and the browser's chart
// both draw from this one layout. Pure.
import { scaleLinear } from "d3-scale";
import { formatDate, formatNumber } from "../utils/format";
import { CHART_COLOURS, MEANING_NAMES, MEANING_STYLE, type ChartMarker, type ChartModel, type ModelPoint, type PointMeaning, type PointShape } from "./chart-model";

export const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
export const LABEL_SIZE = 12;
export const SMALL_SIZE = 11;
export const TITLE_SIZE = 14;
/** Space kept free at the picture's edges. */
export const EDGE = 4;
export const BADGE_RADIUS = 9;
const BADGE_ROW = 2 * BADGE_RADIUS + 3;
const LEGEND_ROW = 20;
const KEY_ROW = 18;
/** At most this many excluded points are labelled on the chart; more are named in the legend only. */
const MAX_EXCLUDED_LABELS = 3;
export const EXCLUDED_LABEL = "holdt utenfor";

/** A generous estimate of a text's width in DejaVu Sans (the widest of the fonts), bold or not. */
export const textWidth = (text: string, fontSize: number) => [...text].length * fontSize * 0.68;

/** The text shortened with «…» to what fits in `room`. */
export function fitted(text: string, fontSize: number, room: number): string {
  if (textWidth(text, fontSize) <= room) return text;
  const chars = [...text];
  let keep = Math.max(1, Math.floor(room / (fontSize * 0.68)) - 1);
  while (keep > 1 && textWidth(`${chars.slice(0, keep).join("").trimEnd()}…`, fontSize) > room) keep--;
  return `${chars.slice(0, keep).join("").trimEnd()}…`;
}

export type LegendItem =
  | { kind: "point"; meaning: PointMeaning; colour: string; shape: PointShape; label: string }
  | { kind: "excluded"; colour: string; shape: PointShape; label: string }
  | { kind: "line"; key: "centre" | "limits" | "target"; colour: string; dashed: boolean; label: string };

export type PlacedPoint = { index: number; cx: number; cy: number | null; point: ModelPoint; colour: string; shape: PointShape; hollow: boolean };
export type PlacedMarker = { number: number; marker: ChartMarker; x: number; badgeX: number; badgeY: number; row: number; colour: string };
export type KeyLine = { number: number; text: string; colour: string };
export type TextBox = { text: string; x: number; y: number; size: number; anchor: "start" | "middle" | "end" };

export type ChartLayout = {
  width: number;
  /** The plot's picture: title, badges, plot and axes (the legend and key come below it). */
  chartHeight: number;
  /** With the legend and key below. */
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  title: TextBox | null;
  yDomain: [number, number];
  yTicks: { value: number; y: number; label: string }[];
  yTitle: TextBox;
  xTitle: TextBox;
  xTicks: { index: number; x: number; label: string; left: number }[];
  xLabelY: number;
  points: PlacedPoint[];
  /** Polylines, broken at a missing value (value) or at a new phase (centre line and limits). */
  lines: { value: [number, number][][]; centre: [number, number][][]; upper: [number, number][][]; lower: [number, number][][] };
  target: { y: number; label: TextBox } | null;
  markers: PlacedMarker[];
  badgeRows: number;
  excludedLabels: TextBox[];
  legend: LegendItem[];
  legendRows: { item: LegendItem; x: number; y: number }[];
  key: KeyLine[];
  keyRows: (KeyLine & { x: number; y: number; fittedText: string })[];
};

export type LayoutOptions = { width: number; height: number; title?: string; /** Draw the legend and key inside the picture (below the plot). */ withLegend?: boolean };

/** The x axis title: every measure is a series over dates. */
const X_TITLE = "Dato";

/** The y domain made nice by d3 and its ticks, about one per 40 px of plot height. */
export function valueTicks(values: number[], plotHeight: number) {
  const count = Math.max(2, Math.floor(plotHeight / 40));
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  } else {
    // A little room, so no point or line (a target, say) sits on the frame; never below 0 for values that are not.
    const pad = (hi - lo) * 0.03;
    lo = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
    hi += pad;
  }
  const scale = scaleLinear().domain([lo, hi]).nice(count);
  const [a, b] = scale.domain() as [number, number];
  return { domain: [a, b] as [number, number], ticks: scale.ticks(count) };
}

export function legendItems(model: ChartModel): LegendItem[] {
  const present = new Set(model.points.filter((p) => p.y !== null).map((p) => p.meaning));
  const order: PointMeaning[] = ["improvement", "concern", "neutral", "common"];
  const items: LegendItem[] = order
    .filter((m) => present.has(m))
    .map((m) => ({ kind: "point", meaning: m, colour: MEANING_STYLE[m].colour, shape: MEANING_STYLE[m].shape, label: MEANING_NAMES[m] }));
  if (model.points.some((p) => p.cl !== null)) items.push({ kind: "line", key: "centre", colour: CHART_COLOURS.centreLine, dashed: false, label: model.chart === "run" || model.chart === "g" ? "Median" : "Midtlinje" });
  if (model.chart !== "run" && model.points.some((p) => p.ucl !== null || p.lcl !== null))
    items.push({ kind: "line", key: "limits", colour: CHART_COLOURS.limits, dashed: true, label: "Kontrollgrenser" });
  if (model.target !== null) items.push({ kind: "line", key: "target", colour: CHART_COLOURS.target, dashed: true, label: "Mål" });
  const excluded = model.points.filter((p) => p.excluded && p.y !== null);
  if (excluded.length)
    items.push({
      kind: "excluded",
      colour: CHART_COLOURS.text,
      shape: "circle",
      label: excluded.length > MAX_EXCLUDED_LABELS ? `Holdt utenfor beregningene (${excluded.length} punkter)` : "Holdt utenfor beregningene",
    });
  return items;
}

/** The markers in date order, numbered from 1, with the key's text. */
export function numberedMarkers(model: ChartModel): { number: number; marker: ChartMarker }[] {
  return [...model.markers].sort((a, b) => a.x.localeCompare(b.x)).map((marker, i) => ({ number: i + 1, marker }));
}

export const markerColour = (m: ChartMarker) => (m.kind === "tiltak" ? CHART_COLOURS.tiltak : CHART_COLOURS.event);
export const keyText = (m: ChartMarker) => `${formatDate(m.x)}: ${m.label}`;

/** Badges placed left to right, each in the first row where it does not touch the last badge there. */
export function staggerBadges(centres: number[], diameter: number, gap = 2): number[] {
  const rowEnds: number[] = [];
  return centres.map((c) => {
    let row = rowEnds.findIndex((end) => c - diameter / 2 >= end + gap);
    if (row === -1) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = c + diameter / 2;
    return row;
  });
}

export function chartLayout(model: ChartModel, { width, height, title, withLegend = true }: LayoutOptions): ChartLayout {
  const points = model.points;
  const titleBox: TextBox | null = title ? { text: fitted(title, TITLE_SIZE, width - 2 * EDGE), x: EDGE, y: EDGE + TITLE_SIZE, size: TITLE_SIZE, anchor: "start" } : null;
  const titleBottom = titleBox ? titleBox.y + 8 : EDGE;

  // Badges need the x positions, which need the left margin, which needs the ticks, which need the plot
  // height, which needs the number of badge rows: estimate the plot first, then place everything.
  const tickSample = valueTicks(values(model), height * 0.6);
  const tickWidth = Math.max(...tickSample.ticks.map((t) => textWidth(formatNumber(t), LABEL_SIZE)), textWidth(formatNumber(tickSample.domain[1]), LABEL_SIZE));
  const left = Math.ceil(EDGE + LABEL_SIZE + 8 + tickWidth + 8);
  const lastLabel = points.length ? formatDate(points[points.length - 1].x) : "";
  const right = Math.ceil(Math.max(16, textWidth(lastLabel, LABEL_SIZE) / 2 + EDGE));
  const plotWidth = Math.max(20, width - left - right);
  const xAt = (i: number) => left + (points.length <= 1 ? plotWidth / 2 : (i * plotWidth) / (points.length - 1));
  const indexOf = new Map(points.map((p, i) => [p.x, i]));

  const numbered = numberedMarkers(model).filter((n) => indexOf.has(n.marker.x));
  const badgeCentres = numbered.map((n) => clamp(xAt(indexOf.get(n.marker.x)!), EDGE + BADGE_RADIUS, width - EDGE - BADGE_RADIUS));
  const rows = staggerBadges(badgeCentres, 2 * BADGE_RADIUS);
  const badgeRows = rows.length ? Math.max(...rows) + 1 : 0;

  const top = Math.ceil(titleBottom + badgeRows * BADGE_ROW + 8);
  const bottomAxis = LABEL_SIZE + 10 + LABEL_SIZE + 14;
  const plotHeight = Math.max(40, height - top - bottomAxis);
  const plot = { left, top, width: plotWidth, height: plotHeight };

  const { domain, ticks } = valueTicks(values(model), plotHeight);
  const yAt = (v: number) => top + plotHeight - ((v - domain[0]) / (domain[1] - domain[0])) * plotHeight;
  const yTicks = ticks.map((value) => ({ value, y: yAt(value), label: formatNumber(value) }));

  const yTitle: TextBox = { text: fitted(model.yTitle, LABEL_SIZE, plotHeight), x: EDGE + LABEL_SIZE, y: top + plotHeight / 2, size: LABEL_SIZE, anchor: "middle" };
  const xLabelY = top + plotHeight + LABEL_SIZE + 10;
  const xTitle: TextBox = { text: X_TITLE, x: left + plotWidth / 2, y: xLabelY + LABEL_SIZE + 8, size: LABEL_SIZE, anchor: "middle" };
  const chartHeight = Math.ceil(Math.max(height, xTitle.y + 4 + EDGE));

  const placedPoints: PlacedPoint[] = points.map((point, index) => ({
    index,
    cx: xAt(index),
    cy: point.y === null ? null : yAt(point.y),
    point,
    colour: MEANING_STYLE[point.meaning].colour,
    shape: MEANING_STYLE[point.meaning].shape,
    hollow: point.excluded,
  }));

  const markers: PlacedMarker[] = numbered.map((n, i) => ({
    number: n.number,
    marker: n.marker,
    x: xAt(indexOf.get(n.marker.x)!),
    badgeX: badgeCentres[i],
    badgeY: titleBottom + rows[i] * BADGE_ROW + BADGE_RADIUS + 1,
    row: rows[i],
    colour: markerColour(n.marker),
  }));

  const target =
    model.target === null
      ? null
      : { y: yAt(model.target), label: { text: "Mål", x: left + plotWidth - 4, y: yAt(model.target) - 4, size: SMALL_SIZE, anchor: "end" as const } };

  const legend = legendItems(model);
  const key = numberedMarkers(model).map(({ number, marker }) => ({ number, text: keyText(marker), colour: markerColour(marker) }));

  // Legend items flow left to right in rows; the key has one line per marker.
  const legendRows: ChartLayout["legendRows"] = [];
  let y = chartHeight + 6;
  if (withLegend && legend.length) {
    let x = EDGE;
    y += LEGEND_ROW / 2;
    for (const item of legend) {
      const w = legendItemWidth(item);
      if (x > EDGE && x + w > width - EDGE) {
        x = EDGE;
        y += LEGEND_ROW;
      }
      legendRows.push({ item, x, y });
      x += w + 16;
    }
    y += LEGEND_ROW / 2;
  }
  const keyRows: ChartLayout["keyRows"] = [];
  if (withLegend) {
    for (const line of key) {
      y += KEY_ROW;
      keyRows.push({ ...line, x: EDGE, y, fittedText: fitted(line.text, SMALL_SIZE, width - 2 * EDGE - 2 * BADGE_RADIUS - 6) });
    }
  }
  const totalHeight = Math.ceil(withLegend && (legend.length || key.length) ? y + KEY_ROW / 2 + EDGE : chartHeight);

  return {
    width,
    chartHeight,
    height: totalHeight,
    plot,
    title: titleBox,
    yDomain: domain,
    yTicks,
    yTitle,
    xTitle,
    xTicks: dateTicks(points.map((p) => p.x), xAt, width),
    xLabelY,
    points: placedPoints,
    lines: {
      value: polylines(placedPoints, (p) => p.cy, () => false),
      centre: polylines(placedPoints, (p) => num(p.point.cl, yAt), phaseBreak(points)),
      upper: model.chart === "run" ? [] : polylines(placedPoints, (p) => num(p.point.ucl, yAt), phaseBreak(points)),
      lower: model.chart === "run" ? [] : polylines(placedPoints, (p) => num(p.point.lcl, yAt), phaseBreak(points)),
    },
    target,
    markers,
    badgeRows,
    excludedLabels: excludedLabels(placedPoints, plot),
    legend,
    legendRows,
    key,
    keyRows,
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
const num = (v: number | null, f: (v: number) => number) => (v === null || !Number.isFinite(v) ? null : f(v));
const phaseBreak = (points: ModelPoint[]) => (i: number) => i > 0 && points[i - 1].part !== points[i].part;

function values(model: ChartModel): number[] {
  return [...model.points.flatMap((p) => [p.y, p.cl, model.chart === "run" ? null : p.lcl, model.chart === "run" ? null : p.ucl]), model.target].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
}

export function legendItemWidth(item: LegendItem) {
  return 22 + textWidth(item.label, SMALL_SIZE);
}

function polylines(points: PlacedPoint[], y: (p: PlacedPoint) => number | null, breaksBefore: (i: number) => boolean): [number, number][][] {
  const lines: [number, number][][] = [];
  let current: [number, number][] | null = null;
  points.forEach((p, i) => {
    const v = y(p);
    if (v === null || breaksBefore(i)) current = null;
    if (v === null) return;
    if (!current) lines.push((current = []));
    current.push([p.cx, v]);
  });
  return lines;
}

/** Date labels spread evenly, never overlapping, the last one always shown and wholly inside the picture. */
export function dateTicks(dates: string[], xAt: (i: number) => number, width: number) {
  if (!dates.length) return [];
  const labelWidth = textWidth(formatDate(dates[0]), LABEL_SIZE);
  const room = Math.max(1, xAt(dates.length - 1) - xAt(0));
  const fit = Math.max(1, Math.floor(room / (labelWidth + 12)) + 1);
  const step = Math.max(1, Math.ceil((dates.length - 1) / Math.max(1, fit - 1)));
  const candidates = dates.flatMap((_, i) => (i % step === 0 || i === dates.length - 1 ? [i] : []));
  const ticks: { index: number; x: number; label: string; left: number }[] = [];
  candidates.forEach((index, n) => {
    const label = formatDate(dates[index]);
    const w = textWidth(label, LABEL_SIZE);
    const left = clamp(xAt(index) - w / 2, EDGE, width - EDGE - w);
    const previous = ticks.at(-1);
    if (previous && left < previous.left + textWidth(previous.label, LABEL_SIZE) + 6) {
      if (n !== candidates.length - 1) return;
      ticks.pop();
    }
    ticks.push({ index, x: xAt(index), label, left });
  });
  return ticks;
}

/** «holdt utenfor» above each excluded point when there are few and they do not collide; else none (the legend names them). */
function excludedLabels(points: PlacedPoint[], plot: ChartLayout["plot"]): TextBox[] {
  const excluded = points.filter((p) => p.hollow && p.cy !== null);
  if (!excluded.length || excluded.length > MAX_EXCLUDED_LABELS) return [];
  const w = textWidth(EXCLUDED_LABEL, SMALL_SIZE);
  const boxes = excluded.map((p) => {
    const left = clamp(p.cx - w / 2, plot.left + 2, plot.left + plot.width - w - 2);
    const above = p.cy! - 10;
    const y = above - SMALL_SIZE < plot.top ? p.cy! + 10 + SMALL_SIZE : above;
    return { text: EXCLUDED_LABEL, x: left, y, size: SMALL_SIZE, anchor: "start" as const };
  });
  const overlap = boxes.some((a, i) => boxes.slice(i + 1).some((b) => a.x < b.x + w + 4 && b.x < a.x + w + 4 && Math.abs(a.y - b.y) < SMALL_SIZE + 2));
  return overlap ? [] : boxes;
}

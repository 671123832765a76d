// A run or control chart as a standalone SVG, for the report's print view and its Word file (where
// it is rasterised). The same series the measure page draws: points, centre line, limits, signals.
import type { ChartSeries } from "./report";
import { thinSeries } from "./thin-series";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string);

type Options = { title: string; width?: number; height?: number; formatX: (x: string) => string; formatY: (y: number) => string };

const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
const LABEL_SIZE = 11;
const TITLE_SIZE = 14;
/** Space kept free at the picture's edges. */
const EDGE = 4;

/** A generous estimate of a text's width in DejaVu Sans (the widest of the fonts), bold or not. */
export const textWidth = (text: string, fontSize: number) => [...text].length * fontSize * 0.68;

/** The title shortened with «…» to what fits in `room`. */
function fitted(text: string, fontSize: number, room: number): string {
  if (textWidth(text, fontSize) <= room) return text;
  const chars = [...text];
  let keep = Math.max(1, Math.floor(room / (fontSize * 0.68)) - 1);
  while (keep > 1 && textWidth(`${chars.slice(0, keep).join("").trimEnd()}…`, fontSize) > room) keep--;
  return `${chars.slice(0, keep).join("").trimEnd()}…`;
}

export function chartSvg(allPoints: ChartSeries, { title, width = 640, height = 280, formatX, formatY }: Options): string {
  const series = drawnSeries(allPoints, width * 2);
  const values = series.flatMap((p) => [p.y, p.cl, p.lcl, p.ucl]).filter((v): v is number => v !== null && Number.isFinite(v));
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const pad = (max - min || Math.abs(max) || 1) * 0.1;
  const lo = min - pad;
  const hi = max + pad;
  const ticks = [lo + pad, (lo + hi) / 2, hi - pad];
  // The left margin makes room for the widest value label, the right one for half the last date.
  const lastX = series.length ? formatX(series[series.length - 1].x) : "";
  const margin = {
    top: 36,
    right: Math.max(16, Math.ceil(textWidth(lastX, LABEL_SIZE) / 2) + EDGE),
    bottom: 36,
    left: Math.max(56, Math.ceil(Math.max(...ticks.map((t) => textWidth(formatY(t), LABEL_SIZE)))) + 6 + EDGE),
  };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const xAt = (i: number) => margin.left + (series.length <= 1 ? plotW / 2 : (i * plotW) / (series.length - 1));
  const yAt = (v: number) => margin.top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const f = (n: number) => n.toFixed(1);

  const path = (key: "y" | "cl" | "lcl" | "ucl") => {
    let d = "";
    let pen = false;
    series.forEach((p, i) => {
      const v = p[key];
      if (v === null || !Number.isFinite(v)) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${f(xAt(i))},${f(yAt(v))}`;
      pen = true;
    });
    return d;
  };
  const labelEvery = Math.max(1, Math.ceil(series.length / 6));
  // Date labels centred under their points, kept inside the picture, and left out where they would overlap the one before (the last one always shows).
  const xLabels: { x: number; text: string }[] = [];
  const candidates = series.flatMap((p, i) => (i % labelEvery === 0 || i === series.length - 1 ? [{ i, text: formatX(p.x) }] : []));
  for (const [n, c] of candidates.entries()) {
    const w = textWidth(c.text, LABEL_SIZE);
    const left = Math.min(Math.max(xAt(c.i) - w / 2, EDGE), width - EDGE - w);
    const isLast = n === candidates.length - 1;
    const previous = xLabels.at(-1);
    if (previous && left < previous.x + textWidth(previous.text, LABEL_SIZE) + 6) {
      if (!isLast) continue;
      xLabels.pop();
    }
    xLabels.push({ x: left, text: c.text });
  }
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${EDGE}" y="20" font-family="${FONT}" font-size="${TITLE_SIZE}" font-weight="bold" fill="#1a1a1a">${escapeXml(fitted(title, TITLE_SIZE, width - 2 * EDGE))}</text>`,
    `<line x1="${margin.left}" y1="${margin.top + plotH}" x2="${margin.left + plotW}" y2="${margin.top + plotH}" stroke="#767676"/>`,
    `<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotH}" stroke="#767676"/>`,
    ...ticks.map((t) => `<text x="${margin.left - 6}" y="${f(yAt(t) + 4)}" text-anchor="end" font-family="${FONT}" font-size="${LABEL_SIZE}" fill="#1a1a1a">${escapeXml(formatY(t))}</text>`),
    ...xLabels.map((l) => `<text x="${f(l.x)}" y="${margin.top + plotH + 18}" text-anchor="start" font-family="${FONT}" font-size="${LABEL_SIZE}" fill="#1a1a1a">${escapeXml(l.text)}</text>`),
    `<path d="${path("cl")}" fill="none" stroke="#3a3a3a" stroke-width="1.5"/>`,
    `<path d="${path("ucl")}" fill="none" stroke="#3a3a3a" stroke-dasharray="6 4"/>`,
    `<path d="${path("lcl")}" fill="none" stroke="#3a3a3a" stroke-dasharray="6 4"/>`,
    `<path d="${path("y")}" fill="none" stroke="#1e5aa0" stroke-width="2"/>`,
    ...series.flatMap((p, i) =>
      p.y === null ? [] : [`<circle cx="${f(xAt(i))}" cy="${f(yAt(p.y))}" r="${p.signal ? 5 : 3}" fill="${p.signal ? "#c01b1b" : "#1e5aa0"}"/>`],
    ),
    "</svg>",
  ];
  return parts.join("");
}

/**
 * A long series thinned to what the picture can show (thinSeries): never leaving out a point outside
 * its limits or the first point of a new centre line (a phase).
 */
function drawnSeries(series: ChartSeries, max: number): readonly ChartSeries[number][] {
  return thinSeries(series, {
    max,
    value: (p) => p.y,
    keep: (p, i) => (p.y != null && ((p.ucl != null && p.y > p.ucl) || (p.lcl != null && p.y < p.lcl))) || p.cl !== series[i - 1]?.cl,
  });
}

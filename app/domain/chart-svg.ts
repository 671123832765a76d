// A run or control chart as a standalone SVG, for the report's print view and its Word file (where
// it is rasterised). The same series the measure page draws: points, centre line, limits, signals.
import type { ChartSeries } from "./report";
import { thinSeries } from "./thin-series";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string);

type Options = { title: string; width?: number; height?: number; formatX: (x: string) => string; formatY: (y: number) => string };

const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

export function chartSvg(allPoints: ChartSeries, { title, width = 640, height = 280, formatX, formatY }: Options): string {
  const series = drawnSeries(allPoints, width * 2);
  const margin = { top: 36, right: 16, bottom: 36, left: 56 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const values = series.flatMap((p) => [p.y, p.cl, p.lcl, p.ucl]).filter((v): v is number => v !== null && Number.isFinite(v));
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const pad = (max - min || Math.abs(max) || 1) * 0.1;
  const lo = min - pad;
  const hi = max + pad;
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
  const ticks = [lo + pad, (lo + hi) / 2, hi - pad];
  const labelEvery = Math.max(1, Math.ceil(series.length / 6));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${margin.left}" y="20" font-family="${FONT}" font-size="14" font-weight="bold" fill="#1a1a1a">${escapeXml(title)}</text>`,
    `<line x1="${margin.left}" y1="${margin.top + plotH}" x2="${margin.left + plotW}" y2="${margin.top + plotH}" stroke="#767676"/>`,
    `<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotH}" stroke="#767676"/>`,
    ...ticks.map((t) => `<text x="${margin.left - 6}" y="${f(yAt(t) + 4)}" text-anchor="end" font-family="${FONT}" font-size="11" fill="#1a1a1a">${escapeXml(formatY(t))}</text>`),
    ...series.flatMap((p, i) =>
      i % labelEvery === 0 || i === series.length - 1
        ? [`<text x="${f(xAt(i))}" y="${margin.top + plotH + 18}" text-anchor="middle" font-family="${FONT}" font-size="11" fill="#1a1a1a">${escapeXml(formatX(p.x))}</text>`]
        : [],
    ),
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

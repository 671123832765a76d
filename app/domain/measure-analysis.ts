// Everything a measure's page shows about its data: the analysis, what it means, and the chart rows.
import { chartRows, placeMarkers } from "./chart-rows";
import { explainChart, explainIhi, summariseMdc } from "./chart-explanation";
import { chartInputFor, EVENT_KIND_NAMES, type ChartEvent, type MeasureKind, type StoredPoint } from "./measure-series";
import { analyseChart, makingDataCount, type ChartType, type ImprovementDirection } from "./spc";
import { MAX_DRAWN_POINTS, thinSeries } from "./thin-series";

type MeasureForAnalysis = {
  kind: MeasureKind;
  chartType: ChartType;
  multiplier: number;
  direction: "hoyere_er_bedre" | "lavere_er_bedre" | "noytral";
  target: number | null;
};

const DIRECTION: Record<MeasureForAnalysis["direction"], ImprovementDirection> = {
  hoyere_er_bedre: "increase",
  lavere_er_bedre: "decrease",
  noytral: "neutral",
};

export function analyseMeasure(
  measure: MeasureForAnalysis,
  points: (StoredPoint & { note: string })[],
  events: ChartEvent[],
  tiltakStarts: { title: string; startDate: string | null }[],
  formatX: (x: string | number) => string,
  /** Also apply the IHI rules (shift of 6, trend of 5), reported apart from Anhøj's. */
  ihi = false,
) {
  if (measure.kind === "kvalitativ" || points.length === 0) return null;
  const input = chartInputFor(measure, points, events);
  const result = analyseChart({ ...input, options: { ...input.options, ihi } });
  const dates = result.points.map((p) => String(p.x));
  const phaseStarts = result.points.filter((p, i) => i > 0 && p.part !== result.points[i - 1].part).map((p) => String(p.x));
  const mdc = makingDataCount(dates, result.points.map((p) => p.y), {
    improvementDirection: DIRECTION[measure.direction],
    target: measure.target,
    rebase: phaseStarts,
  });
  const notes = Object.fromEntries(points.filter((p) => p.note).map((p) => [p.date, p.note]));
  return {
    result,
    explanation: explainChart(result, formatX),
    ihi: ihi ? explainIhi(result) : null,
    mdc: summariseMdc(mdc),
    rows: chartRows(result, notes),
    phases: [...new Set(result.points.map((p) => p.part))],
    markers: placeMarkers(dates, [
      ...tiltakStarts.flatMap((t) => (t.startDate ? [{ date: t.startDate, label: `Tiltak: ${t.title}`, kind: "tiltak" as const }] : [])),
      ...events.map((e) => ({ date: e.date, label: `${EVENT_KIND_NAMES[e.kind]}: ${e.text}`, kind: e.kind })),
    ]),
  };
}

export type MeasureAnalysis = NonNullable<ReturnType<typeof analyseMeasure>>;

/**
 * The chart rows to draw: all of a short series; of a long one at most `max` (thinSeries), never
 * leaving out a point outside the limits, the first point of a phase, a baseline's last point, or a
 * point a marker stands on. A phase's run signal stays on each of its drawn points.
 */
export function drawnRows(analysis: Pick<MeasureAnalysis, "result" | "rows" | "markers">, max = MAX_DRAWN_POINTS) {
  const points = analysis.result.points;
  if (analysis.rows.length <= max) return analysis.rows;
  const markerAt = new Set(analysis.markers.map((m) => m.x));
  return thinSeries(analysis.rows, {
    max,
    value: (row) => row.y,
    keep: (row, i) => {
      const p = points[i];
      const before = points[i - 1];
      const after = points[i + 1];
      return p.sigmaSignal || (before !== undefined && before.part !== p.part) || (after !== undefined && after.baseline !== p.baseline) || markerAt.has(row.x);
    },
  });
}

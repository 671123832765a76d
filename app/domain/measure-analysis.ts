// Everything a measure's page shows about its data: the analysis, what it means, and the chart's model.
import { formatNumber } from "../utils/format";
import { placeMarkers } from "./chart-markers";
import { explainChart, explainIhi, explainMdc } from "./chart-explanation";
import type { ChartModel, ModelPoint, RuleSet } from "./chart-model";
import { chartVerdict } from "./chart-verdict";
import { chartInputFor, EVENT_KIND_NAMES, type ChartEvent, type MeasureKind, type StoredPoint } from "./measure-series";
import { checkTargetScale } from "./target-scale";
import { classifyMdcPoints, classifyPoints } from "./point-meaning";
import { analyseChart, makingDataCount, type ChartResult, type ChartType, type ImprovementDirection } from "./spc";
import { MAX_DRAWN_POINTS, thinSeries } from "./thin-series";

type MeasureForAnalysis = {
  kind: MeasureKind;
  chartType: ChartType;
  multiplier: number;
  direction: "hoyere_er_bedre" | "lavere_er_bedre" | "noytral";
  target: number | null;
  unit?: string;
};

/** The y axis title, with the unit where there is one. */
export function axisTitle(measure: Pick<MeasureForAnalysis, "kind" | "chartType" | "unit">): string {
  const unit = measure.unit?.trim() ? ` (${measure.unit.trim()})` : "";
  if (measure.chartType === "mr") return `Variasjon fra punkt til punkt${unit}`;
  if (measure.chartType === "t") return `Tid mellom hendelser${unit}`;
  if (measure.chartType === "g") return `Antall mellom hendelser${unit}`;
  const name = { andel: "Andel", rate: "Rate", antall: "Antall", kontinuerlig: "Verdi", kvalitativ: "Verdi" }[measure.kind];
  return `${name}${unit}`;
}

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
  /** Anhøj's rules; with the IHI rules (shift of 6, trend of 5) added; or Making Data Count's (I charts only). */
  requestedRules: RuleSet = "anhoej",
) {
  if (measure.kind === "kvalitativ" || points.length === 0) return null;
  const rules = rulesFor(measure.chartType, requestedRules);
  const ihi = rules === "ihi";
  const input = chartInputFor(measure, points, events);
  const result = analyseChart({ ...input, options: { ...input.options, ihi } });
  const dates = result.points.map((p) => String(p.x));
  const notes = Object.fromEntries(points.filter((p) => p.note).map((p) => [p.date, p.note]));
  const direction = DIRECTION[measure.direction];
  // A target that cannot be right for the scale gets no line and no verdict (the page says why).
  const targetFits = checkTargetScale({ kind: measure.kind, unit: measure.unit ?? "", multiplier: measure.multiplier, target: measure.target, chartType: measure.chartType }).fits;
  const markers = placeMarkers(dates, [
    ...tiltakStarts.flatMap((t) => (t.startDate ? [{ date: t.startDate, label: `Tiltak: ${t.title}`, kind: "tiltak" as const }] : [])),
    ...events.map((e) => ({ date: e.date, label: `${EVENT_KIND_NAMES[e.kind]}: ${e.text}`, kind: e.kind })),
  ]);
  const model: ChartModel = {
    chart: result.chart,
    unit: measure.unit ?? "",
    yTitle: axisTitle(measure),
    points: rules === "mdc" ? mdcPoints(result, direction, measure.target, notes) : classifyPoints(result, direction, notes),
    target: targetFits ? measure.target : null,
    markers,
    rules,
  };
  const formatY = (y: number) => `${formatNumber(y)}${measure.unit?.trim() ? ` ${measure.unit.trim()}` : ""}`;
  return {
    result,
    model,
    verdict: chartVerdict({ chart: result.chart, points: model.points, direction, target: measure.target, targetFits, formatX: (x) => formatX(x), formatY }),
    explanation: [
      // As in qicharts2, phases take precedence over a frozen baseline; say so rather than draw a freeze that does nothing.
      ...(input.options?.part?.length && input.options.freeze != null ? ["Basislinjen er fryst, men diagrammet har faser: hver fase får sin egen midtlinje, og frysingen brukes ikke."] : []),
      ...(rules === "mdc" && !input.options?.part?.length && input.options?.freeze != null && input.options.freeze < 12
        ? ["NHS-reglene fryser grensene først etter minst 12 punkter, så frysingen brukes ikke her."]
        : []),
      ...(rules === "mdc" ? explainMdc(model.points, formatX) : explainChart(result, formatX)),
    ],
    ihi: ihi ? explainIhi(result) : null,
    markers,
  };
}

/** The rule set a chart can be read with: Making Data Count's rules are for XmR (I) charts only. */
export function rulesFor(chartType: ChartType, requested: RuleSet): RuleSet {
  return requested === "mdc" && chartType !== "i" ? "anhoej" : requested;
}

/**
 * The Making Data Count reading of the chart's points: phases are its rebase groups, a frozen
 * baseline (without phases) fixes its limits after that many points (12 at least, as the package
 * requires), and excluded points enter as missing values.
 */
function mdcPoints(result: ChartResult, direction: ImprovementDirection, target: number | null, notes: Record<string, string>) {
  const dates = result.points.map((p) => String(p.x));
  const phaseStarts = result.points.filter((p, i) => i > 0 && p.part !== result.points[i - 1].part).map((p) => String(p.x));
  const baseline = result.points.filter((p) => p.baseline).length;
  const mdc = makingDataCount(dates, result.points.map((p) => (p.include ? p.y : null)), {
    improvementDirection: direction,
    target,
    rebase: phaseStarts,
    fixAfterNPoints: !phaseStarts.length && baseline < result.points.length && baseline >= 12 ? baseline : null,
  });
  const excluded = new Set(result.points.filter((p) => !p.include).map((p) => String(p.x)));
  return classifyMdcPoints(mdc, excluded, notes).map((p, i) => (p.excluded ? { ...p, y: result.points[i].y } : p));
}

export type MeasureAnalysis = NonNullable<ReturnType<typeof analyseMeasure>>;

/**
 * The model's points to draw: all of a short series; of a long one at most `max` (thinSeries), never
 * leaving out a point outside its limits, an excluded point, the first and last point of a run of one
 * meaning (a long run's inner points may be most of a series, so they are thinned like the rest),
 * the first point of a phase, a baseline's last point, or a point a marker stands on.
 */
export function drawnPoints(analysis: Pick<MeasureAnalysis, "result" | "model" | "markers">, max = MAX_DRAWN_POINTS) {
  const points = analysis.model.points;
  const outside = (p: ModelPoint) => p.reasons.includes("above_limit") || p.reasons.includes("below_limit");
  const boundary = (p: ModelPoint, i: number) => points[i - 1]?.meaning !== p.meaning || points[i + 1]?.meaning !== p.meaning;
  // Where meanings change often, the ends of each run would be most of the series: the buckets carry them then.
  const boundaries = points.length > max ? points.filter(boundary).length : 0;
  const keepBoundaries = boundaries <= max / 4;
  return drawn(analysis, points, max, (p, i) => outside(p) || p.excluded || (keepBoundaries && boundary(p, i)));
}

function drawn<T extends { x: string; y: number | null }>(
  analysis: Pick<MeasureAnalysis, "result" | "markers">,
  rows: T[],
  max: number,
  mustKeep: (row: T, index: number) => boolean = () => false,
) {
  const points = analysis.result.points;
  if (rows.length <= max) return rows;
  const markerAt = new Set(analysis.markers.map((m) => m.x));
  return thinSeries(rows, {
    max,
    value: (row) => row.y,
    keep: (row, i) => {
      const p = points[i];
      const before = points[i - 1];
      const after = points[i + 1];
      return mustKeep(row, i) || p.sigmaSignal || (before !== undefined && before.part !== p.part) || (after !== undefined && after.baseline !== p.baseline) || markerAt.has(row.x);
    },
  });
}

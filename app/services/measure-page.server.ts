// What the three pages of a measure show: the chart with its analysis by the run-chart and
// control-chart rules, the data with the forms that add to it, and the definition. Each is the same
// whoever looks, so it is reused while the database is unchanged.
import { cachedRead } from "../../db/client.server";
import { pointMeaningText, type RuleSet } from "../domain/chart-model";
import type { ChartVerdict } from "../domain/chart-verdict";
import { knownBy } from "../domain/dated-facts";
import { analyseMeasure, drawnPoints, rulesFor } from "../domain/measure-analysis";
import { countPointsAfter, getMeasure, getMeasureHeader, getPoint, listPointsPage, listSeriesPoints, seriesFingerprint, type MeasureHeader } from "../models/measure.server";
import { measureChoices, qualitativeMethodChoices } from "./choices.server";
import { getContent } from "../utils/content.server";
import { formatDate } from "../utils/format";

/** What every page of a measure shows in its heading and describes it by. */
function measureSummary(measure: MeasureHeader) {
  const { events: _events, qualitative: _qualitative, ...fields } = measure;
  const labels = getContent().labels;
  return {
    ...fields,
    labels: {
      kind: labels.measureKinds[measure.kind],
      direction: labels.measureDirections[measure.direction],
      chart: labels.chartTypes[measure.chartType as keyof typeof labels.chartTypes] ?? measure.chartType,
    },
  };
}

/** A measure's chart as it stood on a day: analysed on the points and chart events known by then. Null when the measure is not in the project. */
export function measureAsOf(projectId: number, measureId: number, asOf: string) {
  const measure = getMeasure(projectId, measureId);
  if (!measure) return null;
  const analysis = analyseMeasure(
    measure,
    measure.points.filter((p) => knownBy(p.date, asOf)),
    measure.events.filter((e) => knownBy(e.date, asOf)),
    measure.linkedTiltak,
    (x) => formatDate(String(x)),
  );
  return { measure, analysis };
}

type Analysis = ReturnType<typeof analyseMeasure>;

/** Analyses kept per measure while the measure's own data is unchanged; least recently used go first. */
const keptAnalyses = new Map<string, { fingerprint: string; analysis: Analysis }>();
const ANALYSES_KEPT = 4;

/**
 * The analysis of all the measure's points (only the columns it needs are read), reused by the chart
 * page and the data page. A long series takes seconds to read and analyse, and the read cache empties
 * at any write anywhere (a login is one), so the analysis is also kept for as long as the measure,
 * its chart events, its tiltak and its points are unchanged. Null when the measure is not in the project.
 */
export function analysedMeasure(projectId: number, measureId: number, rules: RuleSet) {
  return cachedRead(`measure-analysis:${projectId}:${measureId}:${rules}`, () => {
    const measure = getMeasureHeader(projectId, measureId);
    if (!measure) return null;
    if (!measure.pointCount) return { measure, analysis: null };
    const key = `${measureId}:${rules}`;
    const fingerprint = fingerprintOf(measure);
    const kept = keptAnalyses.get(key);
    keptAnalyses.delete(key);
    const analysis =
      kept?.fingerprint === fingerprint ? kept.analysis : analyseMeasure(measure, listSeriesPoints(measure.id), measure.events, measure.linkedTiltak, (x) => formatDate(String(x)), rules);
    keptAnalyses.set(key, { fingerprint, analysis });
    if (keptAnalyses.size > ANALYSES_KEPT) keptAnalyses.delete(keptAnalyses.keys().next().value!);
    return { measure, analysis };
  });
}

/** What an analysis depends on: the measure's definition, chart events, tiltak and points. */
const fingerprintOf = (measure: MeasureHeader) => JSON.stringify([measure.version, measure.events, measure.linkedTiltak, seriesFingerprint(measure.id)]);

/** Verdicts kept per measure while its data is unchanged: small, so every measure of a list keeps one. */
const keptVerdicts = new Map<number, { fingerprint: string; verdict: ChartVerdict | null }>();
const VERDICTS_KEPT = 2000;

/**
 * A measure's verdict (its Making Data Count icons) by the default rules, for lists of measures: a list
 * of many measures does not analyse each series again after every write elsewhere, nor push the
 * chart pages' analyses out. Null without data.
 */
export function measureVerdict(projectId: number, measureId: number): ChartVerdict | null {
  return cachedRead(`measure-verdict:${projectId}:${measureId}`, () => {
    const measure = getMeasureHeader(projectId, measureId);
    if (!measure?.pointCount) return null;
    const fingerprint = fingerprintOf(measure);
    const kept = keptVerdicts.get(measureId);
    if (kept?.fingerprint === fingerprint) return kept.verdict;
    const verdict = analysedMeasure(projectId, measureId, "anhoej")?.analysis?.verdict ?? null;
    keptVerdicts.delete(measureId);
    keptVerdicts.set(measureId, { fingerprint, verdict });
    if (keptVerdicts.size > VERDICTS_KEPT) keptVerdicts.delete(keptVerdicts.keys().next().value!);
    return verdict;
  });
}

/**
 * The chart page, read with the rule set asked for where it fits the chart (rulesFor). Null when the
 * measure is not in the project. The chart gets a bounded series (drawnPoints).
 */
export function measureChartPage(projectId: number, measureId: number, requested: RuleSet) {
  const chartType = getMeasureHeader(projectId, measureId)?.chartType;
  if (!chartType) return null;
  const rules = rulesFor(chartType, requested);
  return cachedRead(`measure-chart:${projectId}:${measureId}:${rules}`, () => {
    const found = analysedMeasure(projectId, measureId, rules);
    if (!found) return null;
    const { measure, analysis } = found;
    return {
      rules,
      measure: measureSummary(measure),
      analysis: analysis && {
        explanation: analysis.explanation,
        ihi: analysis.ihi,
        verdict: analysis.verdict,
        model: { ...analysis.model, points: drawnPoints(analysis) },
      },
      events: measure.events.map(({ id, date, kind, text }) => ({ id, date, kind, text })),
      qualitative: measure.qualitative.map(({ id, date, method, summary, documentRef }) => ({ id, date, method, summary, documentRef })),
      methods: getContent().labels.qualitativeMethods,
    };
  });
}

/** Points per page of the data page's table. */
export const POINTS_PER_PAGE = 100;

/**
 * Up to this many points, the data page's table gives each point its centre line, limits and signal
 * from the analysis of the whole series (shared with the chart page). A longer series is analysed on
 * the chart page only, so that a page of the table costs the same however long the series is.
 */
export const TABLE_ANALYSIS_LIMIT = 5000;

/** The page number from `?side=`: a whole number from 1, else 1; beyond the last page, the last. */
export function pageNumber(value: string | null, pageCount: number) {
  const n = /^\d{1,9}$/.test(value ?? "") ? Number(value) : 1;
  return Math.min(Math.max(1, n), Math.max(1, pageCount));
}

/**
 * The data page: one page of points (newest first) with the limits and signals the analysis gives
 * them, and the point being edited (wherever it is). Its size does not grow with the measure.
 */
export function measureDataPage(projectId: number, measureId: number, options: { page?: string | null; editing?: string | null; rules?: RuleSet } = {}) {
  const measure = getMeasureHeader(projectId, measureId);
  if (!measure) return null;
  const pageCount = Math.max(1, Math.ceil(measure.pointCount / POINTS_PER_PAGE));
  const page = pageNumber(options.page ?? null, pageCount);
  const editingId = /^\d{1,12}$/.test(options.editing ?? "") ? Number(options.editing) : null;
  // The table names each point's meaning by the rules the chart was read with.
  const rules = rulesFor(measure.chartType, options.rules ?? "anhoej");
  return cachedRead(`measure-data:${projectId}:${measureId}:${page}:${editingId ?? ""}:${rules}`, () => readDataPage(projectId, measure, page, pageCount, editingId, rules));
}

function readDataPage(projectId: number, measure: MeasureHeader, page: number, pageCount: number, editingId: number | null, rules: RuleSet) {
  const measureId = measure.id;
  const stored = measure.pointCount ? listPointsPage(measure.id, { limit: POINTS_PER_PAGE, offset: (page - 1) * POINTS_PER_PAGE }) : [];
  const withAnalysis = measure.pointCount <= TABLE_ANALYSIS_LIMIT;
  const analysed = stored.length && withAnalysis ? analysedPoints(projectId, measureId, rules) : new Map<string, AnalysedPoint>();
  const editing = editingId ? getPoint(measure.id, editingId) : null;
  const point = ({ id, version, date, value, numerator, denominator, note, excluded }: NonNullable<typeof editing>) => ({ id, version, date, value, numerator, denominator, note, excluded });
  return {
    measure: measureSummary(measure),
    points: stored.map((p) => {
      const a = analysed.get(p.date);
      return { ...point(p), cl: a?.cl ?? null, lcl: a?.lcl ?? null, ucl: a?.ucl ?? null, signal: a?.signal ?? "" };
    }),
    withAnalysis,
    pagination: { page, pageCount, perPage: POINTS_PER_PAGE, total: measure.pointCount, first: (page - 1) * POINTS_PER_PAGE + 1, last: (page - 1) * POINTS_PER_PAGE + stored.length },
    editing: editing && point(editing),
    events: measure.events.map(({ id, date, kind, text }) => ({ id, date, kind, text })),
    methods: qualitativeMethodChoices(),
  };
}

type AnalysedPoint = { cl: number | null; lcl: number | null; ucl: number | null; signal: string };

/** The limits and signal of every point by date, from the shared analysis. */
function analysedPoints(projectId: number, measureId: number, rules: RuleSet): Map<string, AnalysedPoint> {
  return cachedRead(`measure-analysed-points:${projectId}:${measureId}:${rules}`, () => {
    const points = analysedMeasure(projectId, measureId, rules)?.analysis?.model.points ?? [];
    return new Map(points.map((a) => [a.x, { cl: a.cl, lcl: a.lcl, ucl: a.ucl, signal: pointMeaningText(a) }]));
  });
}

/** The page where a point stands in the data page's table (newest first). */
export function pageOfPoint(measureId: number, date: string) {
  return Math.floor(countPointsAfter(measureId, date) / POINTS_PER_PAGE) + 1;
}

/** The page that edits the definition: the measure's fields and the form's choices. */
export function measureEditPage(projectId: number, measureId: number) {
  return cachedRead(`measure-edit:${projectId}:${measureId}`, () => {
    const measure = getMeasureHeader(projectId, measureId);
    return measure ? { measure: measureSummary(measure), choices: measureChoices(projectId) } : null;
  });
}

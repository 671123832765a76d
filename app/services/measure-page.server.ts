// What the three pages of a measure show: the chart with its analysis by the run-chart and
// control-chart rules, the data with the forms that add to it, and the definition. Each is the same
// whoever looks, so it is reused while the database is unchanged.
import { cachedRead } from "../../db/client.server";
import { knownBy } from "../domain/dated-facts";
import { analyseMeasure } from "../domain/measure-analysis";
import { getMeasure, type Measure } from "../models/measure.server";
import { measureChoices, qualitativeMethodChoices } from "./choices.server";
import { getContent } from "../utils/content.server";
import { formatDate } from "../utils/format";

/** What every page of a measure shows in its heading and describes it by. */
function measureSummary(measure: Measure) {
  const { points: _points, events: _events, qualitative: _qualitative, ...fields } = measure;
  const labels = getContent().labels;
  return {
    ...fields,
    pointCount: measure.points.length,
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

function analyse(measure: Measure, ihi: boolean) {
  return analyseMeasure(measure, measure.points, measure.events, measure.linkedTiltak, (x) => formatDate(String(x)), ihi);
}

/** The chart page. Null when the measure is not in the project. `ihi` adds the IHI rules (shift and trend). */
export function measureChartPage(projectId: number, measureId: number, ihi: boolean) {
  return cachedRead(`measure-chart:${projectId}:${measureId}:${ihi}`, () => {
    const measure = getMeasure(projectId, measureId);
    if (!measure) return null;
    const analysis = analyse(measure, ihi);
    return {
      measure: measureSummary(measure),
      analysis: analysis && { explanation: analysis.explanation, ihi: analysis.ihi, mdc: analysis.mdc, rows: analysis.rows, phases: analysis.phases, markers: analysis.markers },
      events: measure.events.map(({ id, date, kind, text }) => ({ id, date, kind, text })),
      qualitative: measure.qualitative.map(({ id, date, method, summary, documentRef }) => ({ id, date, method, summary, documentRef })),
      methods: getContent().labels.qualitativeMethods,
    };
  });
}

/** The data page: every point with the limits and signals the analysis gives it. */
export function measureDataPage(projectId: number, measureId: number) {
  return cachedRead(`measure-data:${projectId}:${measureId}`, () => {
    const measure = getMeasure(projectId, measureId);
    if (!measure) return null;
    const analysed = new Map(analyse(measure, false)?.result.points.map((p) => [String(p.x), p]) ?? []);
    return {
      measure: measureSummary(measure),
      points: measure.points.map(({ id, version, date, value, numerator, denominator, note, excluded }) => {
        const a = analysed.get(date);
        return {
          id, version, date, value, numerator, denominator, note, excluded,
          cl: a?.cl ?? null, lcl: a?.lcl ?? null, ucl: a?.ucl ?? null,
          signal: a?.sigmaSignal ? "Utenfor grensene" : a?.runsSignal ? "Del av seriesignal" : "",
        };
      }),
      events: measure.events.map(({ id, date, kind, text }) => ({ id, date, kind, text })),
      methods: qualitativeMethodChoices(),
    };
  });
}

/** The page that edits the definition: the measure's fields and the form's choices. */
export function measureEditPage(projectId: number, measureId: number) {
  return cachedRead(`measure-edit:${projectId}:${measureId}`, () => {
    const measure = getMeasure(projectId, measureId);
    return measure ? { measure: measureSummary(measure), choices: measureChoices(projectId) } : null;
  });
}

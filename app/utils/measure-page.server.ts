// What the chart page shows about a measure: the measure, its analysis by the run-chart and
// control-chart rules, and the form choices. The same whoever looks, so it is reused while the
// database is unchanged.
import { cachedRead } from "../../db/client.server";
import { analyseMeasure } from "../domain/measure-analysis";
import { getMeasure } from "../models/measure.server";
import { measureChoices } from "./choices.server";
import { getContent } from "./content.server";
import { formatDate } from "./format";

/** Null when the measure is not in the project. `ihi` adds the IHI rules (shift and trend). */
export function measurePage(projectId: number, measureId: number, ihi: boolean) {
  return cachedRead(`measure-page:${projectId}:${measureId}:${ihi}`, () => readMeasurePage(projectId, measureId, ihi));
}

function readMeasurePage(projectId: number, measureId: number, ihi: boolean) {
  const measure = getMeasure(projectId, measureId);
  if (!measure) return null;
  const labels = getContent().labels;
  const analysis = analyseMeasure(measure, measure.points, measure.events, measure.linkedTiltak, (x) => formatDate(String(x)), ihi);
  return {
    measure,
    analysis: analysis && {
      ...analysis,
      // The table needs the limits and signals per point, not the whole analysis.
      result: { points: analysis.result.points.map(({ x, cl, lcl, ucl, sigmaSignal, runsSignal }) => ({ x, cl, lcl, ucl, sigmaSignal, runsSignal })) },
    },
    choices: measureChoices(projectId),
    labels: {
      kind: labels.measureKinds[measure.kind],
      direction: labels.measureDirections[measure.direction],
      chart: labels.chartTypes[measure.chartType as keyof typeof labels.chartTypes] ?? measure.chartType,
      methods: labels.qualitativeMethods,
    },
  };
}

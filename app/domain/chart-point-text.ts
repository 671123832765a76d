// What a chart says about one point, as lines: in its tooltip, and read aloud when it is shown. Pure.
import { formatDate, formatNumber } from "../utils/format";
import { meaningWithReasons, type ChartModel, type ModelPoint } from "./chart-model";

export function pointText(point: ModelPoint, model: Pick<ChartModel, "unit" | "chart">): string[] {
  const unit = model.unit.trim();
  const value = (v: number) => `${formatNumber(v)}${unit ? ` ${unit}` : ""}`;
  const lines = [formatDate(point.x), point.y === null ? "Ingen verdi" : `Verdi: ${value(point.y)}`];
  if (point.cl !== null) lines.push(`${model.chart === "run" || model.chart === "g" ? "Median" : "Midtlinje"}: ${value(point.cl)}`);
  if (model.chart !== "run" && (point.lcl !== null || point.ucl !== null))
    lines.push(`Grenser: ${point.lcl === null ? "–" : value(point.lcl)} til ${point.ucl === null ? "–" : value(point.ucl)}`);
  if (point.y !== null) lines.push(meaningWithReasons(point));
  if (point.excluded) lines.push("Holdt utenfor beregningene");
  if (point.note) lines.push(`Merknad: ${point.note}`);
  return lines;
}

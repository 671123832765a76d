// Places a chart's markers (tiltak starts and chart events) on the first point on or after their date.
import type { ChartMarker } from "./chart-model";

export function placeMarkers(dates: string[], markers: { date: string; label: string; kind: ChartMarker["kind"] }[]): ChartMarker[] {
  return markers.flatMap((m) => {
    const at = dates.find((d) => d >= m.date);
    return at ? [{ x: at, label: m.label, kind: m.kind }] : [];
  });
}

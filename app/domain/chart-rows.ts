// Shapes an analysed series into rows for a chart: one key per phase for each line, so the lines
// break between phases, and markers placed on the first point on or after their date.
import type { ChartResult } from "./spc";

export type ChartRow = Record<string, number | string | boolean | null> & { x: string; y: number | null; signal: boolean; note: string };
export type Marker = { x: string; label: string; kind: "tiltak" | "ny_fase" | "frys" | "merknad" };

export function chartRows(result: ChartResult, notes: Record<string, string>): ChartRow[] {
  return result.points.map((p) => {
    const row: ChartRow = { x: String(p.x), y: p.y, signal: p.sigmaSignal || p.runsSignal, note: notes[String(p.x)] ?? "" };
    row[`cl${p.part}`] = p.cl;
    row[`lcl${p.part}`] = p.lcl;
    row[`ucl${p.part}`] = p.ucl;
    return row;
  });
}

export function placeMarkers(dates: string[], markers: { date: string; label: string; kind: Marker["kind"] }[]): Marker[] {
  return markers.flatMap((m) => {
    const at = dates.find((d) => d >= m.date);
    return at ? [{ x: at, label: m.label, kind: m.kind }] : [];
  });
}

// From a measure's stored points and chart events to the analysis input, and back to words.
import type { ChartInput, ChartType } from "./spc";

export type StoredPoint = { date: string; value: number | null; numerator: number | null; denominator: number | null; excluded: boolean };
export type ChartEvent = { kind: "ny_fase" | "frys" | "merknad"; date: string; text: string };

/** What a chart event is called on the chart and in lists. */
export const EVENT_KIND_NAMES: Record<ChartEvent["kind"], string> = { ny_fase: "Ny fase", frys: "Basislinje fryst", merknad: "Merknad" };

export type MeasureKind = "andel" | "antall" | "rate" | "kontinuerlig" | "kvalitativ";

/** Kinds whose points are a numerator over a denominator (or exposure). */
export const hasDenominator = (kind: MeasureKind) => kind === "andel" || kind === "rate";

/** The chart types that fit a kind of measure; the first is the default. */
export function chartTypesFor(kind: MeasureKind): ChartType[] {
  switch (kind) {
    case "andel":
      return ["p", "run"];
    case "rate":
      return ["u", "run"];
    case "antall":
      return ["run", "c", "g", "i"];
    case "kontinuerlig":
      return ["run", "i", "mr", "t"];
    default:
      return [];
  }
}

/**
 * The analysis input for a measure: points in date order; a new phase starts at each phase event
 * (after the last point before its date); the baseline is frozen at the last point on or before a
 * freeze event's date; excluded points stay in the chart but out of the calculations.
 */
export function chartInputFor(measure: { kind: MeasureKind; chartType: ChartType; multiplier: number }, points: StoredPoint[], events: ChartEvent[]): ChartInput {
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const countBefore = (date: string) => sorted.filter((p) => p.date < date).length;
  const countUpTo = (date: string) => sorted.filter((p) => p.date <= date).length;
  const parts = events
    .filter((e) => e.kind === "ny_fase")
    .map((e) => countBefore(e.date))
    .filter((n) => n > 0 && n < sorted.length);
  const freezes = events.filter((e) => e.kind === "frys").map((e) => countUpTo(e.date)).filter((n) => n > 0);
  const withDenominator = hasDenominator(measure.kind);
  return {
    chart: measure.chartType,
    x: sorted.map((p) => p.date),
    y: sorted.map((p) => (withDenominator ? p.numerator : p.value)),
    n: withDenominator ? sorted.map((p) => p.denominator) : null,
    options: {
      part: parts.length ? [...new Set(parts)].sort((a, b) => a - b) : null,
      freeze: freezes.length ? Math.max(...freezes) : null,
      exclude: sorted.flatMap((p, i) => (p.excluded ? [i + 1] : [])),
      multiply: measure.multiplier,
    },
  };
}

/** Counts below 3 hidden as "<3" (small-number protection), unless the project turned it off. */
export function protectSmallCount(value: number | null, protect: boolean): string | number | null {
  if (value == null) return null;
  return protect && Number.isInteger(value) && value > 0 && value < 3 ? "<3" : value;
}

/** The plotted value of a point: the value itself, or numerator/denominator scaled by the multiplier. */
export function pointValue(point: { value: number | null; numerator: number | null; denominator: number | null }, multiplier: number) {
  if (point.value != null) return point.value;
  if (point.numerator != null && point.denominator) return (point.numerator / point.denominator) * multiplier;
  return null;
}

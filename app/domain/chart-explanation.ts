// What a chart shows, in plain bokmål sentences.
import { countOf } from "../utils/format";
import { MIN_POINTS, usefulCount } from "./point-meaning";
import { REASON_NAMES, type ModelPoint } from "./chart-model";
import type { ChartResult } from "./spc";

const centreName = (chart: string) => (chart === "run" || chart === "g" ? "medianen" : "midtlinjen");
const plural = countOf;
/** How many points outside the limits a sentence names by date. */
const MAX_NAMED_POINTS = 20;

/** The first dates by name and how many more: a very long series could otherwise give a sentence as long as its data. */
const namedDates = (dates: string[]) => `${dates.slice(0, MAX_NAMED_POINTS).join(", ")}${dates.length > MAX_NAMED_POINTS ? ` og ${dates.length - MAX_NAMED_POINTS} til` : ""}`;

/** Sentences for each phase: an unusually long run, too few crossings, points outside the limits — or none. */
export function explainChart(result: ChartResult, formatX: (x: string | number) => string): string[] {
  const sentences: string[] = [];
  const multiPhase = result.parts.length > 1;
  for (const part of result.parts) {
    const prefix = multiPhase ? `Fase ${part.part}: ` : "";
    const centre = centreName(result.chart);
    const found: string[] = [];
    const useful = usefulCount(result, part.part);
    if (useful < MIN_POINTS) {
      sentences.push(`${prefix}For få punkter til å lese signaler: ${plural(useful, "punkt", "punkter")} med verdi, reglene trenger minst ${MIN_POINTS}.`);
      continue;
    }
    if (part.nUseful === 0) {
      sentences.push(`${prefix}Alle punktene ligger på ${centre}, så seriene kan ikke leses.`);
      continue;
    }
    if (result.chart !== "mr" && part.longestRun != null && part.longestRunMax != null && part.longestRun > part.longestRunMax) {
      found.push(
        `Uvanlig lang serie: ${plural(part.longestRun, "punkt", "punkter")} ${part.longestRunSide === 1 ? "over" : "under"} ${centre}, grensen er ${part.longestRunMax}.`,
      );
    }
    if (result.chart !== "mr" && part.nCrossings != null && part.nCrossingsMin != null && part.nCrossings < part.nCrossingsMin) {
      found.push(`Uvanlig få kryssinger: ${plural(part.nCrossings, "kryssing", "kryssinger")} av ${centre}, minst ${part.nCrossingsMin} var ventet.`);
    }
    const outside = result.points.filter((p) => p.part === part.part && p.include && p.sigmaSignal);
    if (outside.length) {
      found.push(`${plural(outside.length, "punkt", "punkter")} utenfor kontrollgrensene: ${namedDates(outside.map((p) => formatX(p.x)))}.`);
    }
    if (found.length === 0) {
      const runsText =
        result.chart === "mr" || part.longestRunMax == null
          ? ""
          : ` Lengste serie er ${part.longestRun} (grensen er ${part.longestRunMax}), ${plural(part.nCrossings ?? 0, "kryssing", "kryssinger")} (minst ${part.nCrossingsMin}).`;
      sentences.push(`${prefix}Bare tilfeldig variasjon: ingen signal.${runsText}`);
    } else sentences.push(...found.map((f) => prefix + f));
  }
  return sentences;
}

/** The Making Data Count reading per phase, in words: which signals its points show, or none. */
export function explainMdc(points: ModelPoint[], formatX: (x: string | number) => string): string[] {
  const parts = [...new Set(points.map((p) => p.part))];
  return parts.map((part) => {
    const prefix = parts.length > 1 ? `Fase ${part}: ` : "";
    const inPart = points.filter((p) => p.part === part);
    const useful = inPart.filter((p) => !p.excluded && p.y != null).length;
    if (useful < MIN_POINTS) return `${prefix}For få punkter til å lese signaler: ${plural(useful, "punkt", "punkter")} med verdi, reglene trenger minst ${MIN_POINTS}.`;
    const signals = inPart.filter((p) => p.reasons.length);
    if (!signals.length) return `${prefix}Bare vanlig variasjon: ingen signal etter NHS-reglene.`;
    const byReason = new Map<string, string[]>();
    for (const p of signals) for (const r of p.reasons) byReason.set(REASON_NAMES[r], [...(byReason.get(REASON_NAMES[r]) ?? []), formatX(p.x)]);
    const found = [...byReason].map(([reason, dates]) => `${reason} (${namedDates(dates)})`);
    return `${prefix}${plural(signals.length, "punkt", "punkter")} med spesiell variasjon: ${found.join("; ")}.`;
  });
}

/** The IHI rules' findings per phase, in words; kept apart from the Anhøj reading. */
export function explainIhi(result: ChartResult): string[] {
  return result.parts.map((part) => {
    const prefix = result.parts.length > 1 ? `Fase ${part.part}: ` : "";
    if (!part.ihi) return `${prefix}IHI-reglene er ikke brukt.`;
    if (usefulCount(result, part.part) < MIN_POINTS) return `${prefix}IHI-reglene: for få punkter til å lese signaler.`;
    const found = [
      part.ihi.shift ? "forskyvning (6 eller flere punkter på samme side av midtlinjen)" : null,
      part.ihi.trend ? "trend (5 eller flere punkter som stiger eller synker)" : null,
    ].filter(Boolean);
    return `${prefix}IHI-reglene: ${found.length ? found.join(" og ") : "ingen forskyvning eller trend"}.`;
  });
}

// What a chart shows, in plain bokmål sentences.
import { countOf } from "../utils/format";
import type { ChartResult, MdcResult, SpecialCauseType } from "./spc";

const centreName = (chart: string) => (chart === "run" || chart === "g" ? "medianen" : "midtlinjen");
const plural = countOf;
/** How many points outside the limits a sentence names by date. */
const MAX_NAMED_POINTS = 20;

/** Sentences for each phase: an unusually long run, too few crossings, points outside the limits — or none. */
export function explainChart(result: ChartResult, formatX: (x: string | number) => string): string[] {
  const sentences: string[] = [];
  const multiPhase = result.parts.length > 1;
  for (const part of result.parts) {
    const prefix = multiPhase ? `Fase ${part.part}: ` : "";
    const centre = centreName(result.chart);
    const found: string[] = [];
    if (part.nUseful === 0) {
      sentences.push(`${prefix}Ingen punkter å analysere.`);
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
    const outside = result.points.filter((p) => p.part === part.part && p.sigmaSignal);
    if (outside.length) {
      // The dates of the first ones; a very long series could otherwise give a sentence as long as its data.
      const named = outside.slice(0, MAX_NAMED_POINTS).map((p) => formatX(p.x)).join(", ");
      const rest = outside.length - MAX_NAMED_POINTS;
      found.push(`${plural(outside.length, "punkt", "punkter")} utenfor kontrollgrensene: ${named}${rest > 0 ? ` og ${rest} til` : ""}.`);
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

export const VARIATION_TEXT: Record<string, string> = {
  common_cause: "Vanlig variasjon",
  special_cause_improvement: "Spesiell variasjon: forbedring",
  special_cause_concern: "Spesiell variasjon: bekymring",
  special_cause_neutral_high: "Spesiell variasjon: høyere",
  special_cause_neutral_low: "Spesiell variasjon: lavere",
};

export const ASSURANCE_TEXT: Record<string, string> = {
  consistent_pass: "Vil nå målet",
  consistent_fail: "Vil ikke nå målet uten endring",
  inconsistent: "Kan nå målet eller ikke (treff og bom)",
};

/** NHSRplotthedots' special-cause codes (kept as they are in the analysis, for the reference tests), in bokmål. */
export const SPECIAL_CAUSE_TEXT: Record<SpecialCauseType, string> = {
  "Common Cause": "tilfeldig variasjon",
  "Above UCL": "over øvre kontrollgrense",
  "Below LCL": "under nedre kontrollgrense",
  "7 Point Trend (Increasing)": "7 punkter som stiger",
  "7 Point Trend (Decreasing)": "7 punkter som synker",
  "2 in 3 Above CL": "2 av 3 punkter nær øvre grense",
  "2 in 3 Below CL": "2 av 3 punkter nær nedre grense",
  "7 Points Above CL": "7 punkter over midtlinjen",
  "7 Points Below CL": "7 punkter under midtlinjen",
};

/** The "Making Data Count" summary of the series' latest point, in words. */
export function summariseMdc(result: MdcResult) {
  const last = result.points[result.points.length - 1];
  const lastGroup = result.groups[result.groups.length - 1];
  return {
    variation: last ? VARIATION_TEXT[last.pointType] : "Ingen data",
    assurance: lastGroup?.assuranceType ? ASSURANCE_TEXT[lastGroup.assuranceType] : null,
    special: last && last.specialCauseFlag ? SPECIAL_CAUSE_TEXT[last.specialCauseType] : null,
  };
}

/** The IHI rules' findings per phase, in words; kept apart from the Anhøj reading. */
export function explainIhi(result: ChartResult): string[] {
  return result.parts.map((part) => {
    const prefix = result.parts.length > 1 ? `Fase ${part.part}: ` : "";
    if (!part.ihi) return `${prefix}IHI-reglene er ikke brukt.`;
    const found = [
      part.ihi.shift ? "forskyvning (6 eller flere punkter på samme side av midtlinjen)" : null,
      part.ihi.trend ? "trend (5 eller flere punkter som stiger eller synker)" : null,
    ].filter(Boolean);
    return `${prefix}IHI-reglene: ${found.length ? found.join(" og ") : "ingen forskyvning eller trend"}.`;
  });
}

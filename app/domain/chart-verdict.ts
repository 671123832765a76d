// The Making Data Count reading of a chart: the variation icon (what the latest point shows) and the
// assurance icon (will the process meet its target), and the summary sentence. The sentence is built
// from the icons themselves, so the two can never disagree. Pure.
import { countOf } from "../utils/format";
import { REASON_NAMES, type ModelPoint } from "./chart-model";
import { MIN_POINTS } from "./point-meaning";
import { assuranceOf, variationIconFor, type AssuranceIcon, type ChartType, type ImprovementDirection, type VariationIcon } from "./spc";

export const VARIATION_ICON_TEXT: Record<VariationIcon, string> = {
  common_cause: "Vanlig variasjon",
  improvement_high: "Spesiell variasjon, forbedring (høye verdier)",
  improvement_low: "Spesiell variasjon, forbedring (lave verdier)",
  concern_high: "Spesiell variasjon, bekymring (høye verdier)",
  concern_low: "Spesiell variasjon, bekymring (lave verdier)",
  neutral_high: "Spesiell variasjon, høyere verdier (verken bedre eller verre)",
  neutral_low: "Spesiell variasjon, lavere verdier (verken bedre eller verre)",
};

export const ASSURANCE_ICON_TEXT: Record<AssuranceIcon, string> = {
  pass: "Måloppnåelse: vil nå målet",
  fail: "Måloppnåelse: vil ikke nå målet uten endring",
  inconsistent: "Måloppnåelse: treff og bom",
};

export type ChartVerdict = {
  /** The latest point's icon; null when the last phase has too few points to claim anything. */
  variation: VariationIcon | null;
  /** Null without a target, or where it cannot be judged (see `sentences`). */
  assurance: AssuranceIcon | null;
  /** Useful points in the last phase, and how many the rules need. */
  pointsHave: number;
  pointsNeeded: number;
  /** The summary: first the variation, then the target. */
  sentences: string[];
};

type VerdictInput = {
  chart: ChartType;
  points: ModelPoint[];
  direction: ImprovementDirection;
  /** The target in the plotted scale. */
  target: number | null;
  /** False when the target cannot be right for the measure's scale (checkTargetScale). */
  targetFits: boolean;
  formatX: (x: string) => string;
  formatY: (y: number) => string;
};

const lastOf = <T>(items: T[], test: (item: T) => boolean) => {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
};

/** The icons and the sentence that says what they mean. */
export function chartVerdict({ chart, points, direction, target, targetFits, formatX, formatY }: VerdictInput): ChartVerdict {
  const lastPart = points.at(-1)?.part;
  const useful = points.filter((p) => p.part === lastPart && !p.excluded && p.y != null);
  const pointsHave = useful.length;
  const enough = pointsHave >= MIN_POINTS;
  // The latest period, as Making Data Count reads it: one without a value shows common cause.
  const latest = lastOf(points, (p) => p.part === lastPart && !p.excluded);
  const variation = enough && latest ? variationIconFor(latest.meaning, latest.side) : null;
  const sentences: string[] = [];
  if (variation && latest) {
    const reasons = latest.y == null ? "punktet har ingen verdi" : latest.reasons.map((r) => REASON_NAMES[r]).join(", ");
    sentences.push(`${VARIATION_ICON_TEXT[variation]} ved siste punkt (${formatX(latest.x)})${reasons ? `: ${reasons}` : ""}.`);
  } else {
    const where = points.some((p) => p.part > 1) ? "siste fase har" : "serien har";
    sentences.push(`For få punkter til å si noe om variasjonen: ${where} ${countOf(pointsHave, "punkt", "punkter")} med verdi, reglene trenger minst ${MIN_POINTS}.`);
  }

  let assurance: AssuranceIcon | null = null;
  if (target != null) {
    const limits = lastOf(useful, (p) => p.lcl != null && p.ucl != null);
    const why = !targetFits
      ? "Målet passer ikke med målingens skala, så måloppnåelse vurderes ikke."
      : direction === "neutral"
        ? "Målingen har ingen retning for forbedring, så måloppnåelse vurderes ikke."
        : chart === "run"
          ? "Et seriediagram har ingen kontrollgrenser, så måloppnåelse vurderes ikke."
          : chart === "mr"
            ? "Diagrammet viser variasjonen fra punkt til punkt, ikke verdiene, så målet vurderes ikke."
          : !enough
            ? "Måloppnåelse vurderes når det er nok punkter."
            : !limits
              ? "Siste fase har ingen kontrollgrenser, så måloppnåelse vurderes ikke."
              : null;
    if (why) sentences.push(why);
    else if (limits) {
      const found = assuranceOf(target, direction, limits.lcl as number, limits.ucl as number);
      assurance = found === "consistent_pass" ? "pass" : found === "consistent_fail" ? "fail" : "inconsistent";
      const place = target > (limits.ucl as number) ? "over øvre kontrollgrense" : target < (limits.lcl as number) ? "under nedre kontrollgrense" : "mellom kontrollgrensene";
      const meaning =
        assurance === "pass"
          ? "prosessen når målet hver gang hvis ingenting endres"
          : assurance === "fail"
            ? "prosessen vil ikke nå målet uten endring"
            : "prosessen vil noen ganger nå målet og noen ganger ikke (treff og bom)";
      sentences.push(`${ASSURANCE_ICON_TEXT[assurance]}. Målet ${formatY(target)} ligger ${place}: ${meaning}.`);
    }
  }
  return { variation, assurance, pointsHave, pointsNeeded: MIN_POINTS, sentences };
}

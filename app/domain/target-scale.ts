// Whether a measure's target can be drawn in the measure's own scale, and where. A target is stored
// in the scale the points are plotted in: for an andel that is numerator/denominator × multiplier,
// so 50 only fits when the multiplier (the form's «Skala») is at least 50. Pure: the form runs it
// as the user types, the schema refuses the errors, and the measure page warns about stored ones.

export type TargetScaleInput = {
  kind: string;
  unit: string;
  multiplier: number | null;
  target: number | null;
  chartType?: string | null;
};

export type TargetScaleProblem = { severity: "error" | "warning"; message: string };

export type TargetScaleCheck = {
  /** False exactly when there is an error: then no target line is drawn and no verdict about the target is given. */
  fits: boolean;
  problems: TargetScaleProblem[];
  /** Where the target line is drawn, in words for the form; null without a target. */
  targetLine: string | null;
};

/** Kinds whose plotted value is numerator/denominator × multiplier. */
const SCALED_KINDS = new Set(["andel", "rate"]);
/** Kinds and chart types whose plotted values are never below 0 (counts, shares, rates, time or cases between events, ranges). */
const NON_NEGATIVE_KINDS = new Set(["andel", "antall", "rate"]);
const NON_NEGATIVE_CHARTS = new Set(["g", "t", "mr", "c", "p", "u"]);

const KIND_NAMES: Record<string, string> = { andel: "en andel", antall: "et antall", rate: "en rate" };

const numberFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 6 });
/** Decimal comma, Norwegian grouping; enough decimals that a suggested 0,005 is not rounded away. */
const num = (n: number) => numberFormat.format(n);

/** The multiplier the unit itself names: 100 for per cent, 1000 for per mille, N for «per N …»; null when it names none. */
export function scaleNamedByUnit(unit: string): { scale: number; name: string } | null {
  const text = unit.trim().toLowerCase();
  if (/^(%|prosent)(\s|$)/.test(text)) return { scale: 100, name: "prosent" };
  if (/^(‰|promille)(\s|$)/.test(text)) return { scale: 1000, name: "promille" };
  const per = /^(?:per|pr\.?)\s*(\d[\d\s\u00a0\u202f.]*)/.exec(text);
  if (per) {
    const scale = Number(per[1].replace(/[\s\u00a0\u202f.]/g, ""));
    if (Number.isFinite(scale) && scale > 0) return { scale, name: `per ${num(scale)}` };
  }
  return null;
}

/** «halvparten av alle», «alle», «30 % av alle»: a share of the whole in words. */
function shareInWords(share: number): string {
  if (share === 0) return "ingen";
  if (share === 1) return "alle";
  if (share === 0.5) return "halvparten av alle";
  return `${num(share * 100)} % av alle`;
}

const withUnit = (n: number, unit: string) => (unit.trim() ? `${num(n)} ${unit.trim()}` : num(n));

function lineText(input: TargetScaleInput & { target: number }, multiplier: number, unitFits: boolean): string {
  const { kind, target, unit } = input;
  if (kind === "andel") {
    // The unit is only trusted to describe the line when it agrees with the scale.
    if (!unit.trim() || !unitFits) return `Mållinjen tegnes ved ${num(target)} på en skala der ${num(multiplier)} er alle`;
    const share = target / multiplier;
    const named = scaleNamedByUnit(unit);
    const words = named?.scale === 100 && ![0, 0.5, 1].includes(share) ? `${num(target)} av hver 100` : shareInWords(share);
    return `Mållinjen tegnes ved ${withUnit(target, unit)} (${words})`;
  }
  if (kind === "rate" && !unit.trim()) {
    return multiplier === 1 ? `Mållinjen tegnes ved ${num(target)} per enhet i nevneren` : `Mållinjen tegnes ved ${num(target)} per ${num(multiplier)} i nevneren`;
  }
  return `Mållinjen tegnes ved ${withUnit(target, unit)}`;
}

/** What a target above the whole most likely meant, as a question: «Mente du 0,5, eller skala 100 for prosent?» */
function likelyMeaning(target: number, multiplier: number, unit: string): string {
  const named = scaleNamedByUnit(unit);
  // The scale the target was probably typed in: the unit's own, else per cent.
  const typedIn = named && named.scale !== multiplier && target <= named.scale ? named : target <= 100 && multiplier !== 100 ? { scale: 100, name: "prosent" } : null;
  if (!typedIn) return `En andel kan ikke bli større enn alle; målet må være fra 0 til ${num(multiplier)}.`;
  return `Mente du ${num((target / typedIn.scale) * multiplier)}, eller skala ${num(typedIn.scale)} for ${typedIn.name}?`;
}

/** The target-scale rules for one measure (see the file comment). */
export function checkTargetScale(input: TargetScaleInput): TargetScaleCheck {
  const { kind, unit, target, chartType } = input;
  const problems: TargetScaleProblem[] = [];
  const scaled = SCALED_KINDS.has(kind);
  // A multiplier of 0 or less is refused by its own field; without a valid one nothing can be said about the scale.
  const multiplier = scaled ? input.multiplier : 1;
  if (multiplier == null || !Number.isFinite(multiplier) || multiplier <= 0) {
    return { fits: true, problems, targetLine: null };
  }

  const named = scaled ? scaleNamedByUnit(unit) : null;
  const unitFits = !named || named.scale === multiplier;
  if (named && !unitFits) {
    const half = kind === "andel" ? ` Halvparten av alle vises da som ${num(multiplier / 2)} ${unit.trim()}.` : "";
    problems.push({
      severity: "warning",
      message: `Enheten «${unit.trim()}» passer til skala ${num(named.scale)}, men skalaen er ${num(multiplier)}.${half} Sett skala til ${num(named.scale)}, eller endre enheten.`,
    });
  }

  if (kind === "kvalitativ") {
    return { fits: true, problems, targetLine: target == null ? null : "Kvalitative målinger har ikke diagram, så målet tegnes ikke som en linje" };
  }
  if (target == null) return { fits: true, problems, targetLine: null };

  if (target < 0 && (NON_NEGATIVE_KINDS.has(kind) || NON_NEGATIVE_CHARTS.has(chartType ?? ""))) {
    const what = KIND_NAMES[kind] ?? "verdiene i dette diagrammet";
    problems.push({ severity: "error", message: `Målet kan ikke være negativt: ${what} er aldri under 0.` });
  } else if (kind === "andel" && target > multiplier) {
    problems.push({
      severity: "error",
      message: `Målet ${num(target)} er større enn ${num(multiplier)}, som er alle på skala ${num(multiplier)}. ${likelyMeaning(target, multiplier, unit)}`,
    });
  } else if (kind === "andel" && multiplier > 1 && target > 0 && target <= 1) {
    // 0,5 on a per-cent scale is half a per cent: possible, but more often a share typed as a fraction.
    problems.push({
      severity: "warning",
      message: `Målet ${num(target)} er bare ${num((target / multiplier) * 100)} % av alle på skala ${num(multiplier)}. Mente du ${num(target * multiplier)}?`,
    });
  }

  const fits = !problems.some((p) => p.severity === "error");
  return { fits, problems, targetLine: fits ? lineText({ ...input, target }, multiplier, unitFits) : "Mållinjen tegnes ikke før målet passer til skalaen" };
}

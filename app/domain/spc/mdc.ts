// The NHS "Making Data Count" reading of an XmR chart, as the R package NHSRplotthedots does it.
import { isNumber, mean, meanMovingRange, movingRanges } from "./stats";

export type ImprovementDirection = "increase" | "decrease" | "neutral";

export type MdcOptions = {
  improvementDirection: ImprovementDirection;
  /** Drop moving ranges ≥ 3.267 × their mean once (the package default); false reproduces the MDC Excel tool. */
  screenOutliers?: boolean;
  /** Mean and limits from the first N points of each group (N ≥ 12), applied to all. */
  fixAfterNPoints?: number | null;
  /** ISO dates at which a new group starts. */
  rebase?: string[] | null;
  target?: number | null;
};

export const SPECIAL_CAUSE_TYPES = [
  "Common Cause",
  "Above UCL",
  "Below LCL",
  "7 Point Trend (Increasing)",
  "7 Point Trend (Decreasing)",
  "2 in 3 Above CL",
  "2 in 3 Below CL",
  "7 Points Above CL",
  "7 Points Below CL",
] as const;
export type SpecialCauseType = (typeof SPECIAL_CAUSE_TYPES)[number];

export type PointType =
  | "common_cause"
  | "special_cause_improvement"
  | "special_cause_concern"
  | "special_cause_neutral_high"
  | "special_cause_neutral_low";

export type MdcPoint = {
  x: string;
  y: number | null;
  rebaseGroup: number;
  mean: number;
  lpl: number;
  upl: number;
  nearLpl: number;
  nearUpl: number;
  /** Null for a missing value, as NHSRplotthedots gives NA (y > upl | y < lpl on NA). */
  outsideLimits: boolean | null;
  /** sign(y − mean); null for a missing value. */
  relativeToMean: number | null;
  closeToLimits: boolean | null;
  specialCauseType: SpecialCauseType;
  specialCauseFlag: boolean;
  pointType: PointType;
  shortGroupWarning: boolean;
};

export type Assurance = "consistent_pass" | "consistent_fail" | "inconsistent";

export type MdcGroup = {
  rebaseGroup: number;
  n: number;
  mean: number;
  lpl: number;
  upl: number;
  commonCause: number;
  specialCauseImprovement: number;
  specialCauseConcern: number;
  variationType: PointType;
  assuranceType: Assurance | null;
};

export type VariationIcon = "common_cause" | "improvement_high" | "improvement_low" | "concern_high" | "concern_low" | "neutral_high" | "neutral_low";

export type AssuranceIcon = "pass" | "fail" | "inconsistent";

export type MdcResult = {
  points: MdcPoint[];
  groups: MdcGroup[];
  variationIcon: VariationIcon | null;
  assuranceIcon: AssuranceIcon | null;
};

const LIMIT = 2.66;
const RUN = 7;

/** +1 for labels above or increasing, −1 for below or decreasing. */
const labelSign = (type: SpecialCauseType) => (/Above|Increasing/.test(type) ? 1 : /Below|Decreasing/.test(type) ? -1 : 0);

function pointTypeOf(type: SpecialCauseType, direction: ImprovementDirection): PointType {
  const sign = labelSign(type);
  if (sign === 0) return "common_cause";
  if (direction === "neutral") return sign > 0 ? "special_cause_neutral_high" : "special_cause_neutral_low";
  return sign * (direction === "increase" ? 1 : -1) > 0 ? "special_cause_improvement" : "special_cause_concern";
}

/**
 * The special-cause labels of one group, by the rules' priority: limits > trend > 2 in 3 > shift.
 * A missing value (side 0, not close, not outside) breaks every window it falls in, as in
 * NHSRplotthedots, where its NA makes the shift and 2-in-3 tests NA and case_when reads NA as false.
 * The package's trend test (`if (all(d == 1))`) stops with an error when a 7-point window holds an NA
 * and every other step goes the same way; here the NA simply breaks the trend, as it breaks the others.
 */
function specialCauses(y: (number | null)[], side: number[], outside: boolean[], close: boolean[], upl: number): SpecialCauseType[] {
  const n = y.length;
  const shift = new Array<SpecialCauseType | null>(n).fill(null);
  const trend = new Array<SpecialCauseType | null>(n).fill(null);
  const twoInThree = new Array<SpecialCauseType | null>(n).fill(null);

  for (let i = 0; i + RUN <= n; i++) {
    const window = side.slice(i, i + RUN);
    if (window.every((s) => s === 1) || window.every((s) => s === -1)) {
      for (let k = i; k < i + RUN; k++) shift[k] = window[0] === 1 ? "7 Points Above CL" : "7 Points Below CL";
    }
    let rising = true;
    let falling = true;
    for (let k = i + 1; k < i + RUN; k++) {
      const a = y[k - 1];
      const b = y[k];
      if (!isNumber(a) || !isNumber(b)) rising = falling = false;
      else {
        if (!(b > a)) rising = false;
        if (!(b < a)) falling = false;
      }
    }
    if (rising || falling) for (let k = i; k < i + RUN; k++) trend[k] = rising ? "7 Point Trend (Increasing)" : "7 Point Trend (Decreasing)";
  }
  for (let i = 0; i + 3 <= n; i++) {
    const s = side[i];
    if (s === 0 || side[i + 1] !== s || side[i + 2] !== s) continue;
    const closeOnes = [i, i + 1, i + 2].filter((k) => close[k]);
    if (closeOnes.length >= 2) for (const k of closeOnes) twoInThree[k] = s > 0 ? "2 in 3 Above CL" : "2 in 3 Below CL";
  }
  return y.map((value, i) => {
    if (outside[i]) return (value as number) > upl ? "Above UCL" : "Below LCL";
    return trend[i] ?? twoInThree[i] ?? shift[i] ?? "Common Cause";
  });
}

/**
 * Reads an XmR chart the NHS "Making Data Count" way: mean ± 2.66 × mean moving range, the four
 * special-cause rules, what each point means given the direction of improvement, and — with a
 * target — whether the process will meet it (assurance). Groups start at each rebase date.
 */
export function makingDataCount(x: string[], y: (number | null)[], options: MdcOptions): MdcResult {
  const screen = options.screenOutliers ?? true;
  const rebase = [...(options.rebase ?? [])].sort();
  const groupOf = (date: string) => rebase.filter((r) => date >= r).length;
  const order = x.map((date, i) => ({ date, y: y[i] })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const points: MdcPoint[] = [];
  const groups: MdcGroup[] = [];
  const groupIds = [...new Set(order.map((p) => groupOf(p.date)))];
  for (const groupId of groupIds) {
    const members = order.filter((p) => groupOf(p.date) === groupId);
    const values = members.map((p) => p.y);
    const base = options.fixAfterNPoints ? values.slice(0, options.fixAfterNPoints) : values;
    const centre = mean(base);
    const amr = meanMovingRange(movingRanges(base), screen);
    const upl = centre + LIMIT * amr;
    const lpl = centre - LIMIT * amr;
    const nearUpl = centre + (2 / 3) * LIMIT * amr;
    const nearLpl = centre - (2 / 3) * LIMIT * amr;
    // A missing value keeps the group's lines and is Common Cause; its three flags are missing too.
    const outside = values.map((v) => (isNumber(v) ? v > upl || v < lpl : null));
    const side = values.map((v) => (isNumber(v) ? Math.sign(v - centre) : null));
    const close = values.map((v, i) => (isNumber(v) ? !outside[i] && (v > nearUpl || v < nearLpl) : null));
    const causes = specialCauses(
      values,
      side.map((s) => s ?? 0),
      outside.map((o) => o === true),
      close.map((c) => c === true),
      upl,
    );
    const groupPoints = members.map((p, i): MdcPoint => ({
      x: p.date,
      y: isNumber(p.y) ? p.y : null,
      rebaseGroup: groupId,
      mean: centre,
      lpl,
      upl,
      nearLpl,
      nearUpl,
      outsideLimits: outside[i],
      relativeToMean: side[i],
      closeToLimits: close[i],
      specialCauseType: causes[i],
      specialCauseFlag: causes[i] !== "Common Cause",
      pointType: pointTypeOf(causes[i], options.improvementDirection),
      shortGroupWarning: members.length < 13,
    }));
    for (const point of groupPoints) points.push(point);
    const count = (type: PointType) => groupPoints.filter((p) => p.pointType === type).length;
    groups.push({
      rebaseGroup: groupId,
      n: members.length,
      mean: centre,
      lpl,
      upl,
      commonCause: count("common_cause"),
      specialCauseImprovement: count("special_cause_improvement"),
      specialCauseConcern: count("special_cause_concern"),
      variationType: groupPoints[groupPoints.length - 1].pointType,
      assuranceType: null,
    });
  }

  const last = points[points.length - 1];
  const assurance = last ? assuranceOf(options.target ?? null, options.improvementDirection, last.lpl, last.upl) : null;
  if (groups.length) groups[groups.length - 1].assuranceType = assurance;
  return {
    points,
    groups,
    variationIcon: last ? variationIcon(last) : null,
    assuranceIcon: assurance === "consistent_pass" ? "pass" : assurance === "consistent_fail" ? "fail" : assurance === "inconsistent" ? "inconsistent" : null,
  };
}

/** Will the process meet the target? Judged from the last point's limits; none for a neutral direction. */
export function assuranceOf(target: number | null, direction: ImprovementDirection, lpl: number, upl: number): Assurance | null {
  if (target == null || direction === "neutral") return null;
  if (target > upl) return direction === "increase" ? "consistent_fail" : "consistent_pass";
  if (target < lpl) return direction === "increase" ? "consistent_pass" : "consistent_fail";
  return "inconsistent";
}

/** The variation icon of a point: common cause, or improvement, concern or neutral, high or low. */
export function variationIconFor(meaning: "improvement" | "concern" | "neutral" | "common", side: "high" | "low" | null): VariationIcon {
  if (meaning === "common" || side === null) return "common_cause";
  return `${meaning}_${side}`;
}

function variationIcon(point: MdcPoint): VariationIcon {
  const side = labelSign(point.specialCauseType) > 0 ? "high" : "low";
  switch (point.pointType) {
    case "common_cause":
      return variationIconFor("common", null);
    case "special_cause_improvement":
      return variationIconFor("improvement", side);
    case "special_cause_concern":
      return variationIconFor("concern", side);
    default:
      return variationIconFor("neutral", side);
  }
}

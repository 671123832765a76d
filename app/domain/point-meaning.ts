// What each point of an analysed chart means, by the rules the chart was read with: a point outside
// its limits, a point in an unusually long run (Anhøj), and with the IHI rules on, the points of a
// shift or a trend. Only the points that take part in a signal are marked, so colour says which
// points matter. Pure.
import type { ModelPoint, PointMeaning, SignalReason } from "./chart-model";
import { finiteOrNull, type ChartResult, type ImprovementDirection, type MdcResult, type SpecialCauseType } from "./spc";

/** Fewest included points with a value a phase needs before its signals are claimed (NHSRplotthedots warns below 13). */
export const MIN_POINTS = 13;

const HIGH_REASONS: SignalReason[] = ["above_limit", "run_above", "ihi_shift_above", "ihi_trend_up", "mdc_trend_up", "mdc_two_in_three_above", "mdc_shift_above"];
/** Limits first, then trends, then runs and shifts: the order Making Data Count reads them in. */
const PRIORITY: SignalReason[] = ["above_limit", "below_limit", "ihi_trend_up", "ihi_trend_down", "run_above", "run_below", "ihi_shift_above", "ihi_shift_below"];

/** Improvement or concern given the direction of improvement; neutral where no direction is better. */
export function meaningOf(side: "high" | "low", direction: ImprovementDirection): PointMeaning {
  if (direction === "neutral") return "neutral";
  return (side === "high") === (direction === "increase") ? "improvement" : "concern";
}

/** Included points with a value, per phase. */
export function usefulCount(result: ChartResult, part: number): number {
  return result.points.filter((p) => p.part === part && p.include && p.y != null).length;
}

/**
 * The points of a phase that lie in runs longer than `limit` on one side of the centre line. Points
 * exactly on the line and missing values are skipped (they neither break nor extend a run), as in
 * Anhøj's rules; `positions` are the series positions of the phase's included points.
 */
export function longRunPoints(values: (number | null)[], centre: (number | null)[], positions: number[], limit: number): Map<number, 1 | -1> {
  const found = new Map<number, 1 | -1>();
  let run: number[] = [];
  let side = 0;
  const close = () => {
    if (run.length > limit) for (const i of run) found.set(i, side as 1 | -1);
  };
  values.forEach((y, k) => {
    const cl = centre[k];
    if (y == null || cl == null || Number.isNaN(cl)) return;
    const sign = Math.sign(y - cl);
    if (sign === 0) return;
    if (sign !== side) {
      close();
      run = [];
      side = sign;
    }
    run.push(positions[k]);
  });
  close();
  return found;
}

/**
 * Every point with its meaning and the reasons for it. A phase with fewer than MIN_POINTS useful
 * points claims nothing: its points are common cause. Excluded and missing points carry no signal.
 */
export function classifyPoints(result: ChartResult, direction: ImprovementDirection, notes: Record<string, string> = {}): ModelPoint[] {
  const reasons = result.points.map(() => new Set<SignalReason>());
  // A chart of moving ranges shows variation, where neither high nor low is better.
  const pointDirection: ImprovementDirection = result.chart === "mr" ? "neutral" : direction;
  for (const part of result.parts) {
    if (usefulCount(result, part.part) < MIN_POINTS) continue;
    const positions = result.points.flatMap((p, i) => (p.part === part.part && p.include ? [i] : []));
    for (const i of positions) {
      const p = result.points[i];
      if (p.sigmaSignal && p.y != null) reasons[i].add(p.ucl != null && p.y > p.ucl ? "above_limit" : "below_limit");
    }
    if (result.chart !== "mr" && part.longestRun != null && part.longestRunMax != null && part.longestRun > part.longestRunMax) {
      const runs = longRunPoints(
        positions.map((i) => result.points[i].y),
        positions.map((i) => result.points[i].cl),
        positions,
        part.longestRunMax,
      );
      for (const [i, side] of runs) reasons[i].add(side > 0 ? "run_above" : "run_below");
    }
    if (part.ihi) {
      for (const i of part.ihi.shiftPoints) {
        const p = result.points[i];
        if (p.y != null && p.cl != null) reasons[i].add(p.y > p.cl ? "ihi_shift_above" : "ihi_shift_below");
      }
      const up = new Set(part.ihi.trendUpPoints);
      for (const i of part.ihi.trendPoints) reasons[i].add(up.has(i) ? "ihi_trend_up" : "ihi_trend_down");
    }
  }
  return result.points.map((p, i): ModelPoint => {
    const found = p.include && p.y != null ? PRIORITY.filter((r) => reasons[i].has(r)) : [];
    const side = found.length ? (HIGH_REASONS.includes(found[0]) ? "high" : "low") : null;
    const x = String(p.x);
    return {
      x,
      y: p.y,
      cl: p.cl,
      lcl: p.lcl,
      ucl: p.ucl,
      part: p.part,
      meaning: side ? meaningOf(side, pointDirection) : "common",
      side,
      excluded: !p.include,
      reasons: found,
      note: notes[x] ?? "",
    };
  });
}

/** Making Data Count's special-cause codes as reasons. */
const MDC_REASON: Record<SpecialCauseType, SignalReason | null> = {
  "Common Cause": null,
  "Above UCL": "above_limit",
  "Below LCL": "below_limit",
  "7 Point Trend (Increasing)": "mdc_trend_up",
  "7 Point Trend (Decreasing)": "mdc_trend_down",
  "2 in 3 Above CL": "mdc_two_in_three_above",
  "2 in 3 Below CL": "mdc_two_in_three_below",
  "7 Points Above CL": "mdc_shift_above",
  "7 Points Below CL": "mdc_shift_below",
};

/**
 * Every point of a Making Data Count reading (NHSRplotthedots) with its meaning: the package's own
 * point type, except that a group (phase) with fewer than MIN_POINTS points claims nothing.
 * `excluded` points were given to the analysis as missing values and are drawn hollow.
 */
export function classifyMdcPoints(mdc: MdcResult, excluded: Set<string>, notes: Record<string, string> = {}): ModelPoint[] {
  const groupSize = new Map(mdc.groups.map((g) => [g.rebaseGroup, mdc.points.filter((p) => p.rebaseGroup === g.rebaseGroup && p.y != null).length]));
  return mdc.points.map((p): ModelPoint => {
    const reason = (groupSize.get(p.rebaseGroup) ?? 0) >= MIN_POINTS ? MDC_REASON[p.specialCauseType] : null;
    const side = reason ? (HIGH_REASONS.includes(reason) ? "high" : "low") : null;
    const meaning: PointMeaning =
      !side || p.pointType === "common_cause"
        ? "common"
        : p.pointType === "special_cause_improvement"
          ? "improvement"
          : p.pointType === "special_cause_concern"
            ? "concern"
            : "neutral";
    // A group without moving ranges (all values equal, or missing) has no limits: none is drawn or judged.
    return {
      x: p.x,
      y: p.y,
      cl: finiteOrNull(p.mean),
      lcl: finiteOrNull(p.lpl),
      ucl: finiteOrNull(p.upl),
      part: p.rebaseGroup + 1,
      meaning,
      side: meaning === "common" ? null : side,
      excluded: excluded.has(p.x),
      reasons: reason && meaning !== "common" ? [reason] : [],
      note: notes[p.x] ?? "",
    };
  });
}

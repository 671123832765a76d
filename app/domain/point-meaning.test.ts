import { describe, expect, it } from "vitest";
import { classifyPoints, longRunPoints, MIN_POINTS } from "./point-meaning";
import { analyseChart, analyseRuns, longestRunLimit, type ChartResult, type ChartType } from "./spc";

/** A one-phase result with a fixed centre line and limits, its runs analysis computed as qic does. */
function resultOf(y: (number | null)[], { cl = 10, lcl = null, ucl = null, chart = "i", exclude = [] }: { cl?: number; lcl?: number | null; ucl?: number | null; chart?: ChartType; exclude?: number[] } = {}): ChartResult {
  const include = y.map((_, i) => !exclude.includes(i));
  const points = y.map((v, i) => ({
    x: `punkt ${String(i + 1).padStart(3, "0")}`,
    subgroupSize: v == null ? 0 : 1,
    n: null,
    y: v,
    cl,
    lcl,
    ucl,
    part: 1,
    baseline: true,
    include: include[i],
    sigmaSignal: v != null && ((ucl != null && v > ucl) || (lcl != null && v < lcl)),
    runsSignal: false,
  }));
  const runs = analyseRuns(
    y.filter((_, i) => include[i]),
    y.filter((_, i) => include[i]).map(() => cl),
  );
  return { chart, points, parts: [{ ...runs, part: 1, nObs: y.length, sigmaSignalCount: 0, clMean: cl, lclMean: lcl, uclMean: ucl, ihi: null }] };
}

const alternating = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 12 : 8));

describe("classifyPoints", () => {
  it("marks only the points of an unusually long run, not the whole phase", () => {
    const y = [...alternating(12), 13, 14, 13, 15, 14, 13, 14, 13];
    const points = classifyPoints(resultOf(y), "increase");
    expect(longestRunLimit(20)).toBeLessThan(9);
    const marked = points.flatMap((p, i) => (p.reasons.length ? [i] : []));
    // The last 8 points above the line, plus the 12 that closes the alternation (it is above too).
    expect(marked).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(points[15]).toMatchObject({ meaning: "improvement", side: "high", reasons: ["run_above"] });
    expect(points[0]).toMatchObject({ meaning: "common", side: null, reasons: [] });
  });

  it("calls the same run a concern when lower is better, and neutral without a direction", () => {
    const y = [...alternating(12), 13, 14, 13, 15, 14, 13, 14, 13];
    expect(classifyPoints(resultOf(y), "decrease")[15].meaning).toBe("concern");
    expect(classifyPoints(resultOf(y), "neutral")[15].meaning).toBe("neutral");
  });

  it("skips points on the centre line inside a run: they neither break nor extend it", () => {
    const found = longRunPoints([11, 12, 10, 11, 12, 11], [10, 10, 10, 10, 10, 10], [0, 1, 2, 3, 4, 5], 4);
    expect([...found.keys()]).toEqual([0, 1, 3, 4, 5]);
    expect(longRunPoints([11, 12, 10, 11, 12], [10, 10, 10, 10, 10], [0, 1, 2, 3, 4], 4).size).toBe(0);
  });

  it("marks points outside the limits high or low, limits before runs", () => {
    const y = [...alternating(14), 30, 1];
    const points = classifyPoints(resultOf(y, { lcl: 2, ucl: 20 }), "increase");
    expect(points[14]).toMatchObject({ meaning: "improvement", side: "high", reasons: ["above_limit"] });
    expect(points[15]).toMatchObject({ meaning: "concern", side: "low", reasons: ["below_limit"] });
  });

  it("claims nothing in a phase with fewer useful points than the rules need", () => {
    const y = [...alternating(MIN_POINTS - 2), 30];
    const points = classifyPoints(resultOf(y, { lcl: 2, ucl: 20 }), "increase");
    expect(points.every((p) => p.meaning === "common" && p.reasons.length === 0)).toBe(true);
    const enough = classifyPoints(resultOf([...alternating(MIN_POINTS - 1), 30], { lcl: 2, ucl: 20 }), "increase");
    expect(enough.at(-1)!.reasons).toEqual(["above_limit"]);
  });

  it("gives excluded and missing points no signal, and keeps excluded points marked", () => {
    const y = [...alternating(14), 30, null];
    const points = classifyPoints(resultOf(y, { lcl: 2, ucl: 20, exclude: [14] }), "increase");
    expect(points[14]).toMatchObject({ excluded: true, reasons: [], meaning: "common" });
    expect(points[15]).toMatchObject({ y: null, reasons: [], meaning: "common" });
  });

  it("reads a chart of moving ranges as neutral: more variation is neither better nor worse by direction", () => {
    const y = [...alternating(14), 30];
    expect(classifyPoints(resultOf(y, { chart: "mr", lcl: 0, ucl: 20 }), "increase").at(-1)!.meaning).toBe("neutral");
  });

  it("shows the IHI trend and shift points when the IHI rules are on, and not otherwise", () => {
    const y = [8, 12, 8, 12, 8, 12, 8, 12, 8, 9, 10, 11, 13, 14, 15];
    const x = y.map((_, i) => i + 1);
    const withIhi = classifyPoints(analyseChart({ chart: "run", x, y, options: { ihi: true } }), "increase");
    expect(withIhi.slice(8).every((p) => p.reasons.includes("ihi_trend_up"))).toBe(true);
    expect(withIhi[8]).toMatchObject({ meaning: "improvement", side: "high" });
    const without = classifyPoints(analyseChart({ chart: "run", x, y }), "increase");
    expect(without.some((p) => p.reasons.some((r) => r.startsWith("ihi")))).toBe(false);
  });
});

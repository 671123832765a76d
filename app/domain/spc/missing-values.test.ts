// A period with no value, for every chart type (qicharts2's qic()) and for the NHS "Making Data
// Count" reading (NHSRplotthedots). Every expected number is worked out by hand from the formulas in
// ../shared/reference/README.md and the packages' R sources; the arithmetic is written beside it.
import { describe, expect, it } from "vitest";
import { analyseIhiRuns } from "./anhoej";
import { makingDataCount } from "./mdc";
import { analyseChart, type ChartResult, type ChartType } from "./qic";

/** Relative 1e-9, absolute 1e-12 near zero, as the reference cases are compared. */
function near(actual: number | null | undefined, expected: number, where = "") {
  expect(actual, where).not.toBeNull();
  expect(Math.abs((actual as number) - expected), `${where}: ${actual} ≠ ${expected}`).toBeLessThanOrEqual(Math.max(1e-12, Math.abs(expected) * 1e-9));
}

const xs = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const chart = (type: ChartType, y: (number | null)[], n?: (number | null)[]) => analyseChart({ chart: type, x: xs(y.length), y, n: n ?? null });
const runsOf = (r: ChartResult) => {
  const { nObs, nUseful, longestRun, longestRunMax, nCrossings, nCrossingsMin, runsSignal } = r.parts[0];
  return { nObs, nUseful, longestRun, longestRunMax, nCrossings, nCrossingsMin, runsSignal };
};
/** The same series with a missing period before the first and after the last point. */
const withEnds = (values: (number | null)[]) => [null, ...values, null];

/** What every chart must say at a missing point: no value, its phase's centre line, never a sigma signal. */
function expectGap(r: ChartResult, k: number, cl: number) {
  expect(r.points[k].y, `punkt ${k + 1} y`).toBeNull();
  near(r.points[k].cl, cl, `punkt ${k + 1} cl`);
  expect(r.points[k].sigmaSignal, `punkt ${k + 1} sigma`).toBe(false);
}

describe("qicharts2: a missing value, chart by chart", () => {
  it("run: the median of the values there are, carried through the gap; the gap is left out of the runs", () => {
    const y = [3, 5, null, 2, 8, 6, 4, 7];
    // Values 2 3 4 5 6 7 8 → median 5. Signs against 5: − (on) (gap) − + + − + → 6 useful, runs −− ++ − +.
    const expected = { nUseful: 6, longestRun: 2, nCrossings: 3, longestRunMax: 6, nCrossingsMin: 1, runsSignal: false };
    // longest-run limit round(log2 6) + 3 = round(2.58) + 3 = 6; crossings limit qbinom(0.05, 5, ½) = 1 (P(≤0) = 1/32 < 0.05 ≤ P(≤1) = 6/32).
    const r = chart("run", y);
    expectGap(r, 2, 5);
    for (const p of r.points) {
      near(p.cl, 5);
      expect([p.lcl, p.ucl]).toEqual([null, null]);
    }
    expect(runsOf(r)).toEqual({ ...expected, nObs: 8 });

    const ends = chart("run", withEnds(y));
    expectGap(ends, 0, 5);
    expectGap(ends, 9, 5);
    expect(runsOf(ends)).toEqual({ ...expected, nObs: 10 });
  });

  it("i: no moving range across the gap; centre and limits carried through it", () => {
    const y = [10, 14, null, 12, 8, 11, 17];
    // mean = (10+14+12+8+11+17)/6 = 72/6 = 12
    // moving ranges 4, (14→gap), (gap→12), 4, 3, 6 → mean 17/4 = 4.25 (across the gap, |12−14| = 2, it would be 19/5 = 3.8)
    // screening keeps all (6 < 3.267 × 4.25 = 13.88); σ = 4.25/1.128; limits 12 ± 3σ
    const sigma = 4.25 / 1.128;
    const r = chart("i", y);
    expectGap(r, 2, 12);
    for (const p of r.points) {
      near(p.lcl, 12 - 3 * sigma);
      near(p.ucl, 12 + 3 * sigma);
    }
    // Signs against 12: − + (gap) (on) − − + → 5 useful, runs − + −− + ; limits round(log2 5)+3 = 5, crossings 0 (n ≤ 5)
    const expected = { nUseful: 5, longestRun: 2, nCrossings: 3, longestRunMax: 5, nCrossingsMin: 0, runsSignal: false };
    expect(runsOf(r)).toEqual({ ...expected, nObs: 7 });

    const ends = chart("i", withEnds(y));
    expectGap(ends, 0, 12);
    expectGap(ends, 8, 12);
    near(ends.points[0].ucl, 12 + 3 * sigma);
    near(ends.points[8].lcl, 12 - 3 * sigma);
    expect(runsOf(ends)).toEqual({ ...expected, nObs: 9 });
  });

  it("mr: the two moving ranges that touch the gap are missing", () => {
    const y = [10, 14, null, 12, 8, 11, 17];
    // ranges: –, 4, –, –, 4, 3, 6 → centre 17/4 = 4.25, UCL 3.267 × 4.25, LCL 0
    const r = chart("mr", y);
    expect(r.points.map((p) => p.y)).toEqual([null, 4, null, null, 4, 3, 6]);
    for (const p of r.points) {
      near(p.cl, 4.25);
      near(p.ucl, 3.267 * 4.25);
      expect(p.lcl).toBe(0);
    }
    // Ranges against 4.25: − − − + → 4 useful, runs −−− + ; the MR chart never gives a runs signal
    const expected = { nUseful: 4, longestRun: 3, nCrossings: 1, longestRunMax: 5, nCrossingsMin: 0, runsSignal: false };
    expect(runsOf(r)).toEqual({ ...expected, nObs: 7 });

    const ends = chart("mr", withEnds(y));
    expect(ends.points.map((p) => p.y)).toEqual([null, null, 4, null, null, 4, 3, 6, null]);
    near(ends.points[8].cl, 4.25);
    expect(runsOf(ends)).toEqual({ ...expected, nObs: 9 });
  });

  it("t: the I chart on y^(1/3.6) with the gap left out, lines raised back to the power 3.6", () => {
    // y = k^3.6, so the transformed values are k = 2 4 – 3 1 2 6
    const k = [2, 4, null, 3, 1, 2, 6];
    const y = k.map((v) => (v == null ? null : v ** 3.6));
    // mean k = 18/6 = 3; moving ranges 2, –, –, 2, 1, 4 → 9/4 = 2.25 (screening limit 7.35 keeps all)
    // σ = 2.25/1.128; UCL = (3 + 3σ)^3.6; 3 − 3σ < 0, whose power 3.6 is NaN → LCL 0
    const sigma = 2.25 / 1.128;
    const r = chart("t", y);
    expectGap(r, 2, 3 ** 3.6);
    for (const p of r.points) {
      near(p.ucl, (3 + 3 * sigma) ** 3.6);
      expect(p.lcl).toBe(0);
    }
    // k against 3: − + (gap) (on) − − + → as the I chart above
    expect(runsOf(r)).toMatchObject({ nObs: 7, nUseful: 5, longestRun: 2, nCrossings: 3 });

    const ends = chart("t", withEnds(y));
    expectGap(ends, 0, 3 ** 3.6);
    expectGap(ends, 8, 3 ** 3.6);
    near(ends.points[8].ucl, (3 + 3 * sigma) ** 3.6);
    expect(runsOf(ends)).toMatchObject({ nObs: 9, nUseful: 5 });
  });

  it("c: the mean count of the periods with a count", () => {
    const y = [4, 6, null, 5, 3, 7];
    // c̄ = 25/5 = 5; UCL = 5 + 3√5; LCL = max(0, 5 − 3√5 = −1.71) = 0
    const r = chart("c", y);
    expectGap(r, 2, 5);
    for (const p of r.points) {
      near(p.ucl, 5 + 3 * Math.sqrt(5));
      expect(p.lcl).toBe(0);
    }
    // Against 5: − + (gap) (on) − + → 4 useful, 4 runs
    const expected = { nUseful: 4, longestRun: 1, nCrossings: 3, longestRunMax: 5, nCrossingsMin: 0, runsSignal: false };
    expect(runsOf(r)).toEqual({ ...expected, nObs: 6 });

    const ends = chart("c", withEnds(y));
    expectGap(ends, 0, 5);
    expectGap(ends, 7, 5);
    near(ends.points[7].ucl, 5 + 3 * Math.sqrt(5));
    expect(runsOf(ends)).toEqual({ ...expected, nObs: 8 });
  });

  it("c: like qic(), an x whose several rows are all missing sums to a count of 0 (one missing row stays missing)", () => {
    // qic.agg: y.sum = sum(y, na.rm = length(y) > 1) → sum(c(NA, NA), na.rm = TRUE) = 0
    const r = analyseChart({ chart: "c", x: [1, 2, 2, 3, 4], y: [4, null, null, 6, null] });
    expect(r.points.map((p) => [p.y, p.subgroupSize])).toEqual([[4, 1], [0, 0], [6, 1], [null, 0]]);
    near(r.points[3].cl, 10 / 3); // (4 + 0 + 6)/3
  });

  it("g: limits from the mean, centre line the median, of the values there are", () => {
    const y = [3, 10, null, 5, 0, 12];
    // mean 30/5 = 6 → UCL = 6 + 3√(6·7) = 6 + 3√42, LCL = max(0, 6 − 3√42) = 0; median of 0 3 5 10 12 = 5
    const r = chart("g", y);
    expectGap(r, 2, 5);
    for (const p of r.points) {
      near(p.ucl, 6 + 3 * Math.sqrt(42));
      expect(p.lcl).toBe(0);
    }
    // Against 5: − + (gap) (on) − + → 4 useful, 4 runs
    expect(runsOf(r)).toMatchObject({ nObs: 6, nUseful: 4, longestRun: 1, nCrossings: 3 });

    const ends = chart("g", withEnds(y));
    expectGap(ends, 0, 5);
    expectGap(ends, 7, 5);
    expect(runsOf(ends)).toMatchObject({ nObs: 8, nUseful: 4 });
  });

  // y: 2 3 – 5 4 0;  n: 10 10 10 20 – 0. qic() drops a pair missing either half (complete.cases),
  // then reports n = sum(NA, na.rm = TRUE) = 0 and y = 0/0; σ = √(…/0) = ∞ → no limits, but the
  // centre line, a single number for the phase, is still there. The pair 0/0 keeps its y, so its
  // subgroup size is 1. Centre = Σy/Σn over complete pairs = (2+3+5+0)/(10+10+20+0) = 10/40 = 0.25.
  const py = [2, 3, null, 5, 4, 0];
  const pn = [10, 10, 10, 20, null, 0];

  it("p: centre line through the missing pairs and n = 0, no limits there; limits per point elsewhere", () => {
    const r = chart("p", py, pn);
    expect(r.points.map((p) => [p.n, p.subgroupSize])).toEqual([[10, 1], [10, 1], [0, 0], [20, 1], [0, 0], [0, 1]]);
    expect(r.points.map((p) => p.y)).toEqual([0.2, 0.3, null, 0.25, null, null]);
    for (const k of [2, 4, 5]) {
      expectGap(r, k, 0.25);
      expect([r.points[k].lcl, r.points[k].ucl]).toEqual([null, null]);
    }
    // n = 10: σ = √(0.25·0.75/10) = √0.01875; UCL = 0.25 + 3σ = 0.6608; LCL = max(0, 0.25 − 0.4108) = 0
    near(r.points[0].ucl, 0.25 + 3 * Math.sqrt(0.01875));
    expect(r.points[0].lcl).toBe(0);
    // n = 20: σ = √0.009375; UCL = 0.25 + 3σ = 0.5405
    near(r.points[3].ucl, 0.25 + 3 * Math.sqrt(0.009375));
    // Against 0.25: − + (gap) (on the line) (gap) (gap) → 2 useful; limits round(log2 2)+3 = 4, crossings 0
    const expected = { nUseful: 2, longestRun: 1, nCrossings: 1, longestRunMax: 4, nCrossingsMin: 0, runsSignal: false };
    expect(runsOf(r)).toEqual({ ...expected, nObs: 6 });

    const ends = chart("p", withEnds(py), withEnds(pn));
    for (const k of [0, 7]) {
      expectGap(ends, k, 0.25);
      expect([ends.points[k].n, ends.points[k].lcl, ends.points[k].ucl]).toEqual([0, null, null]);
    }
    expect(runsOf(ends)).toEqual({ ...expected, nObs: 8 });
  });

  it("u: as the p chart, with σ = √(ū/n) and no upper clip", () => {
    const r = chart("u", py, pn);
    for (const k of [2, 4, 5]) {
      expectGap(r, k, 0.25);
      expect([r.points[k].n, r.points[k].lcl, r.points[k].ucl]).toEqual([0, null, null]);
    }
    // n = 10: UCL = 0.25 + 3√(0.25/10) = 0.25 + 3√0.025; n = 20: 0.25 + 3√0.0125; LCL max(0, negative) = 0
    near(r.points[1].ucl, 0.25 + 3 * Math.sqrt(0.025));
    near(r.points[3].ucl, 0.25 + 3 * Math.sqrt(0.0125));
    expect(r.points[3].lcl).toBe(0);
    expect(runsOf(r)).toMatchObject({ nObs: 6, nUseful: 2, nCrossings: 1 });

    const ends = chart("u", withEnds(py), withEnds(pn));
    expectGap(ends, 0, 0.25);
    expectGap(ends, 7, 0.25);
    expect(ends.points[7].ucl).toBeNull();
  });

  // Subgroups: 4 6 8 (mean 6, SD 2) | all missing | 5 7 – (mean 6, SD √2) | 9 11 13 (mean 11, SD 2).
  // Sizes 3 0 2 3 vary, so σ is pooled; like qic(), the empty subgroup adds 0 − 1 to Σ(nᵢ − 1):
  // σ = √((2·4 + 1·2 + 2·4) / (2 − 1 + 1 + 2)) = √(18/4). Centre = Σnᵢx̄ᵢ/Σnᵢ = (18 + 12 + 33)/8 = 63/8.
  // c4(3) = √π/2 and c4(2) = √(2/π), so A3(3) = 3/(c4(3)√3) and A3(2) = 3/(c4(2)√2).
  const sx = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4];
  const sy = [4, 6, 8, null, null, null, 5, 7, null, 9, 11, 13];
  const c4of3 = Math.sqrt(Math.PI) / 2;
  const c4of2 = Math.sqrt(2 / Math.PI);

  it("xbar: an empty subgroup has the centre line and no limits; a subgroup with one value missing keeps its size 2", () => {
    const r = analyseChart({ chart: "xbar", x: sx, y: sy });
    const sigma = Math.sqrt(18 / 4);
    expect(r.points.map((p) => [p.y, p.subgroupSize])).toEqual([[6, 3], [null, 0], [6, 2], [11, 3]]);
    expectGap(r, 1, 63 / 8);
    expect([r.points[1].lcl, r.points[1].ucl]).toEqual([null, null]);
    near(r.points[0].ucl, 63 / 8 + (3 / (c4of3 * Math.sqrt(3))) * sigma);
    near(r.points[2].ucl, 63 / 8 + (3 / (c4of2 * Math.sqrt(2))) * sigma);
    // Against 7.875: − (gap) − + → 3 useful
    expect(runsOf(r)).toMatchObject({ nObs: 4, nUseful: 3, longestRun: 2, nCrossings: 1 });

    // Empty subgroups at both ends add −1 each: σ = √(18/(4 − 2)) = 3; the centre is unchanged.
    const ends = analyseChart({ chart: "xbar", x: [0, ...sx, 5], y: [null, ...sy, null] });
    expectGap(ends, 0, 63 / 8);
    expectGap(ends, 5, 63 / 8);
    near(ends.points[1].ucl, 63 / 8 + (3 / (c4of3 * Math.sqrt(3))) * 3);
    expect(runsOf(ends)).toMatchObject({ nObs: 6, nUseful: 3 });
  });

  it("s: the pooled SD as centre line through the empty subgroup; B3/B4 from each subgroup's size", () => {
    const r = analyseChart({ chart: "s", x: sx, y: sy });
    const sigma = Math.sqrt(18 / 4);
    // B4(n) = 1 + 3√(1 − c4²)/c4; B3(n) = max(0, 1 − 3√(1 − c4²)/c4) = 0 for n = 2 and 3
    const b4 = (c: number) => 1 + (3 * Math.sqrt(1 - c * c)) / c;
    expect(r.points.map((p) => p.y)).toEqual([2, null, Math.sqrt(2), 2].map((v) => (v == null ? null : expect.closeTo(v, 12))));
    expectGap(r, 1, sigma);
    expect([r.points[1].lcl, r.points[1].ucl]).toEqual([null, null]);
    near(r.points[0].ucl, b4(c4of3) * sigma);
    near(r.points[2].ucl, b4(c4of2) * sigma);
    expect(r.points[2].lcl).toBe(0);

    const ends = analyseChart({ chart: "s", x: [0, ...sx, 5], y: [null, ...sy, null] });
    expectGap(ends, 0, 3);
    expectGap(ends, 5, 3);
  });
});

describe("the IHI rules skip a missing value, as Anhøj's analysis does", () => {
  it("a shift of 6 and a trend of 5 go on across the gap", () => {
    const centre = new Array(8).fill(3);
    // below the centre: 1 1 1 (gap) 1 1 1 → six points, the gap not among them
    expect(analyseIhiRuns([1, 1, 1, null, 1, 1, 1, 5], centre)).toMatchObject({ shift: true, shiftPoints: [0, 1, 2, 4, 5, 6] });
    // rising 1 2 (gap) 3 4 5 → five points, 2 → 3 compared across the gap
    expect(analyseIhiRuns([1, 2, null, 3, 4, 5, 4, 3], centre)).toMatchObject({ trend: true, trendPoints: [0, 1, 3, 4, 5] });
    // NaN is missing too
    expect(analyseIhiRuns([1, 2, NaN, 3, 4, 5, 4, 3], centre).trendPoints).toEqual([0, 1, 3, 4, 5]);
  });

  it("in a run chart, and Anhøj's longest run merges across the same gap", () => {
    const y = [1, 1, 1, null, 1, 1, 1, 9, 9, 9, 9, 9, 9];
    const r = analyseChart({ chart: "run", x: xs(13), y, options: { ihi: true } });
    // values 1×6 and 9×6 → median (1 + 9)/2 = 5; six below with the gap (point 4) skipped, six above
    near(r.points[3].cl, 5);
    expect(r.parts[0].ihi?.shiftPoints).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // Anhøj: 12 useful, runs −−−−−− ++++++ → longest 6, 1 crossing; limits round(log2 12)+3 = 7 and
    // qbinom(0.05, 11, ½) = 3 → 1 < 3 is a signal
    expect(runsOf(r)).toEqual({ nObs: 13, nUseful: 12, longestRun: 6, longestRunMax: 7, nCrossings: 1, nCrossingsMin: 3, runsSignal: true });
  });
});

describe("NHSRplotthedots: a missing value", () => {
  const months = (n: number) => Array.from({ length: n }, (_, i) => `20${String(20 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, "0")}-01`);
  const mdc = (y: (number | null)[], options: Partial<Parameters<typeof makingDataCount>[2]> = {}) =>
    makingDataCount(months(y.length), y, { improvementDirection: "increase", ...options });

  it("has null flags, the group's lines, Common Cause; no moving range across it", () => {
    const r = mdc([10, 14, null, 12, 8, 11, 17]);
    // mean 72/6 = 12; moving ranges 4, 4, 3, 6 → 4.25 (screening limit 13.88 keeps all)
    // UPL = 12 + 2.66 × 4.25 = 23.305; LPL = 0.695; near lines 12 ± (2/3)(2.66)(4.25)
    for (const p of r.points) {
      near(p.mean, 12);
      near(p.upl, 12 + 2.66 * 4.25);
      near(p.lpl, 12 - 2.66 * 4.25);
      near(p.nearUpl, 12 + (2 / 3) * 2.66 * 4.25);
    }
    expect(r.points[2]).toMatchObject({
      y: null,
      outsideLimits: null,
      relativeToMean: null,
      closeToLimits: null,
      specialCauseType: "Common Cause",
      specialCauseFlag: false,
      pointType: "common_cause",
    });
    expect(r.points[3]).toMatchObject({ outsideLimits: false, relativeToMean: 0, closeToLimits: false });
    expect(r.groups[0]).toMatchObject({ n: 7, commonCause: 7 });
  });

  it("counts among the first N points of fix_after_n_points", () => {
    // fix_y = y for the first 12 rows, the gap included: 10 12 10 12 10 – 12 10 12 10 12 10
    // → mean (6 × 10 + 5 × 12)/11 = 120/11 (the 11 values there are, not the first 12 values);
    // moving ranges 2, 2, 2, 2, –, –, 2, 2, 2, 2, 2 → 2; the point 30 after the baseline does not move the lines
    const y = [10, 12, 10, 12, 10, null, 12, 10, 12, 10, 12, 10, 30];
    const r = mdc(y, { fixAfterNPoints: 12 });
    near(r.points[12].mean, 120 / 11);
    near(r.points[12].upl, 120 / 11 + 2.66 * 2);
    expect(r.points[12].specialCauseType).toBe("Above UCL");
  });

  // Background 8 12 8 12 8 12 8 12, a block of 11 with the gap, then 8 12 8 12 8 12.
  // mean = (80 + 66 + 60)/20 = 10.3; 12 and 11 are above it, 8 below. Points 8–15 (1-based) are
  // 12, 11, 11, 11, –, 11, 11, 11: every 7-point window there holds the gap.
  // Moving ranges: 7 × 4, 1, 0, 0, –, –, 0, 0, 3, 5 × 4 → 52/18 = 2.889 (limit 9.44 keeps all);
  // UPL = 10.3 + 2.66 × 2.889 = 17.98, near lines 10.3 ± 5.12 → every point is within them.
  const shiftBlock = (gap: number | null) => [8, 12, 8, 12, 8, 12, 8, 12, 11, 11, 11, gap, 11, 11, 11, 8, 12, 8, 12, 8, 12];

  it("breaks a 7-point shift", () => {
    const r = mdc(shiftBlock(null));
    near(r.points[0].mean, 206 / 20);
    near(r.points[0].upl, 206 / 20 + 2.66 * (52 / 18));
    expect(r.points.every((p) => p.specialCauseType === "Common Cause")).toBe(true);
    // With 11 in the gap, points 8–15 are eight in a row above the mean 217/21 = 10.33
    const whole = mdc(shiftBlock(11));
    expect(whole.points.flatMap((p, i) => (p.specialCauseFlag ? [i] : []))).toEqual([7, 8, 9, 10, 11, 12, 13, 14]);
    expect(whole.points[11].specialCauseType).toBe("7 Points Above CL");
  });

  it("breaks 2 in 3 close to the limit", () => {
    // 9 11 9 11 9 11 9 11 16 – 16 9 11 9 11 9 11: mean (140 + 32)/16 = 10.75
    // moving ranges 7 × 2, 5, –, –, 7, 5 × 2 → 36/14 = 2.571 (limit 8.4 keeps all)
    // UPL = 10.75 + 2.66 × 36/14 = 17.59; near UPL = 10.75 + (2/3) × 6.84 = 15.31 → each 16 is close
    // Every 3-point window with both 16s holds the gap; the windows 9 11 16 and 16 9 11 are not all above.
    const y = [9, 11, 9, 11, 9, 11, 9, 11, 16, null, 16, 9, 11, 9, 11, 9, 11];
    const r = mdc(y);
    near(r.points[8].nearUpl, 10.75 + (2 / 3) * 2.66 * (36 / 14));
    expect([r.points[8].closeToLimits, r.points[10].closeToLimits]).toEqual([true, true]);
    expect(r.points.every((p) => p.specialCauseType === "Common Cause")).toBe(true);
    // With 16 in the gap the three are close and above: 2 in 3
    const whole = mdc(y.map((v) => v ?? 16));
    expect(whole.points.slice(8, 11).map((p) => p.specialCauseType)).toEqual(["2 in 3 Above CL", "2 in 3 Above CL", "2 in 3 Above CL"]);
  });

  it("breaks a 7-point trend (where the package's `if (all(d == 1))` stops on the NA)", () => {
    // 5 3 5 3 5 3, 1 2 3 – 5 6 7, 3 5 3 5 3: mean (24 + 24 + 19)/17 = 67/17 = 3.94
    // moving ranges 5 × 2, 2, 1, 1, –, –, 1, 1, 4, 4 × 2 → 28/15 = 1.867 (limit 6.1 keeps all)
    // UPL = 3.94 + 4.97 = 8.91, near lines 3.94 ± 3.31 = 0.63 … 7.25 → no point is close or outside;
    // 5 6 7 is only three above the mean.
    const y = [5, 3, 5, 3, 5, 3, 1, 2, 3, null, 5, 6, 7, 3, 5, 3, 5, 3];
    const r = mdc(y);
    near(r.points[0].mean, 67 / 17);
    near(r.points[0].upl, 67 / 17 + 2.66 * (28 / 15));
    expect(r.points.every((p) => p.specialCauseType === "Common Cause")).toBe(true);
    const whole = mdc(y.map((v) => v ?? 4));
    expect(whole.points.slice(6, 13).map((p) => p.specialCauseType)).toEqual(new Array(7).fill("7 Point Trend (Increasing)"));
  });

  it("as the last point, gives the common-cause icon; assurance still from the group's limits", () => {
    // 10 20 × 5, 60, –: mean (150 + 60)/11 = 210/11 = 19.09 (10 below, 20 above: no shift);
    // moving ranges 9 × 10, 40, – → 130/10 = 13 (40 < 3.267 × 13 = 42.47 is kept).
    // UPL = 210/11 + 2.66 × 13 = 53.67 → 60 is Above UCL; near lines 19.09 ± 23.05 → no other point is close.
    const y = [10, 20, 10, 20, 10, 20, 10, 20, 10, 20, 60, null];
    const r = mdc(y, { target: 80 });
    near(r.points[11].upl, 210 / 11 + 2.66 * 13);
    expect(r.points[10]).toMatchObject({ specialCauseType: "Above UCL", pointType: "special_cause_improvement", outsideLimits: true, relativeToMean: 1 });
    expect(r.points[11]).toMatchObject({ pointType: "common_cause", outsideLimits: null });
    expect(r.variationIcon).toBe("common_cause");
    expect(r.groups[0]).toMatchObject({ n: 12, commonCause: 11, specialCauseImprovement: 1, variationType: "common_cause", assuranceType: "consistent_fail" });
    // target 80 > UPL 53.67 with increase → consistent fail
    expect(r.assuranceIcon).toBe("fail");
    // Without the last, missing period the icon is the special cause's
    expect(mdc(y.slice(0, 11), { target: 80 }).variationIcon).toBe("improvement_high");
  });
});

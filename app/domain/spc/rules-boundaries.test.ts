// Every rule at its boundary: one short of a signal, and exactly at it. Data made for the purpose.
import { describe, expect, it } from "vitest";
import { analyseIhiRuns, analyseRuns, crossingsLimit, longestRunLimit } from "./anhoej";
import { assuranceOf, makingDataCount } from "./mdc";
import { analyseChart } from "./qic";

const signs = (pattern: string) => [...pattern].map((c) => (c === "+" ? 1 : c === "-" ? -1 : 0));
const zeros = (n: number) => new Array<number>(n).fill(0);
const runs = (pattern: string) => analyseRuns(signs(pattern), zeros(pattern.length));

describe("Anhøj rules", () => {
  it("12 useful points allow a longest run of 7 and need at least 3 crossings", () => {
    expect(longestRunLimit(12)).toBe(7);
    expect(crossingsLimit(12)).toBe(3);
  });

  it("a run as long as the limit is no signal; one longer is", () => {
    expect(runs("+++++++-+-+-")).toMatchObject({ longestRun: 7, runsSignal: false });
    expect(runs("++++++++-+-+")).toMatchObject({ longestRun: 8, longestRunSide: 1, runsSignal: true });
    expect(runs("-+--------+-")).toMatchObject({ longestRun: 8, longestRunSide: -1 });
  });

  it("as many crossings as the limit is no signal; one fewer is", () => {
    expect(runs("+++---+++---")).toMatchObject({ nCrossings: 3, nCrossingsMin: 3, runsSignal: false });
    expect(runs("++++----++++")).toMatchObject({ nCrossings: 2, runsSignal: true });
  });

  it("ignores points on the centre line: the runs on either side merge", () => {
    expect(runs("++++0++++-+-+")).toMatchObject({ nUseful: 12, longestRun: 8, runsSignal: true });
  });

  it("gives no signal and no statistics without useful points, and cannot fire on crossings with 5 or fewer", () => {
    expect(runs("000")).toEqual({ nUseful: 0, longestRun: null, longestRunSide: null, longestRunMax: null, nCrossings: null, nCrossingsMin: null, runsSignal: false });
    expect(crossingsLimit(5)).toBe(0);
    expect(runs("+++++").runsSignal).toBe(false);
  });

  it("finds the crossings limit for a very long series exactly and quickly", () => {
    const limit = crossingsLimit(100_000);
    expect(limit).toBeGreaterThan(49_700);
    expect(limit).toBeLessThan(49_750);
  });
});

describe("IHI rules, kept apart from Anhøj's", () => {
  it("a shift needs 6 points on one side; 5 is not one", () => {
    expect(analyseIhiRuns(signs("+++++-+-"), zeros(8)).shift).toBe(false);
    expect(analyseIhiRuns(signs("++++++-+"), zeros(8))).toMatchObject({ shift: true, shiftPoints: [0, 1, 2, 3, 4, 5] });
  });

  it("a trend needs 5 points going the same way; 4 is not one; a repeated value is skipped", () => {
    expect(analyseIhiRuns([1, 2, 3, 4, 1, 2], zeros(6).map(() => 10)).trend).toBe(false);
    expect(analyseIhiRuns([1, 2, 3, 4, 5, 1], zeros(6).map(() => 10))).toMatchObject({ trend: true, trendPoints: [0, 1, 2, 3, 4] });
    expect(analyseIhiRuns([1, 2, 2, 3, 4, 5], zeros(6).map(() => 10)).trend).toBe(true);
  });

  it("are reported per phase only when asked for, and do not change Anhøj's verdict", () => {
    const y = [5, 6, 5, 6, 5, 6, 10, 11, 12, 13, 14, 15, 5, 6];
    const without = analyseChart({ chart: "run", x: y.map((_, i) => i + 1), y });
    const withIhi = analyseChart({ chart: "run", x: y.map((_, i) => i + 1), y, options: { ihi: true } });
    expect(without.parts[0].ihi).toBeNull();
    expect(withIhi.parts[0].ihi?.shift).toBe(true);
    expect(withIhi.parts[0].runsSignal).toBe(without.parts[0].runsSignal);
  });
});

describe("Shewhart limits", () => {
  // Baseline 3, 5, 3, 5: mean 4, so the C chart's UCL is 4 + 3·√4 = 10 exactly.
  const counts = [3, 5, 3, 5, 10, 11];
  const c = analyseChart({ chart: "c", x: counts.map((_, i) => i + 1), y: counts, options: { freeze: 4 } });

  it("a point exactly on the limit is no signal; above it is", () => {
    expect(c.points[4]).toMatchObject({ y: 10, ucl: 10, sigmaSignal: false });
    expect(c.points[5]).toMatchObject({ y: 11, sigmaSignal: true });
    expect(c.points[0].lcl).toBe(0);
  });

  it("with freeze, the baseline gives the lines and the runs analysis covers every point", () => {
    expect(c.points.map((p) => p.baseline)).toEqual([true, true, true, true, false, false]);
    expect(c.parts[0].nObs).toBe(6);
  });

  it("clips a P chart's UCL at 1, so 100 % on the clipped limit is no signal", () => {
    const p = analyseChart({ chart: "p", x: [1, 2, 3, 4], y: [9, 9, 9, 5], n: [10, 10, 10, 5] });
    expect(p.points[3]).toMatchObject({ y: 1, ucl: 1, sigmaSignal: false });
  });

  it("starts a new phase after the given point, with its own centre line", () => {
    const y = [1, 2, 1, 2, 10, 11, 10, 11];
    const phased = analyseChart({ chart: "i", x: y.map((_, i) => i + 1), y, options: { part: [4] } });
    expect(phased.points.map((p) => p.part)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    expect(phased.points[0].cl).toBe(1.5);
    expect(phased.points[7].cl).toBe(10.5);
  });

  it("leaves excluded points out of the centre line but still shows them", () => {
    const y = [1, 1, 100, 1, 1];
    const result = analyseChart({ chart: "i", x: y.map((_, i) => i + 1), y, options: { exclude: [3] } });
    expect(result.points[2]).toMatchObject({ y: 100, include: false, cl: 1 });
  });

  it("screens moving ranges by default and not when asked", () => {
    const y = [1, 2, 1, 2, 1, 2, 1, 2, 20, 2, 1, 2];
    const screened = analyseChart({ chart: "i", x: y.map((_, i) => i + 1), y });
    const unscreened = analyseChart({ chart: "i", x: y.map((_, i) => i + 1), y, options: { screenedMr: false } });
    expect(screened.points[0].ucl!).toBeLessThan(unscreened.points[0].ucl!);
  });
});

describe("Making Data Count rules", () => {
  const alternating = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? -3 : 3));
  const dates = (n: number) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
  const read = (y: number[], direction: "increase" | "decrease" | "neutral" = "increase") => makingDataCount(dates(y.length), y, { improvementDirection: direction });

  it("a shift is 7 points on one side of the mean; 6 is not", () => {
    const six = read([...alternating(10), 1, 1, 1, 1, 1, 1, -3, 3, -3]);
    expect(six.points.some((p) => p.specialCauseType === "7 Points Above CL")).toBe(false);
    const seven = read([...alternating(10), 1, 1, 1, 1, 1, 1, 1, -3, 3, -3]);
    expect(seven.points.filter((p) => p.specialCauseType === "7 Points Above CL")).toHaveLength(7);
    expect(seven.points.find((p) => p.specialCauseFlag)?.pointType).toBe("special_cause_improvement");
  });

  it("a point exactly on the mean breaks a shift", () => {
    // The tail makes the sum 0 when the middle point is 0, so that point lies exactly on the mean.
    const tail = [-3, 3, -3, -3];
    expect(read([...alternating(10), 1, 1, 1, 1, 1, 1, 1, ...tail]).points.some((p) => p.specialCauseType === "7 Points Above CL")).toBe(true);
    const onMean = read([...alternating(10), 1, 1, 1, 0, 1, 1, 1, ...tail]);
    expect(onMean.points[13]).toMatchObject({ y: 0, mean: 0, relativeToMean: 0 });
    expect(onMean.points.some((p) => p.specialCauseType === "7 Points Above CL")).toBe(false);
  });

  it("a trend is 7 points each higher than the last; 6 is not, and a tie breaks it", () => {
    const rising = [0, 0.5, 1, 1.5, 2, 2.5, 3];
    // The alternating lead-in ends on 3, so the climb starts at 0.
    const seven = read([...alternating(5), ...rising, -3, 3, -3]);
    expect(seven.points.filter((p) => p.specialCauseType === "7 Point Trend (Increasing)")).toHaveLength(7);
    const six = read([...alternating(5), ...rising.slice(0, 6), -3, 3, -3]);
    expect(six.points.some((p) => p.specialCauseType.includes("Trend"))).toBe(false);
    const tie = read([...alternating(5), 0, 0.5, 1, 1, 1.5, 2, 2.5, -3, 3, -3]);
    expect(tie.points.some((p) => p.specialCauseType.includes("Trend"))).toBe(false);
  });

  it("2 of 3 points near a limit on one side flag the close ones; 1 of 3, or opposite sides, do not", () => {
    // A long alternating lead-in keeps the mean moving range small enough that 17 is near, not beyond, the limit.
    const two = read([...alternating(30), 17, 1, 17, -3, 3, -3]);
    expect(two.points.slice(30, 33).map((p) => [p.outsideLimits, p.specialCauseType])).toEqual([
      [false, "2 in 3 Above CL"],
      [false, "Common Cause"],
      [false, "2 in 3 Above CL"],
    ]);
    const one = read([...alternating(30), 17, 1, 1, -3, 3, -3]);
    expect(one.points.some((p) => p.specialCauseType.startsWith("2 in 3"))).toBe(false);
    const opposite = read([...alternating(30), 17, -1, 17, -3, 3, -3]);
    expect(opposite.points.some((p) => p.specialCauseType.startsWith("2 in 3"))).toBe(false);
  });

  it("turns labels into improvement or concern by the direction, and neutral into high and low", () => {
    const y = [...alternating(10), 1, 1, 1, 1, 1, 1, 1, -3, 3, -3];
    expect(read(y, "decrease").points.find((p) => p.specialCauseFlag)?.pointType).toBe("special_cause_concern");
    expect(read(y, "neutral").points.find((p) => p.specialCauseFlag)?.pointType).toBe("special_cause_neutral_high");
  });

  it("gives assurance only with a target beyond a limit; on the limit it is inconsistent", () => {
    expect(assuranceOf(10, "increase", 0, 10)).toBe("inconsistent");
    expect(assuranceOf(10.001, "increase", 0, 10)).toBe("consistent_fail");
    expect(assuranceOf(10.001, "decrease", 0, 10)).toBe("consistent_pass");
    expect(assuranceOf(-1, "increase", 0, 10)).toBe("consistent_pass");
    expect(assuranceOf(5, "neutral", 0, 10)).toBeNull();
    expect(assuranceOf(null, "increase", 0, 10)).toBeNull();
  });

  it("computes each rebase group on its own and warns about groups shorter than 13", () => {
    const x = dates(26);
    const y = [...alternating(13), ...alternating(13).map((v) => v + 20)];
    const result = makingDataCount(x, y, { improvementDirection: "increase", rebase: [x[13]] });
    expect(result.groups.map((g) => [g.rebaseGroup, g.n])).toEqual([[0, 13], [1, 13]]);
    expect(result.groups[1].mean - result.groups[0].mean).toBeCloseTo(20, 10);
    expect(result.points.every((p) => !p.shortGroupWarning)).toBe(true);
    expect(read(alternating(12)).points[0].shortGroupWarning).toBe(true);
  });
});

// Run charts and Shewhart control charts with the meaning of the R package qicharts2 (qic()).
// Pure: no IO, no React. See README "Analyse av måledata" for the exported types.
import { analyseIhiRuns, analyseRuns, type IhiRuns, type RunsAnalysis } from "./anhoej";
import { c4, finiteOrNull as finite, isNumber, mean, meanMovingRange, median, movingRanges, sd, sum } from "./stats";

export const CHART_TYPES = ["run", "i", "mr", "p", "u", "c", "g", "t", "xbar", "s"] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export type ChartOptions = {
  /** Last point (1-based) of the baseline the centre line and limits come from; ignored with `part`. */
  freeze?: number | null;
  /** Points (1-based) after which a new phase starts. */
  part?: number[] | null;
  /** Points (1-based) left out of the calculations and the runs analysis, still shown. */
  exclude?: number[] | null;
  /** Moving ranges ≥ 3.267 × their mean are dropped once (qicharts2 attached: on). */
  screenedMr?: boolean;
  /** Factor applied to y, centre and limits after the calculations (100 for per cent). */
  multiply?: number;
  /** Also apply the IHI rules (shift of 6, trend of 5), reported separately from Anhøj's. */
  ihi?: boolean;
};

export type ChartInput = {
  chart: ChartType;
  x: (number | string | null)[];
  y: (number | null)[];
  /** Denominators (p, u, and ratios on run/i charts) or exposure; omit otherwise. */
  n?: (number | null)[] | null;
  options?: ChartOptions;
};

export type ChartPoint = {
  x: number | string;
  /** How many non-missing values lie behind the point. */
  subgroupSize: number;
  /** Denominator or exposure behind the point when the series has one (0 when missing), else null. */
  n: number | null;
  y: number | null;
  cl: number | null;
  lcl: number | null;
  ucl: number | null;
  part: number;
  baseline: boolean;
  include: boolean;
  sigmaSignal: boolean;
  /** The phase's Anhøj result, repeated on every point of the phase. */
  runsSignal: boolean;
};

export type ChartPart = RunsAnalysis & {
  part: number;
  nObs: number;
  sigmaSignalCount: number;
  clMean: number | null;
  lclMean: number | null;
  uclMean: number | null;
  ihi: IhiRuns | null;
};

export type ChartResult = { chart: ChartType; points: ChartPoint[]; parts: ChartPart[] };

/** `size` counts the usable values; `rows` every row with this x, missing or not. */
type Subgroup = { x: number | string; values: number[]; ySum: number; nSum: number; size: number; rows: number };


/** One subgroup per x, in ascending x; rows without x are dropped; with n, a pair missing either is dropped. */
function subgroups(input: ChartInput): Subgroup[] {
  const byX = new Map<number | string, Subgroup>();
  input.x.forEach((x, i) => {
    if (x == null) return;
    let group = byX.get(x);
    if (!group) {
      group = { x, values: [], ySum: 0, nSum: 0, size: 0, rows: 0 };
      byX.set(x, group);
    }
    group.rows++;
    const y = input.y[i];
    const n = input.n ? input.n[i] : 1;
    if (!isNumber(y) || !isNumber(n)) return;
    group.values.push(y);
    group.ySum += y;
    group.nSum += n;
    group.size++;
  });
  return [...byX.values()].sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0));
}

/**
 * The plotted value of a subgroup, null where qic() gets NA or NaN. One departure, for data
 * the app's forms refuse: y > 0 with n = 0 gives qic() y/0 = Inf (plotted and counted above the line
 * in the runs analysis); here it is missing (its y still counts in the p/u centre line, as in qic()).
 */
function pointValue(chart: ChartType, group: Subgroup, hasN: boolean): number | null {
  // qic() sums y with na.rm only when an x has several rows: one missing row stays NA, but several
  // missing rows sum to 0, which the c chart then plots and uses as a count of 0.
  if (group.size === 0) return chart === "c" && group.rows > 1 ? 0 : null;
  switch (chart) {
    case "p":
    case "u":
      return group.nSum > 0 ? group.ySum / group.nSum : null;
    case "c":
      return group.ySum;
    case "s":
      return group.size > 1 ? sd(group.values) : null;
    default:
      return hasN ? (group.nSum > 0 ? group.ySum / group.nSum : null) : group.ySum / group.size;
  }
}

type Lines = { y: (number | null)[]; cl: number[]; lcl: number[]; ucl: number[] };

/** Centre line and limits for the points of one phase; `base` marks the points they come from. */
function phaseLines(chart: ChartType, y: (number | null)[], groups: Subgroup[], base: boolean[], screened: boolean): Lines {
  const baseValues = (values: (number | null)[]) => values.filter((_, i) => base[i]);
  const constant = (v: number) => y.map(() => v);
  switch (chart) {
    case "run": {
      const cl = median(baseValues(y));
      return { y, cl: constant(cl), lcl: constant(NaN), ucl: constant(NaN) };
    }
    case "i":
      return iLines(y, base, screened);
    case "t": {
      const transformed = y.map((v) => (isNumber(v) ? v ** (1 / 3.6) : null));
      const lines = iLines(transformed, base, screened);
      const back = (v: number) => v ** 3.6;
      return {
        y: transformed.map((v) => (isNumber(v) ? back(v) : null)),
        cl: lines.cl.map(back),
        ucl: lines.ucl.map(back),
        lcl: lines.lcl.map((v) => {
          const value = back(v);
          return Number.isNaN(value) || value < 0 ? 0 : value;
        }),
      };
    }
    case "mr": {
      const ranges = [null, ...movingRanges(y)];
      const cl = mean(baseValues(ranges));
      return { y: ranges, cl: constant(cl), lcl: constant(0), ucl: constant(3.267 * cl) };
    }
    case "c": {
      const cl = mean(baseValues(y));
      const sigma = Math.sqrt(cl);
      return { y, cl: constant(cl), lcl: constant(Math.max(0, cl - 3 * sigma)), ucl: constant(cl + 3 * sigma) };
    }
    case "p":
    case "u": {
      const cl = sum(baseValues(groups.map((g) => g.ySum))) / sum(baseValues(groups.map((g) => g.nSum)));
      const sigmas = groups.map((g) => (g.nSum > 0 ? Math.sqrt(chart === "p" ? (cl * (1 - cl)) / g.nSum : cl / g.nSum) : NaN));
      return {
        y,
        cl: constant(cl),
        lcl: sigmas.map((s) => Math.max(0, cl - 3 * s)),
        ucl: sigmas.map((s) => (chart === "p" ? Math.min(1, cl + 3 * s) : cl + 3 * s)),
      };
    }
    case "g": {
      const average = mean(baseValues(y));
      const sigma = Math.sqrt(average * (average + 1));
      return { y, cl: constant(median(baseValues(y))), lcl: constant(Math.max(0, average - 3 * sigma)), ucl: constant(average + 3 * sigma) };
    }
    case "xbar":
    case "s": {
      const sizes = groups.map((g) => g.size);
      const sds = groups.map((g) => (g.size > 1 ? sd(g.values) : null));
      const variableSizes = new Set(sizes).size > 1;
      // Pooled SD; like qicharts2, an empty subgroup counts −1 in the denominator.
      const sigma = variableSizes
        ? Math.sqrt(sum(baseValues(sds.map((s, i) => (isNumber(s) ? s * s * (sizes[i] - 1) : null)))) / sum(baseValues(sizes.map((n) => n - 1))))
        : mean(baseValues(sds));
      if (chart === "s") {
        const b = sizes.map((n) => {
          const c = c4(n);
          const c5 = Math.sqrt(1 - c * c);
          return { b3: Math.max(0, 1 - (3 * c5) / c), b4: 1 + (3 * c5) / c };
        });
        return { y: sds, cl: constant(sigma), lcl: b.map((v) => v.b3 * sigma), ucl: b.map((v) => v.b4 * sigma) };
      }
      const cl = sum(baseValues(groups.map((g, i) => (isNumber(y[i]) ? g.size * (y[i] as number) : null)))) / sum(baseValues(sizes));
      const a3 = sizes.map((n) => 3 / (c4(n) * Math.sqrt(n)));
      return { y, cl: constant(cl), lcl: a3.map((a) => cl - a * sigma), ucl: a3.map((a) => cl + a * sigma) };
    }
  }
}

function iLines(y: (number | null)[], base: boolean[], screened: boolean): Lines {
  const baseValues = y.filter((_, i) => base[i]);
  const cl = mean(baseValues);
  const sigma = meanMovingRange(movingRanges(baseValues), screened) / 1.128;
  return { y, cl: y.map(() => cl), lcl: y.map(() => cl - 3 * sigma), ucl: y.map(() => cl + 3 * sigma) };
}

/**
 * Analyses a series as qicharts2's qic() does: centre line and three-sigma limits per point,
 * points outside the limits, and Anhøj's runs analysis per phase. Linear in the number of points
 * (the median and the crossings limit add a sort and a walk over at most n values).
 */
export function analyseChart(input: ChartInput): ChartResult {
  const options = input.options ?? {};
  const screened = options.screenedMr ?? true;
  const multiply = options.multiply ?? 1;
  const groups = subgroups(input);
  const hasN = Boolean(input.n);
  const parts = [...(options.part ?? [])].sort((a, b) => a - b);
  const freeze = parts.length ? null : options.freeze ?? null;
  const excluded = new Set(options.exclude ?? []);

  const phaseOf = (i: number) => 1 + parts.filter((p) => i + 1 > p).length;
  const points: ChartPoint[] = [];
  const summaries: ChartPart[] = [];
  const phaseCount = groups.length ? phaseOf(groups.length - 1) : 0;

  for (let phase = 1, start = 0; phase <= phaseCount; phase++) {
    let end = start;
    while (end < groups.length && phaseOf(end) === phase) end++;
    const phaseGroups = groups.slice(start, end);
    const indices = phaseGroups.map((_, k) => start + k);
    const include = indices.map((i) => !excluded.has(i + 1));
    const baseline = indices.map((i) => freeze == null || i < freeze);
    const base = include.map((inc, k) => inc && baseline[k]);
    const y = phaseGroups.map((g) => pointValue(input.chart, g, hasN));
    const lines = phaseLines(input.chart, y, phaseGroups, base, screened);
    // A missing point keeps its phase's centre line; its limits are null only where they are not
    // finite (p/u without a denominator: σ = √(…/0) = ∞, which qic() turns into NA).
    const lineAt = (values: number[], k: number) => finite(values[k]);

    const includedY = lines.y.filter((_, k) => include[k]);
    const includedCl = lines.cl.filter((_, k) => include[k]).map(finite);
    const runs = analyseRuns(includedY, includedCl);
    const runsSignal = input.chart === "mr" ? false : runs.runsSignal;

    let sigmaSignalCount = 0;
    const phasePoints = phaseGroups.map((group, k): ChartPoint => {
      const yk = lines.y[k];
      const cl = lineAt(lines.cl, k);
      const lcl = input.chart === "run" ? null : lineAt(lines.lcl, k);
      const ucl = input.chart === "run" ? null : lineAt(lines.ucl, k);
      const sigmaSignal = isNumber(yk) && ((ucl != null && yk > ucl) || (lcl != null && yk < lcl));
      if (sigmaSignal) sigmaSignalCount++;
      const scale = (v: number | null) => (v == null ? null : v * multiply);
      return {
        x: group.x,
        subgroupSize: group.size,
        n: hasN ? group.nSum : null,
        y: scale(isNumber(yk) ? yk : null),
        cl: scale(cl),
        lcl: scale(lcl),
        ucl: scale(ucl),
        part: phase,
        baseline: baseline[k],
        include: include[k],
        sigmaSignal,
        runsSignal,
      };
    });
    for (const point of phasePoints) points.push(point);

    const meanOf = (values: (number | null)[]) => finite(mean(values));
    summaries.push({
      ...runs,
      runsSignal,
      part: phase,
      nObs: include.filter(Boolean).length,
      sigmaSignalCount,
      clMean: meanOf(phasePoints.map((pt) => pt.cl)),
      lclMean: meanOf(phasePoints.map((pt) => pt.lcl)),
      uclMean: meanOf(phasePoints.map((pt) => pt.ucl)),
      ihi: options.ihi ? shiftIndices(analyseIhiRuns(includedY, includedCl), indices.filter((_, k) => include[k])) : null,
    });
    start = end;
  }
  return { chart: input.chart, points, parts: summaries };
}

/** IHI points are found among the included points of a phase; report them as 0-based series positions. */
function shiftIndices(ihi: ReturnType<typeof analyseIhiRuns>, positions: number[]) {
  const at = (points: number[]) => points.map((k) => positions[k]);
  return { ...ihi, shiftPoints: at(ihi.shiftPoints), trendPoints: at(ihi.trendPoints), trendUpPoints: at(ihi.trendUpPoints) };
}

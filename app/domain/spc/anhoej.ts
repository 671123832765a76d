// Anhøj's run-chart rules, as qicharts2 applies them.

/** Longest run allowed among `nUseful` useful points: round(log2(n)) + 3. */
export function longestRunLimit(nUseful: number): number {
  return Math.round(Math.log2(nUseful)) + 3;
}

/**
 * Fewest crossings expected among `nUseful` useful points: the 5th percentile of
 * Binomial(nUseful − 1, ½), i.e. R's qbinom(0.05, nUseful − 1, 0.5). Exact, in log space so it
 * stays exact for long series; linear in the answer.
 */
export function crossingsLimit(nUseful: number): number {
  const trials = Math.max(nUseful - 1, 0);
  if (trials === 0) return 0;
  let logPmf = trials * Math.log(0.5);
  let cumulative = 0;
  for (let k = 0; k <= trials; k++) {
    cumulative += Math.exp(logPmf);
    // qbinom's own tolerance: it accepts a CDF within 64 machine epsilons below p.
    if (cumulative >= 0.05 * (1 - 64 * Number.EPSILON)) return k;
    logPmf += Math.log((trials - k) / (k + 1));
  }
  return trials;
}

export type RunsAnalysis = {
  nUseful: number;
  longestRun: number | null;
  /** Which side of the centre line the longest run is on: 1 above, −1 below (the first such run). */
  longestRunSide: 1 | -1 | null;
  longestRunMax: number | null;
  nCrossings: number | null;
  nCrossingsMin: number | null;
  runsSignal: boolean;
};

/**
 * Runs analysis of values against their centre lines. Missing values and points exactly on the
 * centre line are left out before counting, so the runs on either side of them merge.
 */
export function analyseRuns(values: (number | null)[], centre: (number | null)[]): RunsAnalysis {
  let nUseful = 0;
  let runs = 0;
  let longestRun = 0;
  let longestRunSide: 1 | -1 | null = null;
  let current = 0;
  let previousSign = 0;
  for (let i = 0; i < values.length; i++) {
    const y = values[i];
    const cl = centre[i];
    if (y == null || cl == null || Number.isNaN(y) || Number.isNaN(cl)) continue;
    const sign = Math.sign(y - cl);
    if (sign === 0) continue;
    nUseful++;
    if (sign === previousSign) current++;
    else {
      runs++;
      current = 1;
      previousSign = sign;
    }
    if (current > longestRun) {
      longestRun = current;
      longestRunSide = sign > 0 ? 1 : -1;
    }
  }
  if (nUseful === 0) {
    return { nUseful: 0, longestRun: null, longestRunSide: null, longestRunMax: null, nCrossings: null, nCrossingsMin: null, runsSignal: false };
  }
  const longestRunMax = longestRunLimit(nUseful);
  const nCrossings = Math.max(runs - 1, 0);
  const nCrossingsMin = crossingsLimit(nUseful);
  return {
    nUseful,
    longestRun,
    longestRunSide,
    longestRunMax,
    nCrossings,
    nCrossingsMin,
    runsSignal: longestRun > longestRunMax || nCrossings < nCrossingsMin,
  };
}

const present = (v: number | null): v is number => v != null && !Number.isNaN(v);

export type IhiRuns = { shift: boolean; trend: boolean; shiftPoints: number[]; trendPoints: number[]; /** The trend points of rising trends. */ trendUpPoints: number[] };

/**
 * The IHI run-chart rules, kept apart from Anhøj's: a shift is 6 or more consecutive points on one
 * side of the median (points on it are skipped), a trend is 5 or more points each rising or each
 * falling (equal neighbours are skipped). Returns the 0-based points that take part.
 * A missing value (or a missing centre line) is skipped, as Anhøj's analysis in qicharts2 drops NA
 * before counting runs: the shift and the trend go on across the gap, the trend comparing the values
 * on either side of it.
 */
export function analyseIhiRuns(values: (number | null)[], centre: (number | null)[], shiftLength = 6, trendLength = 5): IhiRuns {
  const shiftPoints = new Set<number>();
  let run: number[] = [];
  let runSign = 0;
  values.forEach((y, i) => {
    const cl = centre[i];
    if (!present(y) || !present(cl)) return;
    const sign = Math.sign(y - cl);
    if (sign === 0) return;
    if (sign !== runSign) {
      run = [];
      runSign = sign;
    }
    run.push(i);
    if (run.length >= shiftLength) run.forEach((p) => shiftPoints.add(p));
  });

  const trendPoints = new Set<number>();
  const trendUpPoints = new Set<number>();
  const known = values.map((y, i) => [y, i] as const).filter((p): p is readonly [number, number] => present(p[0]));
  let trend: number[] = known.length ? [known[0][1]] : [];
  let direction = 0;
  for (let k = 1; k < known.length; k++) {
    const step = Math.sign(known[k][0] - known[k - 1][0]);
    if (step === 0) continue;
    if (step !== direction) {
      trend = [known[k - 1][1]];
      direction = step;
    }
    trend.push(known[k][1]);
    if (trend.length >= trendLength) {
      trend.forEach((p) => trendPoints.add(p));
      if (direction > 0) trend.forEach((p) => trendUpPoints.add(p));
    }
  }
  return {
    shift: shiftPoints.size > 0,
    trend: trendPoints.size > 0,
    shiftPoints: [...shiftPoints].sort((a, b) => a - b),
    trendPoints: [...trendPoints].sort((a, b) => a - b),
    trendUpPoints: [...trendUpPoints].sort((a, b) => a - b),
  };
}

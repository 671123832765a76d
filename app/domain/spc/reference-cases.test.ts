// The worked examples from ../shared/reference/ (qicharts2 and NHSRplotthedots), read in place.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { crossingsLimit, longestRunLimit } from "./anhoej";
import { makingDataCount } from "./mdc";
import { analyseChart, type ChartType } from "./qic";

const FILE = path.resolve("..", "shared", "reference", "runchart-reference-cases.json");
const available = fs.existsSync(FILE);
if (!available) console.warn(`Hopper over referansetestene: ${FILE} finnes ikke (../shared/ følger bare med i teamets kopi og i CI).`);
const reference = available ? JSON.parse(fs.readFileSync(FILE, "utf8")) : { qic_cases: [], ptd_cases: [], anhoej_limits: [] };

/** Relative tolerance 1e-9, absolute 1e-12 near zero; null must match null. */
function close(actual: number | null | undefined, expected: number | null, where: string) {
  if (expected === null) {
    expect(actual ?? null, where).toBeNull();
    return;
  }
  expect(actual, where).not.toBeNull();
  const tolerance = Math.max(1e-12, Math.abs(expected) * 1e-9);
  expect(Math.abs((actual as number) - expected), `${where}: ${actual} ≠ ${expected}`).toBeLessThanOrEqual(tolerance);
}

describe.skipIf(!available)("Anhøj limits (qicharts2)", () => {
  it("match the reference table for 1–100 useful points", () => {
    for (const row of reference.anhoej_limits) {
      expect(longestRunLimit(row.n_useful), `longest run, n=${row.n_useful}`).toBe(row.longest_run_max);
      expect(crossingsLimit(row.n_useful), `crossings, n=${row.n_useful}`).toBe(row.n_crossings_min);
    }
  });
});

describe.skipIf(!available)("qicharts2 reference cases", () => {
  for (const c of reference.qic_cases) {
    it(`${c.id}: ${c.description}`, () => {
      const result = analyseChart({
        chart: c.chart as ChartType,
        x: c.input.x,
        y: c.input.y,
        n: c.input.n ?? null,
        options: {
          freeze: c.options.freeze,
          part: c.options.part,
          exclude: c.options.exclude,
          multiply: c.options.multiply,
          screenedMr: c.options.screened_mr,
        },
      });
      const e = c.expected;
      expect(result.points.map((p) => p.x)).toEqual(e.x);
      expect(result.points.map((p) => p.subgroupSize)).toEqual(e.subgroup_size);
      result.points.forEach((p, i) => {
        const at = `punkt ${i + 1}`;
        close(p.y, e.y[i], `${at} y`);
        close(p.cl, e.cl[i], `${at} cl`);
        close(p.lcl, e.lcl[i], `${at} lcl`);
        close(p.ucl, e.ucl[i], `${at} ucl`);
        if (e.n) expect(p.n, `${at} n`).toBe(e.n[i]);
      });
      expect(result.points.map((p) => p.part)).toEqual(e.part);
      expect(result.points.map((p) => p.baseline)).toEqual(e.baseline);
      expect(result.points.map((p) => p.include)).toEqual(e.include);
      expect(result.points.map((p) => p.sigmaSignal)).toEqual(e.sigma_signal);
      expect(result.points.map((p) => p.runsSignal)).toEqual(e.runs_signal);
      expect(result.parts).toHaveLength(e.parts.length);
      e.parts.forEach((ep: Record<string, number | boolean | null>, k: number) => {
        const part = result.parts[k];
        expect(
          { part: part.part, nObs: part.nObs, nUseful: part.nUseful, longestRun: part.longestRun, longestRunMax: part.longestRunMax, nCrossings: part.nCrossings, nCrossingsMin: part.nCrossingsMin, runsSignal: part.runsSignal, sigmaSignalCount: part.sigmaSignalCount },
          `fase ${k + 1}`,
        ).toEqual({
          part: ep.part,
          nObs: ep.n_obs,
          nUseful: ep.n_useful,
          longestRun: ep.longest_run,
          longestRunMax: ep.longest_run_max,
          nCrossings: ep.n_crossings,
          nCrossingsMin: ep.n_crossings_min,
          runsSignal: ep.runs_signal,
          sigmaSignalCount: ep.sigma_signal_count,
        });
        close(part.clMean, ep.cl_mean as number | null, `fase ${k + 1} cl_mean`);
        close(part.lclMean, ep.lcl_mean as number | null, `fase ${k + 1} lcl_mean`);
        close(part.uclMean, ep.ucl_mean as number | null, `fase ${k + 1} ucl_mean`);
      });
    });
  }
});

describe.skipIf(!available)("NHSRplotthedots reference cases", () => {
  for (const c of reference.ptd_cases) {
    it(`${c.id}: ${c.description}`, () => {
      const o = c.options;
      const result = makingDataCount(c.input.x, c.input.y, {
        improvementDirection: o.improvement_direction,
        screenOutliers: o.screen_outliers,
        fixAfterNPoints: o.fix_after_n_points,
        rebase: o.rebase,
        target: o.target,
      });
      const e = c.expected;
      expect(result.points.map((p) => p.x)).toEqual(e.x);
      result.points.forEach((p, i) => {
        const at = `punkt ${i + 1}`;
        close(p.mean, e.mean[i], `${at} mean`);
        close(p.lpl, e.lpl[i], `${at} lpl`);
        close(p.upl, e.upl[i], `${at} upl`);
        close(p.nearLpl, e.near_lpl[i], `${at} near_lpl`);
        close(p.nearUpl, e.near_upl[i], `${at} near_upl`);
      });
      expect(result.points.map((p) => p.rebaseGroup)).toEqual(e.rebase_group);
      expect(result.points.map((p) => p.outsideLimits)).toEqual(e.outside_limits);
      expect(result.points.map((p) => p.relativeToMean)).toEqual(e.relative_to_mean);
      expect(result.points.map((p) => p.closeToLimits)).toEqual(e.close_to_limits);
      expect(result.points.map((p) => p.specialCauseType)).toEqual(e.special_cause_type);
      expect(result.points.map((p) => p.specialCauseFlag)).toEqual(e.special_cause_flag);
      expect(result.points.map((p) => p.pointType)).toEqual(e.point_type);
      expect(result.points.map((p) => p.shortGroupWarning)).toEqual(e.short_group_warning);
      expect(result.points.flatMap((p, i) => (p.specialCauseFlag ? [i + 1] : []))).toEqual(e.special_cause_points);
      expect(result.variationIcon).toBe(e.variation_icon);
      expect(result.assuranceIcon).toBe(e.assurance_icon);
      expect(result.groups).toHaveLength(e.groups.length);
      e.groups.forEach((g: Record<string, number | string | null>, k: number) => {
        const group = result.groups[k];
        expect({ ...group, mean: 0, lpl: 0, upl: 0 }).toEqual({
          rebaseGroup: g.rebase_group,
          n: g.n,
          mean: 0,
          lpl: 0,
          upl: 0,
          commonCause: g.common_cause,
          specialCauseImprovement: g.special_cause_improvement,
          specialCauseConcern: g.special_cause_concern,
          variationType: g.variation_type,
          assuranceType: g.assurance_type,
        });
        close(group.mean, g.mean as number, `gruppe ${k} mean`);
        close(group.lpl, g.lpl as number, `gruppe ${k} lpl`);
        close(group.upl, g.upl as number, `gruppe ${k} upl`);
      });
    });
  }
});

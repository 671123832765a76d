// The worked examples from ../shared/reference/ (qicharts2 and NHSRplotthedots), read in place.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { crossingsLimit, longestRunLimit } from "./anhoej";
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

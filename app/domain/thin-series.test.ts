import { describe, expect, it } from "vitest";
import { drawnPoints, analyseMeasure } from "./measure-analysis";
import { thinSeries } from "./thin-series";

type Row = { i: number; y: number | null; signal: boolean };

/** A noisy series with a few spikes marked as signals. */
function series(n: number, signalEvery = 0): Row[] {
  let seed = 11;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  return Array.from({ length: n }, (_, i) => ({ i, y: 50 + random() * 10, signal: signalEvery > 0 && i % signalEvery === 7 % signalEvery }));
}

const options = (max: number) => ({ max, value: (r: Row) => r.y, keep: (r: Row) => r.signal });

describe("thinSeries", () => {
  it("returns a short series as it is", () => {
    const rows = series(1000, 50);
    expect(thinSeries(rows, options(1000))).toBe(rows);
    expect(thinSeries([], options(10))).toEqual([]);
    const one = series(1);
    expect(thinSeries(one, options(1))).toBe(one);
  });

  it("bounds a long series, keeping first, last, order, and each bucket's lowest and highest point", () => {
    const rows = series(200_000);
    const thin = thinSeries(rows, options(1500));
    expect(thin.length).toBeLessThanOrEqual(1500);
    expect(thin.length).toBeGreaterThan(1000);
    expect(thin[0]).toBe(rows[0]);
    expect(thin.at(-1)).toBe(rows.at(-1));
    expect(thin.every((r, k) => k === 0 || r.i > thin[k - 1].i)).toBe(true);
    // The extremes of the whole series survive.
    const ys = rows.map((r) => r.y!).sort((a, b) => a - b);
    expect(thin.map((r) => r.y)).toContain(ys[0]);
    expect(thin.map((r) => r.y)).toContain(ys.at(-1));
  });

  it("never drops a point that must be kept, and stays bounded", () => {
    const rows = series(100_000, 200);
    const signals = rows.filter((r) => r.signal);
    expect(signals.length).toBe(500);
    const thin = thinSeries(rows, options(1200));
    expect(thin.length).toBeLessThanOrEqual(1200);
    for (const s of signals) expect(thin).toContain(s);
  });

  it("keeps every signal even when there are more of them than the bound", () => {
    const rows = series(10_000, 5);
    const thin = thinSeries(rows, options(100));
    expect(thin.filter((r) => r.signal)).toHaveLength(2000);
    expect(thin.length).toBe(2002);
  });

  it("skips gaps when choosing a bucket's extremes", () => {
    const rows = series(5000).map((r) => (r.i % 2 ? { ...r, y: null } : r));
    const thin = thinSeries(rows, options(100));
    expect(thin.slice(1, -1).every((r) => r.y !== null)).toBe(true);
  });
});

describe("drawnPoints: the chart page's series", () => {
  const measure = { kind: "antall" as const, chartType: "i" as const, multiplier: 1, direction: "hoyere_er_bedre" as const, target: null };
  const day = (i: number) => new Date(Date.UTC(1900, 0, 1 + i)).toISOString().slice(0, 10);

  it("draws a bounded series of a long measure with every point outside the limits, each phase start and each marker", () => {
    const n = 50_000;
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const points = Array.from({ length: n }, (_, i) => ({
      date: day(i),
      value: i % 5000 === 123 ? 500 : 50 + random() * 10,
      numerator: null,
      denominator: null,
      excluded: false,
      note: "",
    }));
    const events = [
      { kind: "ny_fase" as const, date: day(20_000), text: "Ny rutine" },
      { kind: "frys" as const, date: day(10_000), text: "Basislinje" },
      { kind: "merknad" as const, date: day(33_333), text: "Streik" },
    ];
    const analysis = analyseMeasure(measure, points, events, [], String)!;
    const drawn = drawnPoints(analysis, 1500);
    expect(drawn.length).toBeLessThanOrEqual(1500);
    const drawnX = new Set(drawn.map((r) => r.x));
    const outside = analysis.result.points.filter((p) => p.sigmaSignal).map((p) => String(p.x));
    expect(outside.length).toBeGreaterThanOrEqual(10);
    for (const x of outside) expect(drawnX).toContain(x);
    expect(drawnX).toContain(day(20_000));
    expect(drawnX).toContain(day(10_000));
    for (const m of analysis.markers) expect(drawnX).toContain(m.x);
    expect(drawn[0].x).toBe(day(0));
    expect(drawn.at(-1)!.x).toBe(day(n - 1));
  });

  it("stays bounded when long runs make most points signals, keeping where each run of one meaning starts and ends", () => {
    // A slow drift: most points lie in runs far longer than the limit, on either side of the centre line.
    const n = 50_000;
    const points = Array.from({ length: n }, (_, i) => ({ date: day(i), value: 50 + 10 * Math.sin(i / 4000) + (i % 7) * 0.1, numerator: null, denominator: null, excluded: false, note: "" }));
    for (const rules of ["anhoej", "ihi"] as const) {
      const analysis = analyseMeasure({ ...measure, chartType: "run" }, points, [], [], String, rules)!;
      expect(analysis.model.points.filter((p) => p.reasons.length).length).toBeGreaterThan(n / 2);
      const drawn = drawnPoints(analysis, 1500);
      const changes = analysis.model.points.filter((p, i, all) => i > 0 && all[i - 1].meaning !== p.meaning).length;
      expect(drawn.length).toBeLessThanOrEqual(1500 + 2 * changes);
      const drawnX = new Set(drawn.map((p) => p.x));
      analysis.model.points.forEach((p, i, all) => {
        if (i > 0 && all[i - 1].meaning !== p.meaning) {
          expect(drawnX).toContain(p.x);
          expect(drawnX).toContain(all[i - 1].x);
        }
      });
    }
  });

  it("leaves a short measure's rows untouched", () => {
    const points = Array.from({ length: 30 }, (_, i) => ({ date: day(i), value: i, numerator: null, denominator: null, excluded: false, note: "" }));
    const analysis = analyseMeasure(measure, points, [], [], String)!;
    expect(drawnPoints(analysis)).toBe(analysis.model.points);
  });
});

import { describe, expect, it } from "vitest";
import { BADGE_RADIUS, chartLayout, EXCLUDED_LABEL, staggerBadges, textWidth, valueTicks } from "./chart-layout";
import type { ChartMarker, ChartModel, ModelPoint } from "./chart-model";
import { chartSvg } from "./chart-svg";
import { overlaps, textBoxes } from "./svg-boxes.testing";

const day = (i: number) => new Date(Date.UTC(2012, 0, 1 + i)).toISOString().slice(0, 10);
const point = (x: string, y: number | null, over: Partial<ModelPoint> = {}): ModelPoint => ({
  x, y, cl: 36, lcl: 30, ucl: 42, part: 1, meaning: "common", side: null, excluded: false, reasons: [], note: "", ...over,
});
const model = (over: Partial<ChartModel> = {}): ChartModel => ({
  chart: "i",
  unit: "%",
  yTitle: "Andel (%)",
  points: Array.from({ length: 30 }, (_, i) => point(day(i * 7), 31.8 + ((i * 37) % 10) * 0.948)),
  target: null,
  markers: [],
  rules: "anhoej",
  ...over,
});

describe("valueTicks", () => {
  it("makes an odd domain nice: [31,8; 41,28] gives whole even ticks from 30 to 42 or so", () => {
    const { domain, ticks } = valueTicks([31.8, 41.28], 240);
    expect(domain[0]).toBeLessThanOrEqual(31.8);
    expect(domain[1]).toBeGreaterThanOrEqual(41.28);
    expect(ticks).toEqual([30, 32, 34, 36, 38, 40, 42]);
    expect(domain).toEqual([30, 42]);
  });

  it("gives fractional ticks for a narrow range, and labels them with a decimal comma", () => {
    const layout = chartLayout(model({ points: [point(day(0), 1.02, { cl: null, lcl: null, ucl: null }), point(day(1), 1.38, { cl: null, lcl: null, ucl: null })] }), { width: 640, height: 300 });
    expect(layout.yTicks.map((t) => t.label)).toContain("1,1");
    expect(layout.yTicks.every((t) => !t.label.includes("."))).toBe(true);
  });

  it("takes more ticks for a taller plot, and widens a single value into a range", () => {
    expect(valueTicks([0, 100], 400).ticks.length).toBeGreaterThan(valueTicks([0, 100], 120).ticks.length);
    const single = valueTicks([5], 200);
    expect(single.domain[0]).toBeLessThan(5);
    expect(single.domain[1]).toBeGreaterThan(5);
  });
});

describe("staggerBadges", () => {
  it("puts badges that would touch into separate rows, and reuses a row once there is room", () => {
    expect(staggerBadges([100, 100, 100], 18)).toEqual([0, 1, 2]);
    expect(staggerBadges([100, 105, 200], 18)).toEqual([0, 1, 0]);
  });
});

describe("chartLayout: markers on close and equal dates", () => {
  const markers: ChartMarker[] = [
    { x: day(7), label: "Tiltak: Kriseplan i journal", kind: "tiltak" },
    { x: day(7), label: "Basislinje fryst: etter åtte uker", kind: "frys" },
    { x: day(14), label: "Ny fase: ny rutine", kind: "ny_fase" },
    { x: day(0), label: "Merknad: ferie", kind: "merknad" },
    { x: day(14), label: "Merknad: nytt journalsystem", kind: "merknad" },
  ];
  const m = model({ markers, points: Array.from({ length: 60 }, (_, i) => point(day(i), 36)) });

  it("numbers markers in date order and lists them in the key", () => {
    const layout = chartLayout(m, { width: 640, height: 300 });
    expect(layout.key.map((k) => [k.number, k.text])).toEqual([
      [1, "01.01.2012: Merknad: ferie"],
      [2, "08.01.2012: Tiltak: Kriseplan i journal"],
      [3, "08.01.2012: Basislinje fryst: etter åtte uker"],
      [4, "15.01.2012: Ny fase: ny rutine"],
      [5, "15.01.2012: Merknad: nytt journalsystem"],
    ]);
  });

  for (const width of [320, 640]) {
    it(`never lets two badges overlap, and keeps them above the plot (${width} px)`, () => {
      const layout = chartLayout(m, { width, height: 300 });
      expect(layout.markers).toHaveLength(5);
      for (const [i, a] of layout.markers.entries()) {
        expect(a.badgeX - BADGE_RADIUS).toBeGreaterThanOrEqual(0);
        expect(a.badgeX + BADGE_RADIUS).toBeLessThanOrEqual(width);
        expect(a.badgeY + BADGE_RADIUS).toBeLessThanOrEqual(layout.plot.top);
        for (const b of layout.markers.slice(i + 1)) {
          expect(Math.hypot(a.badgeX - b.badgeX, a.badgeY - b.badgeY), `${a.number} og ${b.number}`).toBeGreaterThanOrEqual(2 * BADGE_RADIUS);
        }
      }
      expect(layout.badgeRows).toBeGreaterThanOrEqual(2);
    });

    it(`has no text outside the picture and no two texts overlapping (${width} px)`, () => {
      const svg = chartSvg(m, { title: "Andel pasienter med individuell plan og kriseplan ved utskrivning", width });
      const { w, h, boxes } = textBoxes(svg);
      for (const box of boxes) {
        expect(box.left, box.text).toBeGreaterThanOrEqual(0);
        expect(box.right, box.text).toBeLessThanOrEqual(w);
        expect(box.top, box.text).toBeGreaterThanOrEqual(0);
        expect(box.bottom, box.text).toBeLessThanOrEqual(h);
      }
      // Badge numbers are drawn on their own circles (checked above); every other text stands apart.
      const labels = boxes.filter((b) => !/^\d$/.test(b.text));
      for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlaps(a, b), `«${a.text}» og «${b.text}»`).toBe(false);
    });
  }
});

describe("chartLayout: dates", () => {
  for (const n of [2, 7, 31, 365, 1500]) {
    it(`spreads date labels without overlap and shows the last one whole (${n} points)`, () => {
      const m = model({ points: Array.from({ length: n }, (_, i) => point(day(i), 36)) });
      const layout = chartLayout(m, { width: 500, height: 300 });
      const ticks = layout.xTicks;
      expect(ticks.at(-1)!.label).toBe(`${day(n - 1).slice(8, 10)}.${day(n - 1).slice(5, 7)}.${day(n - 1).slice(0, 4)}`);
      expect(ticks.at(-1)!.left + textWidth(ticks.at(-1)!.label, 12)).toBeLessThanOrEqual(500);
      expect(ticks[0].left).toBeGreaterThanOrEqual(0);
      ticks.slice(1).forEach((t, i) => expect(t.left).toBeGreaterThanOrEqual(ticks[i].left + textWidth(ticks[i].label, 12)));
      expect(ticks.length).toBeGreaterThanOrEqual(2);
    });
  }
});

describe("chartLayout: points, legend, target", () => {
  it("styles points by meaning, draws excluded points hollow with a label, and names what occurs in the legend", () => {
    const points = [
      point(day(0), 35),
      point(day(1), 44, { meaning: "concern", side: "high", reasons: ["above_limit"] }),
      point(day(2), 29, { meaning: "improvement", side: "low", reasons: ["below_limit"] }),
      point(day(3), 36, { excluded: true }),
    ];
    const layout = chartLayout(model({ points, target: 33 }), { width: 640, height: 300 });
    expect(layout.points.map((p) => [p.shape, p.colour, p.hollow])).toEqual([
      ["circle", "#6b6b6b", false],
      ["square", "#b85200", false],
      ["diamond", "#0072c6", false],
      ["circle", "#6b6b6b", true],
    ]);
    expect(layout.excludedLabels.map((l) => l.text)).toEqual([EXCLUDED_LABEL]);
    expect(layout.legend.map((l) => l.label)).toEqual([
      "Spesiell variasjon, forbedring",
      "Spesiell variasjon, bekymring",
      "Vanlig variasjon",
      "Midtlinje",
      "Kontrollgrenser",
      "Mål",
      "Holdt utenfor beregningene",
    ]);
    expect(layout.target!.label.text).toBe("Mål");
    expect(layout.yTitle.text).toBe("Andel (%)");
    expect(layout.xTitle.text).toBe("Dato");
  });

  it("names many excluded points in the legend only, so their labels cannot collide", () => {
    const points = Array.from({ length: 10 }, (_, i) => point(day(i), 36, { excluded: i < 5 }));
    const layout = chartLayout(model({ points }), { width: 640, height: 300 });
    expect(layout.excludedLabels).toEqual([]);
    expect(layout.legend.at(-1)!.label).toBe("Holdt utenfor beregningene (5 punkter)");
  });

  it("leaves out limits on a run chart and breaks the centre line at a new phase", () => {
    const points = Array.from({ length: 10 }, (_, i) => point(day(i), 36, { part: i < 5 ? 1 : 2, cl: i < 5 ? 35 : 38 }));
    const layout = chartLayout(model({ chart: "run", points }), { width: 640, height: 300 });
    expect(layout.lines.upper).toEqual([]);
    expect(layout.lines.centre).toHaveLength(2);
    expect(layout.legend.map((l) => l.label)).toEqual(["Vanlig variasjon", "Median"]);
  });

  it("grows below the plot for the legend and key, or not at all without them", () => {
    const m = model({ markers: [{ x: day(7), label: "Tiltak: X", kind: "tiltak" }] });
    const withLegend = chartLayout(m, { width: 640, height: 300 });
    const without = chartLayout(m, { width: 640, height: 300, withLegend: false });
    expect(without.height).toBe(without.chartHeight);
    expect(withLegend.height).toBeGreaterThan(withLegend.chartHeight);
    expect(withLegend.keyRows).toHaveLength(1);
    expect(without.keyRows).toHaveLength(0);
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ASSURANCE_ICON_TEXT, chartVerdict, VARIATION_ICON_TEXT } from "./chart-verdict";
import { analyseMeasure } from "./measure-analysis";
import { classifyPoints, MIN_POINTS } from "./point-meaning";
import { analyseChart, type ChartType, type ImprovementDirection } from "./spc";

const FILE = path.resolve("..", "shared", "reference", "runchart-reference-cases.json");
const available = fs.existsSync(FILE);
if (!available) console.warn(`Hopper over NHSRplotthedots-ikonene: ${FILE} finnes ikke (../shared/ følger bare med i teamets kopi og i CI).`);
const reference = available ? JSON.parse(fs.readFileSync(FILE, "utf8")) : { ptd_cases: [] };

const format = { formatX: (x: string) => x, formatY: (y: number) => String(y) };

function verdictOf(chart: ChartType, y: number[], direction: ImprovementDirection, target: number | null, targetFits = true) {
  const result = analyseChart({ chart, x: y.map((_, i) => i + 1), y });
  return chartVerdict({ chart, points: classifyPoints(result, direction), direction, target, targetFits, ...format });
}

/** A seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

describe("chartVerdict", () => {
  it("claims nothing for fewer points than the rules need, and says how many are needed", () => {
    const verdict = verdictOf("i", [5], "increase", 3);
    expect(verdict.variation).toBeNull();
    expect(verdict.assurance).toBeNull();
    expect(verdict.sentences[0]).toBe(`For få punkter til å si noe om variasjonen: serien har 1 punkt med verdi, reglene trenger minst ${MIN_POINTS}.`);
    expect(verdict.sentences.join(" ")).not.toMatch(/Vanlig variasjon/);
  });

  it("names the latest point's special cause with its reason", () => {
    const verdict = verdictOf("i", [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 30], "increase", null);
    expect(verdict.variation).toBe("improvement_high");
    expect(verdict.sentences).toEqual(["Spesiell variasjon, forbedring (høye verdier) ved siste punkt (14): over øvre kontrollgrense."]);
  });

  it("judges the target against the latest limits: pass, fail, or hit and miss", () => {
    const y = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11];
    expect(verdictOf("i", y, "increase", 5).assurance).toBe("pass");
    expect(verdictOf("i", y, "increase", 15).assurance).toBe("fail");
    expect(verdictOf("i", y, "increase", 10.5).assurance).toBe("inconsistent");
    expect(verdictOf("i", y, "decrease", 5).assurance).toBe("fail");
    expect(verdictOf("i", y, "decrease", 15).assurance).toBe("pass");
  });

  it("does not judge a target that does not fit the scale, nor one without direction or limits", () => {
    const y = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11];
    const misfit = verdictOf("i", y, "increase", 50, false);
    expect(misfit.assurance).toBeNull();
    expect(misfit.sentences[1]).toMatch(/passer ikke med målingens skala/);
    expect(verdictOf("i", y, "neutral", 5).assurance).toBeNull();
    const run = verdictOf("run", y, "increase", 5);
    expect(run.assurance).toBeNull();
    expect(run.sentences[1]).toMatch(/har ingen kontrollgrenser/);
  });

  it("never says anything the icons do not: each sentence is the icon's own text", () => {
    const next = random(20261130);
    const charts: ChartType[] = ["run", "i", "c", "mr"];
    const directions: ImprovementDirection[] = ["increase", "decrease", "neutral"];
    for (let k = 0; k < 400; k++) {
      const n = 1 + Math.floor(next() * 30);
      const shift = next() < 0.5 ? 0 : 3 + next() * 6;
      const y = Array.from({ length: n }, (_, i) => Math.round((10 + (i > n / 2 ? shift : 0) + (next() - 0.5) * 6) * 10) / 10);
      const chart = charts[k % charts.length];
      const direction = directions[k % 3];
      const target = next() < 0.7 ? Math.round(next() * 25) : null;
      const verdict = verdictOf(chart, y, direction, target);
      const text = verdict.sentences.join(" ");
      const where = `${chart} ${direction} ${target} [${y.join(", ")}]`;
      if (verdict.variation) {
        expect(verdict.sentences[0].startsWith(`${VARIATION_ICON_TEXT[verdict.variation]} ved siste punkt`), where).toBe(true);
        for (const [icon, name] of Object.entries(VARIATION_ICON_TEXT)) if (icon !== verdict.variation) expect(text.includes(`${name} ved`), where).toBe(false);
      } else {
        expect(verdict.pointsHave, where).toBeLessThan(MIN_POINTS);
        expect(verdict.sentences[0], where).toMatch(/^For få punkter/);
      }
      for (const [icon, name] of Object.entries(ASSURANCE_ICON_TEXT)) expect(text.includes(name), where).toBe(icon === verdict.assurance);
    }
  });
});

describe("the Making Data Count rule set", () => {
  it("gives a group without variation no limits, and so no verdict on the target", () => {
    const points = Array.from({ length: 14 }, (_, i) => ({ date: `2024-${String(1 + (i % 12)).padStart(2, "0")}-0${1 + Math.floor(i / 12)}`, value: 3, numerator: null, denominator: null, excluded: false, note: "" }));
    const analysis = analyseMeasure({ kind: "kontinuerlig", chartType: "i", multiplier: 1, direction: "hoyere_er_bedre", target: 4 }, points, [], [], String, "mdc")!;
    expect(analysis.model.points.every((p) => p.lcl === null && p.ucl === null && p.cl === 3)).toBe(true);
    expect(analysis.verdict.assurance).toBeNull();
    expect(analysis.verdict.sentences[1]).toMatch(/ingen kontrollgrenser/);
  });
});

describe.skipIf(!available)("Making Data Count icons against NHSRplotthedots", () => {
  const direction = { increase: "hoyere_er_bedre", decrease: "lavere_er_bedre", neutral: "noytral" } as const;
  // The app always screens moving ranges, and fixes limits only through a frozen baseline without phases.
  const comparable = reference.ptd_cases.filter(
    (c: { options: Record<string, unknown> }) => c.options.screen_outliers !== false && !(c.options.fix_after_n_points && c.options.rebase),
  );
  for (const c of comparable) {
    it(`${c.id}: the app's chart read with Making Data Count gives the package's icons`, () => {
      const o = c.options;
      const points = (c.input.x as string[]).map((date, i) => ({ date, value: c.input.y[i] as number | null, numerator: null, denominator: null, excluded: false, note: "" }));
      const events = [
        ...((o.rebase ?? []) as string[]).map((date) => ({ kind: "ny_fase" as const, date, text: "" })),
        ...(o.fix_after_n_points ? [{ kind: "frys" as const, date: [...c.input.x].sort()[o.fix_after_n_points - 1], text: "" }] : []),
      ];
      const measure = { kind: "kontinuerlig" as const, chartType: "i" as const, multiplier: 1, direction: direction[o.improvement_direction as keyof typeof direction], target: o.target };
      const analysis = analyseMeasure(measure, points, events, [], String, "mdc")!;
      const e = c.expected;
      const lastGroup = e.groups.at(-1);
      const lastGroupUseful = e.rebase_group.filter((g: number, i: number) => g === lastGroup.rebase_group && e.y?.[i] !== null && c.input.y[i] !== null).length;
      const enough = lastGroupUseful >= MIN_POINTS;
      expect(analysis.verdict.variation).toBe(enough ? e.variation_icon : null);
      expect(analysis.verdict.assurance).toBe(enough ? e.assurance_icon : null);
      const meaning = { common_cause: "common", special_cause_improvement: "improvement", special_cause_concern: "concern", special_cause_neutral_high: "neutral", special_cause_neutral_low: "neutral" } as const;
      analysis.model.points.forEach((p, i) => {
        const groupSize = e.groups.find((g: { rebase_group: number }) => g.rebase_group === e.rebase_group[i]).n;
        if (groupSize >= MIN_POINTS) expect(p.meaning, `punkt ${i + 1}`).toBe(meaning[e.point_type[i] as keyof typeof meaning]);
        else expect(p.meaning, `punkt ${i + 1}`).toBe("common");
      });
    });
  }
});

import { describe, expect, it } from "vitest";
import { explainChart } from "./chart-explanation";
import { analyseMeasure } from "./measure-analysis";
import { chartInputFor, chartTypesFor, protectSmallCount, type StoredPoint } from "./measure-series";
import { analyseChart } from "./spc";

const point = (date: string, value: number, extra: Partial<StoredPoint> = {}): StoredPoint & { note: string } => ({
  date,
  value,
  numerator: null,
  denominator: null,
  excluded: false,
  note: "",
  ...extra,
});
const months = (values: number[]) => values.map((v, i) => point(new Date(Date.UTC(2013, i, 1)).toISOString().slice(0, 10), v));

describe("chartInputFor", () => {
  const measure = { kind: "antall" as const, chartType: "run" as const, multiplier: 1 };

  it("sorts points by date and starts a new phase at a phase event", () => {
    const points = months([1, 2, 3, 4, 5]).reverse();
    const input = chartInputFor(measure, points, [{ kind: "ny_fase", date: "2013-03-01", text: "Ny rutine" }]);
    expect(input.x).toEqual(["2013-01-01", "2013-02-01", "2013-03-01", "2013-04-01", "2013-05-01"]);
    expect(input.options?.part).toEqual([2]);
  });

  it("freezes the baseline at the last point on or before a freeze event, and passes excluded points", () => {
    const points = months([1, 2, 3, 4, 5]);
    points[1].excluded = true;
    const input = chartInputFor(measure, points, [{ kind: "frys", date: "2013-03-15", text: "Basislinje" }]);
    expect(input.options?.freeze).toBe(3);
    expect(input.options?.exclude).toEqual([2]);
  });

  it("uses numerator and denominator for proportions, and ignores a phase before the first point", () => {
    const p = [point("2013-01-01", 0, { value: null, numerator: 3, denominator: 10 })];
    const input = chartInputFor({ kind: "andel", chartType: "p", multiplier: 100 }, p, [{ kind: "ny_fase", date: "2012-01-01", text: "x" }]);
    expect(input).toMatchObject({ chart: "p", y: [3], n: [10], options: { part: null, multiply: 100 } });
  });

  it("offers chart types that fit each kind of measure", () => {
    expect(chartTypesFor("andel")[0]).toBe("p");
    expect(chartTypesFor("rate")[0]).toBe("u");
    expect(chartTypesFor("kvalitativ")).toEqual([]);
  });
});

describe("protectSmallCount", () => {
  it("hides counts of 1 and 2 unless turned off", () => {
    expect([0, 1, 2, 3].map((n) => protectSmallCount(n, true))).toEqual([0, "<3", "<3", 3]);
    expect(protectSmallCount(2, false)).toBe(2);
    expect(protectSmallCount(2.5, true)).toBe(2.5);
  });
});

describe("explainChart", () => {
  const format = (x: string | number) => String(x);

  it("says plainly that there is only random variation, with the numbers", () => {
    const y = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6];
    const sentences = explainChart(analyseChart({ chart: "run", x: y.map((_, i) => i + 1), y }), format);
    expect(sentences).toEqual(["Bare tilfeldig variasjon: ingen signal. Lengste serie er 1 (grensen er 7), 13 kryssinger (minst 4)."]);
  });

  it("claims no signal for a phase with fewer points than the rules need", () => {
    const y = [5, 9, 6, 8, 5, 9, 6, 8, 5, 9, 6, 30];
    expect(explainChart(analyseChart({ chart: "i", x: y.map((_, i) => i + 1), y }), format)).toEqual([
      "For få punkter til å lese signaler: 12 punkter med verdi, reglene trenger minst 13.",
    ]);
  });

  it("does not name an excluded point as outside the limits: it is drawn hollow and carries no signal", () => {
    const y = [5, 9, 6, 8, 5, 9, 6, 8, 5, 9, 6, 8, 30, 7];
    const sentences = explainChart(analyseChart({ chart: "i", x: y.map((_, i) => i + 1), y, options: { exclude: [13] } }), (x) => `uke ${x}`);
    expect(sentences.join(" ")).not.toMatch(/utenfor kontrollgrensene/);
  });

  it("names the points outside the limits", () => {
    const y = [5, 9, 6, 8, 5, 9, 6, 8, 5, 9, 6, 8, 30];
    const sentences = explainChart(analyseChart({ chart: "i", x: y.map((_, i) => i + 1), y }), (x) => `uke ${x}`);
    expect(sentences).toContain("1 punkt utenfor kontrollgrensene: uke 13.");
  });
});

describe("analyseMeasure", () => {
  it("puts a linked tiltak's start date as a marker on the first point on or after it", () => {
    const analysis = analyseMeasure(
      { kind: "antall", chartType: "run", multiplier: 1, direction: "hoyere_er_bedre", target: null },
      months([1, 2, 3, 4]),
      [],
      [{ title: "Kriseplan", startDate: "2013-02-15" }],
      String,
    )!;
    expect(analysis.markers).toEqual([{ x: "2013-03-01", label: "Tiltak: Kriseplan", kind: "tiltak" }]);
  });

  it("reports the IHI rules apart, only when asked for", () => {
    const base = { kind: "antall" as const, chartType: "run" as const, multiplier: 1, direction: "hoyere_er_bedre" as const, target: null };
    const values = months([1, 2, 1, 2, 8, 9, 8, 9, 8, 9, 1, 2, 1]);
    expect(analyseMeasure(base, values, [], [], String)!.ihi).toBeNull();
    expect(analyseMeasure(base, values, [], [], String, "ihi")!.ihi).toEqual(["IHI-reglene: forskyvning (6 eller flere punkter på samme side av midtlinjen)."]);
  });

  it("says that a frozen baseline is not used when the chart has phases, and only then", () => {
    const base = { kind: "antall" as const, chartType: "run" as const, multiplier: 1, direction: "hoyere_er_bedre" as const, target: null };
    const values = months([1, 2, 1, 2, 8, 9, 8, 9, 8, 9, 1, 2, 1]);
    const freeze = { kind: "frys" as const, date: values[3].date, text: "Basislinje" };
    const phase = { kind: "ny_fase" as const, date: values[6].date, text: "Ny rutine" };
    const note = "Basislinjen er fryst, men diagrammet har faser: hver fase får sin egen midtlinje, og frysingen brukes ikke.";
    expect(analyseMeasure(base, values, [freeze, phase], [], String)!.explanation).toContain(note);
    expect(analyseMeasure(base, values, [freeze], [], String)!.explanation).not.toContain(note);
  });

  it("gives nothing for a qualitative measure or one without points", () => {
    const base = { chartType: "run" as const, multiplier: 1, direction: "noytral" as const, target: null };
    expect(analyseMeasure({ ...base, kind: "kvalitativ" }, months([1]), [], [], String)).toBeNull();
    expect(analyseMeasure({ ...base, kind: "antall" }, [], [], [], String)).toBeNull();
  });

  it("reads the target: a mean well above a lower target will meet it", () => {
    const values = [50, 52, 51, 49, 50, 52, 51, 49, 50, 52, 51, 49, 50];
    const analysis = analyseMeasure({ kind: "kontinuerlig", chartType: "i", multiplier: 1, direction: "hoyere_er_bedre", target: 10 }, months(values), [], [], String)!;
    expect(analysis.verdict.assurance).toBe("pass");
  });
});

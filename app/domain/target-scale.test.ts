import { describe, expect, it } from "vitest";
import { checkTargetScale, scaleNamedByUnit, type TargetScaleInput } from "./target-scale";

/** The check with no-break spaces (Norwegian number grouping) written as plain spaces, to compare with typed text. */
const check = (input: TargetScaleInput) => JSON.parse(JSON.stringify(checkTargetScale(input)).replace(/\u00a0/g, " ")) as ReturnType<typeof checkTargetScale>;
const andel = (target: number | null, multiplier: number, unit = "%"): TargetScaleInput => ({ kind: "andel", unit, multiplier, target, chartType: "p" });
const errors = (input: TargetScaleInput) => check(input).problems.filter((p) => p.severity === "error").map((p) => p.message);
const warnings = (input: TargetScaleInput) => check(input).problems.filter((p) => p.severity === "warning").map((p) => p.message);

describe("scaleNamedByUnit", () => {
  it.each([
    ["%", 100],
    [" prosent ", 100],
    ["% av pasientene", 100],
    ["Prosent av innlagte", 100],
    ["‰", 1000],
    ["promille", 1000],
    ["per 1000 liggedøgn", 1000],
    ["per 1 000 liggedøgn", 1000],
    ["per 100 000 innbyggere", 100000],
    ["pr. 1000 fødte", 1000],
    ["per 100000", 100000],
  ])("«%s» names scale %d", (unit, scale) => {
    expect(scaleNamedByUnit(unit)?.scale).toBe(scale);
  });

  it.each(["", "dager", "per liggedøgn", "prosentpoeng", "pasienter"])("«%s» names no scale", (unit) => {
    expect(scaleNamedByUnit(unit)).toBeNull();
  });
});

describe("andel: the target lies in 0..multiplier", () => {
  it("refuses 50 at scale 1 with «%» and suggests 0,5 or scale 100", () => {
    const result = check(andel(50, 1));
    expect(result.fits).toBe(false);
    expect(errors(andel(50, 1))).toEqual(["Målet 50 er større enn 1, som er alle på skala 1. Mente du 0,5, eller skala 100 for prosent?"]);
    expect(result.targetLine).toBe("Mållinjen tegnes ikke før målet passer til skalaen");
  });

  it("takes a target exactly at the multiplier (everyone) and exactly 0 (no one)", () => {
    expect(check(andel(100, 100))).toEqual({ fits: true, problems: [], targetLine: "Mållinjen tegnes ved 100 % (alle)" });
    expect(check(andel(0, 100))).toEqual({ fits: true, problems: [], targetLine: "Mållinjen tegnes ved 0 % (ingen)" });
    expect(check(andel(1, 1, "")).fits).toBe(true);
  });

  it("refuses a target just above the multiplier", () => {
    expect(check(andel(100.01, 100)).fits).toBe(false);
    expect(errors(andel(100.01, 100))[0]).toBe("Målet 100,01 er større enn 100, som er alle på skala 100. En andel kan ikke bli større enn alle; målet må være fra 0 til 100.");
    expect(check(andel(1.5, 1, "")).fits).toBe(false);
  });

  it("refuses a target just below 0", () => {
    expect(errors(andel(-0.01, 100))).toEqual(["Målet kan ikke være negativt: en andel er aldri under 0."]);
  });

  it("suggests the unit's own scale when the target was typed in it (per mille)", () => {
    expect(errors(andel(5, 1, "‰"))[0]).toBe("Målet 5 er større enn 1, som er alle på skala 1. Mente du 0,005, eller skala 1 000 for promille?");
  });

  it("suggests per cent for a target up to 100 on scale 1 without a unit", () => {
    expect(errors(andel(80, 1, ""))[0]).toBe("Målet 80 er større enn 1, som er alle på skala 1. Mente du 0,8, eller skala 100 for prosent?");
  });

  it("describes where the line is drawn, with the unit when it agrees with the scale", () => {
    expect(check(andel(50, 100)).targetLine).toBe("Mållinjen tegnes ved 50 % (halvparten av alle)");
    expect(check(andel(80, 100)).targetLine).toBe("Mållinjen tegnes ved 80 % (80 av hver 100)");
    expect(check(andel(0.5, 1, "")).targetLine).toBe("Mållinjen tegnes ved 0,5 på en skala der 1 er alle");
    expect(check(andel(0.25, 1, "av pasientene")).targetLine).toBe("Mållinjen tegnes ved 0,25 av pasientene (25 % av alle)");
    // «%» on scale 1: the unit would mislabel the line, so the scale is named instead.
    expect(check(andel(0.5, 1)).targetLine).toBe("Mållinjen tegnes ved 0,5 på en skala der 1 er alle");
  });

  it("warns, without refusing, about a fraction typed for a scale above 1", () => {
    const result = check(andel(0.5, 100));
    expect(result.fits).toBe(true);
    expect(warnings(andel(0.5, 100))).toEqual(["Målet 0,5 er bare 0,5 % av alle på skala 100. Mente du 50?"]);
    expect(warnings(andel(1, 100))).toHaveLength(1);
    expect(warnings(andel(1.01, 100))).toEqual([]);
    expect(warnings(andel(0, 100))).toEqual([]);
    // On scale 1 a fraction is what is meant.
    expect(warnings(andel(0.5, 1, ""))).toEqual([]);
  });
});

describe("unit and scale", () => {
  it("warns when «%» or «prosent» goes with a multiplier other than 100", () => {
    expect(warnings(andel(0.5, 1))).toEqual(["Enheten «%» passer til skala 100, men skalaen er 1. Halvparten av alle vises da som 0,5 %. Sett skala til 100, eller endre enheten."]);
    expect(warnings(andel(null, 1000, "prosent"))).toHaveLength(1);
    expect(warnings(andel(50, 100, "prosent"))).toEqual([]);
    expect(check(andel(0.5, 1)).fits).toBe(true);
  });

  it("warns when «‰» or «promille» goes with a multiplier other than 1000", () => {
    expect(warnings(andel(5, 1000, "‰"))).toEqual([]);
    expect(warnings(andel(0.005, 1, "promille"))[0]).toMatch(/^Enheten «promille» passer til skala 1 000, men skalaen er 1\./);
    expect(warnings(andel(5, 100, "‰"))[0]).toMatch(/skalaen er 100\./);
  });

  it("warns when a rate's «per 1000 …» or «per 100 000 …» differs from its multiplier", () => {
    const rate = (unit: string, multiplier: number): TargetScaleInput => ({ kind: "rate", unit, multiplier, target: 3, chartType: "u" });
    expect(warnings(rate("per 1000 liggedøgn", 1000))).toEqual([]);
    expect(warnings(rate("per 1000 liggedøgn", 1))).toEqual(["Enheten «per 1000 liggedøgn» passer til skala 1 000, men skalaen er 1. Sett skala til 1 000, eller endre enheten."]);
    expect(warnings(rate("per 100 000 innbyggere", 100000))).toEqual([]);
    expect(warnings(rate("per 100 000 innbyggere", 1000))).toHaveLength(1);
    expect(check(rate("per 1000 liggedøgn", 1)).fits).toBe(true);
  });

  it("ignores the multiplier for kinds without a scale", () => {
    expect(check({ kind: "antall", unit: "%", multiplier: 1, target: 500, chartType: "run" })).toEqual({ fits: true, problems: [], targetLine: "Mållinjen tegnes ved 500 %" });
    expect(check({ kind: "kontinuerlig", unit: "dager", multiplier: 0, target: 12.5, chartType: "i" })).toEqual({
      fits: true,
      problems: [],
      targetLine: "Mållinjen tegnes ved 12,5 dager",
    });
  });
});

describe("rates", () => {
  it("have no upper bound, only 0", () => {
    expect(check({ kind: "rate", unit: "per 1000 liggedøgn", multiplier: 1000, target: 5000, chartType: "u" })).toEqual({
      fits: true,
      problems: [],
      targetLine: "Mållinjen tegnes ved 5 000 per 1000 liggedøgn",
    });
    expect(check({ kind: "rate", unit: "", multiplier: 1000, target: 0, chartType: "u" }).targetLine).toBe("Mållinjen tegnes ved 0 per 1 000 i nevneren");
    expect(check({ kind: "rate", unit: "", multiplier: 1, target: 2, chartType: "u" }).targetLine).toBe("Mållinjen tegnes ved 2 per enhet i nevneren");
    expect(errors({ kind: "rate", unit: "", multiplier: 1000, target: -1, chartType: "u" })).toEqual(["Målet kan ikke være negativt: en rate er aldri under 0."]);
  });
});

describe("negative targets", () => {
  it("are refused for counts, shares and rates, and taken at 0", () => {
    expect(errors({ kind: "antall", unit: "", multiplier: 1, target: -1, chartType: "run" })).toEqual(["Målet kan ikke være negativt: et antall er aldri under 0."]);
    expect(check({ kind: "antall", unit: "", multiplier: 1, target: 0, chartType: "c" }).fits).toBe(true);
  });

  it("are taken for a continuous measure, unless its chart plots time between events or ranges", () => {
    expect(check({ kind: "kontinuerlig", unit: "°C", multiplier: 1, target: -3, chartType: "i" })).toEqual({ fits: true, problems: [], targetLine: "Mållinjen tegnes ved −3 °C" });
    expect(errors({ kind: "kontinuerlig", unit: "dager", multiplier: 1, target: -3, chartType: "t" })).toEqual(["Målet kan ikke være negativt: verdiene i dette diagrammet er aldri under 0."]);
  });
});

describe("without a target or a valid scale", () => {
  it("has no target line without a target, but still warns about the unit", () => {
    expect(check(andel(null, 100))).toEqual({ fits: true, problems: [], targetLine: null });
    expect(check(andel(null, 1))).toMatchObject({ fits: true, targetLine: null, problems: [{ severity: "warning" }] });
  });

  it("says nothing about a multiplier of 0 or less, which its own field refuses", () => {
    expect(check(andel(50, 0))).toEqual({ fits: true, problems: [], targetLine: null });
    expect(check(andel(50, -100))).toEqual({ fits: true, problems: [], targetLine: null });
  });

  it("tells that a qualitative measure's target is not drawn", () => {
    expect(check({ kind: "kvalitativ", unit: "", multiplier: 1, target: 3, chartType: "run" })).toEqual({
      fits: true,
      problems: [],
      targetLine: "Kvalitative målinger har ikke diagram, så målet tegnes ikke som en linje",
    });
  });
});

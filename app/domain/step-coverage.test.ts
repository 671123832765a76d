import { describe, expect, it } from "vitest";
import { computeStepCoverage, type StepDefinition } from "./step-coverage";

const steps: StepDefinition[] = [
  { id: "forberedelse", number: 1, name: "Forberedelse", themes: [{ id: "a", name: "A" }, { id: "b", name: "B" }] },
  { id: "kontrollere", number: 4, name: "Kontrollere", themes: [{ id: "c", name: "C" }] },
];

describe("computeStepCoverage", () => {
  it("counts work per theme and picks the latest by date", () => {
    const result = computeStepCoverage(steps, [
      { title: "Eldst", date: "2010-01-01", stepId: "forberedelse", themeId: "a" },
      { title: "Nyest", date: "2012-05-01", stepId: "forberedelse", themeId: "a" },
      { title: "Midt", date: "2011-01-01", stepId: "forberedelse", themeId: "a" },
    ]);
    expect(result[0].themes[0]).toEqual({ id: "a", name: "A", count: 3, latest: { title: "Nyest", date: "2012-05-01" }, isGap: false });
    expect(result[0].count).toBe(3);
  });

  it("marks themes with nothing as gaps, per step", () => {
    const result = computeStepCoverage(steps, [{ title: "x", date: "2010-01-01", stepId: "forberedelse", themeId: "a" }]);
    expect(result[0].themes[1]).toMatchObject({ id: "b", count: 0, latest: null, isGap: true });
    expect(result[0].gapCount).toBe(1);
    expect(result[1]).toMatchObject({ id: "kontrollere", count: 0, gapCount: 1 });
  });

  it("does not credit work to a theme of another step", () => {
    const result = computeStepCoverage(steps, [{ title: "x", date: "2010-01-01", stepId: "kontrollere", themeId: "a" }]);
    expect(result[0].themes[0].isGap).toBe(true);
    expect(result[1].themes[0].isGap).toBe(true);
  });

  it("keeps the steps in the order given", () => {
    expect(computeStepCoverage(steps, []).map((s) => s.number)).toEqual([1, 4]);
  });
});

import { TOO_LARGE } from "../domain/measure-import";
import { measureSchema, pointSchema } from "./measure";
import { measureFormValues } from "./measure-values";

const stored = {
  name: "Andel med plan", kind: "andel", definition: "", numeratorText: "Med plan", denominatorText: "Alle", unit: "%", direction: "hoyere_er_bedre",
  target: 80.5, targetDate: null, dataSource: "", frequency: "Månedlig", ownerAfterProject: "", continuesAfterProject: true, continuesSince: "2024-03-01", chartType: "p",
  multiplier: 100, goalIds: [3], tiltakIds: [], version: 4,
  points: Array.from({ length: 50 }, (_, i) => ({ id: i, date: "2024-01-01", value: i })),
};

test("the edit form gets the measure's fields, never its points", () => {
  const values = measureFormValues(stored);
  const formFields = Object.keys(measureSchema({ goals: [], tiltak: [] }).innerType().shape).filter((key) => key !== "version");
  expect(Object.keys(values).sort()).toEqual(formFields.sort());
  expect(values).toMatchObject({ target: "80,5", targetDate: "", multiplier: "100", continuesAfterProject: "on", continuesSince: "2024-03-01", goalIds: ["3"] });
});

test("a typed value or target is refused when it is too large to be a measurement, not stored as infinity", () => {
  const point = pointSchema("antall").safeParse({ intent: "punkt", date: "2024-01-01", value: "9".repeat(400) });
  expect(point.success).toBe(false);
  expect(point.error?.issues[0].message).toBe(TOO_LARGE);
  const target = measureSchema({ goals: [], tiltak: [] }).safeParse({ name: "X", kind: "antall", direction: "noytral", chartType: "run", target: "1e400" });
  expect(target.success).toBe(false);
});

describe("a target in the measure's own scale", () => {
  const schema = measureSchema({ goals: [], tiltak: [] });
  const proportion = (target: string, multiplier: string, unit = "%") =>
    schema.safeParse({ name: "Andel med plan", kind: "andel", denominatorText: "Alle", unit, direction: "hoyere_er_bedre", chartType: "p", target, multiplier });

  it("is refused, with a message at the target field, when it can never be reached", () => {
    const parsed = proportion("50", "1");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ["target"], message: "Målet 50 er større enn 1, som er alle på skala 1. Mente du 0,5, eller skala 100 for prosent?" }),
    ]);
    expect(proportion("-1", "100").error?.issues.map((i) => i.path)).toEqual([["target"]]);
  });

  it("is saved when it only draws a warning, and at the boundaries 0 and the scale", () => {
    expect(proportion("0,5", "1").success).toBe(true);
    expect(proportion("0,5", "100").success).toBe(true);
    expect(proportion("100", "100").success).toBe(true);
    expect(proportion("0", "100").success).toBe(true);
  });

  it("is not checked against a scale of 0 or less, which has its own message", () => {
    expect(proportion("50", "0").error?.issues.map((i) => i.path)).toEqual([["multiplier"]]);
  });
});

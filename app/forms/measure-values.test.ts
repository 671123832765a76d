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

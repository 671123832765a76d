import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { todayIso } from "../utils/time";
import { listMeasureFacts } from "./dated-facts.server";
import { createMeasure, getMeasure, updateMeasure, type MeasureValues } from "./measure.server";

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

const values: MeasureValues = {
  name: "Andel med kriseplan",
  kind: "andel",
  definition: "",
  numeratorText: "Med kriseplan",
  denominatorText: "Alle i forløpet",
  unit: "%",
  direction: "hoyere_er_bedre",
  target: null,
  targetDate: null,
  dataSource: "",
  frequency: "Månedlig",
  ownerAfterProject: "Enhetsleder psykisk helse",
  continuesAfterProject: true,
  chartType: "p",
  multiplier: 100,
  goalIds: [],
  tiltakIds: [],
};

describe("a measure continuing in operation is dated the day it was decided", () => {
  it("is dated today when decided now, keeps its day through later edits, and loses it when the decision is undone", () => {
    const measure = createMeasure({ projectId: 1, userId: 1, values });
    expect(getMeasure(1, measure.id)!.continuesSince).toBe(todayIso());

    expect(updateMeasure({ projectId: 1, measureId: measure.id, version: 1, userId: 1, values: { ...values, continuesSince: "2013-05-01" } }).status).toBe("saved");
    expect(updateMeasure({ projectId: 1, measureId: measure.id, version: 2, userId: 1, values: { ...values, name: "Andel med kriseplan (alle)" } }).status).toBe("saved");
    expect(getMeasure(1, measure.id)!.continuesSince).toBe("2013-05-01");
    expect(listMeasureFacts(1).find((m) => m.id === measure.id)!.continuesSince).toBe("2013-05-01");

    expect(updateMeasure({ projectId: 1, measureId: measure.id, version: 3, userId: 1, values: { ...values, continuesAfterProject: false } }).status).toBe("saved");
    expect(getMeasure(1, measure.id)!.continuesSince).toBeNull();
    expect(listMeasureFacts(1).find((m) => m.id === measure.id)!.continuesSince).toBeNull();
  });
});

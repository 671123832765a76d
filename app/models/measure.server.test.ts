import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { todayIso } from "../utils/time";
import { listMeasureFacts } from "./dated-facts.server";
import { desc, eq } from "drizzle-orm";
import { auditLog, dataPoints } from "../../db/schema";
import { addPoints, createMeasure, deletePoint, getMeasure, updateMeasure, updatePoint, type MeasureValues } from "./measure.server";

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

describe("the audit log of a measure's changes", () => {
  const lastEntry = () => {
    const row = getDb().select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;
    return { ...row, detail: JSON.parse(row.detail ?? "null") };
  };

  it("records a point's changed value before and after, its note only as a fingerprint, and what a delete removed", () => {
    const measure = createMeasure({ projectId: 1, userId: 1, values: { ...values, name: "Logget måling", kind: "antall", chartType: "run" } });
    addPoints({ projectId: 1, measureId: measure.id, userId: 1, points: [{ date: "2013-01-01", value: 4, numerator: null, denominator: null, note: "" }], source: "skjema" });
    const point = getDb().select().from(dataPoints).where(eq(dataPoints.measureId, measure.id)).get()!;

    const saved = updatePoint({ projectId: 1, measureId: measure.id, pointId: point.id, version: point.version, userId: 1, values: { date: "2013-01-01", value: 7, numerator: null, denominator: null, note: "Ny rutine", excluded: false } });
    expect(saved.status).toBe("saved");
    const update = lastEntry();
    expect(update).toMatchObject({ action: "update", entityType: "data_point", entityId: String(point.id) });
    expect(update.detail.changes).toEqual({ value: { før: 4, etter: 7 }, note: { før: expect.objectContaining({ lengde: 0 }), etter: expect.objectContaining({ lengde: 9 }) } });
    expect(JSON.stringify(update.detail)).not.toContain("Ny rutine");

    expect(deletePoint({ projectId: 1, measureId: measure.id, pointId: point.id, userId: 1 })).toBe("2013-01-01");
    expect(lastEntry().detail.removed).toMatchObject({ date: "2013-01-01", value: 7 });
  });
});

import { and, asc, count, desc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { cachedRead, getDb, type Tx } from "../../db/client.server";
import {
  chartEvents,
  CHART_TYPES,
  dataPoints,
  goals,
  MEASURE_DIRECTIONS,
  MEASURE_KINDS,
  measureGoals,
  measures,
  measureTiltak,
  QUALITATIVE_METHODS,
  qualitativeEvaluations,
  tiltak,
} from "../../db/schema";
import { pointValue } from "../domain/measure-series";
import { todayIso } from "../utils/time";
import { removedFields, rowChanges } from "../utils/audit-changes.server";
import { writeAudit } from "./audit.server";
import type { SaveResult } from "./save-result";

export type MeasureValues = {
  name: string;
  kind: (typeof MEASURE_KINDS)[number];
  definition: string;
  numeratorText: string;
  denominatorText: string;
  unit: string;
  direction: (typeof MEASURE_DIRECTIONS)[number];
  target: number | null;
  targetDate: string | null;
  dataSource: string;
  frequency: string;
  ownerAfterProject: string;
  continuesAfterProject: boolean;
  /** The day it was decided that the measure continues in operation; today when it is decided now. */
  continuesSince?: string | null;
  chartType: (typeof CHART_TYPES)[number];
  multiplier: number;
  goalIds: number[];
  tiltakIds: number[];
};

export type PointValues = { date: string; value: number | null; numerator: number | null; denominator: number | null; note: string };

/** Each measure of a project with how many points it had and its latest point, by a day (by now when none is given). */
export function listMeasureSummaries(projectId: number, asOf?: string) {
  return cachedRead(`measure-summaries:${projectId}:${asOf ?? ""}`, () => readMeasureSummaries(projectId, asOf));
}

function readMeasureSummaries(projectId: number, asOf?: string) {
  const db = getDb();
  const latest = db
    .select({
      measureId: dataPoints.measureId,
      pointCount: sql<number>`count(*)`.as("point_count"),
      latestDate: sql<string>`max(${dataPoints.date})`.as("latest_date"),
    })
    .from(dataPoints)
    // Only this project's measures: the points of every other project stay unread.
    .where(
      and(
        inArray(dataPoints.measureId, db.select({ id: measures.id }).from(measures).where(eq(measures.projectId, projectId))),
        asOf ? lte(dataPoints.date, asOf) : undefined,
      ),
    )
    .groupBy(dataPoints.measureId)
    .as("latest");
  const rows = db
    .select({
      id: measures.id,
      name: measures.name,
      kind: measures.kind,
      unit: measures.unit,
      multiplier: measures.multiplier,
      isIllustrative: measures.isIllustrative,
      continuesAfterProject: measures.continuesAfterProject,
      ownerAfterProject: measures.ownerAfterProject,
      pointCount: sql<number>`coalesce(${latest.pointCount}, 0)`,
      latestDate: latest.latestDate,
      latestValue: dataPoints.value,
      latestNumerator: dataPoints.numerator,
      latestDenominator: dataPoints.denominator,
    })
    .from(measures)
    .leftJoin(latest, eq(latest.measureId, measures.id))
    .leftJoin(dataPoints, sql`${dataPoints.measureId} = ${measures.id} AND ${dataPoints.date} = ${latest.latestDate}`)
    .where(eq(measures.projectId, projectId))
    .orderBy(asc(measures.id))
    .all();
  return rows.map(({ latestValue, latestNumerator, latestDenominator, multiplier, ...row }) => ({
    ...row,
    latestValue: pointValue({ value: latestValue, numerator: latestNumerator, denominator: latestDenominator }, multiplier),
  }));
}


/**
 * A measure with all its points, links, chart events and evaluations; null if not in the project.
 * Reads every point: for the downloads and the report. The pages use getMeasureHeader and read
 * points a page at a time (listPointsPage) or only the columns the analysis needs (listSeriesPoints).
 */
export function getMeasure(projectId: number, measureId: number) {
  return cachedRead(`measure:${projectId}:${measureId}`, () => readMeasure(projectId, measureId));
}

function readMeasure(projectId: number, measureId: number) {
  const header = readMeasureHeader(projectId, measureId);
  if (!header) return null;
  return { ...header, points: getDb().select().from(dataPoints).where(eq(dataPoints.measureId, header.id)).orderBy(asc(dataPoints.date)).all() };
}

/** A measure with its links, chart events, evaluations and how many points it has, but not the points; null if not in the project. */
export function getMeasureHeader(projectId: number, measureId: number) {
  return cachedRead(`measure-header:${projectId}:${measureId}`, () => readMeasureHeader(projectId, measureId));
}

function readMeasureHeader(projectId: number, measureId: number) {
  const db = getDb();
  const row = db.select().from(measures).where(and(eq(measures.id, measureId), eq(measures.projectId, projectId))).get();
  if (!row) return null;
  const tiltakIds = db.select().from(measureTiltak).where(eq(measureTiltak.measureId, row.id)).all().map((t) => t.tiltakId);
  return {
    ...row,
    goalIds: db.select().from(measureGoals).where(eq(measureGoals.measureId, row.id)).all().map((g) => g.goalId),
    tiltakIds,
    linkedTiltak: tiltakIds.length
      ? db.select({ id: tiltak.id, title: tiltak.title, startDate: tiltak.startDate }).from(tiltak).where(inArray(tiltak.id, tiltakIds)).all()
      : [],
    pointCount: countPoints(row.id),
    events: db.select().from(chartEvents).where(eq(chartEvents.measureId, row.id)).orderBy(asc(chartEvents.date)).all(),
    qualitative: db.select().from(qualitativeEvaluations).where(eq(qualitativeEvaluations.measureId, row.id)).orderBy(asc(qualitativeEvaluations.date)).all(),
  };
}

export type Measure = NonNullable<ReturnType<typeof readMeasure>>;
export type MeasureHeader = NonNullable<ReturnType<typeof readMeasureHeader>>;

/** How many points a measure has. */
export function countPoints(measureId: number) {
  return getDb().select({ n: count() }).from(dataPoints).where(eq(dataPoints.measureId, measureId)).get()?.n ?? 0;
}

/**
 * A short text that changes whenever any of the measure's points is added, removed or edited (an edit
 * raises the point's version): count, id sums and version sum, read from the measure's index.
 */
export function seriesFingerprint(measureId: number): string {
  const row = getDb()
    .select({ n: count(), maxId: sql<number>`coalesce(max(${dataPoints.id}), 0)`, idSum: sql<number>`coalesce(sum(${dataPoints.id}), 0)`, versions: sql<number>`coalesce(sum(${dataPoints.version}), 0)` })
    .from(dataPoints)
    .where(eq(dataPoints.measureId, measureId))
    .get();
  return row ? `${row.n}:${row.maxId}:${row.idSum}:${row.versions}` : "0";
}

/** One page of a measure's points, newest first (SQL LIMIT/OFFSET on the (measure, date) index). */
export function listPointsPage(measureId: number, page: { limit: number; offset: number }) {
  return getDb()
    .select()
    .from(dataPoints)
    .where(eq(dataPoints.measureId, measureId))
    .orderBy(desc(dataPoints.date))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

/** How many of a measure's points come before this date on the pages (newest first): for finding a point's page. */
export function countPointsAfter(measureId: number, date: string) {
  return getDb().select({ n: count() }).from(dataPoints).where(and(eq(dataPoints.measureId, measureId), gt(dataPoints.date, date))).get()?.n ?? 0;
}

/** One point of the measure, or null. */
export function getPoint(measureId: number, pointId: number) {
  return getDb().select().from(dataPoints).where(and(eq(dataPoints.id, pointId), eq(dataPoints.measureId, measureId))).get() ?? null;
}

/** Whether the measure has a point on this date. */
export function hasPointOn(measureId: number, date: string) {
  return Boolean(getDb().select({ id: dataPoints.id }).from(dataPoints).where(and(eq(dataPoints.measureId, measureId), eq(dataPoints.date, date))).get());
}

/** The dates the measure has points on (for checking a reading against them). */
export function listPointDates(measureId: number): Set<string> {
  return new Set(getDb().select({ date: dataPoints.date }).from(dataPoints).where(eq(dataPoints.measureId, measureId)).all().map((p) => p.date));
}

/** Every point, by date, with only what the analysis uses. */
export function listSeriesPoints(measureId: number) {
  return getDb()
    .select({ date: dataPoints.date, value: dataPoints.value, numerator: dataPoints.numerator, denominator: dataPoints.denominator, excluded: dataPoints.excluded, note: dataPoints.note })
    .from(dataPoints)
    .where(eq(dataPoints.measureId, measureId))
    .orderBy(asc(dataPoints.date))
    .all();
}

/** Sub-goals and tiltak each measure follows, for the list of measures. */
export function listMeasureGoalLabels(projectId: number) {
  return getDb()
    .select({ measureId: measureGoals.measureId, kind: goals.kind, number: goals.number })
    .from(measureGoals)
    .innerJoin(goals, eq(goals.id, measureGoals.goalId))
    .where(eq(goals.projectId, projectId))
    .all();
}


function replaceLinks(tx: Tx, measureId: number, values: MeasureValues) {
  tx.delete(measureGoals).where(eq(measureGoals.measureId, measureId)).run();
  tx.delete(measureTiltak).where(eq(measureTiltak.measureId, measureId)).run();
  for (const goalId of new Set(values.goalIds)) tx.insert(measureGoals).values({ measureId, goalId }).run();
  for (const tiltakId of new Set(values.tiltakIds)) tx.insert(measureTiltak).values({ measureId, tiltakId }).run();
}

/** The measure's own columns; continuing in operation is dated the day it was decided. */
const columns = ({ goalIds: _g, tiltakIds: _t, continuesSince, ...rest }: MeasureValues, decidedBefore: string | null = null) => ({
  ...rest,
  continuesSince: rest.continuesAfterProject ? (continuesSince ?? decidedBefore ?? todayIso()) : null,
});

export function createMeasure(input: { projectId: number; userId: number; values: MeasureValues }) {
  return getDb().transaction((tx) => {
    const row = tx.insert(measures).values({ projectId: input.projectId, ...columns(input.values) }).returning().get();
    replaceLinks(tx, row.id, input.values);
    writeAudit({ userId: input.userId, action: "create", entityType: "measure", entityId: row.id, projectId: input.projectId });
    return row;
  });
}

export function updateMeasure(input: { projectId: number; measureId: number; version: number; userId: number; values: MeasureValues }): SaveResult<MeasureHeader> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(measures).where(and(eq(measures.id, input.measureId), eq(measures.projectId, input.projectId))).get();
    const updated = tx
      .update(measures)
      .set({ ...columns(input.values, before?.continuesSince ?? null), version: sql`${measures.version} + 1`, updatedAt: new Date().toISOString() })
      .where(and(eq(measures.id, input.measureId), eq(measures.projectId, input.projectId), eq(measures.version, input.version)))
      .returning()
      .get();
    if (!updated) {
      const current = getMeasureHeader(input.projectId, input.measureId);
      return current ? { status: "conflict", current } : { status: "not_found" };
    }
    replaceLinks(tx, input.measureId, input.values);
    writeAudit({ userId: input.userId, action: "update", entityType: "measure", entityId: input.measureId, projectId: input.projectId, detail: { changes: rowChanges(before, updated) } });
    return { status: "saved" };
  });
}

export function deleteMeasure(input: { projectId: number; measureId: number; userId: number }) {
  const removed = getDb().delete(measures).where(and(eq(measures.id, input.measureId), eq(measures.projectId, input.projectId))).returning().get();
  if (removed) writeAudit({ userId: input.userId, action: "delete", entityType: "measure", entityId: removed.id, projectId: input.projectId, detail: { removed: removedFields(removed, ["kind", "name"]) } });
  return Boolean(removed);
}

/**
 * Saves imported or typed points all together or not at all: one transaction, and the unique
 * (measure, date) index refuses a date stored in the meantime.
 */
export function addPoints(input: { projectId: number; measureId: number; userId: number; points: PointValues[]; source: string }): { ok: true; count: number } | { ok: false; message: string } {
  try {
    getDb().transaction((tx) => {
      for (const point of input.points) tx.insert(dataPoints).values({ measureId: input.measureId, ...point }).run();
      writeAudit({ userId: input.userId, action: "import", entityType: "data_points", entityId: input.measureId, projectId: input.projectId, detail: { count: input.points.length, source: input.source } });
    });
    return { ok: true, count: input.points.length };
  } catch (error) {
    if (String((error as Error).message).includes("UNIQUE")) return { ok: false, message: "Noen har lagret et punkt for en av datoene i mellomtiden. Ingenting er lagret; les inn på nytt." };
    throw error;
  }
}

export function updatePoint(input: { projectId: number; measureId: number; pointId: number; version: number; userId: number; values: PointValues & { excluded: boolean } }): SaveResult<typeof dataPoints.$inferSelect> | { status: "duplicate" } {
  const db = getDb();
  try {
    const saved = db.transaction((tx) => {
      const before = tx.select().from(dataPoints).where(and(eq(dataPoints.id, input.pointId), eq(dataPoints.measureId, input.measureId))).get();
      const updated = tx
        .update(dataPoints)
        .set({ ...input.values, version: sql`${dataPoints.version} + 1` })
        .where(and(eq(dataPoints.id, input.pointId), eq(dataPoints.measureId, input.measureId), eq(dataPoints.version, input.version)))
        .returning()
        .get();
      if (updated) writeAudit({ userId: input.userId, action: "update", entityType: "data_point", entityId: input.pointId, projectId: input.projectId, detail: { changes: rowChanges(before, updated) } });
      return Boolean(updated);
    });
    if (saved) {
      return { status: "saved" };
    }
  } catch (error) {
    if (String((error as Error).message).includes("UNIQUE")) return { status: "duplicate" };
    throw error;
  }
  const current = db.select().from(dataPoints).where(and(eq(dataPoints.id, input.pointId), eq(dataPoints.measureId, input.measureId))).get();
  return current ? { status: "conflict", current } : { status: "not_found" };
}

/** The date of the point removed, or null when the measure has no such point. */
export function deletePoint(input: { projectId: number; measureId: number; pointId: number; userId: number }): string | null {
  const removed = getDb().delete(dataPoints).where(and(eq(dataPoints.id, input.pointId), eq(dataPoints.measureId, input.measureId))).returning().get();
  if (removed) writeAudit({ userId: input.userId, action: "delete", entityType: "data_point", entityId: removed.id, projectId: input.projectId, detail: { removed: removedFields(removed, ["date", "value", "numerator", "denominator"]) } });
  return removed?.date ?? null;
}

export function addChartEvent(input: { projectId: number; measureId: number; userId: number; kind: "ny_fase" | "frys" | "merknad"; date: string; text: string }) {
  const row = getDb().insert(chartEvents).values({ measureId: input.measureId, kind: input.kind, date: input.date, text: input.text, createdBy: input.userId }).returning().get();
  writeAudit({ userId: input.userId, action: "create", entityType: "chart_event", entityId: row.id, projectId: input.projectId, detail: { kind: input.kind } });
  return row;
}

export function deleteChartEvent(input: { projectId: number; measureId: number; eventId: number; userId: number }) {
  const removed = getDb().delete(chartEvents).where(and(eq(chartEvents.id, input.eventId), eq(chartEvents.measureId, input.measureId))).returning().get();
  if (removed) writeAudit({ userId: input.userId, action: "delete", entityType: "chart_event", entityId: removed.id, projectId: input.projectId, detail: { removed: removedFields(removed, ["kind", "date", "text"]) } });
  return Boolean(removed);
}

export function addQualitativeEvaluation(input: { projectId: number; measureId: number; userId: number; date: string; method: (typeof QUALITATIVE_METHODS)[number]; summary: string; documentRef: string | null }) {
  const row = getDb()
    .insert(qualitativeEvaluations)
    .values({ projectId: input.projectId, measureId: input.measureId, date: input.date, method: input.method, summary: input.summary, documentRef: input.documentRef })
    .returning()
    .get();
  writeAudit({ userId: input.userId, action: "create", entityType: "qualitative_evaluation", entityId: row.id, projectId: input.projectId });
  return row;
}

/** The dates of the qualitative evaluations the project's measures have with the given methods. */
export function listQualitativeEvaluationDates(projectId: number, methods: readonly (typeof QUALITATIVE_METHODS)[number][]) {
  return getDb()
    .select({ date: qualitativeEvaluations.date })
    .from(qualitativeEvaluations)
    .innerJoin(measures, eq(measures.id, qualitativeEvaluations.measureId))
    .where(and(eq(measures.projectId, projectId), inArray(qualitativeEvaluations.method, [...methods])))
    .all()
    .map((r) => r.date);
}

import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { dataPoints, measures } from "../../db/schema";

/** Each measure of a project with how many points it has and its latest point. */
export function listMeasureSummaries(projectId: number) {
  const db = getDb();
  const latest = db
    .select({
      measureId: dataPoints.measureId,
      pointCount: sql<number>`count(*)`.as("point_count"),
      latestDate: sql<string>`max(${dataPoints.date})`.as("latest_date"),
    })
    .from(dataPoints)
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

/** The plotted value of a point: the value itself, or numerator/denominator scaled by the multiplier. */
export function pointValue(point: { value: number | null; numerator: number | null; denominator: number | null }, multiplier: number) {
  if (point.value != null) return point.value;
  if (point.numerator != null && point.denominator) return (point.numerator / point.denominator) * multiplier;
  return null;
}

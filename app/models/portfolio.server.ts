// What the portfolio reads about several projects at once: one query per kind of fact for all the
// person's projects, never one per project.
import { and, asc, count, eq, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { decisions, measures, organisations, projectMemberships, projectOrganisations, readinessSnapshots, sustainabilityRounds, tiltak } from "../../db/schema";
import { notDone } from "./steering.server";


/** Tiltak with their responsible person, and whether the latest evaluation decided to stop them. */
export function listTiltakResponsibility(projectIds: number[]) {
  if (!projectIds.length) return [];
  // The latest evaluation is the one with the latest date, and of two on one day the one recorded last (as nextEvaluation does).
  // Spelled out with aliases: drizzle leaves columns unqualified in a one-table select, so "id" would be the evaluation's own.
  const latestDecision = sql<string | null>`(select te."decision" from "tiltak_evaluations" te where te."tiltak_id" = "tiltak"."id" order by te."date" desc, te."id" desc limit 1)`;
  return getDb()
    .select({ id: tiltak.id, projectId: tiltak.projectId, title: tiltak.title, responsiblePerson: tiltak.responsiblePerson, latestDecision })
    .from(tiltak)
    .where(inArray(tiltak.projectId, projectIds))
    .orderBy(asc(tiltak.title), asc(tiltak.id))
    .all()
    .map(({ latestDecision: decision, ...t }) => ({ ...t, stopped: decision === "avslutte" }));
}

/** Measures with their owner after the project, and the day of their latest point (null without points). */
export function listMeasureOwnership(projectIds: number[]) {
  if (!projectIds.length) return [];
  // Per measure, read from the (measure, date) index.
  const latestDate = sql<string | null>`(select max(dp."date") from "data_points" dp where dp."measure_id" = "measures"."id")`;
  return getDb()
    .select({
      id: measures.id,
      projectId: measures.projectId,
      name: measures.name,
      ownerAfterProject: measures.ownerAfterProject,
      continuesAfterProject: measures.continuesAfterProject,
      isIllustrative: measures.isIllustrative,
      latestDate,
    })
    .from(measures)
    .where(inArray(measures.projectId, projectIds))
    .orderBy(asc(measures.name), asc(measures.id))
    .all();
}

/** Decisions not done or cancelled, with the owner's account (null when the owner has none). */
export function listOpenDecisionOwners(projectIds: number[]) {
  if (!projectIds.length) return [];
  return getDb()
    // An owner who has left the project is no owner: nobody is reminded of the decision any more.
    .select({ id: decisions.id, projectId: decisions.projectId, text: decisions.text, meetingId: decisions.meetingId, ownerUserId: projectMemberships.userId })
    .from(decisions)
    .leftJoin(projectMemberships, and(eq(projectMemberships.projectId, decisions.projectId), eq(projectMemberships.userId, decisions.ownerUserId)))
    .where(and(inArray(decisions.projectId, projectIds), notDone()))
    .orderBy(asc(decisions.dueDate), asc(decisions.id))
    .all();
}

/** How many decisions per project are open or under way with a due date before `today`. */
export function countOverdueDecisions(projectIds: number[], today: string): Map<number, number> {
  if (!projectIds.length) return new Map();
  const rows = getDb()
    .select({ projectId: decisions.projectId, n: count() })
    .from(decisions)
    .where(and(inArray(decisions.projectId, projectIds), notDone(), lt(decisions.dueDate, today)))
    .groupBy(decisions.projectId)
    .all();
  return new Map(rows.map((r) => [r.projectId, r.n]));
}

/** The two latest readiness snapshots per project (verdict and time), newest first. */
export function listLatestSnapshotPairs(projectIds: number[]): Map<number, { verdict: string; takenAt: string }[]> {
  const result = new Map<number, { verdict: string; takenAt: string }[]>();
  if (!projectIds.length) return result;
  const ranked = getDb()
    .select({
      projectId: readinessSnapshots.projectId,
      verdict: readinessSnapshots.verdict,
      takenAt: readinessSnapshots.takenAt,
      rank: sql<number>`row_number() over (partition by ${readinessSnapshots.projectId} order by ${readinessSnapshots.takenAt} desc, ${readinessSnapshots.id} desc)`.as("rank"),
    })
    .from(readinessSnapshots)
    .where(inArray(readinessSnapshots.projectId, projectIds))
    .as("ranked");
  const rows = getDb().select().from(ranked).where(sql`${ranked.rank} <= 2`).orderBy(asc(ranked.projectId), asc(ranked.rank)).all();
  for (const row of rows) result.set(row.projectId, [...(result.get(row.projectId) ?? []), { verdict: row.verdict, takenAt: row.takenAt }]);
  return result;
}

/** The organisations taking part in each project, by name. */
export function listPortfolioOrganisations(projectIds: number[]) {
  if (!projectIds.length) return [];
  return getDb()
    .select({ projectId: projectOrganisations.projectId, id: organisations.id, name: organisations.name })
    .from(projectOrganisations)
    .innerJoin(organisations, eq(organisations.id, projectOrganisations.organisationId))
    .where(inArray(projectOrganisations.projectId, projectIds))
    .orderBy(asc(organisations.name))
    .all();
}

/** How many sustainability rounds per project are open. */
export function countOpenRounds(projectIds: number[]): Map<number, number> {
  if (!projectIds.length) return new Map();
  const rows = getDb()
    .select({ projectId: sustainabilityRounds.projectId, n: count() })
    .from(sustainabilityRounds)
    .where(and(inArray(sustainabilityRounds.projectId, projectIds), eq(sustainabilityRounds.status, "apen")))
    .groupBy(sustainabilityRounds.projectId)
    .all();
  return new Map(rows.map((r) => [r.projectId, r.n]));
}

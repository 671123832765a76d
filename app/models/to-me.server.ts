// The facts "Til meg" reads for one person: only from the projects they are a member of.
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import {
  conferenceInputs,
  conferences,
  decisions,
  invitations,
  measures,
  projectMemberships,
  readinessSnapshots,
  stepReviews,
  sustainabilityRaters,
  sustainabilityRounds,
  tiltak,
  tiltakEvaluations,
} from "../../db/schema";
import type { SnapshotResult } from "./readiness.server";

/** Open decisions the person owns, in projects they are still a member of. */
export function openDecisionsOwnedBy(userId: number) {
  return getDb()
    .select({ id: decisions.id, projectId: decisions.projectId, meetingId: decisions.meetingId, text: decisions.text, ownerUserId: decisions.ownerUserId, dueDate: decisions.dueDate, status: decisions.status })
    .from(decisions)
    .innerJoin(projectMemberships, and(eq(projectMemberships.projectId, decisions.projectId), eq(projectMemberships.userId, userId)))
    .where(and(eq(decisions.ownerUserId, userId), inArray(decisions.status, ["apen", "pagar"])))
    .all();
}

/** The projects' tiltak with a planned evaluation, and every evaluation of them (the latest decides the next date). */
export function tiltakWithEvaluations(projectIds: number[]) {
  if (!projectIds.length) return { tiltak: [], evaluations: [] };
  const db = getDb();
  const rows = db.select({ id: tiltak.id, projectId: tiltak.projectId, title: tiltak.title, nextEvaluationDate: tiltak.nextEvaluationDate }).from(tiltak).where(inArray(tiltak.projectId, projectIds)).all();
  const evaluations = db
    .select({ tiltakId: tiltakEvaluations.tiltakId, date: tiltakEvaluations.date, decision: tiltakEvaluations.decision, nextEvaluationDate: tiltakEvaluations.nextEvaluationDate })
    .from(tiltakEvaluations)
    .innerJoin(tiltak, eq(tiltak.id, tiltakEvaluations.tiltakId))
    .where(inArray(tiltak.projectId, projectIds))
    // In the order nextEvaluation expects: of two on one day, the one recorded last decides (as on the tiltak page).
    .orderBy(asc(tiltakEvaluations.date), asc(tiltakEvaluations.id))
    .all();
  return { tiltak: rows, evaluations };
}

/** Open sustainability rounds of the projects with their raters. */
export function openRoundsWithRaters(projectIds: number[]) {
  if (!projectIds.length) return [];
  const db = getDb();
  const rounds = db
    .select({ id: sustainabilityRounds.id, projectId: sustainabilityRounds.projectId, title: sustainabilityRounds.title, startedAt: sustainabilityRounds.startedAt, status: sustainabilityRounds.status })
    .from(sustainabilityRounds)
    .where(and(inArray(sustainabilityRounds.projectId, projectIds), eq(sustainabilityRounds.status, "apen")))
    .all();
  const raters = rounds.length
    ? db.select().from(sustainabilityRaters).where(inArray(sustainabilityRaters.roundId, rounds.map((r) => r.id))).all()
    : [];
  return rounds.map((r) => ({ ...r, raters: raters.filter((x) => x.roundId === r.id) }));
}

export function waitingStepReviews(projectIds: number[]) {
  if (!projectIds.length) return [];
  return getDb()
    .select({ id: stepReviews.id, projectId: stepReviews.projectId, stepId: stepReviews.stepId, requestedAt: stepReviews.requestedAt, status: stepReviews.status })
    .from(stepReviews)
    .where(and(inArray(stepReviews.projectId, projectIds), eq(stepReviews.status, "venter")))
    .all();
}

/** Project invitations neither accepted nor withdrawn. */
export function pendingInvitations(projectIds: number[]) {
  if (!projectIds.length) return [];
  return getDb()
    .select({ id: invitations.id, projectId: invitations.projectId, email: invitations.email, sentAt: invitations.sentAt, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(inArray(invitations.projectId, projectIds), isNull(invitations.acceptedAt), isNull(invitations.withdrawnAt)))
    .all()
    .map((i) => ({ ...i, projectId: i.projectId! }));
}

/** The projects' conferences that have inputs nobody has assessed, with how many. */
export function conferencesWithOpenInputs(projectIds: number[]) {
  if (!projectIds.length) return [];
  return getDb()
    .select({ conferenceId: conferences.id, projectId: conferences.projectId, title: conferences.title, date: conferences.date, endDate: conferences.endDate, openInputs: sql<number>`count(*)` })
    .from(conferenceInputs)
    .innerJoin(conferences, eq(conferences.id, conferenceInputs.conferenceId))
    .where(and(inArray(conferences.projectId, projectIds), eq(conferenceInputs.followUp, "ikke_vurdert")))
    .groupBy(conferences.id)
    .all();
}

/** The projects' measures with the date of their latest point that has a value. */
export function measuresWithLatestData(projectIds: number[]) {
  if (!projectIds.length) return [];
  // Per measure, backwards along its (measure, date) index to the first point with a value.
  const lastDataDate = sql<string | null>`(select dp."date" from "data_points" dp where dp."measure_id" = "measures"."id" and dp."excluded" = 0 and (dp."value" is not null or dp."numerator" is not null) order by dp."date" desc limit 1)`;
  return getDb()
    .select({
      id: measures.id,
      projectId: measures.projectId,
      name: measures.name,
      kind: measures.kind,
      frequency: measures.frequency,
      createdAt: measures.createdAt,
      continuesAfterProject: measures.continuesAfterProject,
      lastDataDate,
    })
    .from(measures)
    .where(inArray(measures.projectId, projectIds))
    .all();
}

/** Each project's latest readiness snapshot (as the readiness page orders them) with its checks. */
export function latestSnapshots(projectIds: number[]) {
  if (!projectIds.length) return [];
  const ranked = getDb()
    .select({
      id: readinessSnapshots.id,
      projectId: readinessSnapshots.projectId,
      takenAt: readinessSnapshots.takenAt,
      rank: sql<number>`row_number() over (partition by ${readinessSnapshots.projectId} order by ${readinessSnapshots.takenAt} desc, ${readinessSnapshots.id} desc)`.as("rank"),
    })
    .from(readinessSnapshots)
    .where(inArray(readinessSnapshots.projectId, projectIds))
    .as("ranked");
  return getDb()
    .select({ id: ranked.id, projectId: ranked.projectId, takenAt: ranked.takenAt, resultJson: readinessSnapshots.resultJson })
    .from(ranked)
    .innerJoin(readinessSnapshots, eq(readinessSnapshots.id, ranked.id))
    .where(eq(ranked.rank, 1))
    .all()
    .map((row) => ({ id: row.id, projectId: row.projectId, takenAt: row.takenAt, result: JSON.parse(row.resultJson) as SnapshotResult }));
}

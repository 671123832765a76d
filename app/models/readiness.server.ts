import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import {
  activities,
  activityAudiences,
  activityOrganisations,
  conferenceInputs,
  conferenceParticipants,
  conferences,
  measureGoals,
  organisations,
  projectMemberships,
  readinessAnswers,
  readinessSnapshots,
  tiltakAgreementAreas,
  tiltakHearings,
  tiltakOrganisations,
  tiltakStandardisations,
  CHECK_STATUSES,
} from "../../db/schema";
import { assessReadiness, type Readiness, type ReadinessInput } from "../domain/readiness";
import { getContent } from "../utils/content.server";
import { writeAudit } from "./audit.server";
import { listGoalOptions } from "./goal.server";
import { listMeasureSummaries } from "./measure.server";
import { listProjectOrganisations } from "./organisation.server";
import { latestSignedAudit } from "./sustainability.server";
import { listTiltak } from "./tiltak.server";
import { groupBy } from "../utils/group-by";

export type ManualStatus = (typeof CHECK_STATUSES)[number];

/** Activities of the given types with their organisations; a period counts on its last day. */
function activityReachRows(projectId: number, typeIds: string[]) {
  const db = getDb();
  const rows = db
    .select({ id: activities.id, date: activities.startDate, endDate: activities.endDate })
    .from(activities)
    .where(and(eq(activities.projectId, projectId), inArray(activities.typeId, typeIds)))
    .all();
  const ids = rows.map((r) => r.id);
  const orgs = groupBy(ids.length ? db.select().from(activityOrganisations).where(inArray(activityOrganisations.activityId, ids)).all() : [], (o) => o.activityId);
  return { ids, rows: rows.map((r) => ({ id: r.id, date: r.endDate ?? r.date, organisationIds: (orgs.get(r.id) ?? []).map((o) => o.organisationId) })) };
}

/** Everything the readiness checks read, gathered from the project's own records. */
export function gatherReadinessInput(projectId: number, asOf: string): ReadinessInput {
  const db = getDb();
  const types = getContent().activityTypes.activityTypes;

  const anchoring = activityReachRows(projectId, types.filter((t) => t.anchoring).map((t) => t.id));
  const leaderAudiences = anchoring.ids.length
    ? db.select().from(activityAudiences).where(and(inArray(activityAudiences.activityId, anchoring.ids), eq(activityAudiences.audienceId, "ledere"))).all()
    : [];
  const leaderReaches = anchoring.rows.flatMap((activity) =>
    leaderAudiences
      .filter((a) => a.activityId === activity.id)
      .flatMap((a) => activity.organisationIds.map((organisationId) => ({ organisationId, date: activity.date, leaderLevel: a.leaderLevel }))),
  );
  const staffReaches = activityReachRows(projectId, types.filter((t) => t.staffFacing).map((t) => t.id)).rows.flatMap((a) =>
    a.organisationIds.map((organisationId) => ({ organisationId, date: a.date })),
  );

  const tiltakRows = listTiltak(projectId);
  const tiltakIds = tiltakRows.map((t) => t.id);
  const inTiltak = <T extends { tiltakId: number }>(rows: T[]) => groupBy(rows, (r) => r.tiltakId);
  const tiltakOrgs = inTiltak(tiltakIds.length ? db.select().from(tiltakOrganisations).where(inArray(tiltakOrganisations.tiltakId, tiltakIds)).all() : []);
  const standardisations = inTiltak(tiltakIds.length ? db.select().from(tiltakStandardisations).where(inArray(tiltakStandardisations.tiltakId, tiltakIds)).all() : []);
  const hearings = inTiltak(tiltakIds.length ? db.select().from(tiltakHearings).where(inArray(tiltakHearings.tiltakId, tiltakIds)).all() : []);
  const agreements = inTiltak(tiltakIds.length ? db.select().from(tiltakAgreementAreas).where(inArray(tiltakAgreementAreas.tiltakId, tiltakIds)).all() : []);

  const measureRows = listMeasureSummaries(projectId);
  const goalLinks = groupBy(
    measureRows.length ? db.select().from(measureGoals).where(inArray(measureGoals.measureId, measureRows.map((m) => m.id))).all() : [],
    (g) => g.measureId,
  );

  const memberLevels = db
    .select({ level: organisations.level })
    .from(projectMemberships)
    .leftJoin(organisations, eq(organisations.id, projectMemberships.organisationId))
    .where(eq(projectMemberships.projectId, projectId))
    .all()
    .map((m) => m.level ?? null);

  const userOrganisationsWithInput = db
    .selectDistinct({ conferenceId: conferences.id })
    .from(conferences)
    .innerJoin(conferenceParticipants, eq(conferenceParticipants.conferenceId, conferences.id))
    .innerJoin(organisations, eq(organisations.id, conferenceParticipants.organisationId))
    .innerJoin(conferenceInputs, eq(conferenceInputs.conferenceId, conferences.id))
    .where(and(eq(conferences.projectId, projectId), eq(organisations.level, "bruker_parorende")))
    .all();

  const audit = latestSignedAudit(projectId);
  return {
    asOf,
    organisations: listProjectOrganisations(projectId).map((o) => ({ id: o.id, name: o.name, level: o.level })),
    leaderReaches,
    staffReaches,
    tiltak: tiltakRows.map((t) => ({
      id: t.id,
      title: t.title,
      priority: t.priority,
      status: t.status,
      nextEvaluationDate: t.nextEvaluationDate,
      organisationIds: (tiltakOrgs.get(t.id) ?? []).map((o) => o.organisationId),
      standardisedOrganisationIds: (standardisations.get(t.id) ?? []).map((s) => s.organisationId),
      hasHearing: hearings.has(t.id),
      agreementAreaIds: (agreements.get(t.id) ?? []).map((a) => a.agreementAreaId),
    })),
    measures: measureRows.map((m) => ({
      id: m.id,
      name: m.name,
      continuesAfterProject: m.continuesAfterProject,
      ownerAfterProject: m.ownerAfterProject,
      latestDate: m.latestDate ?? null,
      pointCount: m.pointCount,
      goalIds: (goalLinks.get(m.id) ?? []).map((g) => g.goalId),
      isIllustrative: m.isIllustrative,
    })),
    goals: listGoalOptions(projectId).map((g) => ({ id: g.id, kind: g.kind, number: g.number, title: g.title })),
    memberLevels,
    userInputAtConferences: userOrganisationsWithInput.length > 0,
    analysisActivities: db
      .select({ id: activities.id })
      .from(activities)
      .where(and(eq(activities.projectId, projectId), eq(activities.stepId, "kontrollere")))
      .all().length,
    latestSignedRound: audit ? { signedAt: audit.signedAt, weakFactorsWithoutAction: audit.weakFactorsWithoutAction } : null,
    manual: Object.fromEntries(
      listReadinessAnswers(projectId).map((a) => [a.checkId, { status: a.status, evidence: a.evidence, notRelevantReason: a.notRelevantReason }]),
    ),
  };
}

export const projectReadiness = (projectId: number, asOf: string): Readiness => assessReadiness(gatherReadinessInput(projectId, asOf));

export function listReadinessAnswers(projectId: number) {
  return getDb().select().from(readinessAnswers).where(eq(readinessAnswers.projectId, projectId)).orderBy(asc(readinessAnswers.checkId)).all();
}

/** The project leader's answer to one check: a status with evidence, or "not relevant" with a reason. */
export function saveReadinessAnswer(input: { projectId: number; userId: number; checkId: string; status: ManualStatus; evidence: string; notRelevantReason: string }) {
  const values = { status: input.status, evidence: input.evidence, notRelevantReason: input.notRelevantReason, answeredBy: input.userId, updatedAt: new Date().toISOString() };
  getDb()
    .insert(readinessAnswers)
    .values({ projectId: input.projectId, checkId: input.checkId, ...values })
    .onConflictDoUpdate({ target: [readinessAnswers.projectId, readinessAnswers.checkId], set: values })
    .run();
  writeAudit({ userId: input.userId, action: "update", entityType: "readiness_answer", entityId: input.checkId, projectId: input.projectId });
}

export function clearReadinessAnswer(input: { projectId: number; userId: number; checkId: string }) {
  getDb()
    .delete(readinessAnswers)
    .where(and(eq(readinessAnswers.projectId, input.projectId), eq(readinessAnswers.checkId, input.checkId)))
    .run();
  writeAudit({ userId: input.userId, action: "delete", entityType: "readiness_answer", entityId: input.checkId, projectId: input.projectId });
}

export type SnapshotResult = Readiness & { asOf: string };

/** Keeps the check as it stands, dated, so progress towards handover can be followed. */
export function takeSnapshot(input: { projectId: number; userId: number | null; asOf: string; takenAt?: string }) {
  const result: SnapshotResult = { ...projectReadiness(input.projectId, input.asOf), asOf: input.asOf };
  const row = getDb()
    .insert(readinessSnapshots)
    .values({ projectId: input.projectId, takenAt: input.takenAt ?? new Date().toISOString(), verdict: result.verdict, resultJson: JSON.stringify(result) })
    .returning()
    .get();
  writeAudit({ userId: input.userId, action: "create", entityType: "readiness_snapshot", entityId: row.id, projectId: input.projectId });
  return row;
}

/** The project's snapshots, newest first, with how many checks stood where. */
export function listSnapshots(projectId: number) {
  return getDb()
    .select()
    .from(readinessSnapshots)
    .where(eq(readinessSnapshots.projectId, projectId))
    .orderBy(desc(readinessSnapshots.takenAt), desc(readinessSnapshots.id))
    .all()
    .map((row) => {
      const result = JSON.parse(row.resultJson) as SnapshotResult;
      const count = (status: string) => result.checks.filter((c) => c.status === status).length;
      return { id: row.id, takenAt: row.takenAt, asOf: result.asOf, verdict: result.verdict, passed: count("bestatt"), warnings: count("advarsel"), open: count("ikke_bestatt") + count("ubesvart"), todo: result.todo };
    });
}

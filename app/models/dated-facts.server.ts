// The project's records as dated facts: each row with the day it became true, for verdicts and
// reports as of any date (app/domain/readiness.ts decides what counts on a given day).
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import {
  activities,
  activityAudiences,
  activityOrganisations,
  conferenceInputs,
  conferenceParticipants,
  conferences,
  dataPoints,
  measureGoals,
  measures,
  organisations,
  projectGroupMembers,
  projectGroups,
  projectMemberships,
  tiltak,
  tiltakAgreementAreas,
  tiltakEvaluations,
  tiltakHearings,
  tiltakOrganisations,
  tiltakStandardisations,
  tiltakStatusHistory,
} from "../../db/schema";
import { USER_LEVEL, type TiltakFacts } from "../domain/readiness";
import { factDate } from "./fact-date.server";
import { countsOn } from "../domain/dated-facts";
import { groupBy } from "../utils/group-by";



/** The project's activities, each on the day it counts (its last day), with its type, organisations and audiences. */
export function listActivityReaches(projectId: number) {
  const db = getDb();
  const ofTypes = eq(activities.projectId, projectId);
  const rows = db.select({ id: activities.id, typeId: activities.typeId, startDate: activities.startDate, endDate: activities.endDate }).from(activities).where(ofTypes).all();
  if (rows.length === 0) return [];
  const orgs = groupBy(
    db.select({ activityId: activityOrganisations.activityId, organisationId: activityOrganisations.organisationId }).from(activityOrganisations).innerJoin(activities, eq(activities.id, activityOrganisations.activityId)).where(ofTypes).all(),
    (o) => o.activityId,
  );
  const audiences = groupBy(
    db.select({ activityId: activityAudiences.activityId, audienceId: activityAudiences.audienceId, leaderLevel: activityAudiences.leaderLevel }).from(activityAudiences).innerJoin(activities, eq(activities.id, activityAudiences.activityId)).where(ofTypes).all(),
    (a) => a.activityId,
  );
  return rows.map((r) => ({
    typeId: r.typeId,
    date: countsOn(r),
    organisationIds: (orgs.get(r.id) ?? []).map((o) => o.organisationId),
    audiences: (audiences.get(r.id) ?? []).map(({ audienceId, leaderLevel }) => ({ audienceId, leaderLevel })),
  }));
}

/** The day each activity in a step counts. */
export function listActivityDatesInStep(projectId: number, stepId: (typeof activities.$inferSelect)["stepId"]) {
  return getDb()
    .select({ startDate: activities.startDate, endDate: activities.endDate })
    .from(activities)
    .where(and(eq(activities.projectId, projectId), eq(activities.stepId, stepId)))
    .all()
    .map(countsOn);
}

/** The project's tiltak with their dated history: status changes, hearings, standardisations and evaluations. */
export function listTiltakFacts(projectId: number): TiltakFacts[] {
  const db = getDb();
  const rows = db.select().from(tiltak).where(eq(tiltak.projectId, projectId)).orderBy(asc(tiltak.title)).all();
  if (rows.length === 0) return [];
  const ofProject = eq(tiltak.projectId, projectId);
  const history = groupBy(
    db.select({ tiltakId: tiltakStatusHistory.tiltakId, status: tiltakStatusHistory.toStatus, date: factDate(tiltakStatusHistory.effectiveDate, tiltakStatusHistory.changedAt) }).from(tiltakStatusHistory).innerJoin(tiltak, eq(tiltak.id, tiltakStatusHistory.tiltakId)).where(ofProject).orderBy(asc(tiltakStatusHistory.id)).all(),
    (h) => h.tiltakId,
  );
  const evaluations = groupBy(
    db.select({ tiltakId: tiltakEvaluations.tiltakId, date: tiltakEvaluations.date, decision: tiltakEvaluations.decision, nextEvaluationDate: tiltakEvaluations.nextEvaluationDate }).from(tiltakEvaluations).innerJoin(tiltak, eq(tiltak.id, tiltakEvaluations.tiltakId)).where(ofProject).orderBy(asc(tiltakEvaluations.date), asc(tiltakEvaluations.id)).all(),
    (e) => e.tiltakId,
  );
  const involved = groupBy(db.select({ tiltakId: tiltakOrganisations.tiltakId, organisationId: tiltakOrganisations.organisationId }).from(tiltakOrganisations).innerJoin(tiltak, eq(tiltak.id, tiltakOrganisations.tiltakId)).where(ofProject).all(), (o) => o.tiltakId);
  const standardised = groupBy(db.select({ tiltakId: tiltakStandardisations.tiltakId, organisationId: tiltakStandardisations.organisationId, date: tiltakStandardisations.recordedAt }).from(tiltakStandardisations).innerJoin(tiltak, eq(tiltak.id, tiltakStandardisations.tiltakId)).where(ofProject).all(), (s) => s.tiltakId);
  const hearings = groupBy(db.select({ tiltakId: tiltakHearings.tiltakId, sentDate: tiltakHearings.sentDate }).from(tiltakHearings).innerJoin(tiltak, eq(tiltak.id, tiltakHearings.tiltakId)).where(ofProject).all(), (h) => h.tiltakId);
  const agreements = groupBy(db.select({ tiltakId: tiltakAgreementAreas.tiltakId, id: tiltakAgreementAreas.agreementAreaId }).from(tiltakAgreementAreas).innerJoin(tiltak, eq(tiltak.id, tiltakAgreementAreas.tiltakId)).where(ofProject).all(), (a) => a.tiltakId);
  return rows.map((t) => ({
    id: t.id,
    title: t.title,
    priority: t.priority,
    statusHistory: (history.get(t.id) ?? []).map(({ status, date }) => ({ status, date })),
    plannedEvaluationDate: t.nextEvaluationDate,
    evaluations: (evaluations.get(t.id) ?? []).map(({ date, decision, nextEvaluationDate }) => ({ date, decision, nextEvaluationDate })),
    organisationIds: (involved.get(t.id) ?? []).map((o) => o.organisationId),
    standardisations: (standardised.get(t.id) ?? []).map(({ organisationId, date }) => ({ organisationId, date })),
    hearingDates: (hearings.get(t.id) ?? []).map((h) => h.sentDate),
    agreementAreaIds: (agreements.get(t.id) ?? []).map((a) => a.id),
  }));
}

/** Each measure with the dates of its points, its goals and when it was decided to continue in operation. */
export function listMeasureFacts(projectId: number) {
  const db = getDb();
  const rows = db.select().from(measures).where(eq(measures.projectId, projectId)).orderBy(asc(measures.name)).all();
  if (rows.length === 0) return [];
  const ofProject = eq(measures.projectId, projectId);
  const dates = groupBy(db.select({ measureId: dataPoints.measureId, date: dataPoints.date }).from(dataPoints).innerJoin(measures, eq(measures.id, dataPoints.measureId)).where(ofProject).orderBy(asc(dataPoints.date)).all(), (p) => p.measureId);
  const goals = groupBy(db.select({ measureId: measureGoals.measureId, goalId: measureGoals.goalId }).from(measureGoals).innerJoin(measures, eq(measures.id, measureGoals.measureId)).where(ofProject).all(), (g) => g.measureId);
  return rows.map((m) => ({
    id: m.id,
    name: m.name,
    continuesSince: m.continuesAfterProject ? (m.continuesSince ?? m.createdAt.slice(0, 10)) : null,
    ownerAfterProject: m.ownerAfterProject,
    pointDates: (dates.get(m.id) ?? []).map((p) => p.date),
    goalIds: (goals.get(m.id) ?? []).map((g) => g.goalId),
    isIllustrative: m.isIllustrative,
  }));
}

/** Project members and group members with their organisation's level and the day they joined. */
export function listPeopleFacts(projectId: number) {
  const db = getDb();
  const members = db
    .select({ level: organisations.level, since: factDate(projectMemberships.since, projectMemberships.createdAt) })
    .from(projectMemberships)
    .leftJoin(organisations, eq(organisations.id, projectMemberships.organisationId))
    .where(eq(projectMemberships.projectId, projectId))
    .all()
    .map((m) => ({ level: m.level ?? null, since: m.since }));
  const groupMembers = db
    .select({ groupKind: projectGroups.kind, groupName: projectGroups.name, level: organisations.level, function: projectGroupMembers.function, since: factDate(projectGroupMembers.since, projectGroupMembers.createdAt) })
    .from(projectGroupMembers)
    .innerJoin(projectGroups, eq(projectGroups.id, projectGroupMembers.groupId))
    .leftJoin(organisations, eq(organisations.id, projectGroupMembers.organisationId))
    .where(eq(projectGroups.projectId, projectId))
    .all()
    .map((m) => ({ ...m, level: m.level ?? null }));
  return { members, groupMembers };
}

/**
 * Every conference input, dated by its conference's last day: whether users took part, whether a
 * user organisation raised it, and how and when it was followed up.
 */
export function listConferenceInputFacts(projectId: number) {
  const db = getDb();
  const rows = db
    .select({
      conferenceId: conferences.id,
      startDate: conferences.date,
      endDate: conferences.endDate,
      raisedBy: conferenceInputs.raisedBy,
      followUp: conferenceInputs.followUp,
      followedUpAt: conferenceInputs.followedUpAt,
    })
    .from(conferenceInputs)
    .innerJoin(conferences, eq(conferences.id, conferenceInputs.conferenceId))
    .where(eq(conferences.projectId, projectId))
    .all();
  if (rows.length === 0) return [];
  const userParticipants = groupBy(
    db
      .select({ conferenceId: conferenceParticipants.conferenceId, name: organisations.name })
      .from(conferenceParticipants)
      .innerJoin(organisations, eq(organisations.id, conferenceParticipants.organisationId))
      .innerJoin(conferences, eq(conferences.id, conferenceParticipants.conferenceId))
      .where(and(eq(conferences.projectId, projectId), eq(organisations.level, USER_LEVEL)))
      .all(),
    (p) => p.conferenceId,
  );
  const normalise = (name: string) => name.trim().toLocaleLowerCase("nb");
  return rows.map((r) => {
    const users = (userParticipants.get(r.conferenceId) ?? []).map((p) => normalise(p.name));
    return {
      conferenceId: r.conferenceId,
      date: countsOn(r),
      usersTookPart: users.length > 0,
      raisedByUsers: users.includes(normalise(r.raisedBy)),
      followUp: r.followUp,
      followedUpOn: r.followUp === "ikke_vurdert" ? null : (r.followedUpAt ?? countsOn(r)),
    };
  });
}

import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { activities, activityAudiences, activityOrganisations, conferenceParticipants, conferences, organisations } from "../../db/schema";
import { conferenceReaches, type Reach } from "../domain/anchoring-coverage";

/**
 * Every occasion that reached someone: anchoring activities (of the given types) with their
 * audiences and organisations, and dialogue conferences through the organisations that took part.
 * An activity over a period counts as reached on its last day.
 */
export function listAnchoringReaches(projectId: number, anchoringTypeIds: string[]): Reach[] {
  const db = getDb();
  const rows = db
    .select({ id: activities.id, title: activities.title, startDate: activities.startDate, endDate: activities.endDate })
    .from(activities)
    .where(and(eq(activities.projectId, projectId), inArray(activities.typeId, anchoringTypeIds)))
    .all();
  const ids = rows.map((r) => r.id);
  const audiences = ids.length ? db.select().from(activityAudiences).where(inArray(activityAudiences.activityId, ids)).all() : [];
  const orgs = ids.length ? db.select().from(activityOrganisations).where(inArray(activityOrganisations.activityId, ids)).all() : [];
  const activityReaches: Reach[] = rows.map((r) => ({
    date: r.endDate ?? r.startDate,
    title: r.title,
    organisationIds: orgs.filter((o) => o.activityId === r.id).map((o) => o.organisationId),
    audienceIds: [...new Set(audiences.filter((a) => a.activityId === r.id).map((a) => a.audienceId))],
  }));

  const conferenceRows = db.select().from(conferences).where(eq(conferences.projectId, projectId)).all();
  const participants = conferenceRows.length
    ? db
        .select({ conferenceId: conferenceParticipants.conferenceId, id: organisations.id, level: organisations.level })
        .from(conferenceParticipants)
        .innerJoin(organisations, eq(organisations.id, conferenceParticipants.organisationId))
        .where(inArray(conferenceParticipants.conferenceId, conferenceRows.map((c) => c.id)))
        .all()
    : [];
  const conferenceReachList = conferenceRows.flatMap((c) =>
    conferenceReaches({ date: c.endDate ?? c.date, title: c.title }, participants.filter((p) => p.conferenceId === c.id)),
  );
  return [...activityReaches, ...conferenceReachList];
}

import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { activities, activityAudiences, activityOrganisations, conferenceParticipants, conferences, organisations } from "../../db/schema";
import { conferenceReaches, type Reach } from "../domain/anchoring-coverage";
import { groupBy } from "../utils/group-by";
import { countsOn } from "../domain/dated-facts";

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
  // Audiences and organisations through a join on the same filter, not a list of ids as parameters.
  const ofAnchoring = and(eq(activities.projectId, projectId), inArray(activities.typeId, anchoringTypeIds));
  const audiences = rows.length
    ? db.select({ activityId: activityAudiences.activityId, audienceId: activityAudiences.audienceId }).from(activityAudiences).innerJoin(activities, eq(activities.id, activityAudiences.activityId)).where(ofAnchoring).all()
    : [];
  const orgs = rows.length
    ? db.select({ activityId: activityOrganisations.activityId, organisationId: activityOrganisations.organisationId }).from(activityOrganisations).innerJoin(activities, eq(activities.id, activityOrganisations.activityId)).where(ofAnchoring).all()
    : [];
  const audiencesOf = groupBy(audiences, (a) => a.activityId);
  const organisationsOf = groupBy(orgs, (o) => o.activityId);
  const activityReaches: Reach[] = rows.map((r) => ({
    date: countsOn(r),
    title: r.title,
    organisationIds: (organisationsOf.get(r.id) ?? []).map((o) => o.organisationId),
    audienceIds: [...new Set((audiencesOf.get(r.id) ?? []).map((a) => a.audienceId))],
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
    conferenceReaches({ date: countsOn({ startDate: c.date, endDate: c.endDate }), title: c.title }, participants.filter((p) => p.conferenceId === c.id)),
  );
  return [...activityReaches, ...conferenceReachList];
}

import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import {
  activities,
  activityOrganisations,
  conferenceParticipants,
  conferences,
  hearingResponses,
  invitations,
  organisations,
  projectGroupMembers,
  projectGroups,
  projectMemberships,
  projectOrganisations,
  tiltak,
  tiltakHearings,
  tiltakOrganisations,
  tiltakStandardisations,
  type OrganisationLevel,
} from "../../db/schema";
import { writeAudit } from "./audit.server";
import { removedFields, rowChanges } from "../utils/audit-changes.server";

export type OrganisationInput = { name: string; level: OrganisationLevel; kind?: string | null; orgNumber?: string | null; registerKey?: string | null };

export function listOrganisations() {
  return getDb().select().from(organisations).orderBy(asc(organisations.level), asc(organisations.name)).all();
}

export function getOrganisation(id: number) {
  return getDb().select().from(organisations).where(eq(organisations.id, id)).get() ?? null;
}

export function findOrganisation(name: string, level: OrganisationLevel) {
  return (
    getDb()
      .select()
      .from(organisations)
      .where(and(eq(organisations.name, name.trim()), eq(organisations.level, level)))
      .get() ?? null
  );
}

export function findOrganisationByOrgNumber(orgNumber: string) {
  return getDb().select().from(organisations).where(eq(organisations.orgNumber, orgNumber)).get() ?? null;
}

export function findOrganisationByRegisterKey(registerKey: string) {
  return getDb().select().from(organisations).where(eq(organisations.registerKey, registerKey)).get() ?? null;
}

export function createOrganisation(input: OrganisationInput) {
  return getDb()
    .insert(organisations)
    .values({ name: input.name.trim(), level: input.level, kind: input.kind ?? null, orgNumber: input.orgNumber ?? null, registerKey: input.registerKey ?? null })
    .returning()
    .get();
}

/**
 * The installation's organisation for a register entry, made the first time someone picks it. One already
 * known by its number or by name and level is used instead, and is marked with the entry's key.
 */
export function ensureRegisterOrganisation(entry: { key: string; name: string; level: OrganisationLevel; orgNumber?: string | null }) {
  return getDb().transaction(
    (tx) => {
      const byKey = findOrganisationByRegisterKey(entry.key);
      if (byKey) return byKey;
      // A number someone else's row holds stays with that row; the register's organisation is known by its name.
      const numberFree = !entry.orgNumber || !findOrganisationByOrgNumber(entry.orgNumber);
      const orgNumber = numberFree ? (entry.orgNumber ?? null) : null;
      const known = findOrganisation(entry.name, entry.level);
      if (!known) return createOrganisation({ name: entry.name, level: entry.level, orgNumber, registerKey: entry.key });
      return tx
        .update(organisations)
        .set({ registerKey: entry.key, orgNumber: known.orgNumber ?? orgNumber })
        .where(eq(organisations.id, known.id))
        .returning()
        .get();
    },
    { behavior: "immediate" },
  );
}

export function listProjectOrganisations(projectId: number) {
  return getDb()
    .select({
      id: organisations.id,
      name: organisations.name,
      level: organisations.level,
      kind: organisations.kind,
      orgNumber: organisations.orgNumber,
      region: projectOrganisations.region,
      participation: projectOrganisations.participation,
    })
    .from(projectOrganisations)
    .innerJoin(organisations, eq(organisations.id, projectOrganisations.organisationId))
    .where(eq(projectOrganisations.projectId, projectId))
    .orderBy(asc(organisations.level), asc(projectOrganisations.region), asc(organisations.name))
    .all();
}

/** The regions the project already uses, to suggest when another organisation is added. */
export function listProjectRegions(projectId: number): string[] {
  return getDb()
    .selectDistinct({ region: projectOrganisations.region })
    .from(projectOrganisations)
    .where(and(eq(projectOrganisations.projectId, projectId), isNotNull(projectOrganisations.region)))
    .orderBy(asc(projectOrganisations.region))
    .all()
    .map((r) => r.region as string);
}

export function isProjectOrganisation(projectId: number, organisationId: number) {
  return Boolean(
    getDb()
      .select({ id: projectOrganisations.organisationId })
      .from(projectOrganisations)
      .where(and(eq(projectOrganisations.projectId, projectId), eq(projectOrganisations.organisationId, organisationId)))
      .get(),
  );
}

export function addProjectOrganisation(input: { projectId: number; organisationId: number; region: string | null; userId: number }) {
  getDb().transaction(() => {
    getDb().insert(projectOrganisations).values({ projectId: input.projectId, organisationId: input.organisationId, region: input.region }).run();
    writeAudit({ userId: input.userId, action: "create", entityType: "project_organisation", entityId: input.organisationId, projectId: input.projectId, detail: { region: input.region } });
  });
}

export function setProjectOrganisationRegion(input: { projectId: number; organisationId: number; region: string | null; userId: number }) {
  return getDb().transaction(() => {
    const where = and(eq(projectOrganisations.projectId, input.projectId), eq(projectOrganisations.organisationId, input.organisationId));
    const before = getDb().select().from(projectOrganisations).where(where).get();
    const changed = getDb().update(projectOrganisations).set({ region: input.region }).where(where).returning().get();
    if (changed) writeAudit({ userId: input.userId, action: "update", entityType: "project_organisation", entityId: input.organisationId, projectId: input.projectId, detail: { changes: rowChanges(before, changed) } });
    return Boolean(changed);
  });
}

/** What in the project refers to the organisation, as counts by kind of record (empty: it can be removed). */
export function projectOrganisationReferences(projectId: number, organisationId: number) {
  const db = getDb();
  const count = (query: { get(): { n: number } | undefined }) => query.get()?.n ?? 0;
  const n = sql<number>`count(*)`;
  const inTiltak = and(eq(tiltak.projectId, projectId), eq(tiltak.responsibleOrganisationId, organisationId));
  const refs = {
    aktiviteter: count(db.select({ n }).from(activityOrganisations).innerJoin(activities, eq(activities.id, activityOrganisations.activityId)).where(and(eq(activities.projectId, projectId), eq(activityOrganisations.organisationId, organisationId)))),
    dialogkonferanser: count(db.select({ n }).from(conferenceParticipants).innerJoin(conferences, eq(conferences.id, conferenceParticipants.conferenceId)).where(and(eq(conferences.projectId, projectId), eq(conferenceParticipants.organisationId, organisationId)))),
    tiltak:
      count(db.select({ n }).from(tiltak).where(inTiltak)) +
      count(db.select({ n }).from(tiltakOrganisations).innerJoin(tiltak, eq(tiltak.id, tiltakOrganisations.tiltakId)).where(and(eq(tiltak.projectId, projectId), eq(tiltakOrganisations.organisationId, organisationId)))) +
      count(db.select({ n }).from(tiltakStandardisations).innerJoin(tiltak, eq(tiltak.id, tiltakStandardisations.tiltakId)).where(and(eq(tiltak.projectId, projectId), eq(tiltakStandardisations.organisationId, organisationId)))),
    høringssvar: count(
      db
        .select({ n })
        .from(hearingResponses)
        .innerJoin(tiltakHearings, eq(tiltakHearings.id, hearingResponses.hearingId))
        .innerJoin(tiltak, eq(tiltak.id, tiltakHearings.tiltakId))
        .where(and(eq(tiltak.projectId, projectId), eq(hearingResponses.organisationId, organisationId))),
    ),
    personer: count(db.select({ n }).from(projectMemberships).where(and(eq(projectMemberships.projectId, projectId), eq(projectMemberships.organisationId, organisationId)))),
    invitasjoner: count(
      db
        .select({ n })
        .from(invitations)
        .where(and(eq(invitations.projectId, projectId), eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt), isNull(invitations.withdrawnAt))),
    ),
    grupper: count(db.select({ n }).from(projectGroupMembers).innerJoin(projectGroups, eq(projectGroups.id, projectGroupMembers.groupId)).where(and(eq(projectGroups.projectId, projectId), eq(projectGroupMembers.organisationId, organisationId)))),
  };
  return Object.entries(refs)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => ({ kind, count: n }));
}

export type RemoveOrganisationResult = { status: "removed" } | { status: "in_use"; references: { kind: string; count: number }[] } | { status: "not_found" };

/** Takes an organisation out of the project, unless something in the project refers to it. */
export function removeProjectOrganisation(input: { projectId: number; organisationId: number; userId: number }): RemoveOrganisationResult {
  return getDb().transaction(() => {
    if (!isProjectOrganisation(input.projectId, input.organisationId)) return { status: "not_found" };
    const references = projectOrganisationReferences(input.projectId, input.organisationId);
    if (references.length > 0) return { status: "in_use", references };
    const removed = getDb()
      .delete(projectOrganisations)
      .where(and(eq(projectOrganisations.projectId, input.projectId), eq(projectOrganisations.organisationId, input.organisationId)))
      .returning()
      .get();
    if (!removed) return { status: "not_found" };
    writeAudit({ userId: input.userId, action: "delete", entityType: "project_organisation", entityId: input.organisationId, projectId: input.projectId, detail: { removed: removedFields(removed, ["organisationId", "region"]) } });
    return { status: "removed" };
  });
}

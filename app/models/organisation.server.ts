import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { organisations, projectOrganisations, type OrganisationLevel } from "../../db/schema";

export function listOrganisations() {
  return getDb().select().from(organisations).orderBy(asc(organisations.level), asc(organisations.name)).all();
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

export function createOrganisation(input: { name: string; level: OrganisationLevel; kind?: string | null }) {
  return getDb()
    .insert(organisations)
    .values({ name: input.name.trim(), level: input.level, kind: input.kind ?? null })
    .returning()
    .get();
}

export function listProjectOrganisations(projectId: number) {
  return getDb()
    .select({
      id: organisations.id,
      name: organisations.name,
      level: organisations.level,
      kind: organisations.kind,
      region: projectOrganisations.region,
      participation: projectOrganisations.participation,
    })
    .from(projectOrganisations)
    .innerJoin(organisations, eq(organisations.id, projectOrganisations.organisationId))
    .where(eq(projectOrganisations.projectId, projectId))
    .orderBy(asc(organisations.level), asc(projectOrganisations.region), asc(organisations.name))
    .all();
}

import { and, asc, eq } from "drizzle-orm";
import { cachedRead, getDb } from "../../db/client.server";
import { organisations, projectMemberships, projects, users, type ProjectRole } from "../../db/schema";

/** The user's role in the project, or null; every project page asks, so the answer is reused. */
export function getMembership(projectId: number, userId: number) {
  return cachedRead(`membership:${projectId}:${userId}`, () => readMembership(projectId, userId));
}

function readMembership(projectId: number, userId: number) {
  return (
    getDb()
      .select({ role: projectMemberships.role })
      .from(projectMemberships)
      .where(and(eq(projectMemberships.projectId, projectId), eq(projectMemberships.userId, userId)))
      .get() ?? null
  );
}

export function listProjectPeople(projectId: number) {
  return getDb()
    .select({
      id: projectMemberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: projectMemberships.role,
      position: projectMemberships.position,
      organisationName: organisations.name,
    })
    .from(projectMemberships)
    .innerJoin(users, eq(users.id, projectMemberships.userId))
    .leftJoin(organisations, eq(organisations.id, projectMemberships.organisationId))
    .where(eq(projectMemberships.projectId, projectId))
    .orderBy(asc(projectMemberships.role), asc(users.name))
    .all();
}

export function listAllMemberships() {
  return getDb()
    .select({
      id: projectMemberships.id,
      projectId: projects.id,
      projectName: projects.name,
      userName: users.name,
      email: users.email,
      role: projectMemberships.role,
      position: projectMemberships.position,
    })
    .from(projectMemberships)
    .innerJoin(users, eq(users.id, projectMemberships.userId))
    .innerJoin(projects, eq(projects.id, projectMemberships.projectId))
    .orderBy(asc(projects.name), asc(users.name))
    .all();
}

/** Adds a member or changes their role; one membership per person and project. */
export function upsertMembership(input: {
  projectId: number;
  userId: number;
  role: ProjectRole;
  position?: string;
  organisationId?: number | null;
}) {
  const values = { role: input.role, position: input.position ?? "", organisationId: input.organisationId ?? null };
  return getDb()
    .insert(projectMemberships)
    .values({ projectId: input.projectId, userId: input.userId, ...values })
    .onConflictDoUpdate({ target: [projectMemberships.projectId, projectMemberships.userId], set: values })
    .returning()
    .get();
}

export function deleteMembership(id: number) {
  return getDb().delete(projectMemberships).where(eq(projectMemberships.id, id)).returning().get() ?? null;
}

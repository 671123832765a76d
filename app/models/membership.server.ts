import { and, asc, eq } from "drizzle-orm";
import { cachedRead, getDb, type Tx } from "../../db/client.server";
import { organisations, projectMemberships, projects, users, type ProjectRole } from "../../db/schema";
import { todayIso } from "../utils/time";
import { writeAudit } from "./audit.server";
import { changedFields, removedFields } from "../utils/audit-changes.server";
import { factDate } from "./fact-date.server";

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
      organisationId: projectMemberships.organisationId,
      organisationName: organisations.name,
      /** The day the person joined the project. */
      since: factDate(projectMemberships.since, projectMemberships.createdAt),
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
    .values({ projectId: input.projectId, userId: input.userId, ...values, since: todayIso() })
    .onConflictDoUpdate({ target: [projectMemberships.projectId, projectMemberships.userId], set: values })
    .returning()
    .get();
}

export function getMembershipById(membershipId: number) {
  return getDb().select().from(projectMemberships).where(eq(projectMemberships.id, membershipId)).get() ?? null;
}

export function findMembership(projectId: number, userId: number) {
  return getDb().select().from(projectMemberships).where(and(eq(projectMemberships.projectId, projectId), eq(projectMemberships.userId, userId))).get() ?? null;
}

export function getProjectMember(projectId: number, membershipId: number) {
  return getDb().select().from(projectMemberships).where(and(eq(projectMemberships.id, membershipId), eq(projectMemberships.projectId, projectId))).get() ?? null;
}

// Two leaders demoting each other from two worker processes: the second waits for the first, then sees it.
const LEADER_CHECK = { behavior: "immediate" } as const;

export type MemberChangeResult = { status: "saved" } | { status: "last_leader" } | { status: "not_found" };

/** True when the membership is the project's only project leader: a project always keeps one. */
function isLastLeader(tx: Tx, projectId: number, membershipId: number) {
  const leaders = tx
    .select({ id: projectMemberships.id })
    .from(projectMemberships)
    .where(and(eq(projectMemberships.projectId, projectId), eq(projectMemberships.role, "prosjektleder")))
    .all();
  return leaders.length === 1 && leaders[0].id === membershipId;
}

/** Changes a member's role, function or organisation, and (when given) the day they joined. */
export function changeMember(input: { projectId: number; membershipId: number; userId: number; role: ProjectRole; position: string; organisationId: number | null; since?: string | null }): MemberChangeResult {
  return getDb().transaction((tx) => {
    const current = getProjectMember(input.projectId, input.membershipId);
    if (!current) return { status: "not_found" };
    if (input.role !== "prosjektleder" && isLastLeader(tx, input.projectId, input.membershipId)) return { status: "last_leader" };
    const before = tx.select().from(projectMemberships).where(eq(projectMemberships.id, input.membershipId)).get();
    const after = tx
      .update(projectMemberships)
      .set({ role: input.role, position: input.position, organisationId: input.organisationId, ...(input.since ? { since: input.since } : {}) })
      .where(eq(projectMemberships.id, input.membershipId))
      .returning()
      .get();
    const changes = changedFields(before, after, ["role", "position", "organisationId", "since"]);
    writeAudit({ userId: input.userId, action: "update", entityType: "membership", entityId: input.membershipId, projectId: input.projectId, detail: { userId: current.userId, changes } });
    return { status: "saved" };
  }, LEADER_CHECK);
}

/** Takes a person out of the project; their next request to it is refused. The last project leader stays. */
export function removeMember(input: { projectId: number; membershipId: number; userId: number }): MemberChangeResult {
  return getDb().transaction((tx) => {
    const current = getProjectMember(input.projectId, input.membershipId);
    if (!current) return { status: "not_found" };
    if (isLastLeader(tx, input.projectId, input.membershipId)) return { status: "last_leader" };
    tx.delete(projectMemberships).where(eq(projectMemberships.id, input.membershipId)).run();
    writeAudit({ userId: input.userId, action: "delete", entityType: "membership", entityId: input.membershipId, projectId: input.projectId, detail: { userId: current.userId, removed: removedFields(current, ["userId", "role"]) } });
    return { status: "saved" };
  }, LEADER_CHECK);
}

/** Adds the person to the project with this role, or changes the role they have (the last leader stays a leader). */
export function setMembership(input: { projectId: number; memberUserId: number; userId: number; role: ProjectRole; position: string; organisationId: number | null }): MemberChangeResult {
  return getDb().transaction((tx) => {
    const existing = findMembership(input.projectId, input.memberUserId);
    if (existing) return changeMember({ projectId: input.projectId, membershipId: existing.id, userId: input.userId, role: input.role, position: input.position, organisationId: input.organisationId });
    const created = tx
      .insert(projectMemberships)
      .values({ projectId: input.projectId, userId: input.memberUserId, role: input.role, position: input.position, organisationId: input.organisationId, since: todayIso() })
      .returning()
      .get();
    writeAudit({ userId: input.userId, action: "create", entityType: "membership", entityId: created.id, projectId: input.projectId, detail: { userId: input.memberUserId, role: input.role } });
    return { status: "saved" };
  }, LEADER_CHECK);
}

import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { organisations, projectGroupMembers, projectGroups, type ProjectGroupKind } from "../../db/schema";
import { todayIso } from "../utils/time";
import { writeAudit } from "./audit.server";
import { removedFields, rowChanges } from "../utils/audit-changes.server";
import { factDate } from "./fact-date.server";

export type GroupValues = { kind: ProjectGroupKind; name: string; description: string };
export type GroupMemberValues = { userId: number | null; name: string; function: string; organisationId: number | null; since?: string | null };

// Groups sort by kind in the order of PROJECT_GROUP_KINDS: owner first, working groups last.
const kindOrder = sql`case ${projectGroups.kind} when 'eier' then 0 when 'styringsgruppe' then 1 when 'prosjektgruppe' then 2 when 'fagnettverk' then 3 else 4 end`;

/** The project's groups, each with its people. */
export function listProjectGroups(projectId: number) {
  const db = getDb();
  const groups = db.select().from(projectGroups).where(eq(projectGroups.projectId, projectId)).orderBy(kindOrder, asc(projectGroups.name)).all();
  const members = db
    .select({
      id: projectGroupMembers.id,
      groupId: projectGroupMembers.groupId,
      userId: projectGroupMembers.userId,
      name: projectGroupMembers.name,
      function: projectGroupMembers.function,
      organisationId: projectGroupMembers.organisationId,
      organisationName: organisations.name,
      since: factDate(projectGroupMembers.since, projectGroupMembers.createdAt),
    })
    .from(projectGroupMembers)
    .innerJoin(projectGroups, eq(projectGroups.id, projectGroupMembers.groupId))
    .leftJoin(organisations, eq(organisations.id, projectGroupMembers.organisationId))
    .where(eq(projectGroups.projectId, projectId))
    .orderBy(asc(projectGroupMembers.name))
    .all();
  return groups.map((group) => ({ ...group, members: members.filter((m) => m.groupId === group.id) }));
}

export function getProjectGroup(projectId: number, groupId: number) {
  return getDb().select().from(projectGroups).where(and(eq(projectGroups.id, groupId), eq(projectGroups.projectId, projectId))).get() ?? null;
}

export function findProjectGroupByName(projectId: number, name: string) {
  return getDb().select().from(projectGroups).where(and(eq(projectGroups.projectId, projectId), eq(projectGroups.name, name))).get() ?? null;
}

export function createProjectGroup(input: { projectId: number; userId: number; values: GroupValues }) {
  return getDb().transaction((tx) => {
    const row = tx.insert(projectGroups).values({ projectId: input.projectId, ...input.values }).returning().get();
    writeAudit({ userId: input.userId, action: "create", entityType: "project_group", entityId: row.id, projectId: input.projectId, detail: { name: row.name } });
    return row;
  });
}

export function updateProjectGroup(input: { projectId: number; groupId: number; userId: number; values: GroupValues }) {
  return getDb().transaction((tx) => {
    const before = tx.select().from(projectGroups).where(and(eq(projectGroups.id, input.groupId), eq(projectGroups.projectId, input.projectId))).get();
    const row = tx
      .update(projectGroups)
      .set(input.values)
      .where(and(eq(projectGroups.id, input.groupId), eq(projectGroups.projectId, input.projectId)))
      .returning()
      .get();
    if (row) writeAudit({ userId: input.userId, action: "update", entityType: "project_group", entityId: row.id, projectId: input.projectId, detail: { changes: rowChanges(before, row) } });
    return Boolean(row);
  });
}

export function deleteProjectGroup(input: { projectId: number; groupId: number; userId: number }) {
  return getDb().transaction((tx) => {
    const row = tx
      .delete(projectGroups)
      .where(and(eq(projectGroups.id, input.groupId), eq(projectGroups.projectId, input.projectId)))
      .returning()
      .get();
    if (row) writeAudit({ userId: input.userId, action: "delete", entityType: "project_group", entityId: row.id, projectId: input.projectId, detail: { removed: removedFields(row, ["name"]) } });
    return Boolean(row);
  });
}

export function addGroupMember(input: { projectId: number; groupId: number; userId: number; values: GroupMemberValues }) {
  return getDb().transaction((tx) => {
    if (!getProjectGroup(input.projectId, input.groupId)) return null;
    const { since, ...values } = input.values;
    const row = tx.insert(projectGroupMembers).values({ groupId: input.groupId, ...values, since: since ?? todayIso() }).returning().get();
    writeAudit({ userId: input.userId, action: "create", entityType: "project_group_member", entityId: row.id, projectId: input.projectId, detail: { groupId: input.groupId, name: row.name } });
    return row;
  });
}

export function removeGroupMember(input: { projectId: number; memberId: number; userId: number }) {
  return getDb().transaction((tx) => {
    const inProject = tx
      .select({ id: projectGroupMembers.id, groupId: projectGroupMembers.groupId, name: projectGroupMembers.name, userId: projectGroupMembers.userId })
      .from(projectGroupMembers)
      .innerJoin(projectGroups, eq(projectGroups.id, projectGroupMembers.groupId))
      .where(and(eq(projectGroupMembers.id, input.memberId), eq(projectGroups.projectId, input.projectId)))
      .get();
    if (!inProject) return false;
    tx.delete(projectGroupMembers).where(eq(projectGroupMembers.id, input.memberId)).run();
    writeAudit({ userId: input.userId, action: "delete", entityType: "project_group_member", entityId: input.memberId, projectId: input.projectId, detail: { removed: removedFields(inProject, ["groupId", "userId", "name"]) } });
    return true;
  });
}

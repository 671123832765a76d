import { and, eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { projectPhases } from "../../db/schema";
import { writeAudit } from "./audit.server";
import { removedFields, rowChanges } from "../utils/audit-changes.server";

export type PhaseValues = { name: string; description: string; startDate: string; endDate: string | null };

export function getPhase(projectId: number, phaseId: number) {
  return getDb().select().from(projectPhases).where(and(eq(projectPhases.id, phaseId), eq(projectPhases.projectId, projectId))).get() ?? null;
}

export function findPhaseByName(projectId: number, name: string) {
  return getDb().select().from(projectPhases).where(and(eq(projectPhases.projectId, projectId), eq(projectPhases.name, name))).get() ?? null;
}

export function createPhase(input: { projectId: number; userId: number; values: PhaseValues }) {
  return getDb().transaction((tx) => {
    const next = tx.select({ n: sql<number>`coalesce(max(${projectPhases.sortOrder}), 0) + 1` }).from(projectPhases).where(eq(projectPhases.projectId, input.projectId)).get();
    const row = tx.insert(projectPhases).values({ projectId: input.projectId, ...input.values, sortOrder: next?.n ?? 1 }).returning().get();
    writeAudit({ userId: input.userId, action: "create", entityType: "phase", entityId: row.id, projectId: input.projectId, detail: { name: row.name } });
    return row;
  });
}

export function updatePhase(input: { projectId: number; phaseId: number; userId: number; values: PhaseValues }) {
  return getDb().transaction((tx) => {
    const before = tx.select().from(projectPhases).where(and(eq(projectPhases.id, input.phaseId), eq(projectPhases.projectId, input.projectId))).get();
    const row = tx
      .update(projectPhases)
      .set(input.values)
      .where(and(eq(projectPhases.id, input.phaseId), eq(projectPhases.projectId, input.projectId)))
      .returning()
      .get();
    if (row) writeAudit({ userId: input.userId, action: "update", entityType: "phase", entityId: row.id, projectId: input.projectId, detail: { changes: rowChanges(before, row) } });
    return Boolean(row);
  });
}

export function deletePhase(input: { projectId: number; phaseId: number; userId: number }) {
  return getDb().transaction((tx) => {
    const row = tx
      .delete(projectPhases)
      .where(and(eq(projectPhases.id, input.phaseId), eq(projectPhases.projectId, input.projectId)))
      .returning()
      .get();
    if (row) writeAudit({ userId: input.userId, action: "delete", entityType: "phase", entityId: row.id, projectId: input.projectId, detail: { removed: removedFields(row, ["name"]) } });
    return Boolean(row);
  });
}

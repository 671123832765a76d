import { and, eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { projects } from "../../db/schema";
import { writeAudit } from "./audit.server";
import { rowChanges } from "../utils/audit-changes.server";

export type ProjectDetails = {
  name: string;
  description: string;
  owner: string;
  funder: string;
  targetGroup: string;
  startDate: string | null;
  endDate: string | null;
  /** Counts below 3 shown as "<3" in exports and reports. */
  protectSmallCounts: boolean;
};

export type UpdateResult =
  | { ok: true; version: number }
  | { ok: false; current: ProjectDetails & { version: number; updatedAt: string } };

/**
 * Saves the project's details only if nobody else has saved since `version` was read;
 * otherwise returns what is saved now, so the user can see the other person's change.
 */
export function updateProjectDetails(input: { projectId: number; version: number; userId: number; details: ProjectDetails }): UpdateResult {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(projects).where(eq(projects.id, input.projectId)).get();
    const updated = tx
      .update(projects)
      .set({ ...input.details, version: sql`${projects.version} + 1`, updatedAt: new Date().toISOString() })
      .where(and(eq(projects.id, input.projectId), eq(projects.version, input.version)))
      .returning()
      .get();
    if (updated) {
      writeAudit({ userId: input.userId, action: "update", entityType: "project", entityId: input.projectId, projectId: input.projectId, detail: { changes: rowChanges(before, updated) } });
      return { ok: true as const, version: updated.version };
    }
    const current = tx.select().from(projects).where(eq(projects.id, input.projectId)).get()!;
    return {
      ok: false as const,
      current: {
        name: current.name, description: current.description, owner: current.owner, funder: current.funder,
        targetGroup: current.targetGroup, startDate: current.startDate, endDate: current.endDate, protectSmallCounts: current.protectSmallCounts,
        version: current.version, updatedAt: current.updatedAt,
      },
    };
  });
}

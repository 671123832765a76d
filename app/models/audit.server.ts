import { getDb } from "../../db/client.server";
import { auditLog } from "../../db/schema";

export type AuditAction = (typeof auditLog.$inferInsert)["action"];

export type AuditEntry = {
  userId: number | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  projectId?: number | null;
  detail?: Record<string, unknown>;
};

/** Appends to the audit log. The table refuses updates and deletes (see migration 0001). */
export function writeAudit(entry: AuditEntry) {
  getDb()
    .insert(auditLog)
    .values({
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      projectId: entry.projectId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .run();
}

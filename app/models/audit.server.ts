import { and, count, desc, eq, gte, lt } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { auditLog, users } from "../../db/schema";
import { actionName, describeAuditDetail, entityName, nextDay, osloDateTime, osloDayStart } from "../utils/audit-names";
import { paging } from "../utils/paging";

/** Lines per page of the audit log; a log line is short, so more than the other lists. */
export const AUDIT_PER_PAGE = 50;

export type AuditAction = (typeof auditLog.$inferInsert)["action"];

export type AuditEntry = {
  userId: number | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  projectId?: number | null;
  detail?: Record<string, unknown>;
  /** The request's client address, for logins, refusals and reads. */
  sourceAddress?: string | null;
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
      sourceAddress: entry.sourceAddress ?? null,
    })
    .run();
}

/**
 * For entries that are not part of a change (refusals, reads): a failure to write is reported on the
 * console and never turns the answer into an error page.
 */
export function tryWriteAudit(entry: AuditEntry): boolean {
  try {
    writeAudit(entry);
    return true;
  } catch (error) {
    console.error("Revisjonsloggen kunne ikke skrives:", error);
    return false;
  }
}

export type AuditFilter = { projectId?: number; userId?: number; entityType?: string; from?: string; to?: string };

function auditConditions(filter: AuditFilter) {
  return and(
    filter.projectId !== undefined ? eq(auditLog.projectId, filter.projectId) : undefined,
    filter.userId !== undefined ? eq(auditLog.userId, filter.userId) : undefined,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.from ? gte(auditLog.at, osloDayStart(filter.from)) : undefined,
    filter.to ? lt(auditLog.at, osloDayStart(nextDay(filter.to))) : undefined,
  );
}

function selectAuditEntries(filter: AuditFilter) {
  return getDb()
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId, projectId: auditLog.projectId, detail: auditLog.detail, sourceAddress: auditLog.sourceAddress, userId: auditLog.userId, userName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(auditConditions(filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
}

/** The whole log, newest first, narrowed by project, user, kind of object and period (whole days in Norwegian time, inclusive). */
export function listAuditEntries(filter: AuditFilter) {
  return selectAuditEntries(filter).all();
}

/** One page of the narrowed log, newest first, and where it lies in it; a page past the end gives the last page. */
export function pageOfAuditEntries(filter: AuditFilter, requestedPage?: string | null, perPage = AUDIT_PER_PAGE) {
  const pages = paging(getDb().select({ n: count() }).from(auditLog).where(auditConditions(filter)).get()?.n ?? 0, requestedPage, perPage);
  return { pages, entries: pages.total ? selectAuditEntries(filter).limit(pages.perPage).offset(pages.offset).all() : [] };
}

/** The users and kinds of object that occur in a log, for its filters. */
export function auditFilterChoices(projectId?: number) {
  const scope = projectId !== undefined ? eq(auditLog.projectId, projectId) : undefined;
  const db = getDb();
  return {
    users: db.selectDistinct({ id: users.id, name: users.name }).from(auditLog).innerJoin(users, eq(users.id, auditLog.userId)).where(scope).orderBy(users.name).all(),
    entityTypes: db
      .selectDistinct({ entityType: auditLog.entityType })
      .from(auditLog)
      .where(scope)
      .all()
      .map((r) => ({ value: r.entityType, label: entityName(r.entityType) }))
      .sort((a, b) => a.label.localeCompare(b.label, "nb")),
  };
}

/** The log's lines as the log pages show them: Norwegian time, bokmål names, the source address and a readable detail. */
export function auditRows(entries: ReturnType<typeof listAuditEntries>) {
  return entries.map((e) => ({
    id: e.id,
    at: e.at,
    time: osloDateTime(e.at),
    action: e.action,
    actionName: actionName(e.action),
    entityType: e.entityType,
    entityName: entityName(e.entityType),
    entityId: e.entityId,
    projectId: e.projectId,
    userName: e.userName,
    sourceAddress: e.sourceAddress,
    detail: describeAuditDetail(e.action, e.detail),
  }));
}

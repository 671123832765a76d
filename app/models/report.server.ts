import { and, desc, eq, max, sql } from "drizzle-orm";
import { getDb, type Tx } from "../../db/client.server";
import { reports, reportSections, reportVersions, users } from "../../db/schema";
import type { ReportContent } from "../domain/report";
import { writeAudit } from "./audit.server";
import { changedFields } from "../utils/audit-changes.server";

/** What a write to a report came to. A sent report is frozen until a new version is opened. */
export type ReportWriteResult = { status: "saved" } | { status: "not_found" } | { status: "conflict"; version: number } | { status: "frozen" };

export const FROZEN_MESSAGE = "Rapporten er sendt og låst. Åpne en ny versjon for å endre den; den sendte versjonen blir stående som den er.";

export function listReports(projectId: number) {
  const db = getDb();
  const versionCounts = db
    .select({ reportId: reportVersions.reportId, count: sql<number>`count(*)` })
    .from(reportVersions)
    .groupBy(reportVersions.reportId)
    .all();
  return db
    .select()
    .from(reports)
    .where(eq(reports.projectId, projectId))
    .orderBy(desc(reports.periodEnd), desc(reports.id))
    .all()
    .map((r) => ({ ...r, sentVersions: versionCounts.find((v) => v.reportId === r.id)?.count ?? 0 }));
}

/** A report with the project's texts per section and the versions sent so far (newest first). */
export function getReport(projectId: number, reportId: number) {
  const db = getDb();
  const report = db.select().from(reports).where(and(eq(reports.id, reportId), eq(reports.projectId, projectId))).get();
  if (!report) return null;
  return {
    ...report,
    narrative: Object.fromEntries(db.select().from(reportSections).where(eq(reportSections.reportId, reportId)).all().map((s) => [s.sectionKey, s.text])),
    versions: db
      .select({ versionNumber: reportVersions.versionNumber, frozenAt: reportVersions.frozenAt, frozenByName: users.name })
      .from(reportVersions)
      .leftJoin(users, eq(users.id, reportVersions.frozenBy))
      .where(eq(reportVersions.reportId, reportId))
      .orderBy(desc(reportVersions.versionNumber))
      .all(),
  };
}

export function createReport(input: { projectId: number; userId: number; title: string; periodStart: string; periodEnd: string }) {
  const row = getDb()
    .insert(reports)
    .values({ projectId: input.projectId, title: input.title, periodStart: input.periodStart, periodEnd: input.periodEnd })
    .returning()
    .get();
  writeAudit({ userId: input.userId, action: "create", entityType: "report", entityId: row.id, projectId: input.projectId });
  return row;
}

/** Claims the version the user read, only while the report is a draft; tells why not otherwise. */
function claimDraft(tx: Tx, projectId: number, reportId: number, version: number): ReportWriteResult | null {
  const current = tx.select().from(reports).where(and(eq(reports.id, reportId), eq(reports.projectId, projectId))).get();
  if (!current) return { status: "not_found" };
  if (current.status === "sendt") return { status: "frozen" };
  if (current.version !== version) return { status: "conflict", version: current.version };
  tx.update(reports).set({ version: current.version + 1 }).where(eq(reports.id, reportId)).run();
  return null;
}

/** Saves the project's texts for the report's sections (all-or-nothing). */
export function saveNarrative(input: { projectId: number; reportId: number; userId: number; version: number; texts: Record<string, string> }): ReportWriteResult {
  return getDb().transaction((tx) => {
    const refusal = claimDraft(tx, input.projectId, input.reportId, input.version);
    if (refusal) return refusal;
    const before = Object.fromEntries(tx.select({ key: reportSections.sectionKey, text: reportSections.text }).from(reportSections).where(eq(reportSections.reportId, input.reportId)).all().map((s) => [s.key, s.text]));
    for (const [sectionKey, text] of Object.entries(input.texts)) {
      tx.insert(reportSections)
        .values({ reportId: input.reportId, sectionKey, text })
        .onConflictDoUpdate({ target: [reportSections.reportId, reportSections.sectionKey], set: { text } })
        .run();
    }
    // Each section's text as fingerprint and length, before and after: never the text.
    writeAudit({ userId: input.userId, action: "update", entityType: "report", entityId: input.reportId, projectId: input.projectId, detail: { changes: changedFields(before, input.texts, Object.keys(input.texts)) } });
    return { status: "saved" };
  });
}

/** Marks the report as sent: its content as assembled now is frozen as the next version. */
export function markSent(input: { projectId: number; reportId: number; userId: number; version: number; content: ReportContent; now?: string }): ReportWriteResult {
  return getDb().transaction((tx) => {
    const refusal = claimDraft(tx, input.projectId, input.reportId, input.version);
    if (refusal) return refusal;
    const last = tx.select({ n: max(reportVersions.versionNumber) }).from(reportVersions).where(eq(reportVersions.reportId, input.reportId)).get();
    tx.insert(reportVersions)
      .values({
        reportId: input.reportId,
        versionNumber: (last?.n ?? 0) + 1,
        frozenAt: input.now ?? new Date().toISOString(),
        frozenBy: input.userId,
        contentJson: JSON.stringify(input.content),
      })
      .run();
    tx.update(reports).set({ status: "sendt" }).where(eq(reports.id, input.reportId)).run();
    writeAudit({ userId: input.userId, action: "update", entityType: "report", entityId: input.reportId, projectId: input.projectId, detail: { sent: true, changes: changedFields({ status: "utkast" }, { status: "sendt" }, ["status"]) } });
    return { status: "saved" };
  });
}

/** Opens a sent report for changes; what was sent stays frozen, and sending again makes a new version. */
export function openNewVersion(input: { projectId: number; reportId: number; userId: number }): ReportWriteResult {
  const updated = getDb()
    .update(reports)
    .set({ status: "utkast", version: sql`${reports.version} + 1` })
    .where(and(eq(reports.id, input.reportId), eq(reports.projectId, input.projectId), eq(reports.status, "sendt")))
    .returning({ id: reports.id })
    .get();
  if (!updated) return { status: "not_found" };
  writeAudit({ userId: input.userId, action: "update", entityType: "report", entityId: input.reportId, projectId: input.projectId, detail: { reopened: true, changes: changedFields({ status: "sendt" }, { status: "utkast" }, ["status"]) } });
  return { status: "saved" };
}

/** A sent version exactly as it was frozen. */
export function getSentVersion(projectId: number, reportId: number, versionNumber: number) {
  const row = getDb()
    .select({ contentJson: reportVersions.contentJson, frozenAt: reportVersions.frozenAt })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(and(eq(reportVersions.reportId, reportId), eq(reports.projectId, projectId), eq(reportVersions.versionNumber, versionNumber)))
    .get();
  return row ? { frozenAt: row.frozenAt, content: JSON.parse(row.contentJson) as ReportContent } : null;
}

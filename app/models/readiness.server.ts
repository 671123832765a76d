import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { readinessAnswers, readinessSnapshots, CHECK_STATUSES } from "../../db/schema";
import type { Readiness } from "../domain/readiness";
import { nowIso, todayIso } from "../utils/time";
import { writeAudit } from "./audit.server";
import { changedFields, removedFields } from "../utils/audit-changes.server";

export type ManualStatus = (typeof CHECK_STATUSES)[number];

/** The project leader's answers, each with the day it holds from. */
export function listReadinessAnswers(projectId: number) {
  return getDb()
    .select()
    .from(readinessAnswers)
    .where(eq(readinessAnswers.projectId, projectId))
    .orderBy(asc(readinessAnswers.checkId))
    .all()
    .map((a) => ({ ...a, answeredOn: a.answeredOn || a.updatedAt.slice(0, 10) }));
}

/** The project leader's answer to one check: a status with evidence, or "not relevant" with a reason. */
export function saveReadinessAnswer(input: { projectId: number; userId: number; checkId: string; status: ManualStatus; evidence: string; notRelevantReason: string; answeredOn?: string }) {
  const values = {
    status: input.status,
    evidence: input.evidence,
    notRelevantReason: input.notRelevantReason,
    answeredBy: input.userId,
    answeredOn: input.answeredOn ?? todayIso(),
    updatedAt: nowIso(),
  };
  const where = and(eq(readinessAnswers.projectId, input.projectId), eq(readinessAnswers.checkId, input.checkId));
  getDb().transaction((tx) => {
    const before = tx.select().from(readinessAnswers).where(where).get();
    const after = tx
      .insert(readinessAnswers)
      .values({ projectId: input.projectId, checkId: input.checkId, ...values })
      .onConflictDoUpdate({ target: [readinessAnswers.projectId, readinessAnswers.checkId], set: values })
      .returning()
      .get();
    const changes = changedFields(before, after, ["status", "evidence", "notRelevantReason", "answeredOn", "answeredBy"]);
    writeAudit({ userId: input.userId, action: "update", entityType: "readiness_answer", entityId: input.checkId, projectId: input.projectId, detail: { changes } });
  });
}

export function clearReadinessAnswer(input: { projectId: number; userId: number; checkId: string }) {
  const removed = getDb()
    .delete(readinessAnswers)
    .where(and(eq(readinessAnswers.projectId, input.projectId), eq(readinessAnswers.checkId, input.checkId)))
    .returning()
    .get();
  writeAudit({ userId: input.userId, action: "delete", entityType: "readiness_answer", entityId: input.checkId, projectId: input.projectId, ...(removed ? { detail: { removed: removedFields(removed, ["status", "evidence", "answeredOn"]) } } : {}) });
}

export type SnapshotResult = Readiness & { asOf: string };

/** Keeps a check's result as it stands, dated, so progress towards handover can be followed. */
export function saveSnapshot(input: { projectId: number; userId: number | null; result: SnapshotResult; takenAt?: string }) {
  const row = getDb()
    .insert(readinessSnapshots)
    .values({ projectId: input.projectId, takenAt: input.takenAt ?? nowIso(), verdict: input.result.verdict, resultJson: JSON.stringify(input.result) })
    .returning()
    .get();
  writeAudit({ userId: input.userId, action: "create", entityType: "readiness_snapshot", entityId: row.id, projectId: input.projectId });
  return row;
}

/** The project's snapshots, newest first, with how many checks stood where. */
export function listSnapshots(projectId: number) {
  return getDb()
    .select()
    .from(readinessSnapshots)
    .where(eq(readinessSnapshots.projectId, projectId))
    .orderBy(desc(readinessSnapshots.takenAt), desc(readinessSnapshots.id))
    .all()
    .map((row) => {
      const result = JSON.parse(row.resultJson) as SnapshotResult;
      const count = (status: string) => result.checks.filter((c) => c.status === status).length;
      return { id: row.id, takenAt: row.takenAt, asOf: result.asOf, verdict: result.verdict, passed: count("bestatt"), warnings: count("advarsel"), open: count("ikke_bestatt") + count("ubesvart"), todo: result.todo };
    });
}

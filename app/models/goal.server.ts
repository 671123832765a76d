import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { GOAL_STATUSES, goalStatusEntries, goals } from "../../db/schema";
import { checkEffectiveDate } from "../domain/dated-facts";
import { todayIso } from "../utils/time";
import { writeAudit } from "./audit.server";
import { removedFields, rowChanges } from "../utils/audit-changes.server";
import type { SaveResult } from "./save-result";

export type GoalStatus = (typeof GOAL_STATUSES)[number];

const byGoalOrder = <T extends { kind: string; number: number | null }>(a: T, b: T) =>
  a.kind === b.kind ? (a.number ?? 0) - (b.number ?? 0) : a.kind === "hovedmal" ? -1 : 1;

/** The main goal first, then the sub-goals by number, each with its dated status history (newest first). */
export function listGoals(projectId: number) {
  const db = getDb();
  const rows = db.select().from(goals).where(eq(goals.projectId, projectId)).all().sort(byGoalOrder);
  const history = rows.length
    ? db
        .select()
        .from(goalStatusEntries)
        .where(inArray(goalStatusEntries.goalId, rows.map((g) => g.id)))
        .orderBy(desc(goalStatusEntries.date), desc(goalStatusEntries.id))
        .all()
    : [];
  return rows.map((goal) => ({ ...goal, history: history.filter((h) => h.goalId === goal.id) }));
}

/** Each goal with only its latest status on or before a day (the latest of all when no day is given). */
export function listGoalsWithLatestStatus(projectId: number, asOf?: string) {
  return listGoals(projectId).map(({ history, ...goal }) => {
    const latest = history.find((h) => !asOf || h.date <= asOf);
    return { id: goal.id, kind: goal.kind, number: goal.number, title: goal.title, status: latest?.status ?? null, statusDate: latest?.date ?? null };
  });
}

export function getGoal(projectId: number, goalId: number) {
  return getDb().select().from(goals).where(and(eq(goals.id, goalId), eq(goals.projectId, projectId))).get() ?? null;
}

/** Creates the main goal (only when there is none) or the next sub-goal. */
export function createGoal(input: { projectId: number; userId: number; kind: "hovedmal" | "delmal"; title: string; description: string }) {
  return getDb().transaction((tx) => {
    const existing = tx.select().from(goals).where(eq(goals.projectId, input.projectId)).all();
    if (input.kind === "hovedmal" && existing.some((g) => g.kind === "hovedmal")) return null;
    const number = input.kind === "delmal" ? Math.max(0, ...existing.map((g) => g.number ?? 0)) + 1 : null;
    const row = tx
      .insert(goals)
      .values({ projectId: input.projectId, kind: input.kind, number, title: input.title, description: input.description })
      .returning()
      .get();
    writeAudit({ userId: input.userId, action: "create", entityType: "goal", entityId: row.id, projectId: input.projectId });
    return row;
  });
}

export function updateGoal(input: { projectId: number; goalId: number; version: number; userId: number; title: string; description: string }): SaveResult<typeof goals.$inferSelect> {
  const db = getDb();
  const saved = db.transaction((tx) => {
    const before = tx.select().from(goals).where(and(eq(goals.id, input.goalId), eq(goals.projectId, input.projectId))).get();
    const updated = tx
      .update(goals)
      .set({ title: input.title, description: input.description, version: sql`${goals.version} + 1`, updatedAt: new Date().toISOString() })
      .where(and(eq(goals.id, input.goalId), eq(goals.projectId, input.projectId), eq(goals.version, input.version)))
      .returning()
      .get();
    if (updated) writeAudit({ userId: input.userId, action: "update", entityType: "goal", entityId: input.goalId, projectId: input.projectId, detail: { changes: rowChanges(before, updated) } });
    return Boolean(updated);
  });
  if (saved) return { status: "saved" };
  const current = getGoal(input.projectId, input.goalId);
  return current ? { status: "conflict", current } : { status: "not_found" };
}

export type GoalStatusResult =
  | { status: "saved"; entry: typeof goalStatusEntries.$inferSelect }
  | { status: "not_found" }
  | { status: "invalid_date"; message: string };

/**
 * Adds a dated evaluation to a goal's history; history is never rewritten. The date may not be in the
 * future, and a date before the goal's latest evaluation needs a reason, so a history entered
 * afterwards explains itself.
 */
export function addGoalStatus(input: {
  projectId: number;
  goalId: number;
  userId: number;
  date: string;
  status: GoalStatus;
  comment: string;
  /** Why the evaluation is dated before the latest one. */
  reason?: string;
  today?: string;
}): GoalStatusResult {
  return getDb().transaction(
    (tx) => {
      const goal = tx.select({ id: goals.id }).from(goals).where(and(eq(goals.id, input.goalId), eq(goals.projectId, input.projectId))).get();
      if (!goal) return { status: "not_found" } as const;
      const reason = input.reason?.trim() ?? "";
      const previousDate = tx.select({ date: sql<string | null>`max(${goalStatusEntries.date})` }).from(goalStatusEntries).where(eq(goalStatusEntries.goalId, goal.id)).get()?.date ?? null;
      const problem = checkEffectiveDate({ date: input.date, today: input.today ?? todayIso(), previousDate, reason });
      if (problem) return { status: "invalid_date", message: problem.message } as const;
      const entry = tx
        .insert(goalStatusEntries)
        .values({ goalId: goal.id, date: input.date, status: input.status, comment: input.comment, reason, createdBy: input.userId })
        .returning()
        .get();
      writeAudit({ userId: input.userId, action: "create", entityType: "goal_status", entityId: entry.id, projectId: input.projectId, detail: { goalId: goal.id, status: input.status, date: input.date } });
      return { status: "saved", entry } as const;
    },
    { behavior: "immediate" },
  );
}

export function deleteGoal(input: { projectId: number; goalId: number; userId: number }) {
  const removed = getDb()
    .delete(goals)
    .where(and(eq(goals.id, input.goalId), eq(goals.projectId, input.projectId)))
    .returning()
    .get();
  if (removed) writeAudit({ userId: input.userId, action: "delete", entityType: "goal", entityId: removed.id, projectId: input.projectId, detail: { removed: removedFields(removed, ["kind", "number", "title"]) } });
  return Boolean(removed);
}

export function listGoalOptions(projectId: number) {
  return getDb()
    .select({ id: goals.id, kind: goals.kind, number: goals.number, title: goals.title })
    .from(goals)
    .where(eq(goals.projectId, projectId))
    .orderBy(asc(goals.number))
    .all()
    .sort(byGoalOrder);
}

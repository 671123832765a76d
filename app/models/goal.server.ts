import { asc, desc, eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { goalStatusEntries, goals } from "../../db/schema";

/** The main goal first, then the sub-goals by number, each with its latest dated status. */
export function listGoalsWithLatestStatus(projectId: number) {
  const db = getDb();
  const rows = db.select().from(goals).where(eq(goals.projectId, projectId)).orderBy(asc(goals.number)).all();
  return rows
    .sort((a, b) => (a.kind === b.kind ? (a.number ?? 0) - (b.number ?? 0) : a.kind === "hovedmal" ? -1 : 1))
    .map((goal) => {
      const latest = db
        .select()
        .from(goalStatusEntries)
        .where(eq(goalStatusEntries.goalId, goal.id))
        .orderBy(desc(goalStatusEntries.date), desc(goalStatusEntries.id))
        .limit(1)
        .get();
      return { id: goal.id, kind: goal.kind, number: goal.number, title: goal.title, status: latest?.status ?? null, statusDate: latest?.date ?? null };
    });
}

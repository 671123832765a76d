import { and, eq, inArray, type SQL } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { jobs, type JobKind } from "../../db/schema";

export type JobFile = { name: string; type: string; data: Buffer };
export type JobOutcome = { result?: Record<string, unknown>; file?: JobFile };

const now = () => new Date().toISOString();

export function createJob(values: { kind: JobKind; userId: number; projectId: number | null; title: string; step: string }): number {
  return getDb().insert(jobs).values(values).returning({ id: jobs.id }).get().id;
}

/** A job as its owner sees it; null for anyone else, so another user's job id reveals nothing. */
export function getJobForUser(jobId: number, userId: number) {
  const row = getDb()
    .select({
      id: jobs.id,
      kind: jobs.kind,
      projectId: jobs.projectId,
      title: jobs.title,
      status: jobs.status,
      step: jobs.step,
      done: jobs.done,
      total: jobs.total,
      problemsJson: jobs.problemsJson,
      resultJson: jobs.resultJson,
      fileName: jobs.fileName,
      createdAt: jobs.createdAt,
      finishedAt: jobs.finishedAt,
    })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.userId, userId)))
    .get();
  if (!row) return null;
  const { problemsJson, resultJson, ...job } = row;
  return { ...job, problems: JSON.parse(problemsJson) as string[], result: resultJson ? (JSON.parse(resultJson) as Record<string, unknown>) : null };
}

export function getJobFileForUser(jobId: number, userId: number): JobFile | null {
  const row = getDb()
    .select({ name: jobs.fileName, type: jobs.fileType, data: jobs.file })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.userId, userId), eq(jobs.status, "ferdig")))
    .get();
  return row?.name && row.type && row.data ? { name: row.name, type: row.type, data: row.data } : null;
}

export function reportJobProgress(jobId: number, progress: { step: string; done: number; total: number }) {
  getDb().update(jobs).set({ ...progress, status: "kjorer", runnerPid: process.pid, updatedAt: now() }).where(eq(jobs.id, jobId)).run();
}

export function finishJob(jobId: number, outcome: JobOutcome) {
  const at = now();
  getDb()
    .update(jobs)
    .set({
      status: "ferdig",
      resultJson: outcome.result ? JSON.stringify(outcome.result) : null,
      fileName: outcome.file?.name ?? null,
      fileType: outcome.file?.type ?? null,
      file: outcome.file?.data ?? null,
      updatedAt: at,
      finishedAt: at,
    })
    .where(eq(jobs.id, jobId))
    .run();
}

export function failJob(jobId: number, problems: string[]) {
  const at = now();
  getDb().update(jobs).set({ status: "feilet", problemsJson: JSON.stringify(problems), updatedAt: at, finishedAt: at }).where(eq(jobs.id, jobId)).run();
}

const ABANDONED = ["Serveren stoppet før jobben var ferdig. Ingenting ble lagret; start jobben på nytt."];

/**
 * At start-up: jobs that were waiting or running when the server stopped will never finish. Each
 * job writes all or nothing, so nothing of theirs was saved; their owners are told to start again.
 */
export function abandonUnfinishedJobs(): number {
  return abandon(inArray(jobs.status, ["venter", "kjorer"]));
}

/** When one server process dies: the jobs it was running. */
export function abandonJobsOf(pid: number): number {
  return abandon(and(eq(jobs.status, "kjorer"), eq(jobs.runnerPid, pid)));
}

function abandon(which: SQL | undefined): number {
  const at = now();
  return getDb().update(jobs).set({ status: "feilet", problemsJson: JSON.stringify(ABANDONED), updatedAt: at, finishedAt: at }).where(which).run().changes;
}

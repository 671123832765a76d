// Long operations run after their request has been answered. Their progress is saved in the
// database, so the job page shows it from any server process and after a reload.
import type { JobKind } from "../../db/schema";
import { createJob, failJob, finishJob, reportJobProgress, type JobOutcome } from "../models/jobs.server";

/** Tells how far the work has come, and lets the server answer other requests meanwhile. */
export type Progress = (step: string, done?: number, total?: number) => Promise<void>;
export type Work = (progress: Progress) => Promise<JobOutcome>;

/** A failure the owner can act on; its messages are shown on the job page. */
export class JobError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
  }
}

const SAVE_INTERVAL_MS = 250;
const yieldToServer = () => new Promise<void>((resolve) => setImmediate(resolve));

export function startJob(job: { kind: JobKind; userId: number; projectId: number | null; title: string }, work: Work): number {
  const jobId = createJob({ ...job, step: "Venter på å starte" });
  setImmediate(() => void runJob(jobId, work));
  return jobId;
}

export async function runJob(jobId: number, work: Work): Promise<void> {
  let savedAt = 0;
  let savedStep = "";
  const progress: Progress = async (step, done = 0, total = 0) => {
    const at = Date.now();
    if (step !== savedStep || done === total || at - savedAt >= SAVE_INTERVAL_MS) {
      reportJobProgress(jobId, { step, done, total });
      savedAt = at;
      savedStep = step;
    }
    await yieldToServer();
  };
  try {
    finishJob(jobId, await work(progress));
  } catch (error) {
    if (error instanceof JobError) return failJob(jobId, error.problems);
    console.error(error);
    failJob(jobId, ["Noe gikk galt, og ingenting ble lagret. Prøv igjen, og kontakt en administrator hvis det skjer igjen."]);
  }
}

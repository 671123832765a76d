import { getJobForUser } from "../models/jobs.server";
import { notFound, parseId, requireProjectRole } from "./access.server";
import { requireSession } from "./session.server";

/** A job for the user who started it, and, for a project's job, only while they are still in the project. */
export async function requireOwnJob(request: Request, jobIdParam: unknown) {
  const session = await requireSession(request);
  const job = getJobForUser(parseId(jobIdParam), session.user.id);
  if (!job) throw notFound();
  if (job.projectId !== null) await requireProjectRole(request, String(job.projectId));
  return { session, job };
}

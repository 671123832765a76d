import type { LoaderFunctionArgs } from "@remix-run/node";
import { getJobFileForUser } from "../models/jobs.server";
import { notFound } from "../services/access.server";
import { fileResponse } from "../services/file-response.server";
import { requireOwnJob } from "../services/job-access.server";

/** The file a finished job made, for the user who started it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session, job } = await requireOwnJob(request, params.jobId);
  const file = getJobFileForUser(job.id, session.user.id);
  if (!file) throw notFound();
  return fileResponse(file);
}

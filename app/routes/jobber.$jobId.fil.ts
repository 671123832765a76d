import type { LoaderFunctionArgs } from "@remix-run/node";
import { getJobFileForUser } from "../models/jobs.server";
import { notFound } from "../services/access.server";
import { auditRefusals } from "../services/audit-events.server";
import { fileResponse } from "../services/file-response.server";
import { requireOwnJob } from "../services/job-access.server";

/** The file a finished job made, for the user who started it. A resource route: refusals are logged here, not in the entry module. */
export const loader = (args: LoaderFunctionArgs) => auditRefusals(args, () => fileLoader(args));

async function fileLoader({ request, params }: LoaderFunctionArgs) {
  const { session, job } = await requireOwnJob(request, params.jobId);
  const file = getJobFileForUser(job.id, session.user.id);
  if (!file) throw notFound();
  return fileResponse(file);
}

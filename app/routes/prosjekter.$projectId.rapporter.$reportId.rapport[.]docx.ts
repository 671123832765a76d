import type { LoaderFunctionArgs } from "@remix-run/node";
import { writeAudit } from "../models/audit.server";
import { requireProjectRole } from "../services/access.server";
import { fileResponse } from "../services/file-response.server";
import { DOCX_TYPE, reportDocx, reportFileName } from "../services/report-docx.server";
import { reportContentFor } from "../services/report-version.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, user } = await requireProjectRole(request, params.projectId);
  const { content, sentVersion } = reportContentFor(request, projectId, params.reportId);
  const file = await reportDocx(content);
  writeAudit({ userId: user.id, action: "export", entityType: "report", entityId: params.reportId, projectId, detail: { format: "docx", version: sentVersion } });
  return fileResponse({ name: reportFileName(content, sentVersion), type: DOCX_TYPE, data: file });
}

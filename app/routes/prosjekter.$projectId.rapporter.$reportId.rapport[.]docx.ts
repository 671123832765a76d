import type { LoaderFunctionArgs } from "@remix-run/node";
import { writeAudit } from "../models/audit.server";
import { requireProjectRole } from "../utils/access.server";
import { reportDocx } from "../utils/report-docx.server";
import { reportContentFor } from "../utils/report-version.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, user } = await requireProjectRole(request, params.projectId);
  const { content, sentVersion } = reportContentFor(request, projectId, params.reportId);
  const file = await reportDocx(content);
  writeAudit({ userId: user.id, action: "export", entityType: "report", entityId: params.reportId, projectId, detail: { format: "docx", version: sentVersion } });
  const name = `${content.title}${sentVersion ? ` v${sentVersion}` : ""}`.replace(/[^\p{L}\p{N} ._-]/gu, "").trim() || "rapport";
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="rapport.docx"; filename*=UTF-8''${encodeURIComponent(name)}.docx`,
    },
  });
}

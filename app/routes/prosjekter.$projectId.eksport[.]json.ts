import type { LoaderFunctionArgs } from "@remix-run/node";
import { writeAudit } from "../models/audit.server";
import { exportProject } from "../models/project-transfer.server";
import { notFound, requireProjectRole } from "../services/access.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, user } = await requireProjectRole(request, params.projectId);
  const data = exportProject(projectId);
  if (!data) throw notFound();
  writeAudit({ userId: user.id, action: "export", entityType: "project", entityId: projectId, projectId });
  const filename = `trinnvis-prosjekt-${projectId}-${data.exportedAt.slice(0, 10)}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

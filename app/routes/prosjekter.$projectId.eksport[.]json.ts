import type { LoaderFunctionArgs } from "@remix-run/node";
import { writeAudit } from "../models/audit.server";
import { exportProject } from "../models/project-transfer.server";
import { notFound, requireProjectRole } from "../services/access.server";
import { AUDITORS, hasRole, PROJECT_EXPORTERS } from "../utils/permissions";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, user, role } = await requireProjectRole(request, params.projectId, PROJECT_EXPORTERS);
  // A round's answers go in only where the round page would show them to this person.
  const data = exportProject(projectId, { userId: user.id, isAdvisor: hasRole(role, AUDITORS) });
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

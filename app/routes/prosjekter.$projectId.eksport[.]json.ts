import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportProject } from "../models/project-transfer.server";
import { notFound, requireProjectRole } from "../services/access.server";
import { auditRefusals, logExport } from "../services/audit-events.server";
import { AUDITORS, hasRole, PROJECT_EXPORTERS } from "../utils/permissions";

/** Resource route: Remix answers it without passing app/entry.server.tsx, so refusals are logged here. */
export const loader = (args: LoaderFunctionArgs) => auditRefusals(args, () => exportLoader(args));

async function exportLoader({ request, params, context }: LoaderFunctionArgs) {
  const { projectId, user, role } = await requireProjectRole(request, params.projectId, PROJECT_EXPORTERS);
  // A round's answers go in only where the round page would show them to this person.
  const data = exportProject(projectId, { userId: user.id, isAdvisor: hasRole(role, AUDITORS) });
  if (!data) throw notFound();
  logExport({ context }, { userId: user.id, entityType: "project", entityId: projectId, projectId });
  const filename = `trinnvis-prosjekt-${projectId}-${data.exportedAt.slice(0, 10)}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

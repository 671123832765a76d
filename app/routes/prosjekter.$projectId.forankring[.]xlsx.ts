import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireProjectRole } from "../services/access.server";
import { auditRefusals, logExport } from "../services/audit-events.server";
import { coverageSheets, projectAnchoringCoverage } from "../services/anchoring.server";
import { buildWorkbook, XLSX_TYPE } from "../utils/spreadsheet.server";

/** Resource route: Remix answers it without passing app/entry.server.tsx, so refusals are logged here. */
export const loader = (args: LoaderFunctionArgs) => auditRefusals(args, () => workbookLoader(args));

async function workbookLoader({ request, params, context }: LoaderFunctionArgs) {
  const { projectId, user } = await requireProjectRole(request, params.projectId);
  const file = await buildWorkbook(coverageSheets(projectAnchoringCoverage(projectId)));
  logExport({ context }, { userId: user.id, entityType: "anchoring_coverage", entityId: projectId, projectId });
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="forankring-prosjekt-${projectId}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}

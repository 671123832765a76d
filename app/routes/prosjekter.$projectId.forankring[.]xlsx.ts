import type { LoaderFunctionArgs } from "@remix-run/node";
import { writeAudit } from "../models/audit.server";
import { requireProjectRole } from "../services/access.server";
import { coverageSheets, projectAnchoringCoverage } from "../services/anchoring.server";
import { buildWorkbook, XLSX_TYPE } from "../utils/spreadsheet.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, user } = await requireProjectRole(request, params.projectId);
  const file = await buildWorkbook(coverageSheets(projectAnchoringCoverage(projectId)));
  writeAudit({ userId: user.id, action: "export", entityType: "anchoring_coverage", entityId: projectId, projectId });
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="forankring-prosjekt-${projectId}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}

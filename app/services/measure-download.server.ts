import type { Params } from "@remix-run/react";
import { writeAudit } from "../models/audit.server";
import { getMeasure } from "../models/measure.server";
import { getProject } from "../models/project.server";
import { notFound, parseId, requireProjectRole } from "./access.server";
import { measureSheet } from "./measure-export.server";

/** Access check, the measure's sheet and a file name, for the CSV and XLSX downloads. */
export async function loadMeasureExport(request: Request, params: Params, extension: "csv" | "xlsx") {
  const { projectId, user } = await requireProjectRole(request, params.projectId);
  const measure = getMeasure(projectId, parseId(params.measureId));
  if (!measure) throw notFound();
  writeAudit({ userId: user.id, action: "export", entityType: "measure_data", entityId: measure.id, projectId, detail: { format: extension } });
  return { sheet: measureSheet(measure, getProject(projectId)?.protectSmallCounts ?? true), filename: `maling-${measure.id}.${extension}` };
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { getMeasure } from "../models/measure.server";
import { getProject } from "../models/project.server";
import { notFound, parseId, requireProjectRole } from "./access.server";
import { logExport } from "./audit-events.server";
import { measureSheet } from "./measure-export.server";

/** Access check, the measure's sheet and a file name, for the CSV and XLSX downloads. */
export async function loadMeasureExport({ request, params, context }: LoaderFunctionArgs, extension: "csv" | "xlsx") {
  const { projectId, user } = await requireProjectRole(request, params.projectId);
  const measure = getMeasure(projectId, parseId(params.measureId));
  if (!measure) throw notFound();
  logExport({ context }, { userId: user.id, entityType: "measure_data", entityId: measure.id, projectId, detail: { format: extension } });
  return { sheet: measureSheet(measure, getProject(projectId)?.protectSmallCounts ?? true), filename: `maling-${measure.id}.${extension}` };
}

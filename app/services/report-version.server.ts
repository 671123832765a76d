// Which content a report view shows: a sent version exactly as frozen (?versjon=n), or the report as it stands.
import type { ReportContent } from "../domain/report";
import { getReport, getSentVersion } from "../models/report.server";
import { notFound, parseId } from "./access.server";
import { buildReportContent } from "./report-content.server";

export function reportContentFor(request: Request, projectId: number, reportIdParam: unknown): { content: ReportContent; sentVersion: number | null } {
  return reportContentForVersion(projectId, reportIdParam, new URL(request.url).searchParams.get("versjon"));
}

/** A sent version's frozen content when a version is named (from a form or the address), else the report as it stands. */
export function reportContentForVersion(projectId: number, reportIdParam: unknown, versionParam: FormDataEntryValue | null): { content: ReportContent; sentVersion: number | null } {
  const report = getReport(projectId, parseId(reportIdParam));
  if (!report) throw notFound();
  if (versionParam === null || versionParam === "") return { content: buildReportContent(projectId, report), sentVersion: null };
  const versionNumber = parseId(versionParam);
  const sent = getSentVersion(projectId, report.id, versionNumber);
  if (!sent) throw notFound();
  return { content: sent.content, sentVersion: versionNumber };
}

// A report as a Word file: the charts are drawn one by one (the slow part), then the document is put together.
import type { ReportContent } from "../domain/report";
import { writeAudit } from "../models/audit.server";
import { DOCX_TYPE, reportDocx, reportFileName } from "../services/report-docx.server";
import type { Work } from "./runner.server";

export function reportWordWork(content: ReportContent, sentVersion: number | null, audit: { userId: number; projectId: number; reportId: number }): Work {
  return async (progress) => {
    await progress("Henter rapporten");
    const data = await reportDocx(content, (done, total) => progress("Tegner diagrammene", done, total));
    writeAudit({ userId: audit.userId, action: "export", entityType: "report", entityId: audit.reportId, projectId: audit.projectId, detail: { format: "docx", version: sentVersion } });
    return { file: { name: reportFileName(content, sentVersion), type: DOCX_TYPE, data } };
  };
}

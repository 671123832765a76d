import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditRefusals } from "../services/audit-events.server";
import { loadMeasureExport } from "../services/measure-download.server";
import { buildWorkbook, XLSX_TYPE } from "../utils/spreadsheet.server";

/** Resource route: Remix answers it without passing app/entry.server.tsx, so refusals are logged here. */
export const loader = (args: LoaderFunctionArgs) => auditRefusals(args, () => download(args));

async function download(args: LoaderFunctionArgs) {
  const { sheet, filename } = await loadMeasureExport(args, "xlsx");
  return new Response(new Uint8Array(await buildWorkbook([sheet])), {
    headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}

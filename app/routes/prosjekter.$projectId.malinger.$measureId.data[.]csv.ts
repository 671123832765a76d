import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditRefusals } from "../services/audit-events.server";
import { loadMeasureExport } from "../services/measure-download.server";
import { sheetToCsv } from "../services/measure-export.server";

/** Resource route: Remix answers it without passing app/entry.server.tsx, so refusals are logged here. */
export const loader = (args: LoaderFunctionArgs) => auditRefusals(args, () => download(args));

async function download(args: LoaderFunctionArgs) {
  const { sheet, filename } = await loadMeasureExport(args, "csv");
  return new Response(sheetToCsv(sheet), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}

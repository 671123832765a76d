import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadMeasureExport } from "../services/measure-download.server";
import { sheetToCsv } from "../services/measure-export.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { sheet, filename } = await loadMeasureExport(request, params, "csv");
  return new Response(sheetToCsv(sheet), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}

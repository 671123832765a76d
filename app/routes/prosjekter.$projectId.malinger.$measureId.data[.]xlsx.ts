import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadMeasureExport } from "../services/measure-download.server";
import { buildWorkbook, XLSX_TYPE } from "../utils/spreadsheet.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { sheet, filename } = await loadMeasureExport(request, params, "xlsx");
  return new Response(new Uint8Array(await buildWorkbook([sheet])), {
    headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "../services/access.server";
import { auditRefusals, logExport } from "../services/audit-events.server";
import { fileResponse } from "../services/file-response.server";
import { portfolioFilterFrom, portfolioFor, portfolioSheet } from "../services/portfolio.server";
import { requireSession } from "../services/session.server";
import { buildWorkbook, XLSX_TYPE } from "../utils/spreadsheet.server";

/** Resource route: Remix answers it without passing app/entry.server.tsx, so refusals are logged here. */
export const loader = (args: LoaderFunctionArgs) => auditRefusals(args, () => workbookLoader(args));

async function workbookLoader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request);
  const portfolio = portfolioFor(user.id, portfolioFilterFrom(new URL(request.url).searchParams));
  if (!portfolio) throw notFound();
  const data = await buildWorkbook([portfolioSheet(portfolio)]);
  logExport({ context }, { userId: user.id, entityType: "portfolio", entityId: user.id, detail: { projects: portfolio.rows.length } });
  const response = fileResponse({ name: `portefolje-${portfolio.today}.xlsx`, type: XLSX_TYPE, data });
  response.headers.set("Cache-Control", "no-store");
  return response;
}

import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { writeAudit } from "../models/audit.server";
import { requireCsrf } from "../services/csrf.server";
import { clientAddress, endSession, getCurrentSession } from "../services/session.server";
import { readForm } from "../utils/form-body.server";

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await getCurrentSession(request);
  if (session) {
    requireCsrf(request, await readForm(request), session);
    writeAudit({ userId: session.user.id, action: "logout", entityType: "user", entityId: session.user.id, sourceAddress: clientAddress(context) });
  }
  return redirect("/logg-inn", { headers: { "Set-Cookie": await endSession(request) } });
}

export const loader = () => redirect("/prosjekter");

import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { writeAudit } from "../models/audit.server";
import { auditRefusals } from "../services/audit-events.server";
import { requireCsrf } from "../services/csrf.server";
import { clientAddress, endSession, getCurrentSession } from "../services/session.server";
import { readForm } from "../utils/form-body.server";

/** Resource route: Remix answers it without passing app/entry.server.tsx, so refusals are logged here. */
export const action = (args: ActionFunctionArgs) => auditRefusals(args, () => logOut(args));

async function logOut({ request, context }: ActionFunctionArgs) {
  const session = await getCurrentSession(request);
  if (session) {
    requireCsrf(request, await readForm(request), session);
    writeAudit({ userId: session.user.id, action: "logout", entityType: "user", entityId: session.user.id, sourceAddress: clientAddress(context) });
  }
  return redirect("/logg-inn", { headers: { "Set-Cookie": await endSession(request) } });
}

export const loader = () => redirect("/prosjekter");

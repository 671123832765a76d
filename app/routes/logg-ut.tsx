import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { writeAudit } from "../models/audit.server";
import { auditRefusals } from "../services/audit-events.server";
import { requireCsrf } from "../services/csrf.server";
import { clearMessageCookie } from "../services/flash.server";
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
  // A message not yet shown goes too: the next person at this browser must not see it.
  const headers = new Headers([["Set-Cookie", await endSession(request)], ["Set-Cookie", await clearMessageCookie()]]);
  return redirect("/logg-inn", { headers });
}

export const loader = () => redirect("/prosjekter");

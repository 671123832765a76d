// "Fortsett økten": the session-timeout warning (app/components/session-timeout.tsx) posts here to
// keep the session alive. Logged out it answers 401 rather than redirecting, so the page and what
// is typed in it stay where they are.
import { json, type ActionFunctionArgs } from "@remix-run/node";
import { requireCsrf } from "../services/csrf.server";
import { extendSession, getCurrentSession } from "../services/session.server";
import { readForm } from "../utils/form-body.server";

export async function action({ request }: ActionFunctionArgs) {
  const session = await getCurrentSession(request);
  if (!session) return json({ ok: false as const, message: "Økten er allerede utløpt." }, { status: 401 });
  try {
    requireCsrf(request, await readForm(request), session);
  } catch (refused) {
    // Answered as data, not thrown: a thrown refusal would replace the page the warning sits on, form and all.
    if (refused instanceof Response) return json({ ok: false as const, message: await refused.text() }, { status: refused.status });
    throw refused;
  }
  extendSession(session);
  return json({ ok: true as const, message: null });
}

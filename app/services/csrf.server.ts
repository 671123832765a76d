import { redirect } from "@remix-run/node";
import { CSRF_FIELD } from "../utils/form-token";
import { isForeignOrigin } from "../utils/origin";
import { refusal, type RefusalReason } from "./audit-events.server";
import { keepForm, pageOf } from "./kept-forms.server";
import type { CurrentSession } from "./session.server";

export { CSRF_FIELD };

/** Refuses a form posted from another site: the Origin header, when sent, must be our own. */
export function requireSameOrigin(request: Request) {
  const headers = request.headers;
  const foreign = isForeignOrigin({ origin: headers.get("Origin") ?? undefined, host: headers.get("Host") ?? undefined, forwardedHost: headers.get("X-Forwarded-Host") ?? undefined });
  if (foreign) throw forbidden("annet-nettsted");
}

/**
 * Every form that changes data carries the session's own token (synchronizer token pattern):
 * a page on another site can make the browser post, but cannot read the token.
 */
export function requireCsrf(request: Request, formData: FormData, session: CurrentSession) {
  requireSameOrigin(request);
  const token = formData.get(CSRF_FIELD);
  if (token === session.csrfToken) return;
  if (session.previousCsrfToken && token === session.previousCsrfToken) {
    // Not a forgery: the page was opened before the same person logged in again in another tab.
    // What was typed is kept and comes back on the page, asking to save it now.
    if (keepForm(session.user.id, request.url, formData, "ny-innlogging")) throw redirect(pageOf(request.url));
    throw refusal(403, "Du har logget inn på nytt i en annen fane etter at denne siden ble åpnet. Last siden på nytt og prøv igjen.", "ny-innlogging");
  }
  throw forbidden("csrf");
}

/** 403 with the reason for the audit log (app/services/audit-events.server.ts). */
function forbidden(reason: RefusalReason) {
  return refusal(403, "Skjemaet kunne ikke bekreftes. Last siden på nytt og prøv igjen.", reason);
}

import { isForeignOrigin } from "../utils/origin";
import { refusal, type RefusalReason } from "./audit-events.server";
import type { CurrentSession } from "./session.server";

export const CSRF_FIELD = "csrf";

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
  if (formData.get(CSRF_FIELD) !== session.csrfToken) throw forbidden("csrf");
}

/** 403 with the reason for the audit log (app/services/audit-events.server.ts). */
function forbidden(reason: RefusalReason) {
  return refusal(403, "Skjemaet kunne ikke bekreftes. Last siden på nytt og prøv igjen.", reason);
}

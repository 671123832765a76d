import type { CurrentSession } from "./session.server";

export const CSRF_FIELD = "csrf";

/** Refuses a form posted from another site: the Origin header, when sent, must be our own. */
export function requireSameOrigin(request: Request) {
  const origin = request.headers.get("Origin");
  if (!origin) return;
  const host = request.headers.get("X-Forwarded-Host") ?? request.headers.get("Host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden();
  }
  if (originHost !== host) throw forbidden();
}

/**
 * Every form that changes data carries the session's own token (synchronizer token pattern):
 * a page on another site can make the browser post, but cannot read the token.
 */
export function requireCsrf(request: Request, formData: FormData, session: CurrentSession) {
  requireSameOrigin(request);
  if (formData.get(CSRF_FIELD) !== session.csrfToken) throw forbidden();
}

function forbidden() {
  return new Response("Skjemaet kunne ikke bekreftes. Last siden på nytt og prøv igjen.", { status: 403 });
}

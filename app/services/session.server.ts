import { createCookie, redirect, type AppLoadContext } from "@remix-run/node";
import { createSession, deleteSessionByToken, ENDED_SESSION_KEPT_MS, getEndedSession, getSessionByToken, getSessionOwner, touchSession } from "../models/session.server";
import { isProduction, SESSION_TTL_MS } from "../utils/env.server";
import { readForm } from "../utils/form-body.server";
import { CSRF_FIELD } from "../utils/form-token";
import { keepForm, pageOf } from "./kept-forms.server";

export type SessionUser = { id: number; email: string; name: string; isAdmin: boolean };
export type CurrentSession = {
  sessionId: string;
  csrfToken: string;
  /** The form token of the session this one replaced, when the same person logged in again in this browser. */
  previousCsrfToken: string | null;
  /** The absolute end, however active the person is. */
  expiresAt: string;
  user: SessionUser;
};

/** In production the name carries the __Host- prefix: Secure, Path=/ and no Domain, so no subdomain can set it. */
export const SESSION_COOKIE_NAME = isProduction() ? "__Host-trinnvis_session" : "trinnvis_session";

const sessionCookie = createCookie(SESSION_COOKIE_NAME, {
  httpOnly: true,
  sameSite: "lax",
  secure: isProduction(),
  path: "/",
  // Outlives the session a while, so a form posted just after the end can be kept for its owner.
  maxAge: (SESSION_TTL_MS + ENDED_SESSION_KEPT_MS) / 1000,
});

async function readToken(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export async function getCurrentSession(request: Request): Promise<CurrentSession | null> {
  const token = await readToken(request);
  if (!token) return null;
  return getSessionByToken(token);
}

/** Why the login page is shown: the session ended, and whether a posted form was kept. */
export type LoginReason = "utlopt" | "skjema-tatt-vare-pa";

/**
 * Throws a redirect to the login page when nobody is logged in. When the browser's session has
 * ended, the login page says so; a form it posted (carrying that session's own form token) is kept
 * for the session's owner and filled in again after login.
 */
export async function requireSession(request: Request): Promise<CurrentSession> {
  const session = await getCurrentSession(request);
  if (session) return session;
  const params = new URLSearchParams({ neste: pageOf(request.url) });
  const token = await readToken(request);
  const ended = token ? getEndedSession(token) : null;
  if (ended) params.set("grunn", (await keepPostedForm(request, ended)) ? "skjema-tatt-vare-pa" : "utlopt");
  throw redirect(`/logg-inn?${params}`);
}

async function keepPostedForm(request: Request, ended: { userId: number; csrfToken: string }): Promise<boolean> {
  if (request.method === "GET" || request.method === "HEAD") return false;
  const formData = await readForm(request).catch(() => null);
  // Only a form from the ended session's own pages: its token proves it.
  if (!formData || formData.get(CSRF_FIELD) !== ended.csrfToken) return false;
  return keepForm(ended.userId, request.url, formData, "utlopt");
}

/**
 * A fresh session id at every login, so a session id planted before login is worthless. When the same
 * person logs in again, the old session's form token is remembered, so a form left open in another tab
 * is recognised and kept rather than refused.
 */
export async function startSession(request: Request, userId: number): Promise<string> {
  const oldToken = await readToken(request);
  const old = oldToken ? getSessionOwner(oldToken) : null;
  if (oldToken) deleteSessionByToken(oldToken);
  const { token } = createSession(userId, old?.userId === userId ? old.csrfToken : null);
  return sessionCookie.serialize(token);
}

/** The person asked to stay logged in: the idle time starts again (the absolute end stays). */
export function extendSession(session: CurrentSession) {
  touchSession(session.sessionId);
}

export async function endSession(request: Request): Promise<string> {
  const token = await readToken(request);
  if (token) deleteSessionByToken(token);
  return sessionCookie.serialize("", { maxAge: 0 });
}

/**
 * The client's address: Express's `req.ip` (app/server/serve.ts), which is the socket's address, or,
 * when TRUST_PROXY names the proxy the request came through, the rightmost address in X-Forwarded-For
 * that is not a trusted proxy. An IPv4 address seen through IPv6 (::ffff:10.0.0.1) is given as IPv4.
 */
export function clientAddress(context: AppLoadContext): string {
  const address = (context as { clientAddress?: unknown }).clientAddress;
  if (typeof address !== "string" || !address) return "ukjent";
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1] : address;
}

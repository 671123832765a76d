import { createCookie, redirect, type AppLoadContext } from "@remix-run/node";
import { createSession, deleteSessionByToken, getSessionByToken } from "../models/session.server";
import { isProduction, SESSION_TTL_MS } from "../utils/env.server";

export type SessionUser = { id: number; email: string; name: string; isAdmin: boolean };
export type CurrentSession = { csrfToken: string; user: SessionUser };

/** In production the name carries the __Host- prefix: Secure, Path=/ and no Domain, so no subdomain can set it. */
export const SESSION_COOKIE_NAME = isProduction() ? "__Host-trinnvis_session" : "trinnvis_session";

const sessionCookie = createCookie(SESSION_COOKIE_NAME, {
  httpOnly: true,
  sameSite: "lax",
  secure: isProduction(),
  path: "/",
  maxAge: SESSION_TTL_MS / 1000,
});

async function readToken(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export async function getCurrentSession(request: Request): Promise<CurrentSession | null> {
  const token = await readToken(request);
  if (!token) return null;
  const session = getSessionByToken(token);
  return session ? { csrfToken: session.csrfToken, user: session.user } : null;
}

/** Throws a redirect to the login page when nobody is logged in. */
export async function requireSession(request: Request): Promise<CurrentSession> {
  const session = await getCurrentSession(request);
  if (!session) {
    const url = new URL(request.url);
    const params = new URLSearchParams({ neste: url.pathname + url.search });
    throw redirect(`/logg-inn?${params}`);
  }
  return session;
}

/** A fresh session id at every login, so a session id planted before login is worthless. */
export async function startSession(request: Request, userId: number): Promise<string> {
  const oldToken = await readToken(request);
  if (oldToken) deleteSessionByToken(oldToken);
  const { token } = createSession(userId);
  return sessionCookie.serialize(token);
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

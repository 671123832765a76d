// What a save, deletion or sending did, said on the page it redirects to ("Tiltaket er slettet."). The
// message rides across the redirect in a short-lived httpOnly cookie of this browser; the root loader
// reads and clears it at once, so it is shown once and never again on reload (docs/decisions/011-melding-etter-lagring.md).
import { randomUUID } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { isProduction } from "../utils/env.server";

/** In production the __Host- prefix: Secure, Path=/ and no Domain, so no subdomain can plant a message. */
const FLASH_COOKIE_NAME = isProduction() ? "__Host-trinnvis_melding" : "trinnvis_melding";

/** Longer than any message needs: the page after the redirect reads it within a second. */
const FLASH_MAX_AGE_SECONDS = 60;

/** A message is the server's own sentence, at most with a record's title in it; longer text is cut. */
const MAX_MESSAGE_LENGTH = 300;

const flashCookie = createCookie(FLASH_COOKIE_NAME, {
  httpOnly: true,
  sameSite: "lax",
  secure: isProduction(),
  path: "/",
  maxAge: FLASH_MAX_AGE_SECONDS,
});

const shortened = (message: string) => (message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message);

/** A redirect that carries `message` to the next page. Other Set-Cookie headers in `init` are kept. */
export async function redirectWithMessage(url: string, message: string, init?: ResponseInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  headers.append("Set-Cookie", await flashCookie.serialize(shortened(message)));
  return redirect(url, { ...init, headers });
}

/** The Set-Cookie header that removes a message not yet shown (at logout). */
export const clearMessageCookie = () => flashCookie.serialize("", { maxAge: 0 });

export type TakenMessage = {
  /** The message to show, with an id of its own (the same sentence twice is two messages), or null. */
  message: { id: string; text: string } | null;
  /** The header that removes the cookie, when the request carried one; add it to the response. */
  setCookie: string | null;
};

/** The message the browser carries, taken: the caller clears the cookie with `setCookie`. */
export async function takeMessage(request: Request): Promise<TakenMessage> {
  const cookieHeader = request.headers.get("Cookie");
  if (!cookieHeader || !cookieHeader.includes(`${FLASH_COOKIE_NAME}=`)) return { message: null, setCookie: null };
  const value: unknown = await flashCookie.parse(cookieHeader).catch(() => null);
  const message = typeof value === "string" && value.trim() !== "" ? { id: randomUUID(), text: shortened(value) } : null;
  return { message, setCookie: await clearMessageCookie() };
}

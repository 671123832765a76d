import { eq, lt } from "drizzle-orm";
import { cachedRead, getDb } from "../../db/client.server";
import { sessions, users } from "../../db/schema";
import { SESSION_IDLE_MS, SESSION_TTL_MS } from "../utils/env.server";
import { nowIso } from "../utils/time";
import { hashToken, randomToken } from "../utils/tokens.server";


/**
 * An ended session's row stays this long, so a form posted just after the end can still be tied to
 * its owner and kept (app/services/kept-forms.server.ts). The row gives no access.
 */
export const ENDED_SESSION_KEPT_MS = 60 * 60 * 1000;

/** `previousCsrfToken`: the form token of the same person's session this one replaces in the browser. */
export function createSession(userId: number, previousCsrfToken: string | null = null) {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS).toISOString();
  const db = getDb();
  db.delete(sessions).where(lt(sessions.expiresAt, new Date(Date.now() - ENDED_SESSION_KEPT_MS).toISOString())).run();
  db.insert(sessions).values({ id: hashToken(token), userId, csrfToken: randomToken(), expiresAt, lastSeenAt: nowIso(), previousCsrfToken }).run();
  return { token, expiresAt };
}

/** Requests within this long of the last one do not write lastSeenAt again. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/**
 * The live session behind a token, with its user; null when unknown, past its absolute end, idle for
 * too long, or the user is disabled. A live session's last-seen time moves on.
 */
export function getSessionByToken(token: string, now = Date.now()) {
  const nowText = new Date(now).toISOString();
  const idleLimit = new Date(now - SESSION_IDLE_MS).toISOString();
  const id = hashToken(token);
  const row = cachedRead(`session:${id}`, () => readSession(id));
  if (!row || row.expiresAt <= nowText || row.user.disabledAt) return null;
  const lastSeen = row.lastSeenAt ?? nowText;
  if (lastSeen < idleLimit) {
    // Ended: its end moved back to its last request. The row is kept a while (ENDED_SESSION_KEPT_MS)
    // to recognise a form posted after the end.
    getDb().update(sessions).set({ expiresAt: lastSeen }).where(eq(sessions.id, row.sessionId)).run();
    return null;
  }
  if (now - Date.parse(lastSeen) > TOUCH_INTERVAL_MS) getDb().update(sessions).set({ lastSeenAt: nowText }).where(eq(sessions.id, row.sessionId)).run();
  const { disabledAt: _disabled, ...user } = row.user;
  return { sessionId: row.sessionId, csrfToken: row.csrfToken, previousCsrfToken: row.previousCsrfToken, expiresAt: row.expiresAt, user };
}

/**
 * The owner of a session that has ended (by time, not by logging out: logging out deletes the row),
 * with its form token; null for a live session, an unknown token or a disabled user.
 */
export function getEndedSession(token: string, now = Date.now()) {
  const row = readSession(hashToken(token));
  if (!row || row.user.disabledAt) return null;
  const nowText = new Date(now).toISOString();
  const idle = (row.lastSeenAt ?? nowText) < new Date(now - SESSION_IDLE_MS).toISOString();
  if (row.expiresAt > nowText && !idle) return null;
  return { userId: row.user.id, csrfToken: row.csrfToken };
}

/** The session's last-seen time set to now: the person asked to stay logged in. */
export function touchSession(sessionId: string, now = Date.now()) {
  getDb().update(sessions).set({ lastSeenAt: new Date(now).toISOString() }).where(eq(sessions.id, sessionId)).run();
}

/** The stored session and its user; the time limits are checked by the caller, so the row can be reused. */
function readSession(id: string) {
  return (
    getDb()
      .select({
        sessionId: sessions.id,
        csrfToken: sessions.csrfToken,
        previousCsrfToken: sessions.previousCsrfToken,
        expiresAt: sessions.expiresAt,
        lastSeenAt: sessions.lastSeenAt,
        user: { id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, disabledAt: users.disabledAt },
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, id))
      .get() ?? null
  );
}

/** The session's owner and form token, live or ended; null when unknown. */
export function getSessionOwner(token: string) {
  const row = readSession(hashToken(token));
  return row ? { userId: row.user.id, csrfToken: row.csrfToken } : null;
}

export function deleteSessionByToken(token: string) {
  getDb().delete(sessions).where(eq(sessions.id, hashToken(token))).run();
}

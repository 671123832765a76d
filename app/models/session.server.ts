import { eq, lt } from "drizzle-orm";
import { cachedRead, getDb } from "../../db/client.server";
import { sessions, users } from "../../db/schema";
import { SESSION_IDLE_MS, SESSION_TTL_MS } from "../utils/env.server";
import { nowIso } from "../utils/time";
import { hashToken, randomToken } from "../utils/tokens.server";


export function createSession(userId: number) {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS).toISOString();
  const db = getDb();
  db.delete(sessions).where(lt(sessions.expiresAt, nowIso())).run();
  db.insert(sessions).values({ id: hashToken(token), userId, csrfToken: randomToken(), expiresAt, lastSeenAt: nowIso() }).run();
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
    getDb().delete(sessions).where(eq(sessions.id, row.sessionId)).run();
    return null;
  }
  if (now - Date.parse(lastSeen) > TOUCH_INTERVAL_MS) getDb().update(sessions).set({ lastSeenAt: nowText }).where(eq(sessions.id, row.sessionId)).run();
  const { disabledAt: _disabled, ...user } = row.user;
  return { sessionId: row.sessionId, csrfToken: row.csrfToken, user };
}

/** The stored session and its user; the time limits are checked by the caller, so the row can be reused. */
function readSession(id: string) {
  return (
    getDb()
      .select({
        sessionId: sessions.id,
        csrfToken: sessions.csrfToken,
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

export function deleteSessionByToken(token: string) {
  getDb().delete(sessions).where(eq(sessions.id, hashToken(token))).run();
}

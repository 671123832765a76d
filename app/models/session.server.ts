import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { sessions, users } from "../../db/schema";
import { SESSION_TTL_MS } from "../utils/env.server";
import { nowIso } from "../utils/time";

/** The database keeps only a hash of the session token, so a copy of the database logs nobody in. */
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const randomToken = () => randomBytes(32).toString("base64url");

export function createSession(userId: number) {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS).toISOString();
  const db = getDb();
  db.delete(sessions).where(lt(sessions.expiresAt, nowIso())).run();
  db.insert(sessions).values({ id: hashToken(token), userId, csrfToken: randomToken(), expiresAt }).run();
  return { token, expiresAt };
}

/** The live session behind a token, with its user; null when unknown, expired or the user is disabled. */
export function getSessionByToken(token: string) {
  const row = getDb()
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      user: { id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, disabledAt: users.disabledAt },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, nowIso())))
    .get();
  if (!row || row.user.disabledAt) return null;
  const { disabledAt: _disabled, ...user } = row.user;
  return { sessionId: row.sessionId, csrfToken: row.csrfToken, user };
}

export function deleteSessionByToken(token: string) {
  getDb().delete(sessions).where(eq(sessions.id, hashToken(token))).run();
}

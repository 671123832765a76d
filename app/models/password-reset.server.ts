import { and, count, eq, gt, gte, isNull } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { passwordResets } from "../../db/schema";
import { PASSWORD_RESET_TTL_MS } from "../utils/env.server";
import { nowIso } from "../utils/time";
import { hashToken, randomToken } from "../utils/tokens.server";
import { writeAudit } from "./audit.server";
import { hashPassword } from "../utils/password.server";
import { storePasswordHash } from "./user.server";

/** A one-time token for a link to set a new password; an earlier unused link stops working. */
export function createPasswordReset(userId: number) {
  const token = randomToken();
  const now = nowIso();
  getDb().transaction((tx) => {
    tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt))).run();
    tx.insert(passwordResets).values({ userId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS).toISOString() }).run();
  });
  return token;
}

/** How many links were made for the user since the instant given (ISO), used or not: for limiting how often one is mailed. */
export function countPasswordResetsSince(userId: number, sinceIso: string) {
  const row = getDb()
    .select({ n: count() })
    .from(passwordResets)
    .where(and(eq(passwordResets.userId, userId), gte(passwordResets.createdAt, sinceIso)))
    .get();
  return row?.n ?? 0;
}

/** The reset behind a link if it is unused and unexpired, else null. */
export function findValidPasswordReset(token: string) {
  return (
    getDb()
      .select()
      .from(passwordResets)
      .where(and(eq(passwordResets.tokenHash, hashToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, nowIso())))
      .get() ?? null
  );
}

/** Sets the new password and uses up the link, together or not at all; false when the link is no longer valid. */
export async function consumePasswordReset(token: string, password: string) {
  const passwordHash = await hashPassword(password);
  return getDb().transaction(
    (tx) => {
      const reset = findValidPasswordReset(token);
      if (!reset) return false;
      tx.update(passwordResets).set({ usedAt: nowIso() }).where(eq(passwordResets.id, reset.id)).run();
      storePasswordHash(tx, reset.userId, passwordHash);
      writeAudit({ userId: reset.userId, action: "update", entityType: "user", entityId: reset.userId, detail: { passwordReset: true } });
      return true;
    },
    { behavior: "immediate" },
  );
}

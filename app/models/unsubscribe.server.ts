// Single-use links in digests that turn a person's digests off without logging in. Only the token's hash is stored.
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { unsubscribeTokens, users } from "../../db/schema";
import { nowIso } from "../utils/time";
import { hashToken, randomToken } from "../utils/tokens.server";
import { writeAudit } from "./audit.server";

/** A fresh token for one mail to the person. */
export function createUnsubscribeToken(userId: number): string {
  const token = randomToken();
  getDb().insert(unsubscribeTokens).values({ userId, tokenHash: hashToken(token) }).run();
  return token;
}

/** Whose link it is and whether it is used; null for a token that was never made. */
export function findUnsubscribeToken(token: string) {
  if (!token) return null;
  return (
    getDb()
      .select({ id: unsubscribeTokens.id, userId: unsubscribeTokens.userId, usedAt: unsubscribeTokens.usedAt, name: users.name, frequency: users.digestFrequency })
      .from(unsubscribeTokens)
      .innerJoin(users, eq(users.id, unsubscribeTokens.userId))
      .where(eq(unsubscribeTokens.tokenHash, hashToken(token)))
      .get() ?? null
  );
}

/**
 * Uses the link up and turns the person's digests off, together or not at all, with an audit entry.
 * "brukt" when it was used before (also by a request a moment earlier), "ukjent" when it never existed.
 */
export function consumeUnsubscribeToken(token: string, sourceAddress: string | null): "avmeldt" | "brukt" | "ukjent" {
  return getDb().transaction(
    (tx) => {
      const found = findUnsubscribeToken(token);
      if (!found) return "ukjent";
      const used = tx.update(unsubscribeTokens).set({ usedAt: nowIso() }).where(and(eq(unsubscribeTokens.id, found.id), isNull(unsubscribeTokens.usedAt))).run().changes;
      if (!used) return "brukt";
      tx.update(users).set({ digestFrequency: "aldri" }).where(eq(users.id, found.userId)).run();
      writeAudit({
        userId: found.userId,
        action: "update",
        entityType: "user",
        entityId: found.userId,
        sourceAddress,
        detail: { changes: { digestFrequency: { før: found.frequency, etter: "aldri" } }, viaUnsubscribeLink: true },
      });
      return "avmeldt";
    },
    { behavior: "immediate" },
  );
}

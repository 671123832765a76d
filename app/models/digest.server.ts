// Digest deliveries: one row per person and Oslo day, and the row is the claim. Inserting it (or taking
// over a stale or failed one) is atomic in SQLite, so of several processes exactly one sends the mail.
import { and, desc, eq, inArray, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { digestDeliveries, users, type DigestStatus } from "../../db/schema";

/** A claim still «sender» after this long belongs to a process that died: another may take it over. */
export const DIGEST_LEASE_MS = 10 * 60 * 1000;
/** A failed digest is tried again on later runs the same day, at most this many times in all. */
export const DIGEST_MAX_ATTEMPTS = 5;

/**
 * Claims the person's digest for the day for `claimant`; true if this caller is to send it. Fails when
 * another process holds a fresh claim, or the day's digest is done (sent or empty) or failed too often.
 */
export function claimDigest(userId: number, day: string, claimant: string, now: Date, leaseMs = DIGEST_LEASE_MS): boolean {
  const at = now.toISOString();
  const staleBefore = new Date(now.getTime() - leaseMs).toISOString();
  return getDb().transaction(
    (tx) => {
      const inserted = tx.insert(digestDeliveries).values({ userId, day, status: "sender", claimedBy: claimant, claimedAt: at }).onConflictDoNothing().run().changes;
      if (inserted) return true;
      const takenOver = tx
        .update(digestDeliveries)
        .set({ status: "sender", claimedBy: claimant, claimedAt: at, finishedAt: null, attempts: sql`${digestDeliveries.attempts} + 1` })
        .where(
          and(
            eq(digestDeliveries.userId, userId),
            eq(digestDeliveries.day, day),
            lt(digestDeliveries.attempts, DIGEST_MAX_ATTEMPTS),
            or(eq(digestDeliveries.status, "feilet"), and(eq(digestDeliveries.status, "sender"), lt(digestDeliveries.claimedAt, staleBefore))),
          ),
        )
        .run().changes;
      return takenOver > 0;
    },
    { behavior: "immediate" },
  );
}

/** Ends the claim: sent, empty (nothing to send) or failed, with the keys of everything waiting then. False if the claim was taken over meanwhile. */
export function finishDigest(userId: number, day: string, claimant: string, outcome: { status: Exclude<DigestStatus, "sender">; itemKeys: readonly string[]; now: Date }): boolean {
  return (
    getDb()
      .update(digestDeliveries)
      .set({ status: outcome.status, finishedAt: outcome.now.toISOString(), itemKeysJson: JSON.stringify(outcome.itemKeys) })
      .where(and(eq(digestDeliveries.userId, userId), eq(digestDeliveries.day, day), eq(digestDeliveries.claimedBy, claimant), eq(digestDeliveries.status, "sender")))
      .run().changes > 0
  );
}

/** The latest digest before `day` that was made (sent or empty): its day and the keys of what waited then. */
export function previousDigest(userId: number, day: string): { day: string; itemKeys: string[] } | null {
  const row = getDb()
    .select({ day: digestDeliveries.day, itemKeysJson: digestDeliveries.itemKeysJson })
    .from(digestDeliveries)
    .where(and(eq(digestDeliveries.userId, userId), lt(digestDeliveries.day, day), inArray(digestDeliveries.status, ["sendt", "tom"])))
    .orderBy(desc(digestDeliveries.day))
    .get();
  if (!row) return null;
  const keys: unknown = JSON.parse(row.itemKeysJson);
  return { day: row.day, itemKeys: Array.isArray(keys) ? keys.filter((k): k is string => typeof k === "string") : [] };
}

/** People who want digests: not «aldri», not disabled, and with a password, so they can log in to act on them. */
export function digestRecipients() {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, digestFrequency: users.digestFrequency })
    .from(users)
    .where(and(ne(users.digestFrequency, "aldri"), isNull(users.disabledAt), isNotNull(users.passwordHash)))
    .orderBy(users.id)
    .all();
}

/** The person's deliveries (tests, and an operator's look). */
export function digestDeliveriesOf(userId: number) {
  return getDb().select().from(digestDeliveries).where(eq(digestDeliveries.userId, userId)).orderBy(digestDeliveries.day).all();
}

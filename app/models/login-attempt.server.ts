import { eq } from "drizzle-orm";
import { getDb } from "../../db/client.server";
import { loginAttempts } from "../../db/schema";
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from "../utils/env.server";

const keysFor = (email: string, address: string) => [`konto:${email}`, `adresse:${address}`];

function activeFailures(key: string, now: number): number {
  const row = getDb().select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
  if (!row || now - Date.parse(row.windowStart) > LOGIN_WINDOW_MS) return 0;
  return row.failures;
}

/** True when either the account or the address has failed too often in the current window. */
export function isLoginBlocked(email: string, address: string, now = Date.now()): boolean {
  return keysFor(email, address).some((key) => activeFailures(key, now) >= LOGIN_MAX_FAILURES);
}

export function recordLoginFailure(email: string, address: string, now = Date.now()) {
  const db = getDb();
  db.transaction((tx) => {
    for (const key of keysFor(email, address)) {
      const row = tx.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
      const fresh = !row || now - Date.parse(row.windowStart) > LOGIN_WINDOW_MS;
      const values = { failures: fresh ? 1 : row.failures + 1, windowStart: fresh ? new Date(now).toISOString() : row.windowStart };
      tx.insert(loginAttempts)
        .values({ key, ...values })
        .onConflictDoUpdate({ target: loginAttempts.key, set: values })
        .run();
    }
  });
}

/** A successful login clears the account's counter (not the address's: one good password must not unlock guessing others). */
export function clearLoginFailures(email: string) {
  getDb().delete(loginAttempts).where(eq(loginAttempts.key, `konto:${email}`)).run();
}

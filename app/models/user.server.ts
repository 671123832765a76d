import { asc, eq } from "drizzle-orm";
import { getDb, type Tx } from "../../db/client.server";
import { sessions, users, type DigestFrequency } from "../../db/schema";
import { hashPassword } from "../utils/password.server";
import { nowIso } from "../utils/time";

export type User = typeof users.$inferSelect;
export type PublicUser = Pick<User, "id" | "email" | "name" | "isAdmin">;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function getUserByEmail(email: string): User | null {
  return getDb().select().from(users).where(eq(users.email, normaliseEmail(email))).get() ?? null;
}

export function getUserById(id: number): User | null {
  return getDb().select().from(users).where(eq(users.id, id)).get() ?? null;
}

export function listUsers() {
  return getDb()
    .select({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(asc(users.name))
    .all();
}

export async function createUser(input: { email: string; name: string; password: string | null; isAdmin?: boolean }) {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return getDb()
    .insert(users)
    .values({ email: normaliseEmail(input.email), name: input.name.trim(), passwordHash, isAdmin: input.isAdmin ?? false })
    .returning()
    .get();
}

export async function setUserPassword(userId: number, password: string) {
  const passwordHash = await hashPassword(password);
  getDb().transaction((tx) => storePasswordHash(tx, userId, passwordHash));
}

/** Inside a transaction: the new hash, and the end of the sessions made with the old password. */
export function storePasswordHash(tx: Tx, userId: number, passwordHash: string) {
  tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
  tx.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Disabling a user also ends every session they have, at once. */
export function setUserDisabled(userId: number, disabled: boolean) {
  const db = getDb();
  db.transaction((tx) => {
    tx.update(users)
      .set({ disabledAt: disabled ? nowIso() : null })
      .where(eq(users.id, userId))
      .run();
    if (disabled) tx.delete(sessions).where(eq(sessions.userId, userId)).run();
  });
}

export function hasAdministrator() {
  return Boolean(getDb().select({ id: users.id }).from(users).where(eq(users.isAdmin, true)).limit(1).get());
}

export function setUserAdmin(userId: number, isAdmin: boolean) {
  getDb().update(users).set({ isAdmin }).where(eq(users.id, userId)).run();
}

/** How often the person gets the e-mail digest; returns the frequency before. */
export function setDigestFrequency(userId: number, frequency: DigestFrequency): DigestFrequency | null {
  const before = getDb().select({ frequency: users.digestFrequency }).from(users).where(eq(users.id, userId)).get();
  if (!before) return null;
  getDb().update(users).set({ digestFrequency: frequency }).where(eq(users.id, userId)).run();
  return before.frequency;
}

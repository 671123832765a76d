// A form that was posted but could not be saved (the session had ended, or the person had logged in
// again in another tab), kept for its owner and given back once on the page it came from.
import { and, desc, eq, gt, lt } from "drizzle-orm";
import { cachedRead, getDb, getDbHandle } from "../../db/client.server";
import { keptForms } from "../../db/schema";
import type { KeptField } from "../utils/kept-form-match";

export type KeptFormReason = (typeof keptForms.$inferSelect)["reason"];

/** How long a kept form waits for its owner to log in and come back. */
export const KEPT_FORM_TTL_MS = 60 * 60 * 1000;

export function saveKeptForm(input: { userId: number; page: string; reason: KeptFormReason; fields: KeptField[] }, now = Date.now()) {
  const db = getDb();
  getDbHandle().sqlite.transaction(() => {
    db.delete(keptForms).where(lt(keptForms.expiresAt, new Date(now).toISOString())).run();
    db.insert(keptForms)
      .values({ ...input, fields: JSON.stringify(input.fields), expiresAt: new Date(now + KEPT_FORM_TTL_MS).toISOString() })
      .run();
  })();
}

/**
 * The owner's latest kept form for this page, removed as it is taken.
 * Asked on every page, so it writes only when there is something to take, and the read cache holds
 * "nothing kept" until the database changes.
 */
export function takeKeptForm(userId: number, page: string, now = Date.now()) {
  const db = getDb();
  const mine = and(eq(keptForms.userId, userId), eq(keptForms.page, page));
  const anyKept = cachedRead(`kept-form:${userId}:${page}`, () => db.select({ id: keptForms.id }).from(keptForms).where(mine).limit(1).get() !== undefined);
  if (!anyKept) return null;
  return getDbHandle().sqlite.transaction(() => {
    const row = db
      .select({ id: keptForms.id, reason: keptForms.reason, fields: keptForms.fields, createdAt: keptForms.createdAt })
      .from(keptForms)
      .where(and(mine, gt(keptForms.expiresAt, new Date(now).toISOString())))
      .orderBy(desc(keptForms.id))
      .get();
    // Only the one given back (another tab's form for the same page waits for the next visit), and any past its time.
    if (row) db.delete(keptForms).where(eq(keptForms.id, row.id)).run();
    db.delete(keptForms).where(and(mine, lt(keptForms.expiresAt, new Date(now).toISOString()))).run();
    return row ? { id: row.id, reason: row.reason, createdAt: row.createdAt, fields: JSON.parse(row.fields) as KeptField[] } : null;
  })();
}

import type Database from "better-sqlite3";

export type CachedRead = <T>(key: string, read: () => T) => T;

/**
 * Reads that page after page repeats (a session, a membership, a project's derived figures) are
 * kept in this process and reused while the database is unchanged. SQLite's `data_version` moves
 * when another connection (another worker, a backup restore) commits, `total_changes()` when this
 * connection writes; any change empties the cache, so a reused value is never stale.
 *
 * Inside a transaction it reads straight through: what it would see may still be rolled back.
 * Values are shared between requests and must be treated as read-only; outside production they are
 * frozen, so a caller that changes one fails in the tests instead of corrupting later requests.
 */
export function createReadCache(sqlite: Database.Database, limit = 2000, freeze = process.env.NODE_ENV !== "production"): CachedRead {
  // Two plain statements: asked together through the pragma_data_version table they cost about twice
  // as much, and a page asks several times.
  const dataVersion = sqlite.prepare("PRAGMA data_version").pluck();
  const totalChanges = sqlite.prepare("SELECT total_changes()").pluck();
  const entries = new Map<string, unknown>();
  let cachedVersion = -1;
  let cachedChanges = -1;
  return function cachedRead<T>(key: string, read: () => T): T {
    if (sqlite.inTransaction) return read();
    const version = dataVersion.get() as number;
    const changes = totalChanges.get() as number;
    if (version !== cachedVersion || changes !== cachedChanges) {
      entries.clear();
      cachedVersion = version;
      cachedChanges = changes;
    }
    if (entries.has(key)) {
      const value = entries.get(key) as T;
      // Least recently used go first: move this one to the end.
      entries.delete(key);
      entries.set(key, value);
      return value;
    }
    const value = freeze ? deepFreeze(read()) : read();
    if (entries.size >= limit) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { createReadCache, type CachedRead } from "./read-cache.server";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;
export type DbHandle = { db: Db; sqlite: Database.Database; cachedRead: CachedRead };
/** The handle a transaction callback receives. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export const DEFAULT_DATABASE_PATH = "data/trinnvis.db";
const MIGRATIONS_FOLDER = path.resolve("db/migrations");

/** Opens (creating if needed) a SQLite database with our pragmas and applies all migrations. */
export function openDatabase(filename: string): DbHandle {
  if (filename !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(filename)), { recursive: true });
  const sqlite = new Database(filename);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  reuseStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, sqlite, cachedRead: createReadCache(sqlite) };
}

/**
 * Drizzle asks better-sqlite3 to compile every query anew; the pages run the same few dozen
 * statements on every request, so compiled statements are kept (least recently used go first).
 * A reused statement is put back to plain object rows, whatever mode its last user chose.
 */
export function reuseStatements(sqlite: Database.Database, limit = 500) {
  const compile = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (statement) {
      statements.delete(source);
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
    } else {
      statement = compile(source);
      if (statements.size >= limit) statements.delete(statements.keys().next().value!);
    }
    statements.set(source, statement);
    return statement;
  }) as Database.Database["prepare"];
}

let handle: DbHandle | undefined;

/** The app's one database, at DATABASE_PATH (default data/trinnvis.db). */
export function getDbHandle(): DbHandle {
  handle ??= openDatabase(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
  return handle;
}

export function getDb(): Db {
  return getDbHandle().db;
}

/** A read reused while the database is unchanged (see createReadCache); the value is shared, so read-only. */
export function cachedRead<T>(key: string, read: () => T): T {
  return getDbHandle().cachedRead(key, read);
}

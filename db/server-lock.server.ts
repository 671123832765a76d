// Who holds a database: the running server, or a restore. The holder keeps an exclusive SQLite lock
// on a small file beside the database (<database>.lock). The operating system releases it when the
// process ends, however it ends, so a killed server leaves no stale lock behind.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export class DatabaseInUseError extends Error {}

export const lockFileOf = (databasePath: string) => `${databasePath}.lock`;

/**
 * Takes the lock for `databasePath` and keeps it until `release()` or the end of the process.
 * Throws DatabaseInUseError at once when another process (or connection) holds it.
 */
export function takeDatabaseLock(databasePath: string, holder: string): { release: () => void } {
  fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  const lock = new Database(lockFileOf(databasePath), { timeout: 0 });
  try {
    // In exclusive locking mode the lock taken by the first write is kept after the commit.
    lock.pragma("locking_mode = EXCLUSIVE");
    lock.exec("CREATE TABLE IF NOT EXISTS holder (pid INTEGER, what TEXT, since TEXT)");
    lock.prepare("DELETE FROM holder").run();
    lock.prepare("INSERT INTO holder VALUES (?, ?, ?)").run(process.pid, holder, new Date().toISOString());
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) {
      throw new DatabaseInUseError(`Databasen ${databasePath} er i bruk av en annen prosess (en kjørende Trinnvis eller en gjenoppretting).`);
    }
    throw error;
  }
  held.add(lock);
  return {
    release: () => {
      held.delete(lock);
      lock.close();
    },
  };
}

// Keeps the open lock connections reachable for as long as they are held.
const held = new Set<Database.Database>();

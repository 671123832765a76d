// Online backup and restore of the SQLite database, with SQLite's backup API: a backup is a
// consistent copy taken while the app keeps running; a restore replaces the database file.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { DatabaseInUseError, takeDatabaseLock } from "./server-lock.server";

export class BackupError extends Error {}

/** Opens a database file read-only and returns what PRAGMA integrity_check says ("ok" when sound). */
export function integrityOf(file: string): string {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

/** Copies the live database to `destination` while it is in use, and checks the copy. */
export async function backupDatabase(livePath: string, destination: string): Promise<{ file: string; pages: number }> {
  if (!fs.existsSync(livePath)) throw new BackupError(`Fant ikke databasen ${livePath}`);
  if (fs.existsSync(destination)) throw new BackupError(`${destination} finnes allerede; velg et annet filnavn`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const source = new Database(livePath, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    const result = await source.backup(destination);
    const integrity = integrityOf(destination);
    if (integrity !== "ok") throw new BackupError(`Kopien er skadet: ${integrity}`);
    return { file: destination, pages: result.totalPages };
  } finally {
    source.close();
  }
}

/**
 * Replaces the database at `livePath` with the backup. Refused while a server holds the database
 * (the lock it takes at start): writes it had acknowledged would be lost. The backup is checked
 * first; the database it replaces is kept beside it as <name>.for-gjenoppretting-<tid>.
 */
export async function restoreDatabase(backupFile: string, livePath: string, now = new Date()): Promise<{ previous: string | null }> {
  let lock: { release: () => void };
  try {
    lock = takeDatabaseLock(livePath, "gjenoppretting");
  } catch (error) {
    if (error instanceof DatabaseInUseError) throw new BackupError(`${error.message} Stopp appen før du gjenoppretter.`);
    throw error;
  }
  try {
    return await replaceDatabase(backupFile, livePath, now);
  } finally {
    lock.release();
  }
}

async function replaceDatabase(backupFile: string, livePath: string, now: Date): Promise<{ previous: string | null }> {
  if (!fs.existsSync(backupFile)) throw new BackupError(`Fant ikke sikkerhetskopien ${backupFile}`);
  const integrity = integrityOf(backupFile);
  if (integrity !== "ok") throw new BackupError(`Sikkerhetskopien er skadet og brukes ikke: ${integrity}`);
  const source = new Database(backupFile, { readonly: true });
  const hasMigrations = source.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = '__drizzle_migrations'").get() as { n: number };
  if (hasMigrations.n === 0) {
    source.close();
    throw new BackupError(`${backupFile} er ikke en Trinnvis-database`);
  }
  let previous: string | null = null;
  if (fs.existsSync(livePath)) {
    previous = `${livePath}.for-gjenoppretting-${now.toISOString().replace(/[:.]/g, "-")}`;
    const live = new Database(livePath);
    await live.backup(previous);
    live.close();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${livePath}${suffix}`, { force: true });
  }
  try {
    await source.backup(livePath);
  } finally {
    source.close();
  }
  return { previous };
}

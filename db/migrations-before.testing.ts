// For tests of one migration: a copy of the migrations folder (in `dir`) whose journal stops before
// `tag`, so a database can be migrated up to just before it, filled as it was, then migrated on.
import fs from "node:fs";
import path from "node:path";

const MIGRATIONS = path.resolve("db/migrations");

export function migrationsBefore(dir: string, tag: string) {
  const folder = path.join(dir, "before");
  fs.cpSync(MIGRATIONS, folder, { recursive: true });
  const journalFile = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  if (at <= 0) throw new Error(`Ingen migrering «${tag}» etter den første`);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { BackupError, backupDatabase, integrityOf, restoreDatabase } from "./backup.server";
import { openDatabase } from "./client.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const countOrganisations = (file: string) => {
  const db = new Database(file, { readonly: true });
  const { n } = db.prepare("SELECT count(*) AS n FROM organisations").get() as { n: number };
  db.close();
  return n;
};

describe("backup and restore", () => {
  it("backs up a database that is being written to, and restores exactly that state", async () => {
    const live = path.join(dir, "live.db");
    const { sqlite } = openDatabase(live);
    const insert = sqlite.prepare("INSERT INTO organisations (name, level) VALUES (?, 'kommune')");
    for (let i = 0; i < 200; i++) insert.run(`Før ${i}`);
    // An open read transaction and a writer on the live database while the backup runs.
    const reader = new Database(live);
    reader.prepare("BEGIN").run();
    reader.prepare("SELECT count(*) FROM organisations").get();
    const backup = path.join(dir, "kopi.db");
    const running = backupDatabase(live, backup);
    insert.run("Under kopieringen");
    await running;
    reader.prepare("COMMIT").run();
    reader.close();
    expect(integrityOf(backup)).toBe("ok");
    const backedUp = countOrganisations(backup);
    expect(backedUp).toBeGreaterThanOrEqual(200);

    for (let i = 0; i < 50; i++) insert.run(`Etter ${i}`);
    sqlite.close();
    const { previous } = await restoreDatabase(backup, live);
    expect(countOrganisations(live)).toBe(backedUp);
    expect(countOrganisations(previous!)).toBe(backedUp + 50);
    expect(integrityOf(live)).toBe("ok");
    expect(() => openDatabase(live).sqlite.close()).not.toThrow();
  });

  it("refuses to restore a damaged file or one that is not a Trinnvis database, leaving the live one alone", async () => {
    const live = path.join(dir, "urort.db");
    openDatabase(live).sqlite.close();
    const damaged = path.join(dir, "skadet.db");
    fs.writeFileSync(damaged, "dette er ikke en database");
    await expect(restoreDatabase(damaged, live)).rejects.toThrow(BackupError);
    const foreign = path.join(dir, "fremmed.db");
    new Database(foreign).exec("CREATE TABLE x (a)");
    await expect(restoreDatabase(foreign, live)).rejects.toThrow(/ikke en Trinnvis-database/);
    expect(integrityOf(live)).toBe("ok");
  });

  it("runs as npm run backup and npm run restore", () => {
    const live = path.join(dir, "cli.db");
    const { sqlite } = openDatabase(live);
    sqlite.prepare("INSERT INTO organisations (name, level) VALUES ('Grong kommune', 'kommune')").run();
    sqlite.close();
    const copy = path.join(dir, "cli-kopi.db");
    const env = { ...process.env, DATABASE_PATH: live };
    expect(execFileSync("npx", ["tsx", "app/cli/backup.ts", copy], { env, encoding: "utf8" })).toContain("integritet ok");
    expect(execFileSync("npx", ["tsx", "app/cli/restore.ts", copy], { env, encoding: "utf8" })).toContain("gjenopprettet");
    expect(countOrganisations(live)).toBe(1);
  });
});

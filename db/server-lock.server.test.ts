import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { restoreDatabase } from "./backup.server";
import { openDatabase } from "./client.server";
import { DatabaseInUseError, takeDatabaseLock } from "./server-lock.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-lock-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function freshDatabase(name: string) {
  const file = path.join(dir, name);
  openDatabase(file).sqlite.close();
  return file;
}

describe("the database lock", () => {
  it("is held by one holder at a time and free again once released", () => {
    const live = freshDatabase("a.db");
    const server = takeDatabaseLock(live, "server");
    expect(() => takeDatabaseLock(live, "gjenoppretting")).toThrow(DatabaseInUseError);
    server.release();
    takeDatabaseLock(live, "gjenoppretting").release();
  });

  it("makes a restore refuse while it is held, and leaves the database as it was", async () => {
    const live = freshDatabase("b.db");
    const backup = freshDatabase("b-kopi.db");
    const server = takeDatabaseLock(live, "server");
    await expect(restoreDatabase(backup, live)).rejects.toThrow(/i bruk.*Stopp appen/);
    expect(fs.readdirSync(dir).some((f) => f.startsWith("b.db.for-gjenoppretting"))).toBe(false);
    server.release();
    await expect(restoreDatabase(backup, live)).resolves.toMatchObject({ previous: expect.stringContaining("for-gjenoppretting") });
  });

  it("is released by the operating system when the holding process is killed", async () => {
    const live = freshDatabase("c.db");
    const holder = spawn(
      process.execPath,
      ["--import", "tsx", "-e", `import("./db/server-lock.server.ts").then((m) => { m.takeDatabaseLock(${JSON.stringify(live)}, "server"); console.log("låst"); setInterval(() => {}, 1000); })`],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) => holder.stdout!.once("data", () => resolve()));
    const copy = freshDatabase("c-kopi.db");
    const env = { ...process.env, DATABASE_PATH: live };
    expect(() => execFileSync("npx", ["tsx", "app/cli/restore.ts", copy], { env, encoding: "utf8", stdio: "pipe" })).toThrow(/i bruk/);
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("exit", resolve));
    expect(execFileSync("npx", ["tsx", "app/cli/restore.ts", copy], { env, encoding: "utf8" })).toContain("gjenopprettet");
  });
});

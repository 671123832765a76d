// `npm run restore` while the server runs would replace the database under it, and writes the server
// had acknowledged would be lost. The server holds a lock from its start; restore refuses until it stops.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { logInOverHttp, startProductionServer, waitUntilUp } from "../setup/production-server";

const PORT = 3222;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = path.resolve("test-results/restore-live.db");
const BACKUP = path.resolve("test-results/restore-live-kopi.db");

const run = (script: string, file: string) => spawnSync("npx", ["tsx", script, file], { env: { ...process.env, DATABASE_PATH: DB }, encoding: "utf8" });

async function addActivity(cookie: string, title: string) {
  const form = await (await fetch(`${BASE}/prosjekter/1/aktiviteter/ny`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(form)![1];
  const response = await fetch(`${BASE}/prosjekter/1/aktiviteter/ny`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: BASE },
    body: new URLSearchParams({ csrf, title, startDate: "2013-01-15", typeId: "informasjonsmote", stepTheme: "forberedelse/forankre" }),
  });
  expect(response.status).toBe(302);
}

const storedTitles = () => {
  const db = new Database(DB, { readonly: true });
  const titles = (db.prepare("SELECT title FROM activities WHERE title LIKE 'Gjenopprettingstest %'").all() as { title: string }[]).map((r) => r.title);
  db.close();
  return titles;
};

test("restore refuses while the server runs, and works once it has stopped", async () => {
  test.setTimeout(120_000);
  for (const file of [DB, BACKUP]) for (const suffix of ["", "-wal", "-shm", ".lock"]) fs.rmSync(`${file}${suffix}`, { force: true });
  const server = startProductionServer({ databasePath: DB, port: PORT });
  try {
    await waitUntilUp(BASE);
    const cookie = await logInOverHttp(BASE, "prosjektleder@trinnvis.test", "trinnvis-demo");
    await addActivity(cookie, "Gjenopprettingstest før kopien");
    expect(run("app/cli/backup.ts", BACKUP).status).toBe(0);
    await addActivity(cookie, "Gjenopprettingstest etter kopien");

    const refused = run("app/cli/restore.ts", BACKUP);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/i bruk.*Stopp appen/);
    // The running server still answers and kept the write it acknowledged after the backup.
    expect((await fetch(`${BASE}/healthz`)).ok).toBe(true);
    expect(storedTitles()).toContain("Gjenopprettingstest etter kopien");
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  const restored = run("app/cli/restore.ts", BACKUP);
  expect(restored.status, restored.stderr).toBe(0);
  expect(storedTitles()).toEqual(["Gjenopprettingstest før kopien"]);
});

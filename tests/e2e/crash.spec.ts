// Many concurrent writers, the server killed with SIGKILL in the middle, then restarted: every write
// the server acknowledged is there, and the database passes PRAGMA integrity_check.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { logInOverHttp, startProductionServer, waitUntilUp } from "../setup/production-server";

const PORT = 3221;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = path.resolve("test-results/crash.db");

async function logIn() {
  const cookie = await logInOverHttp(BASE, "prosjektleder@trinnvis.test", "trinnvis-demo");
  const page = await (await fetch(`${BASE}/prosjekter/1/aktiviteter/ny`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1];
  return { cookie, csrf };
}

test("acknowledged writes survive a SIGKILL under concurrent load", async () => {
  test.setTimeout(120_000);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${DB}${suffix}`, { force: true });
  const server = startProductionServer({ databasePath: DB, port: PORT });
  await waitUntilUp(BASE);
  const { cookie, csrf } = await logIn();

  const acknowledged: { id: number; title: string }[] = [];
  let sent = 0;
  let killed = false;
  const writer = async (w: number) => {
    for (let i = 0; !killed; i++) {
      const title = `Krasjtest ${w}-${i}`;
      sent++;
      try {
        const response = await fetch(`${BASE}/prosjekter/1/aktiviteter/ny`, {
          method: "POST",
          redirect: "manual",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: BASE },
          body: new URLSearchParams({ csrf, title, startDate: "2013-01-15", typeId: "informasjonsmote", stepTheme: "forberedelse/forankre" }),
        });
        const location = response.headers.get("location") ?? "";
        const id = /\/aktiviteter\/(\d+)$/.exec(location);
        if (response.status === 302 && id) acknowledged.push({ id: Number(id[1]), title });
      } catch {
        return; // the server is gone
      }
    }
  };
  const writers = Array.from({ length: 16 }, (_, w) => writer(w));
  await new Promise((r) => setTimeout(r, 2_500));
  process.kill(-server.pid!, "SIGKILL");
  killed = true;
  await Promise.all(writers);
  expect(acknowledged.length).toBeGreaterThan(20);
  expect(sent).toBeGreaterThan(acknowledged.length);

  const db = new Database(DB);
  expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  const stored = new Map((db.prepare("SELECT id, title FROM activities WHERE title LIKE 'Krasjtest %'").all() as { id: number; title: string }[]).map((r) => [r.id, r.title]));
  db.close();
  const missing = acknowledged.filter((a) => stored.get(a.id) !== a.title);
  expect(missing).toEqual([]);

  const restarted = startProductionServer({ databasePath: DB, port: PORT });
  try {
    await waitUntilUp(BASE);
    const again = await logIn();
    const search = new URLSearchParams({ sok: acknowledged[0].title });
    const list = await (await fetch(`${BASE}/prosjekter/1/aktiviteter?${search}`, { headers: { Cookie: again.cookie } })).text();
    expect(list).toContain(`>${acknowledged[0].title}<`);
  } finally {
    process.kill(-restarted.pid!, "SIGTERM");
  }
});

// Migration 0015 on a database with records stored before it: the index is filled from what is there.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrationsBefore } from "./migrations-before.testing";
import { afterAll, expect, it } from "vitest";

const MIGRATIONS = path.resolve("db/migrations");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-0015-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));


it("fills the search index with the records already stored", () => {
  const sqlite = new Database(path.join(dir, "db.sqlite"));
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle(sqlite);
  migrate(db, { migrationsFolder: migrationsBefore(dir, "0015_search_index") });
  const run = (statement: string, ...params: unknown[]) => Number(sqlite.prepare(statement).run(...params).lastInsertRowid);
  const p = run("INSERT INTO projects (name) VALUES ('Før')");
  const activity = run("INSERT INTO activities (project_id, title, start_date, type_id, step_id, theme_id) VALUES (?, 'Gammel aktivitet', '2013-01-01', 'x', 'forberedelse', 'forankre')", p);
  const conference = run("INSERT INTO conferences (project_id, title, date) VALUES (?, 'Gammel konferanse', '2013-01-01')", p);
  run("INSERT INTO conference_inputs (conference_id, text) VALUES (?, 'Gammelt innspill')", conference);
  const report = run("INSERT INTO reports (project_id, title, period_start, period_end) VALUES (?, 'Rapport', '2013-01-01', '2013-12-31')", p);
  run("INSERT INTO report_sections (report_id, section_key, text) VALUES (?, 'a', 'Gammel seksjon')", report);
  expect(sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'").pluck().get()).toBe(0);
  migrate(db, { migrationsFolder: MIGRATIONS });
  const rows = sqlite.prepare("SELECT kind, project_id, record_id, parent_id FROM search_index WHERE search_index MATCH 'gammel* OR gammelt*' ORDER BY rowid").all();
  expect(rows).toHaveLength(4);
  expect(rows).toEqual(
    expect.arrayContaining([
      { kind: "aktivitet", project_id: p, record_id: activity, parent_id: null },
      { kind: "konferanse", project_id: p, record_id: conference, parent_id: null },
      { kind: "innspill", project_id: p, record_id: 1, parent_id: conference },
      { kind: "rapport", project_id: p, record_id: report, parent_id: null },
    ]),
  );
  sqlite.close();
});

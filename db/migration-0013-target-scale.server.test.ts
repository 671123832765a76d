// Migration 0013 applied to measures stored before it: a database migrated up to 0012, rows as they
// were, then the rest of the migrations as a deployment applies them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrationsBefore } from "./migrations-before.testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MIGRATIONS = path.resolve("db/migrations");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-0013-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));


type Row = { id: number; kind: string; unit: string; multiplier: number; target: number | null; direction: string; version: number; updated_at: string };

const stored: Record<string, Omit<Row, "id" | "version" | "updated_at">> = {
  percentOnScale1: { kind: "andel", unit: "%", multiplier: 1, target: 50, direction: "hoyere_er_bedre" },
  prosentOnScale1: { kind: "andel", unit: " Prosent ", multiplier: 1, target: 100, direction: "hoyere_er_bedre" },
  percentTargetAbove100: { kind: "andel", unit: "%", multiplier: 1, target: 150, direction: "hoyere_er_bedre" },
  percentTargetExactly1: { kind: "andel", unit: "%", multiplier: 1, target: 1, direction: "hoyere_er_bedre" },
  noUnitOnScale1: { kind: "andel", unit: "", multiplier: 1, target: 50, direction: "hoyere_er_bedre" },
  rateWithPercent: { kind: "rate", unit: "%", multiplier: 1, target: 50, direction: "hoyere_er_bedre" },
  fractionOnScale100: { kind: "andel", unit: "%", multiplier: 100, target: 0.8, direction: "hoyere_er_bedre" },
  awkwardFraction: { kind: "andel", unit: "%", multiplier: 100, target: 0.07, direction: "hoyere_er_bedre" },
  oneOnScale100: { kind: "andel", unit: "%", multiplier: 100, target: 1, direction: "noytral" },
  lowerIsBetterHalfPercent: { kind: "andel", unit: "%", multiplier: 100, target: 0.5, direction: "lavere_er_bedre" },
  zeroOnScale100: { kind: "andel", unit: "%", multiplier: 100, target: 0, direction: "hoyere_er_bedre" },
  fitting: { kind: "andel", unit: "%", multiplier: 100, target: 80, direction: "hoyere_er_bedre" },
  fittingFraction: { kind: "andel", unit: "", multiplier: 1, target: 0.8, direction: "hoyere_er_bedre" },
  noTarget: { kind: "andel", unit: "%", multiplier: 1, target: null, direction: "hoyere_er_bedre" },
  count: { kind: "antall", unit: "%", multiplier: 100, target: 0.5, direction: "hoyere_er_bedre" },
};

describe("migration 0013: targets in the measure's own scale", () => {
  const ids: Record<string, number> = {};
  let sqlite: Database.Database;
  let before: Record<string, Row>;
  let after: Record<string, Row>;
  const rowsById = () => {
    const rows = sqlite.prepare("SELECT id, kind, unit, multiplier, target, direction, version, updated_at FROM measures").all() as Row[];
    return Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, rows.find((r) => r.id === id)!]));
  };

  beforeAll(() => {
    sqlite = new Database(path.join(dir, "db.sqlite"));
    sqlite.pragma("foreign_keys = ON");
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsBefore(dir, "0013_target_scale") });
    const projectId = Number(sqlite.prepare("INSERT INTO projects (name) VALUES ('Prosjekt')").run().lastInsertRowid);
    const insert = sqlite.prepare(
      "INSERT INTO measures (project_id, name, kind, unit, multiplier, target, direction, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2020-01-01T00:00:00.000Z')",
    );
    for (const [name, m] of Object.entries(stored)) ids[name] = Number(insert.run(projectId, name, m.kind, m.unit, m.multiplier, m.target, m.direction).lastInsertRowid);
    before = rowsById();
    migrate(db, { migrationsFolder: MIGRATIONS });
    after = rowsById();
  });
  afterAll(() => sqlite.close());

  it("gives a per-cent share with a target above 1 on scale 1 the scale 100, keeping its target", () => {
    expect(after.percentOnScale1).toMatchObject({ multiplier: 100, target: 50 });
    expect(after.prosentOnScale1).toMatchObject({ multiplier: 100, target: 100 });
  });

  it("multiplies a fraction typed for scale 100 by 100", () => {
    expect(after.fractionOnScale100).toMatchObject({ multiplier: 100, target: 80 });
    expect(after.oneOnScale100).toMatchObject({ multiplier: 100, target: 100 });
    // 0,07 × 100 is 7.000000000000001 in floating point; the form would show that.
    expect(after.awkwardFraction).toMatchObject({ multiplier: 100, target: 7 });
  });

  it("counts each change as an edit: a new version and a new updated_at", () => {
    for (const name of ["percentOnScale1", "fractionOnScale100"]) {
      expect(after[name].version).toBe(before[name].version + 1);
      expect(after[name].updated_at > before[name].updated_at).toBe(true);
    }
  });

  it("leaves alone what fits, what it cannot be sure of, and other kinds", () => {
    for (const name of ["percentTargetAbove100", "percentTargetExactly1", "noUnitOnScale1", "rateWithPercent", "lowerIsBetterHalfPercent", "zeroOnScale100", "fitting", "fittingFraction", "noTarget", "count"]) {
      expect(after[name], name).toEqual(before[name]);
    }
  });

  it("logs each change in the audit log with the old and the new value, which the log's triggers allow", () => {
    const entries = sqlite.prepare("SELECT user_id, action, entity_type, entity_id, detail FROM audit_log WHERE entity_type = 'measure' ORDER BY id").all() as {
      user_id: number | null; action: string; entity_type: string; entity_id: string; detail: string;
    }[];
    const changes = entries.map((e) => [e.entity_id, JSON.parse(e.detail).changes]);
    expect(changes).toEqual([
      [String(ids.percentOnScale1), { multiplier: { før: 1, etter: 100 } }],
      [String(ids.prosentOnScale1), { multiplier: { før: 1, etter: 100 } }],
      [String(ids.fractionOnScale100), { target: { før: 0.8, etter: 80 } }],
      [String(ids.awkwardFraction), { target: { før: 0.07, etter: 7 } }],
      [String(ids.oneOnScale100), { target: { før: 1, etter: 100 } }],
    ]);
    expect(entries.every((e) => e.user_id === null && e.action === "update")).toBe(true);
  });
});

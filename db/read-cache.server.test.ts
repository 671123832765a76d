import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createReadCache } from "./read-cache.server";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Two connections to one WAL database, as two worker processes have. */
function twoConnections() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-cache-"));
  dirs.push(dir);
  const file = path.join(dir, "db.sqlite");
  const mine = new Database(file);
  mine.pragma("journal_mode = WAL");
  mine.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a');");
  return { mine, other: new Database(file) };
}

function countingReader(sqlite: Database.Database) {
  let reads = 0;
  const read = () => {
    reads++;
    return (sqlite.prepare("SELECT name FROM t ORDER BY id").pluck().all() as string[]).join(",");
  };
  return { read, reads: () => reads };
}

describe("createReadCache", () => {
  it("reads once while nothing changes", () => {
    const { mine } = twoConnections();
    const cached = createReadCache(mine);
    const names = countingReader(mine);
    expect(cached("names", names.read)).toBe("a");
    expect(cached("names", names.read)).toBe("a");
    expect(names.reads()).toBe(1);
  });

  it("reads again after this connection writes", () => {
    const { mine } = twoConnections();
    const cached = createReadCache(mine);
    const names = countingReader(mine);
    cached("names", names.read);
    mine.prepare("INSERT INTO t (name) VALUES ('b')").run();
    expect(cached("names", names.read)).toBe("a,b");
    expect(names.reads()).toBe(2);
  });

  it("reads again after another connection (another worker) commits", () => {
    const { mine, other } = twoConnections();
    const cached = createReadCache(mine);
    const names = countingReader(mine);
    cached("names", names.read);
    other.prepare("UPDATE t SET name = 'endret'").run();
    expect(cached("names", names.read)).toBe("endret");
  });

  it("reads straight through inside a transaction and keeps nothing a rollback could undo", () => {
    const { mine } = twoConnections();
    const cached = createReadCache(mine);
    const names = countingReader(mine);
    expect(() =>
      mine.transaction(() => {
        mine.prepare("INSERT INTO t (name) VALUES ('angret')").run();
        expect(cached("names", names.read)).toBe("a,angret");
        throw new Error("rull tilbake");
      })(),
    ).toThrow("rull tilbake");
    expect(cached("names", names.read)).toBe("a");
  });

  it("freezes what it keeps outside production, so no caller can change it for the next", () => {
    const { mine } = twoConnections();
    const cached = createReadCache(mine, 10, true);
    const value = cached("rows", () => ({ rows: [{ name: "a" }] }));
    expect(() => {
      value.rows[0].name = "endret";
    }).toThrow(TypeError);
    expect(cached("rows", () => ({ rows: [] as { name: string }[] })).rows[0].name).toBe("a");
  });

  it("keeps at most the given number of values, dropping the least recently used", () => {
    const { mine } = twoConnections();
    const cached = createReadCache(mine, 2);
    let reads = 0;
    const read = (value: string) => () => {
      reads++;
      return value;
    };
    cached("a", read("a"));
    cached("b", read("b"));
    cached("a", read("a"));
    cached("c", read("c"));
    expect(reads).toBe(3);
    cached("a", read("a"));
    expect(reads).toBe(3);
    cached("b", read("b"));
    expect(reads).toBe(4);
  });
});

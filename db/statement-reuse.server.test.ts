import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { reuseStatements } from "./client.server";

function database() {
  const sqlite = new Database(":memory:");
  sqlite.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b');");
  reuseStatements(sqlite, 2);
  return sqlite;
}

describe("reuseStatements", () => {
  it("compiles a statement once and hands it out again", () => {
    const sqlite = database();
    const first = sqlite.prepare("SELECT name FROM t ORDER BY id");
    expect(sqlite.prepare("SELECT name FROM t ORDER BY id")).toBe(first);
  });

  it("gives the next user plain object rows even if the last one asked for arrays or single values", () => {
    const sqlite = database();
    expect(sqlite.prepare("SELECT id, name FROM t ORDER BY id").raw().all()).toEqual([[1, "a"], [2, "b"]]);
    expect(sqlite.prepare("SELECT id, name FROM t ORDER BY id").all()).toEqual([{ id: 1, name: "a" }, { id: 2, name: "b" }]);
    expect(sqlite.prepare("SELECT id, name FROM t ORDER BY id").pluck().all()).toEqual([1, 2]);
    expect(sqlite.prepare("SELECT id, name FROM t ORDER BY id").get()).toEqual({ id: 1, name: "a" });
  });

  it("keeps at most the given number, dropping the least recently used", () => {
    const sqlite = database();
    const a = sqlite.prepare("SELECT 1");
    const b = sqlite.prepare("SELECT 2");
    expect(sqlite.prepare("SELECT 1")).toBe(a); // now b is the least recently used
    sqlite.prepare("SELECT 3");
    expect(sqlite.prepare("SELECT 1")).toBe(a);
    expect(sqlite.prepare("SELECT 2")).not.toBe(b);
  });

  it("still runs writes through a reused statement", () => {
    const sqlite = database();
    sqlite.prepare("INSERT INTO t (name) VALUES (?)").run("c");
    sqlite.prepare("INSERT INTO t (name) VALUES (?)").run("d");
    expect(sqlite.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 4 });
  });
});

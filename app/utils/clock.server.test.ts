import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { clockNow, clockToday } from "./clock.server";

describe("the server clock", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clock-"));
  const file = path.join(dir, "now.txt");
  afterEach(() => {
    delete process.env.TRINNVIS_CLOCK_FILE;
    fs.rmSync(file, { force: true });
  });

  it("is the real time without a clock file", () => {
    const before = Date.now();
    expect(clockNow().getTime()).toBeGreaterThanOrEqual(before);
  });

  it("follows the clock file, read again on every call", () => {
    process.env.TRINNVIS_CLOCK_FILE = file;
    fs.writeFileSync(file, "2030-06-30T22:30:00Z");
    expect(clockToday()).toBe("2030-07-01"); // already 1 July in Oslo
    fs.writeFileSync(file, "2031-01-15T08:00:00Z\n");
    expect(clockToday()).toBe("2031-01-15");
  });

  it("falls back to the real time for a missing, empty or unreadable clock file", () => {
    process.env.TRINNVIS_CLOCK_FILE = file;
    const real = new Date().getFullYear();
    expect(clockNow().getFullYear()).toBe(real);
    fs.writeFileSync(file, "ikke en dato");
    expect(clockNow().getFullYear()).toBe(real);
  });
});

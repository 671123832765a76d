// The server refuses to start on broken content, with a message that names the file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("server start-up", () => {
  it("stops with a clear message when a content file is broken", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-broken-content-"));
    for (const name of fs.readdirSync("content")) fs.copyFileSync(path.join("content", name), path.join(dir, name));
    const steps = JSON.parse(fs.readFileSync(path.join(dir, "steps.json"), "utf8"));
    steps.steps[0].themes[0].name = "";
    fs.writeFileSync(path.join(dir, "steps.json"), JSON.stringify(steps));

    const result = spawnSync(process.execPath, ["--import", "tsx", "app/server/serve.ts"], {
      env: { ...process.env, CONTENT_DIR: dir, DATABASE_PATH: path.join(dir, "x.db"), PORT: "0" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Trinnvis starter ikke");
    expect(result.stderr).toContain("steps.json");
    expect(result.stderr).toContain("steps.0.themes.0.name");
    expect(fs.existsSync(path.join(dir, "x.db"))).toBe(false);
  });
});

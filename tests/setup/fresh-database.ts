// Every test file gets its own freshly migrated SQLite database file.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-test-"));
process.env.DATABASE_PATH = path.join(dir, `${randomUUID()}.db`);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

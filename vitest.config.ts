import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globals: true,
    include: ["app/**/*.test.ts", "db/**/*.test.ts", "tests/unit/**/*.test.ts"],
    setupFiles: ["./tests/setup/fresh-database.ts"],
    pool: "forks",
    testTimeout: 20000,
  },
});

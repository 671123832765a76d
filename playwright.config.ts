import { defineConfig } from "@playwright/test";
import { FRESH_DATABASE, FRESH_PORT, FRESH_URL, SMTP_PORT } from "./tests/e2e/fresh-installation";
import { REMINDERS_CLOCK_FILE, REMINDERS_DATABASE, REMINDERS_PORT, REMINDERS_SMTP_PORT, REMINDERS_START, REMINDERS_URL } from "./tests/e2e/reminders-installation";

const PORT = Number(process.env.E2E_PORT || 3210);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      // The production server on a throwaway database, seeded with the demo data at start.
      command: `rm -f test-results/e2e.db* && DATABASE_PATH=test-results/e2e.db PORT=${PORT} npm start`,
      url: `http://localhost:${PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A real installation: no demo, e-mail through SMTP, one worker so the journey's steps are in order.
      // No digests here (DIGEST_INTERVAL_SECONDS=0): the journey reads every mail to its people.
      command: `rm -f ${FRESH_DATABASE}* && DATABASE_PATH=${FRESH_DATABASE} PORT=${FRESH_PORT} TRINNVIS_DEMO=nei WEB_CONCURRENCY=1 DIGEST_INTERVAL_SECONDS=0 SMTP_URL=smtp://127.0.0.1:${SMTP_PORT} APP_URL=${FRESH_URL} npm start`,
      url: `http://localhost:${FRESH_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Reminders: demo data, two worker processes racing for each digest, a run every second, on a test clock.
      command:
        `rm -f ${REMINDERS_DATABASE}* && mkdir -p test-results && echo ${REMINDERS_START} > ${REMINDERS_CLOCK_FILE} && ` +
        `DATABASE_PATH=${REMINDERS_DATABASE} PORT=${REMINDERS_PORT} WEB_CONCURRENCY=2 DIGEST_INTERVAL_SECONDS=1 TRINNVIS_CLOCK_FILE=${REMINDERS_CLOCK_FILE} ` +
        `SMTP_URL=smtp://127.0.0.1:${REMINDERS_SMTP_PORT} APP_URL=${REMINDERS_URL} npm start`,
      url: `${REMINDERS_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});

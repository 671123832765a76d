// The third server the e2e run starts: demo data, two worker processes, digests every second, mailing
// through the SMTP server that tests/e2e/reminders.spec.ts starts, on a clock the spec moves.
export const REMINDERS_PORT = Number(process.env.E2E_REMINDERS_PORT || 3212);
export const REMINDERS_SMTP_PORT = Number(process.env.E2E_REMINDERS_SMTP_PORT || 2527);
export const REMINDERS_DATABASE = "test-results/e2e-reminders.db";
export const REMINDERS_CLOCK_FILE = "test-results/e2e-reminders-clock.txt";
export const REMINDERS_URL = `http://localhost:${REMINDERS_PORT}`;
/** Where the clock stands when the server starts: a Monday, 05:00 in Norway, before the digests' hour. */
export const REMINDERS_START = "2030-01-07T04:00:00Z";

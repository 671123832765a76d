// The second server the e2e run starts: a real installation on an empty database, without demo data,
// mailing through the SMTP server that the journey starts in the test process.
export const FRESH_PORT = Number(process.env.E2E_FRESH_PORT || 3211);
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT || 2526);
export const FRESH_DATABASE = "test-results/e2e-fresh.db";
export const FRESH_URL = `http://localhost:${FRESH_PORT}`;

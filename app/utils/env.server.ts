export const isProduction = () => process.env.NODE_ENV === "production";

/** Absolute lifetime of a login session. */
export const SESSION_TTL_MS = Number(process.env.SESSION_TTL_MINUTES || 8 * 60) * 60 * 1000;

/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = Number(process.env.SESSION_IDLE_MINUTES || 30) * 60 * 1000;

/** Failed logins allowed per account and per address inside the window before we refuse. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export const isProduction = () => process.env.NODE_ENV === "production";

const positiveNumber = (name: string, fallback: number) => {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} må være et positivt tall, ikke «${value}»`);
  return parsed;
};

/** Absolute lifetime of a login session. */
export const SESSION_TTL_MS = Number(process.env.SESSION_TTL_MINUTES || 8 * 60) * 60 * 1000;

/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = Number(process.env.SESSION_IDLE_MINUTES || 30) * 60 * 1000;

/** How failed logins slow down the next attempt (app/models/login-attempt.server.ts; README «Innlogging»). */
export type LoginDelayPolicy = {
  /** Failures that cost nothing; from this many on, the next attempt waits. */
  free: number;
  /** The wait after `free` failures; it doubles with every further failure … */
  baseMs: number;
  /** … up to this. */
  capMs: number;
  /** A counter is forgotten this long after its latest failure. */
  forgetMs: number;
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const LOGIN_THROTTLE = {
  /** One account from one address (IPv6: one /64): the owner's typos, or one guesser. */
  pair: { free: 5, baseMs: 15 * SECOND, capMs: 15 * MINUTE, forgetMs: 24 * HOUR } satisfies LoginDelayPolicy,
  /** One address whatever the account: guessing one password for many accounts. Many people may share an address (NAT), hence more free failures and a short memory. */
  address: { free: 20, baseMs: 15 * SECOND, capMs: 15 * MINUTE, forgetMs: 1 * HOUR } satisfies LoginDelayPolicy,
  /**
   * One account from everywhere: at `alertAfter` failures the account is under attack, and then an
   * address that has itself failed for the account waits from its first failure (free = 1) instead
   * of after `pair.free`. Addresses without failures for the account, like the owner's, never wait.
   */
  account: { alertAfter: 20, forgetMs: 24 * HOUR },
} as const;

/** How long an invitation link works (INVITATION_DAYS, default 14). */
export const INVITATION_TTL_MS = positiveNumber("INVITATION_DAYS", 14) * 24 * 60 * 60 * 1000;

/** How long a link to set a new password works. */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

/** Who may create projects: every signed-in user (default) or administrators only (PROJECT_CREATION=admin). */
export const projectCreationForAdminsOnly = () => process.env.PROJECT_CREATION === "admin";

/** An empty database gets the demo projects unless TRINNVIS_DEMO=nei (a real installation). */
export const demoWanted = () => !["nei", "no", "false", "0"].includes((process.env.TRINNVIS_DEMO ?? "").trim().toLowerCase());

/**
 * The address people reach the app at (APP_URL), for links. Without it, the request's own origin: good for a link
 * shown to the person who made the request, never for one mailed to someone else (the Host header is the
 * sender's to choose), so in production mail needs APP_URL (see mailLinksAllowed).
 */
export const appUrl = (request?: Request) => (process.env.APP_URL || (request ? new URL(request.url).origin : `http://localhost:${process.env.PORT || 3000}`)).replace(/\/+$/, "");

/** Links may go out by mail when their address is fixed by the operator, or outside production. */
export const mailLinksAllowed = () => Boolean(process.env.APP_URL) || !isProduction();


// Login throttling: delays that grow with failures, never a lockout from everywhere.
//
// Three counters per attempt (limits in LOGIN_THROTTLE, app/utils/env.server.ts):
//   par:<e-post>|<adresse>  one account from one address: after 5 failures the next attempt waits
//                           15 s, and the wait doubles with each further failure, up to 15 min;
//   adresse:<adresse>       one address across accounts (password spraying): the same after 20;
//   konto:<e-post>          one account from everywhere (distributed guessing): from 20 failures the
//                           account is «under attack», and every address that has itself failed for
//                           it waits from its first failure. An address with no failures for the
//                           account – the owner's, as a rule – is never slowed by what others do.
// IPv6 addresses count per /64, the block one subscriber usually has.
//
// «May this attempt be tried now?» and counting it are one IMMEDIATE transaction, done before the
// slow password check: the attempt is reserved as a failure, and a right password then takes the
// reservation back and clears the pair. Parallel guesses therefore cannot get more passwords
// checked than the limits allow, in one process or across the cluster's workers.
import { isIP } from "node:net";
import { eq, inArray, lt, sql } from "drizzle-orm";
import { getDb, type Tx } from "../../db/client.server";
import { loginAttempts } from "../../db/schema";
import { LOGIN_THROTTLE, type LoginDelayPolicy } from "../utils/env.server";

type Row = typeof loginAttempts.$inferSelect;

export type LoginLimit = "par" | "adresse" | "konto";

export type LoginReservation = {
  pairKey: string;
  /** Each counter as it was before and after the reservation, so a success can put it back. */
  counters: { key: string; before: Row | null; after: Row }[];
};

export type LoginReservationResult =
  | { ok: true; reservation: LoginReservation }
  | { ok: false; retryAfterMs: number; limit: LoginLimit };

/** The address as counted: IPv4 as it is, IPv6 by its /64 prefix (one subscriber gets a whole /64). */
export function addressKey(address: string): string {
  const plain = address.split("%")[0].toLowerCase();
  if (isIP(plain) !== 6 || plain.includes(".")) return address;
  const [head, tail] = plain.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

export const loginKeys = (email: string, address: string) => {
  const source = addressKey(address);
  return { pair: `par:${email}|${source}`, address: `adresse:${source}`, account: `konto:${email}` };
};

const lastFailure = (row: Row) => Date.parse(row.lastFailureAt ?? row.windowStart);

/** Failures still remembered (0 when the counter is forgotten). */
function liveFailures(row: Row | undefined, forgetMs: number, now: number): number {
  if (!row || row.failures <= 0 || now - lastFailure(row) > forgetMs) return 0;
  return row.failures;
}

/** Milliseconds from `now` until the next attempt may be checked under this policy. */
export function waitFor(row: Row | undefined, policy: LoginDelayPolicy, now: number): number {
  const failures = liveFailures(row, policy.forgetMs, now);
  if (!row || failures < policy.free) return 0;
  const delay = Math.min(policy.capMs, policy.baseMs * 2 ** (failures - policy.free));
  return Math.max(0, lastFailure(row) + delay - now);
}

function readRows(tx: Tx, keys: string[]): Map<string, Row> {
  return new Map(tx.select().from(loginAttempts).where(inArray(loginAttempts.key, keys)).all().map((row) => [row.key, row]));
}

/**
 * Checks whether an attempt for this account from this address may be tried now and, if so, counts
 * it as a failure at once (check and count in one transaction). Call confirmLoginSuccess with the
 * reservation when the password was right; a wrong one needs nothing more.
 */
export function reserveLoginAttempt(email: string, address: string, now = Date.now()): LoginReservationResult {
  const keys = loginKeys(email, address);
  if (Math.random() < 0.01) deleteStaleLoginAttempts(now);
  return getDb().transaction(
    (tx): LoginReservationResult => {
      const rows = readRows(tx, [keys.pair, keys.address, keys.account]);
      const underAttack = liveFailures(rows.get(keys.account), LOGIN_THROTTLE.account.forgetMs, now) >= LOGIN_THROTTLE.account.alertAfter;
      const pairPolicy = underAttack ? { ...LOGIN_THROTTLE.pair, free: 1 } : LOGIN_THROTTLE.pair;
      const waits: [LoginLimit, number][] = [
        [underAttack ? "konto" : "par", waitFor(rows.get(keys.pair), pairPolicy, now)],
        ["adresse", waitFor(rows.get(keys.address), LOGIN_THROTTLE.address, now)],
      ];
      const [limit, retryAfterMs] = waits.reduce((a, b) => (b[1] > a[1] ? b : a));
      if (retryAfterMs > 0) return { ok: false, retryAfterMs, limit };

      const at = new Date(now).toISOString();
      const counters = (
        [
          [keys.pair, LOGIN_THROTTLE.pair.forgetMs],
          [keys.address, LOGIN_THROTTLE.address.forgetMs],
          [keys.account, LOGIN_THROTTLE.account.forgetMs],
        ] as const
      ).map(([key, forgetMs]) => {
        const before = rows.get(key) ?? null;
        const live = liveFailures(before ?? undefined, forgetMs, now);
        const after: Row = { key, failures: live + 1, windowStart: live > 0 && before ? before.windowStart : at, lastFailureAt: at };
        tx.insert(loginAttempts).values(after).onConflictDoUpdate({ target: loginAttempts.key, set: after }).run();
        return { key, before, after };
      });
      return { ok: true, reservation: { pairKey: keys.pair, counters } };
    },
    { behavior: "immediate" },
  );
}

/**
 * The password was right: the reserved attempt was no failure. The pair's counter is cleared; the
 * address's and the account's get the reservation back (not cleared: one good password from an
 * address must not unlock guessing other accounts from it, nor end an attack on the account).
 */
export function confirmLoginSuccess(reservation: LoginReservation) {
  getDb().transaction(
    (tx) => {
      tx.delete(loginAttempts).where(eq(loginAttempts.key, reservation.pairKey)).run();
      for (const { key, before, after } of reservation.counters) {
        if (key === reservation.pairKey) continue;
        const current = tx.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
        if (!current) continue;
        const untouched = current.failures === after.failures && current.lastFailureAt === after.lastFailureAt;
        if (untouched && before) {
          tx.update(loginAttempts).set(before).where(eq(loginAttempts.key, key)).run();
        } else if (untouched || current.failures <= 1) {
          tx.delete(loginAttempts).where(eq(loginAttempts.key, key)).run();
        } else {
          // Others have failed since: take back ours, and keep their latest time (a little strict, never lax).
          tx.update(loginAttempts).set({ failures: current.failures - 1 }).where(eq(loginAttempts.key, key)).run();
        }
      }
    },
    { behavior: "immediate" },
  );
}

/** Forgets counters whose latest failure is older than any limit remembers (now and then, from reserveLoginAttempt). */
export function deleteStaleLoginAttempts(now = Date.now()) {
  const limit = Math.max(LOGIN_THROTTLE.pair.forgetMs, LOGIN_THROTTLE.address.forgetMs, LOGIN_THROTTLE.account.forgetMs);
  return getDb()
    .delete(loginAttempts)
    .where(lt(sql`coalesce(${loginAttempts.lastFailureAt}, ${loginAttempts.windowStart})`, new Date(now - limit).toISOString()))
    .run().changes;
}

import type { AppLoadContext } from "@remix-run/node";
import { and, desc, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, getDbHandle } from "../../db/client.server";
import { auditLog } from "../../db/schema";
import { DEMO_PASSWORD, seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { getUserByEmail } from "../models/user.server";
import { action as loginAction } from "../routes/logg-inn";
import { action as logoutAction } from "../routes/logg-ut";
import { LOGIN_THROTTLE } from "../utils/env.server";
import { attemptLogin, formatWait, LOGIN_FAILED_MESSAGE, loginThrottledMessage } from "./login.server";
import { clientAddress, getCurrentSession } from "./session.server";

const request = (cookie?: string) => new Request("http://localhost/logg-inn", { headers: cookie ? { Cookie: cookie } : {} });
const from = (address: string) => ({ clientAddress: address }) as unknown as AppLoadContext;
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Freezes Date (only Date: argon2 and the rest keep real timers) and moves it forward on demand. */
function clock() {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now());
  return { advance: (ms: number) => vi.setSystemTime(Date.now() + ms) };
}

const auditFor = (email: string) =>
  getDb()
    .select()
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .all()
    .filter((entry) => entry.detail && JSON.parse(entry.detail).email === email);

describe("attemptLogin", () => {
  beforeAll(async () => {
    await seedDemoDataIfEmpty(getDb());
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("stores passwords as argon2id hashes", () => {
    expect(getUserByEmail("prosjektleder@trinnvis.test")!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("logs in with the right password, case-insensitive e-mail, and writes the audit log with the address", async () => {
    const result = await attemptLogin(request(), from("10.0.0.1"), "Prosjektleder@Trinnvis.test", DEMO_PASSWORD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.cookie).toMatch(/HttpOnly/i);
    expect(result.cookie).toMatch(/SameSite=Lax/i);
    const session = await getCurrentSession(request(result.cookie.split(";")[0]));
    expect(session?.user.email).toBe("prosjektleder@trinnvis.test");
    const user = getUserByEmail("prosjektleder@trinnvis.test")!;
    const entries = getDb().select().from(auditLog).where(and(eq(auditLog.userId, user.id), eq(auditLog.action, "login"))).all();
    expect(entries.at(-1)?.sourceAddress).toBe("10.0.0.1");
  });

  it("rotates the session id at login: the old session no longer works", async () => {
    const first = await attemptLogin(request(), from("10.0.0.2"), "medarbeider@trinnvis.test", DEMO_PASSWORD);
    if (!first.ok) throw new Error("first login failed");
    const oldCookie = first.cookie.split(";")[0];
    const second = await attemptLogin(request(oldCookie), from("10.0.0.2"), "medarbeider@trinnvis.test", DEMO_PASSWORD);
    if (!second.ok) throw new Error("second login failed");
    expect(second.cookie.split(";")[0]).not.toBe(oldCookie);
    expect(await getCurrentSession(request(oldCookie))).toBeNull();
  });

  it("gives the same generic message for an unknown account and a wrong password", async () => {
    const unknown = await attemptLogin(request(), from("10.0.0.3"), "finnes.ikke@trinnvis.test", "x");
    const wrong = await attemptLogin(request(), from("10.0.0.4"), "styringsgruppe@trinnvis.test", "feil-passord");
    expect(unknown).toEqual({ ok: false, status: 401, message: LOGIN_FAILED_MESSAGE });
    expect(wrong).toEqual(unknown);
  });

  it("refuses an account without a password", async () => {
    const result = await attemptLogin(request(), from("10.0.0.5"), "marit.vestre@trinnvis.test", "");
    expect(result.ok).toBe(false);
  });

  it("makes the wait grow with every failure from an address, tells how long, and forgets the failures at a successful login", async () => {
    const time = clock();
    const email = "radgiver@trinnvis.test";
    const attempt = (password: string) => attemptLogin(request(), from("10.1.0.1"), email, password);
    for (let i = 0; i < LOGIN_THROTTLE.pair.free; i++) expect((await attempt("gjett")).ok).toBe(false);
    // Not even the right password is checked before the wait is over.
    expect(await attempt(DEMO_PASSWORD)).toEqual({ ok: false, status: 429, message: loginThrottledMessage(15), retryAfterSeconds: 15 });
    expect(loginThrottledMessage(15)).toBe("For mange mislykkede forsøk. Vent 15 sekunder før du prøver igjen.");
    time.advance(15 * SECOND);
    expect(await attempt("gjett")).toMatchObject({ status: 401 });
    expect(await attempt("gjett")).toMatchObject({ status: 429, retryAfterSeconds: 30 });
    time.advance(30 * SECOND);
    expect(await attempt("gjett")).toMatchObject({ status: 401 });
    expect(await attempt("gjett")).toMatchObject({ status: 429, retryAfterSeconds: 60, message: "For mange mislykkede forsøk. Vent ett minutt før du prøver igjen." });
    // Meanwhile the owner logs in from another address.
    expect((await attemptLogin(request(), from("10.1.0.2"), email, DEMO_PASSWORD)).ok).toBe(true);
    time.advance(60 * SECOND);
    expect((await attempt(DEMO_PASSWORD)).ok).toBe(true);
    // The address starts afresh for this account.
    expect(await attempt("gjett")).toMatchObject({ status: 401 });
    expect(await attempt("gjett")).toMatchObject({ status: 401 });
  });

  it("never waits more than 15 minutes", async () => {
    const time = clock();
    const attempt = () => attemptLogin(request(), from("10.1.1.1"), "ukjent-tak@trinnvis.test", "gjett");
    const waits: number[] = [];
    for (let failures = 0; failures < 12; ) {
      const result = await attempt();
      if (result.ok === false && result.status === 429) {
        waits.push(result.retryAfterSeconds!);
        time.advance(result.retryAfterSeconds! * SECOND);
      } else failures++;
    }
    expect(waits).toEqual([15, 30, 60, 120, 240, 480, 900]);
    expect(await attempt()).toMatchObject({ status: 429, retryAfterSeconds: 15 * 60, message: "For mange mislykkede forsøk. Vent 15 minutter før du prøver igjen." });
  });

  it("lets the owner in with the right password after 20 failures for the account from another address, and slows down only addresses that failed", async () => {
    const time = clock();
    const email = "prosjektleder2@trinnvis.test";
    for (let i = 0; i < 20; i++) {
      time.advance(16 * MINUTE);
      expect(await attemptLogin(request(), from("10.2.0.2"), email, `gjett-${i}`)).toMatchObject({ status: 401 });
    }
    expect(await attemptLogin(request(), from("10.2.0.2"), email, DEMO_PASSWORD)).toMatchObject({ status: 429 });
    // The owner, from their own address.
    expect((await attemptLogin(request(), from("10.2.0.1"), email, DEMO_PASSWORD)).ok).toBe(true);
    // The account is under attack: a new address gets one attempt before it must wait …
    expect(await attemptLogin(request(), from("10.2.0.3"), email, "gjett")).toMatchObject({ status: 401 });
    expect(await attemptLogin(request(), from("10.2.0.3"), email, DEMO_PASSWORD)).toMatchObject({ status: 429, retryAfterSeconds: 15 });
    // … and so does the owner after a typo, briefly.
    expect(await attemptLogin(request(), from("10.2.0.1"), email, "skrivefeil")).toMatchObject({ status: 401 });
    expect(await attemptLogin(request(), from("10.2.0.1"), email, DEMO_PASSWORD)).toMatchObject({ status: 429, retryAfterSeconds: 15 });
    time.advance(15 * SECOND);
    expect((await attemptLogin(request(), from("10.2.0.1"), email, DEMO_PASSWORD)).ok).toBe(true);
    const throttled = auditFor(email).find((entry) => JSON.parse(entry.detail!).reason === "throttled");
    expect(throttled).toMatchObject({ action: "login_failed", sourceAddress: "10.2.0.1" });
    expect(JSON.parse(throttled!.detail!)).toMatchObject({ limit: "konto", retryAfterSeconds: 15 });
  });

  it("checks no more passwords than allowed when 40 wrong guesses arrive at once", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => attemptLogin(request(), from("10.3.0.1"), "admin@trinnvis.test", `gjett-${i}`)));
    const statuses = results.map((result) => (result.ok ? 200 : result.status));
    expect(statuses.filter((status) => status === 401)).toHaveLength(LOGIN_THROTTLE.pair.free);
    expect(statuses.filter((status) => status === 429)).toHaveLength(40 - LOGIN_THROTTLE.pair.free);
    const failed = auditFor("admin@trinnvis.test").filter((entry) => entry.sourceAddress === "10.3.0.1");
    expect(failed.filter((entry) => !JSON.parse(entry.detail!).reason)).toHaveLength(LOGIN_THROTTLE.pair.free);
  });

  it("slows down an address that tries many accounts, and no one else", async () => {
    for (let i = 0; i < LOGIN_THROTTLE.address.free; i++) {
      expect(await attemptLogin(request(), from("10.9.9.9"), `gjest${i}@trinnvis.test`, "gjett")).toMatchObject({ status: 401 });
    }
    const result = await attemptLogin(request(), from("10.9.9.9"), "medarbeider@trinnvis.test", DEMO_PASSWORD);
    expect(result).toMatchObject({ ok: false, status: 429 });
    expect(auditFor("medarbeider@trinnvis.test")[0]).toMatchObject({ sourceAddress: "10.9.9.9", userId: getUserByEmail("medarbeider@trinnvis.test")!.id });
    expect(JSON.parse(auditFor("medarbeider@trinnvis.test")[0].detail!)).toMatchObject({ reason: "throttled", limit: "adresse" });
    const elsewhere = await attemptLogin(request(), from("10.9.9.8"), "medarbeider@trinnvis.test", DEMO_PASSWORD);
    expect(elsewhere.ok).toBe(true);
  });

  it("writes the address on failed logins", async () => {
    await attemptLogin(request(), from("10.4.0.1"), "styringsgruppe@trinnvis.test", "feil");
    expect(auditFor("styringsgruppe@trinnvis.test")[0]).toMatchObject({ action: "login_failed", sourceAddress: "10.4.0.1" });
  });
});

describe("login and logout routes", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("answers a throttled login with 429, the wait in Norwegian and Retry-After", async () => {
    clock();
    const post = () =>
      loginAction({
        request: new Request("http://localhost/logg-inn", { method: "POST", body: new URLSearchParams({ email: "rute@trinnvis.test", password: "gjett" }) }),
        params: {},
        context: from("10.5.0.1"),
      });
    for (let i = 0; i < LOGIN_THROTTLE.pair.free; i++) expect(((await post()) as Response).status).toBe(401);
    const response = (await post()) as Response;
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("15");
    expect(JSON.stringify(await response.json())).toContain("Vent 15 sekunder");
  });

  it("writes the address on logout", async () => {
    await seedDemoDataIfEmpty(getDb());
    const login = await attemptLogin(request(), from("10.6.0.1"), "styringsgruppe@trinnvis.test", DEMO_PASSWORD);
    if (!login.ok) throw new Error("login failed");
    const cookie = login.cookie.split(";")[0];
    const session = await getCurrentSession(request(cookie));
    const response = (await logoutAction({
      request: new Request("http://localhost/logg-ut", { method: "POST", body: new URLSearchParams({ csrf: session!.csrfToken }), headers: { Cookie: cookie } }),
      params: {},
      context: from("::ffff:10.6.0.2"),
    })) as Response;
    expect(response.status).toBe(302);
    const user = getUserByEmail("styringsgruppe@trinnvis.test")!;
    const logout = getDb().select().from(auditLog).where(and(eq(auditLog.userId, user.id), eq(auditLog.action, "logout"))).all().at(-1);
    expect(logout?.sourceAddress).toBe("10.6.0.2");
  });
});

describe("clientAddress and formatWait", () => {
  it("gives IPv4 seen through IPv6 as IPv4, keeps IPv6, and says «ukjent» without an address", () => {
    expect(clientAddress(from("::ffff:192.0.2.1"))).toBe("192.0.2.1");
    expect(clientAddress(from("2001:db8::1"))).toBe("2001:db8::1");
    expect(clientAddress({} as AppLoadContext)).toBe("ukjent");
  });

  it("says the wait in words", () => {
    expect([1, 2, 59, 60, 61, 900].map(formatWait)).toEqual(["ett sekund", "2 sekunder", "59 sekunder", "ett minutt", "2 minutter", "15 minutter"]);
  });
});

describe("audit log", () => {
  it("refuses updates and deletes", async () => {
    await seedDemoDataIfEmpty(getDb());
    const { sqlite } = getDbHandle();
    sqlite.prepare("INSERT INTO audit_log (action, entity_type) VALUES ('create', 'test')").run();
    expect(() => sqlite.prepare("UPDATE audit_log SET entity_type = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
  });
});

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getDbHandle } from "../../db/client.server";
import { auditLog } from "../../db/schema";
import { DEMO_PASSWORD, seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { getUserByEmail } from "../models/user.server";
import { LOGIN_MAX_FAILURES } from "../utils/env.server";
import { attemptLogin, LOGIN_BLOCKED_MESSAGE, LOGIN_FAILED_MESSAGE } from "./login.server";
import { getCurrentSession } from "./session.server";

const request = (cookie?: string) => new Request("http://localhost/logg-inn", { headers: cookie ? { Cookie: cookie } : {} });
const from = (address: string) => ({ clientAddress: address });

describe("attemptLogin", () => {
  beforeAll(async () => {
    await seedDemoDataIfEmpty(getDb());
  });

  it("stores passwords as argon2id hashes", () => {
    expect(getUserByEmail("prosjektleder@trinnvis.test")!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("logs in with the right password, case-insensitive e-mail, and writes the audit log", async () => {
    const result = await attemptLogin(request(), from("10.0.0.1"), "Prosjektleder@Trinnvis.test", DEMO_PASSWORD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.cookie).toMatch(/HttpOnly/i);
    expect(result.cookie).toMatch(/SameSite=Lax/i);
    const session = await getCurrentSession(request(result.cookie.split(";")[0]));
    expect(session?.user.email).toBe("prosjektleder@trinnvis.test");
    const user = getUserByEmail("prosjektleder@trinnvis.test")!;
    const entries = getDb().select().from(auditLog).where(eq(auditLog.userId, user.id)).all();
    expect(entries.some((e) => e.action === "login")).toBe(true);
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

  it("blocks an account after too many failures, even with the right password and from a new address", async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      await attemptLogin(request(), from(`10.1.0.${i}`), "radgiver@trinnvis.test", "gjett");
    }
    const result = await attemptLogin(request(), from("10.2.0.1"), "radgiver@trinnvis.test", DEMO_PASSWORD);
    expect(result).toEqual({ ok: false, status: 429, message: LOGIN_BLOCKED_MESSAGE });
  });

  it("blocks an address that tries many accounts", async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      await attemptLogin(request(), from("10.9.9.9"), `gjest${i}@trinnvis.test`, "gjett");
    }
    const result = await attemptLogin(request(), from("10.9.9.9"), "prosjektleder2@trinnvis.test", DEMO_PASSWORD);
    expect(result.ok).toBe(false);
    const elsewhere = await attemptLogin(request(), from("10.9.9.8"), "prosjektleder2@trinnvis.test", DEMO_PASSWORD);
    expect(elsewhere.ok).toBe(true);
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

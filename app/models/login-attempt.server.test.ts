import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { loginAttempts } from "../../db/schema";
import { LOGIN_THROTTLE } from "../utils/env.server";
import { addressKey, confirmLoginSuccess, deleteStaleLoginAttempts, loginKeys, reserveLoginAttempt, waitFor } from "./login-attempt.server";

const T0 = Date.parse("2030-01-01T12:00:00Z");
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const row = (key: string) => getDb().select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();

describe("addressKey", () => {
  it("counts IPv4 addresses one by one and IPv6 addresses per /64", () => {
    expect(addressKey("192.0.2.7")).toBe("192.0.2.7");
    expect(addressKey("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0DB8:0001:0002:ffff::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressKey("ukjent")).toBe("ukjent");
  });
});

describe("waitFor", () => {
  const at = (failures: number) => ({ key: "k", failures, windowStart: new Date(T0).toISOString(), lastFailureAt: new Date(T0).toISOString() });
  it("lets the free failures pass, then doubles the wait up to the cap, and forgets after a while", () => {
    const policy = LOGIN_THROTTLE.pair;
    expect(waitFor(at(policy.free - 1), policy, T0)).toBe(0);
    expect(waitFor(at(policy.free), policy, T0)).toBe(15 * SECOND);
    expect(waitFor(at(policy.free + 1), policy, T0)).toBe(30 * SECOND);
    expect(waitFor(at(policy.free + 2), policy, T0 + 10 * SECOND)).toBe(50 * SECOND);
    expect(waitFor(at(policy.free + 40), policy, T0)).toBe(15 * MINUTE);
    expect(waitFor(at(policy.free + 40), policy, T0 + 15 * MINUTE)).toBe(0);
    expect(waitFor(at(policy.free + 40), policy, T0 + policy.forgetMs + 1)).toBe(0);
  });
});

describe("reserveLoginAttempt", () => {
  it("counts the attempt at once and answers how long to wait once the free failures are used", () => {
    const email = "modell1@trinnvis.test";
    for (let i = 0; i < LOGIN_THROTTLE.pair.free; i++) expect(reserveLoginAttempt(email, "192.0.2.1", T0 + i).ok).toBe(true);
    expect(reserveLoginAttempt(email, "192.0.2.1", T0 + 10)).toEqual({ ok: false, retryAfterMs: 15 * SECOND - 6, limit: "par" });
    // The refused attempt is not counted.
    expect(row(loginKeys(email, "192.0.2.1").pair)?.failures).toBe(LOGIN_THROTTLE.pair.free);
    expect(reserveLoginAttempt(email, "192.0.2.1", T0 + 4 + 15 * SECOND).ok).toBe(true);
    expect(reserveLoginAttempt(email, "192.0.2.1", T0 + 5 + 15 * SECOND)).toMatchObject({ ok: false, retryAfterMs: 30 * SECOND - 1 });
    // Another address is not slowed down.
    expect(reserveLoginAttempt(email, "192.0.2.2", T0 + 20).ok).toBe(true);
  });

  it("gives a successful attempt's reservation back: the pair is cleared, the address and account counters are as before", () => {
    const email = "modell2@trinnvis.test";
    const keys = loginKeys(email, "192.0.2.10");
    reserveLoginAttempt("annen@trinnvis.test", "192.0.2.10", T0);
    reserveLoginAttempt(email, "192.0.2.10", T0 + 1);
    const addressBefore = row(keys.address);
    const accountBefore = row(keys.account);
    const reserved = reserveLoginAttempt(email, "192.0.2.10", T0 + 2);
    if (!reserved.ok) throw new Error("refused");
    expect(row(keys.pair)?.failures).toBe(2);
    confirmLoginSuccess(reserved.reservation);
    expect(row(keys.pair)).toBeUndefined();
    expect(row(keys.address)).toEqual(addressBefore);
    expect(row(keys.account)).toEqual(accountBefore);
  });

  it("takes back only its own reservation when others failed meanwhile", () => {
    const keys = loginKeys("modell3@trinnvis.test", "192.0.2.20");
    const mine = reserveLoginAttempt("modell3@trinnvis.test", "192.0.2.20", T0);
    reserveLoginAttempt("modell4@trinnvis.test", "192.0.2.20", T0 + 1);
    if (!mine.ok) throw new Error("refused");
    confirmLoginSuccess(mine.reservation);
    expect(row(keys.address)).toMatchObject({ failures: 1, lastFailureAt: new Date(T0 + 1).toISOString() });
  });

  it("starts a forgotten counter afresh, and housekeeping removes it", () => {
    const email = "modell5@trinnvis.test";
    const keys = loginKeys(email, "192.0.2.30");
    for (let i = 0; i < 8; i++) reserveLoginAttempt(email, "192.0.2.30", T0 + i * 20 * MINUTE);
    const later = T0 + 8 * 20 * MINUTE + LOGIN_THROTTLE.pair.forgetMs + 1;
    expect(reserveLoginAttempt(email, "192.0.2.30", later).ok).toBe(true);
    expect(row(keys.pair)).toMatchObject({ failures: 1, windowStart: new Date(later).toISOString() });
    expect(deleteStaleLoginAttempts(later + LOGIN_THROTTLE.pair.forgetMs + 1)).toBeGreaterThan(0);
    expect(row(keys.pair)).toBeUndefined();
  });

  it("lets 40 reservations from four processes at once through no more than the free failures", async () => {
    const email = "parallell@trinnvis.test";
    const moduleUrl = pathToFileURL(path.resolve("app/models/login-attempt.server.ts")).href;
    // Each process loads the module, says «klar», and starts when all four are ready.
    const script = `
      const { reserveLoginAttempt } = await import(${JSON.stringify(moduleUrl)});
      console.log("klar");
      process.stdin.once("data", () => {
        let ok = 0;
        for (let i = 0; i < 10; i++) if (reserveLoginAttempt(${JSON.stringify(email)}, "192.0.2.40").ok) ok++;
        console.log(ok);
        process.exit(0);
      });`;
    const start = () => {
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env: process.env });
      let out = "";
      let err = "";
      let markReady = () => {};
      const ready = new Promise<void>((resolve) => (markReady = resolve));
      child.stdout.on("data", (chunk) => {
        out += chunk;
        if (out.startsWith("klar\n")) markReady();
      });
      child.stderr.on("data", (chunk) => (err += chunk));
      const done = new Promise<number>((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve(Number(out.slice(5).trim())) : reject(new Error(err)))));
      return { child, ready, done };
    };
    const processes = [start(), start(), start(), start()];
    await Promise.all(processes.map((p) => Promise.race([p.ready, p.done])));
    for (const { child } of processes) child.stdin.write("start\n");
    const counts = await Promise.all(processes.map((p) => p.done));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(LOGIN_THROTTLE.pair.free);
    expect(row(loginKeys(email, "192.0.2.40").pair)?.failures).toBe(LOGIN_THROTTLE.pair.free);
  }, 30_000);
});

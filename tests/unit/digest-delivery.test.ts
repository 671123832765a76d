// Once per person and day: several processes run the digest against one database file and one SMTP
// server; a claim left by a dead process is taken over; a restart the same day sends nothing more.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { digestDeliveries, users, type DigestFrequency } from "../../db/schema";
import type { ToMeItem } from "../../app/domain/to-me";
import { digestDeliveriesOf } from "../../app/models/digest.server";
import { runDigests } from "../../app/services/digest.server";
import { startMailServer, type TestMailServer } from "../setup/mail-server";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const WORKER = path.resolve("tests/setup/digest-worker.ts");

let mail: TestMailServer;
const people: Record<string, { id: number; email: string }> = {};
const items: Record<string, ToMeItem[]> = {};

function addPerson(key: string, frequency: DigestFrequency, options: { disabled?: boolean; waiting?: boolean } = {}) {
  const email = `${key}@digest.test`;
  const row = getDb()
    .insert(users)
    .values({ email, name: `Person ${key}`, passwordHash: "x", digestFrequency: frequency, disabledAt: options.disabled ? "2026-01-01T00:00:00Z" : null })
    .returning({ id: users.id })
    .get();
  people[key] = { id: row.id, email };
  if (options.waiting !== false) {
    items[row.id] = [
      { key: `vedtak:${row.id}`, kind: "vedtak", projectId: 1, projectName: "Helt", title: `Vedtak for ${key}`, reason: "Fristen var 27.11.2026", href: "/prosjekter/1/styring", personId: row.id, personName: key, since: "2026-11-27", overdue: true },
    ];
  }
}

/** Starts `count` processes that run the digest at `now` together; returns what each reports. */
async function runProcesses(count: number, now: string) {
  const env = { ...process.env, SMTP_URL: mail.url, APP_URL: "http://trinnvis.test", DIGEST_NOW: now, DIGEST_START_AT: String(Date.now() + 4000), DIGEST_ITEMS: JSON.stringify(items) };
  const outputs = await Promise.all(Array.from({ length: count }, () => run(TSX, [WORKER], { env, timeout: 60_000 })));
  return outputs.map((o) => JSON.parse(o.stdout) as { sent: number; empty: number; failed: number });
}

const mailsTo = (key: string) => mail.inbox.filter((m) => m.to === people[key].email);
const inProcess = (now: string) => runDigests(new Date(now), { claimant: "test", itemsFor: (userId) => items[userId] ?? [] });

// Monday 30 November 2026, 08:00 in Norway (07:00 UTC).
const MONDAY = "2026-11-30T07:00:00Z";
const TUESDAY = "2026-12-01T07:00:00Z";

beforeAll(async () => {
  mail = await startMailServer();
  process.env.SMTP_URL = mail.url;
  process.env.APP_URL = "http://trinnvis.test";
  for (const key of ["a", "b", "c"]) addPerson(key, "daglig");
  addPerson("weekly", "ukentlig");
  addPerson("never", "aldri");
  addPerson("disabled", "daglig", { disabled: true });
  addPerson("nothing", "daglig", { waiting: false });
  addPerson("dead", "daglig");
  addPerson("busy", "daglig");
  // Claims left by processes that stopped mid-send: one long ago (to take over), one a minute ago (still its own).
  getDb().insert(digestDeliveries).values({ userId: people.dead.id, day: "2026-11-30", status: "sender", claimedBy: "dead-process", claimedAt: "2026-11-30T06:40:00Z" }).run();
  getDb().insert(digestDeliveries).values({ userId: people.busy.id, day: "2026-11-30", status: "sender", claimedBy: "busy-process", claimedAt: "2026-11-30T06:59:00Z" }).run();
}, 30_000);

afterAll(async () => {
  await mail?.close();
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
});

describe("digests from several processes", () => {
  it("four processes at once: every due person gets exactly one mail, a dead process's claim is taken over", async () => {
    const results = await runProcesses(4, MONDAY);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(5);
    for (const key of ["a", "b", "c", "weekly", "dead"]) expect(mailsTo(key), key).toHaveLength(1);
    for (const key of ["never", "disabled", "nothing", "busy"]) expect(mailsTo(key), key).toHaveLength(0);
    expect(mailsTo("a")[0].subject).toBe("Trinnvis: 1 sak venter på deg");
    expect(mailsTo("a")[0].text).toContain("Vedtak for a");
    expect(mailsTo("a")[0].text).toMatch(/http:\/\/trinnvis\.test\/avmeld\/\S+/);
    const dead = digestDeliveriesOf(people.dead.id)[0];
    expect(dead).toMatchObject({ status: "sendt", attempts: 2 });
    expect(dead.claimedBy).toMatch(/^test-worker-/);
    expect(digestDeliveriesOf(people.nothing.id)[0]).toMatchObject({ status: "tom", itemKeysJson: "[]" });
    expect(digestDeliveriesOf(people.busy.id)[0]).toMatchObject({ status: "sender", claimedBy: "busy-process" });
  }, 90_000);

  it("a restart the same day sends nothing more, but takes over a claim once its lease has run out", async () => {
    const before = mail.inbox.length;
    const results = await runProcesses(2, "2026-11-30T07:05:00Z");
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(0);
    expect(mail.inbox.length).toBe(before);
    // Ten minutes after the busy process's claim, it counts as dead: its digest goes out, once.
    await inProcess("2026-11-30T07:10:00Z");
    expect(mailsTo("busy")).toHaveLength(1);
    expect(mail.inbox.length).toBe(before + 1);
  }, 90_000);

  it("sends nothing before the morning hour, then the next day's digests (weekly only on its day)", async () => {
    const before = mail.inbox.length;
    expect(await inProcess("2026-12-01T05:30:00Z")).toEqual({ sent: 0, empty: 0, failed: 0 }); // 06:30 in Norway
    const results = await runProcesses(3, TUESDAY);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(5);
    for (const key of ["a", "b", "c", "dead", "busy"]) expect(mailsTo(key), key).toHaveLength(2);
    expect(mailsTo("weekly")).toHaveLength(1);
    expect(mail.inbox.length).toBe(before + 5);
  }, 90_000);

  it("a failed send is tried again on the next run the same day, not counted as done", async () => {
    const working = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens there
    const wednesday = "2026-12-02T07:00:00Z";
    const failed = await inProcess(wednesday);
    expect(failed.failed).toBeGreaterThan(0);
    expect(digestDeliveriesOf(people.a.id).at(-1)).toMatchObject({ day: "2026-12-02", status: "feilet" });
    process.env.SMTP_URL = working;
    const retried = await inProcess("2026-12-02T07:05:00Z");
    expect(retried.sent).toBe(failed.failed);
    expect(digestDeliveriesOf(people.a.id).at(-1)).toMatchObject({ day: "2026-12-02", status: "sendt", attempts: 2 });
    expect(mailsTo("a")).toHaveLength(3);
  }, 60_000);

  it("the weekly digest comes the next Monday; nobody who chose «aldri» ever got one", async () => {
    await inProcess("2026-12-07T07:00:00Z");
    expect(mailsTo("weekly")).toHaveLength(2);
    expect(mailsTo("never")).toHaveLength(0);
    expect(getDb().select().from(digestDeliveries).where(eq(digestDeliveries.userId, people.never.id)).all()).toEqual([]);
  });
});

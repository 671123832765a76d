// The profile page's choice of digests, and the unsubscribe link: without login, single use, GET only asks.
import type { AppLoadContext } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { auditLog } from "../../db/schema";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { createUnsubscribeToken } from "../../app/models/unsubscribe.server";
import { getUserByEmail } from "../../app/models/user.server";
import { action as profileAction, loader as profileLoader } from "../../app/routes/profil";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "../../app/routes/avmeld.$token";
import { getAs, postAs, responseOf } from "./requests";

const context = { clientAddress: "127.0.0.1" } as unknown as AppLoadContext;
const EMAIL = "medarbeider@trinnvis.test";
const frequencyOf = (email: string) => getUserByEmail(email)!.digestFrequency;
const auditOf = (userId: number) =>
  getDb().select().from(auditLog).where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, String(userId)))).all().map((e) => JSON.parse(e.detail ?? "{}") as Record<string, unknown>);

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("/profil", () => {
  it("shows the person's name, e-mail and frequency, and saves a new one with an audit entry", async () => {
    const page = await (await responseOf(async () => profileLoader({ request: await getAs(EMAIL, "/profil"), params: {}, context }))).json();
    expect(page).toMatchObject({ email: EMAIL, digestFrequency: "daglig" });
    const saved = await responseOf(async () => profileAction({ request: await postAs(EMAIL, "/profil", { digestFrequency: "ukentlig" }), params: {}, context }));
    expect(saved.status).toBe(302);
    expect(frequencyOf(EMAIL)).toBe("ukentlig");
    expect(auditOf(getUserByEmail(EMAIL)!.id)).toContainEqual({ changes: { digestFrequency: { før: "daglig", etter: "ukentlig" } } });
  });

  it("refuses an unknown choice and a post without the form token", async () => {
    const wrong = await responseOf(async () => profileAction({ request: await postAs(EMAIL, "/profil", { digestFrequency: "hver-time" }), params: {}, context }));
    expect(wrong.status).toBe(400);
    const forged = await postAs(EMAIL, "/profil", { digestFrequency: "aldri" });
    const body = new URLSearchParams(await forged.text());
    body.delete("csrf");
    const refused = await responseOf(() => profileAction({ request: new Request(forged.url, { method: "POST", body, headers: forged.headers }), params: {}, context }));
    expect(refused.status).toBe(403);
    expect(frequencyOf(EMAIL)).toBe("ukentlig");
  });
});

describe("/avmeld/:token", () => {
  const get = (token: string) => responseOf(() => unsubscribeLoader({ request: new Request(`http://localhost/avmeld/${token}`), params: { token }, context }));
  const post = (token: string, headers: Record<string, string> = {}) =>
    responseOf(() => unsubscribeAction({ request: new Request(`http://localhost/avmeld/${token}`, { method: "POST", body: new URLSearchParams(), headers }), params: { token }, context }));

  it("GET only asks (a mail scanner opening the link changes nothing) and names the person shortly, not the address", async () => {
    const user = getUserByEmail("styringsgruppe@trinnvis.test")!;
    const token = createUnsubscribeToken(user.id);
    const page = await get(token);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).not.toContain(user.email);
    expect((JSON.parse(text) as { view: { person: string } }).view.person).toMatch(/^\S+ \S\.$|^\S+$/);
    expect(frequencyOf(user.email)).toBe("daglig");
  });

  it("POST without login turns the person's digests off once, audit-logged; the second use says it is used (410)", async () => {
    const user = getUserByEmail("styringsgruppe@trinnvis.test")!;
    const token = createUnsubscribeToken(user.id);
    const first = await post(token);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ view: { kind: "done" } });
    expect(frequencyOf(user.email)).toBe("aldri");
    expect(auditOf(user.id)).toContainEqual({ changes: { digestFrequency: { før: "daglig", etter: "aldri" } }, viaUnsubscribeLink: true });
    const again = await post(token);
    expect(again.status).toBe(410);
    expect(await again.json()).toEqual({ view: { kind: "used" } });
    expect((await get(token)).status).toBe(410);
  });

  it("an unknown or malformed token is a 404, and a form from another site is refused", async () => {
    expect((await get("x".repeat(43))).status).toBe(404);
    expect((await get("ikke gyldig!")).status).toBe(404);
    expect((await post("x".repeat(43))).status).toBe(404);
    const user = getUserByEmail("radgiver@trinnvis.test")!;
    const token = createUnsubscribeToken(user.id);
    expect((await post(token, { Origin: "https://evil.example", Host: "localhost" })).status).toBe(403);
    expect(frequencyOf(user.email)).toBe("daglig");
  });
});

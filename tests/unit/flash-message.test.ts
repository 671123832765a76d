// After a save that ends in a redirect, the page it lands on says what was done, once: the message rides
// in a short-lived cookie that the root loader reads and clears (app/services/flash.server.ts).
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { addPoints, createMeasure, listPointsPage } from "../../app/models/measure.server";
import { getUserByEmail } from "../../app/models/user.server";
import { loader as rootLoader } from "../../app/root";
import { action as newActivityAction } from "../../app/routes/prosjekter.$projectId.aktiviteter.ny";
import { action as measureDataAction } from "../../app/routes/prosjekter.$projectId.malinger.$measureId_.data";
import { action as logoutAction } from "../../app/routes/logg-ut";
import { redirectWithMessage } from "../../app/services/flash.server";
import { measureValues } from "./measure-fixture";
import { cookieFor, postAs, responseOf } from "./requests";

const context = { clientAddress: "127.0.0.1" } as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

/** The message cookie a response sets, as a browser would send it back ("name=value"). */
function messageCookieOf(response: Response): string | null {
  const set = response.headers.getSetCookie().find((c) => c.startsWith("trinnvis_melding="));
  return set ? set.split(";")[0] : null;
}

/** Whether the response removes the message cookie. */
function clearsMessage(response: Response): boolean {
  const set = response.headers.getSetCookie().find((c) => c.startsWith("trinnvis_melding="));
  return Boolean(set && (/Max-Age=0/i.test(set) || /Expires=Thu, 01 Jan 1970/i.test(set)));
}

async function rootAs(cookies: string[], url = "/prosjekter/1") {
  const request = new Request(`http://localhost${url}`, { headers: { Cookie: cookies.join("; ") } });
  const response = await responseOf(() => rootLoader({ request, params: {}, context }));
  const data = (await response.json()) as { doneMessage: { id: string; text: string } | null };
  return { response, doneMessage: data.doneMessage };
}

async function registerActivity(email: string) {
  const request = await postAs(email, "/prosjekter/1/aktiviteter/ny", { title: "Møte om meldingen", startDate: "2013-03-02", typeId: "dialogmote", stepTheme: "forberedelse/forankre" });
  return responseOf(() => newActivityAction({ request, params: { projectId: "1" }, context }));
}

describe("a save that redirects", () => {
  it("sets a short-lived httpOnly cookie with its message, and the root loader gives it once and clears it", async () => {
    const saved = await registerActivity(LEADER);
    expect(saved.status).toBe(302);
    const setCookie = saved.headers.getSetCookie().find((c) => c.startsWith("trinnvis_melding="));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Max-Age=60/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const message = messageCookieOf(saved)!;

    const session = await cookieFor(LEADER);
    const first = await rootAs([session, message], saved.headers.get("Location")!);
    expect(first.doneMessage?.text).toBe("Aktiviteten er registrert.");
    expect(clearsMessage(first.response)).toBe(true);

    // The browser has dropped the cookie: a reload shows nothing, and sets no cookie.
    const reload = await rootAs([session], saved.headers.get("Location")!);
    expect(reload.doneMessage).toBeNull();
    expect(reload.response.headers.getSetCookie()).toEqual([]);
  });

  it("gives each message an id of its own, so the same sentence twice is announced twice", async () => {
    const session = await cookieFor(LEADER);
    const one = await rootAs([session, messageCookieOf(await registerActivity(LEADER))!]);
    const two = await rootAs([session, messageCookieOf(await registerActivity(LEADER))!]);
    expect(one.doneMessage?.text).toBe(two.doneMessage?.text);
    expect(one.doneMessage?.id).not.toBe(two.doneMessage?.id);
  });

  it("names the measure point it deleted by its date", async () => {
    const leaderId = getUserByEmail(LEADER)!.id;
    const measure = createMeasure({ projectId: 1, userId: leaderId, values: measureValues({ name: "Meldingstest" }) });
    addPoints({ projectId: 1, measureId: measure.id, userId: leaderId, points: [{ date: "2024-12-31", value: 4, numerator: null, denominator: null, note: "" }], source: "skjema" });
    const point = listPointsPage(measure.id, { limit: 10, offset: 0 })[0];
    const request = await postAs(LEADER, `/prosjekter/1/malinger/${measure.id}/data`, { intent: "slett-punkt", pointId: String(point.id) });
    const response = await responseOf(() => measureDataAction({ request, params: { projectId: "1", measureId: String(measure.id) }, context }));
    expect(response.status).toBe(302);
    const shown = await rootAs([await cookieFor(LEADER), messageCookieOf(response)!]);
    expect(shown.doneMessage?.text).toBe("Målepunktet for 31.12.2024 er slettet.");
  });

  it("keeps the other cookies the redirect sets", async () => {
    const response = await redirectWithMessage("/prosjekter", "Invitasjonen er godtatt.", { headers: { "Set-Cookie": "trinnvis_session=abc; Path=/" } });
    expect(response.headers.get("Location")).toBe("/prosjekter");
    expect(response.headers.getSetCookie().map((c) => c.split("=")[0])).toEqual(["trinnvis_session", "trinnvis_melding"]);
  });
});

describe("a message nobody should see", () => {
  it("is cleared but not given when no one is logged in", async () => {
    const message = messageCookieOf(await registerActivity(LEADER))!;
    const anonymous = await rootAs([message], "/logg-inn");
    expect(anonymous.doneMessage).toBeNull();
    expect(clearsMessage(anonymous.response)).toBe(true);
  });

  it("is cleared at logout", async () => {
    const request = await postAs(LEADER, "/logg-ut", {});
    const response = await responseOf(() => logoutAction({ request, params: {}, context }));
    expect(response.headers.get("Location")).toBe("/logg-inn");
    expect(clearsMessage(response)).toBe(true);
    expect(response.headers.getSetCookie().some((c) => c.startsWith("trinnvis_session="))).toBe(true);
  });

  it("shows nothing from a cookie it cannot read, and clears it", async () => {
    const shown = await rootAs([await cookieFor(LEADER), "trinnvis_melding=%%%ikke-base64"]);
    expect(shown.doneMessage).toBeNull();
    expect(clearsMessage(shown.response)).toBe(true);
  });
});

// Nothing typed is lost: a form posted after the session ended, or from a tab opened before the same
// person logged in again, is kept for that person and given back once on its page.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { keptForms, sessions } from "../../db/schema";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { getUserByEmail } from "../../app/models/user.server";
import { getCurrentSession, startSession } from "../../app/services/session.server";
import { action as newActivity } from "../../app/routes/prosjekter.$projectId.aktiviteter.ny";
import { action as logout } from "../../app/routes/logg-ut";
import { action as extend } from "../../app/routes/okt";
import { loader as rootLoader } from "../../app/root";
import { cookieFor, responseOf } from "./requests";

const LEADER = "prosjektleder@trinnvis.test";
const MEMBER = "medarbeider@trinnvis.test";
const PAGE = "/prosjekter/1/aktiviteter/ny";
const context = { clientAddress: "127.0.0.1" };
const typed = { intent: "lagre", title: "Møte med fastlegene", description: "Alt dette tok lang tid å skrive." };

const request = (url: string, cookie: string, fields?: Record<string, string>) =>
  new Request(`http://localhost${url}`, fields ? { method: "POST", body: new URLSearchParams(fields), headers: { Cookie: cookie } } : { headers: { Cookie: cookie } });

async function csrfOf(cookie: string) {
  return (await getCurrentSession(request("/", cookie)))!.csrfToken;
}

/** Ends the person's sessions for want of activity, as if they had left the page for an hour. */
function leaveIdle(email: string) {
  const userId = getUserByEmail(email)!.id;
  getDb().update(sessions).set({ lastSeenAt: new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString() }).where(eq(sessions.userId, userId)).run();
}

async function keptFormOn(url: string, cookie: string) {
  const data = (await (await responseOf(() => rootLoader({ request: request(url, cookie), params: {}, context }))).json()) as { keptForm: { reason: string; fields: [string, string][] } | null };
  return data.keptForm;
}

const postNewActivity = (cookie: string, fields: Record<string, string>) =>
  responseOf(() => newActivity({ request: request(`${PAGE}?index`, cookie, fields), params: { projectId: "1" }, context }));

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("a form posted after the session ended", () => {
  it("is kept for its owner, who logs in and finds it filled in on its page, once", async () => {
    const cookie = await cookieFor(LEADER);
    const csrf = await csrfOf(cookie);
    leaveIdle(LEADER);
    const response = await postNewActivity(cookie, { csrf, ...typed });
    expect(response.status).toBe(302);
    const login = new URL(response.headers.get("Location")!, "http://localhost");
    expect(login.pathname).toBe("/logg-inn");
    expect(login.searchParams.get("neste")).toBe(PAGE);
    expect(login.searchParams.get("grunn")).toBe("skjema-tatt-vare-pa");
    // Nothing of what was typed travels in the address.
    expect(response.headers.get("Location")).not.toContain("fastlegene");

    const again = (await startSession(request("/", cookie), getUserByEmail(LEADER)!.id)).split(";")[0];
    const kept = await keptFormOn(PAGE, again);
    expect(kept?.reason).toBe("utlopt");
    expect(kept?.fields).toEqual(expect.arrayContaining([["title", typed.title], ["description", typed.description], ["intent", "lagre"]]));
    expect(kept?.fields.map(([name]) => name)).not.toContain("csrf");
    expect(await keptFormOn(PAGE, again)).toBeNull();
  });

  it("is given to nobody else, and not on another page", async () => {
    const cookie = await cookieFor(LEADER);
    const csrf = await csrfOf(cookie);
    leaveIdle(LEADER);
    await postNewActivity(cookie, { csrf, ...typed });
    expect(await keptFormOn(PAGE, await cookieFor(MEMBER))).toBeNull();
    const leader = await cookieFor(LEADER);
    expect(await keptFormOn("/prosjekter/1/aktiviteter", leader)).toBeNull();
    expect((await keptFormOn(PAGE, leader))?.fields).toContainEqual(["title", typed.title]);
  });

  it("is not kept without the ended session's own form token, and the login page only says the session ended", async () => {
    const cookie = await cookieFor(LEADER);
    leaveIdle(LEADER);
    const rows = getDb().select().from(keptForms).all().length;
    const response = await postNewActivity(cookie, { csrf: "gjettet", ...typed });
    expect(new URL(response.headers.get("Location")!, "http://localhost").searchParams.get("grunn")).toBe("utlopt");
    expect(getDb().select().from(keptForms).all()).toHaveLength(rows);
  });

  it("without any session is the plain login redirect", async () => {
    const response = await postNewActivity("trinnvis_session=ukjent", { csrf: "x", ...typed });
    const login = new URL(response.headers.get("Location")!, "http://localhost");
    expect(login.pathname).toBe("/logg-inn");
    expect(login.searchParams.get("grunn")).toBeNull();
  });
});

describe("a form from a tab opened before logging in again", () => {
  it("is recognised by the earlier session's token, kept and given back on the page it came from", async () => {
    const first = await cookieFor(LEADER);
    const oldCsrf = await csrfOf(first);
    const second = (await startSession(request("/", first), getUserByEmail(LEADER)!.id)).split(";")[0];
    const response = await postNewActivity(second, { csrf: oldCsrf, ...typed });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(PAGE);
    const kept = await keptFormOn(PAGE, second);
    expect(kept?.reason).toBe("ny-innlogging");
    expect(kept?.fields).toContainEqual(["description", typed.description]);
  });

  it("is a forgery as before when someone else logged in since", async () => {
    const first = await cookieFor(LEADER);
    const oldCsrf = await csrfOf(first);
    const other = (await startSession(request("/", first), getUserByEmail(MEMBER)!.id)).split(";")[0];
    const response = await postNewActivity(other, { csrf: oldCsrf, ...typed });
    expect(response.status).toBe(403);
    expect(await keptFormOn(PAGE, other)).toBeNull();
  });

  it("with nothing typed (logging out) says why it was refused", async () => {
    const first = await cookieFor(LEADER);
    const oldCsrf = await csrfOf(first);
    const second = (await startSession(request("/", first), getUserByEmail(LEADER)!.id)).split(";")[0];
    const response = await responseOf(() => logout({ request: request("/logg-ut", second, { csrf: oldCsrf }), params: {}, context }));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("logget inn på nytt i en annen fane");
  });
});

describe("continuing the session (POST /okt)", () => {
  it("starts the idle time again for a live session", async () => {
    const cookie = await cookieFor(LEADER);
    const csrf = await csrfOf(cookie);
    const tenMinutesAgo = new Date(Date.now() - 10 * 60 * 1000).toISOString();
    getDb().update(sessions).set({ lastSeenAt: tenMinutesAgo }).run();
    const response = await responseOf(() => extend({ request: request("/okt", cookie, { csrf }), params: {}, context }));
    expect(response.status).toBe(200);
    const lastSeen = getDb().select({ at: sessions.lastSeenAt }).from(sessions).all().map((row) => row.at!);
    expect(lastSeen.filter((at) => at > tenMinutesAgo).length).toBe(1);
  });

  it("answers 401 without redirecting once the session has ended, and refuses a wrong token", async () => {
    const cookie = await cookieFor(LEADER);
    const csrf = await csrfOf(cookie);
    expect((await responseOf(() => extend({ request: request("/okt", cookie, { csrf: "feil" }), params: {}, context }))).status).toBe(403);
    leaveIdle(LEADER);
    const response = await responseOf(() => extend({ request: request("/okt", cookie, { csrf }), params: {}, context }));
    expect(response.status).toBe(401);
    expect(response.headers.get("Location")).toBeNull();
  });
});

describe("what is never kept", () => {
  it("a form with a password, nor a form with only record ids in it", async () => {
    const cookie = await cookieFor(LEADER);
    const csrf = await csrfOf(cookie);
    leaveIdle(LEADER);
    const rows = getDb().select().from(keptForms).all().length;
    const withPassword = await postNewActivity(cookie, { csrf, ...typed, password: "hemmelig-passord-1" });
    expect(new URL(withPassword.headers.get("Location")!, "http://localhost").searchParams.get("grunn")).toBe("utlopt");
    const onlyIds = await postNewActivity(cookie, { csrf, intent: "slett", activityId: "12" });
    expect(new URL(onlyIds.headers.get("Location")!, "http://localhost").searchParams.get("grunn")).toBe("utlopt");
    expect(getDb().select().from(keptForms).all()).toHaveLength(rows);
  });

  it("gives two tabs' forms for one page back one at a time", async () => {
    for (const title of ["Første fane", "Andre fane"]) {
      const cookie = await cookieFor(LEADER);
      const csrf = await csrfOf(cookie);
      leaveIdle(LEADER);
      await postNewActivity(cookie, { csrf, ...typed, title });
    }
    const leader = await cookieFor(LEADER);
    expect((await keptFormOn(PAGE, leader))?.fields).toContainEqual(["title", "Andre fane"]);
    expect((await keptFormOn(PAGE, leader))?.fields).toContainEqual(["title", "Første fane"]);
    expect(await keptFormOn(PAGE, leader)).toBeNull();
  });
});

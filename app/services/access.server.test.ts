import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { getUserByEmail, setUserDisabled } from "../models/user.server";
import { parseId, requireAdmin, requireProjectAction, requireProjectRole } from "./access.server";
import { startSession } from "./session.server";

const HELT = 1;
const PAKKEFORLOP = 2;

function requestAs(cookie: string | null, init: RequestInit = {}, url = "http://localhost/prosjekter/1") {
  const headers = new Headers(init.headers);
  if (cookie) headers.set("Cookie", cookie);
  return new Request(url, { ...init, headers });
}

/** Logs the user in the way the login page does and returns the Cookie header the browser would send. */
async function tokenFor(email: string) {
  const user = getUserByEmail(email)!;
  const setCookie = await startSession(new Request("http://localhost/logg-inn"), user.id);
  return setCookie.split(";")[0];
}

async function thrownBy(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

describe("requireProjectRole", () => {
  beforeAll(async () => {
    await seedDemoDataIfEmpty(getDb());
  });

  it("lets a member in with their role in that project", async () => {
    const token = await tokenFor("prosjektleder@trinnvis.test");
    const access = await requireProjectRole(requestAs(token), String(HELT));
    expect(access.role).toBe("prosjektleder");
    expect(access.projectId).toBe(HELT);
  });

  it("gives the same person's different role in another project", async () => {
    const token = await tokenFor("radgiver@trinnvis.test");
    expect((await requireProjectRole(requestAs(token), String(HELT))).role).toBe("radgiver");
    expect((await requireProjectRole(requestAs(token), String(PAKKEFORLOP))).role).toBe("radgiver");
  });

  it("answers 404 to a member of another project, as if the project did not exist", async () => {
    const token = await tokenFor("prosjektleder@trinnvis.test");
    const response = await thrownBy(requireProjectRole(requestAs(token), String(PAKKEFORLOP)));
    expect(response.status).toBe(404);
  });

  it("answers 404 to a malformed or unknown id", async () => {
    const token = await tokenFor("prosjektleder@trinnvis.test");
    for (const id of ["abc", "0", "-1", "1.5", "1e3", "99999", undefined]) {
      expect((await thrownBy(requireProjectRole(requestAs(token), id))).status).toBe(404);
    }
  });

  it("answers 403 to a member whose role may not do this", async () => {
    const token = await tokenFor("styringsgruppe@trinnvis.test");
    const response = await thrownBy(requireProjectRole(requestAs(token), String(HELT), ["prosjektleder", "prosjektmedarbeider"]));
    expect(response.status).toBe(403);
  });

  it("redirects to the login page without a session", async () => {
    const response = await thrownBy(requireProjectRole(requestAs(null), String(HELT)));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/logg-inn?neste=%2Fprosjekter%2F1");
  });

  it("ends a disabled user's sessions at once", async () => {
    const token = await tokenFor("medarbeider@trinnvis.test");
    await requireProjectRole(requestAs(token), String(HELT));
    const user = getUserByEmail("medarbeider@trinnvis.test")!;
    setUserDisabled(user.id, true);
    expect((await thrownBy(requireProjectRole(requestAs(token), String(HELT)))).status).toBe(302);
    setUserDisabled(user.id, false);
  });

  it("refuses an action without the session's CSRF token, and one from another origin", async () => {
    const token = await tokenFor("prosjektleder@trinnvis.test");
    const post = (body: URLSearchParams, origin = "http://localhost") =>
      requestAs(token, { method: "POST", body, headers: { Origin: origin, Host: "localhost" } });
    expect((await thrownBy(requireProjectAction(post(new URLSearchParams({ csrf: "feil" })), "1", ["prosjektleder"]))).status).toBe(403);
    const good = await requireProjectRole(requestAs(token), "1");
    const ok = await requireProjectAction(post(new URLSearchParams({ csrf: good.csrfToken })), "1", ["prosjektleder"]);
    expect(ok.role).toBe("prosjektleder");
    const foreign = post(new URLSearchParams({ csrf: good.csrfToken }), "https://evil.example");
    expect((await thrownBy(requireProjectAction(foreign, "1", ["prosjektleder"]))).status).toBe(403);
  });

  it("hides the admin pages from non-admins", async () => {
    const token = await tokenFor("prosjektleder@trinnvis.test");
    expect((await thrownBy(requireAdmin(requestAs(token)))).status).toBe(404);
    const admin = await requireAdmin(requestAs(await tokenFor("admin@trinnvis.test")));
    expect(admin.user.isAdmin).toBe(true);
  });
});

describe("parseId", () => {
  it("accepts positive integers only", () => {
    expect(parseId("42")).toBe(42);
    expect(() => parseId("042")).toThrow();
    expect(() => parseId("4 2")).toThrow();
  });
});

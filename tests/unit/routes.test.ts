// Route loaders and actions called with real Requests against a migrated, seeded database.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { getProject } from "../../app/models/project.server";
import { getUserByEmail } from "../../app/models/user.server";
import { startSession, getCurrentSession } from "../../app/utils/session.server";
import { loader as overviewLoader } from "../../app/routes/prosjekter.$projectId._index";
import { action as settingsAction } from "../../app/routes/prosjekter.$projectId.innstillinger";
import { loader as exportLoader } from "../../app/routes/prosjekter.$projectId.eksport[.]json";
import { loader as healthLoader } from "../../app/routes/healthz";
import { action as activityAction } from "../../app/routes/prosjekter.$projectId.aktiviteter.$activityId";
import { action as newActivityAction } from "../../app/routes/prosjekter.$projectId.aktiviteter.ny";
import { action as conferenceAction } from "../../app/routes/prosjekter.$projectId.konferanser.$conferenceId";
import { getActivity } from "../../app/models/activity.server";
import { getConference, listConferences } from "../../app/models/conference.server";
import { listTiltakOptions } from "../../app/models/tiltak.server";

const context = {} as AppLoadContext;

async function cookieFor(email: string) {
  return (await startSession(new Request("http://localhost/"), getUserByEmail(email)!.id)).split(";")[0];
}

async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try {
    const result = await run();
    return result instanceof Response ? result.status : 200;
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("project overview loader", () => {
  it("gives a member the five steps with gaps marked", async () => {
    const request = new Request("http://localhost/prosjekter/1", { headers: { Cookie: await cookieFor("styringsgruppe@trinnvis.test") } });
    const response = await overviewLoader({ request, params: { projectId: "1" }, context });
    const data = await response.json();
    expect(data.steps.map((s: { id: string }) => s.id)).toEqual(["forberedelse", "planlegge", "utfore", "kontrollere", "standardisere"]);
    const kontrollere = data.steps.find((s: { id: string }) => s.id === "kontrollere")!;
    expect(kontrollere.themes[0]).toMatchObject({ id: "male-analysere", isGap: true, count: 0 });
    expect(data.role).toBe("styringsgruppe");
  });

  it("sends the people's names and roles, not their e-mail addresses", async () => {
    const request = new Request("http://localhost/prosjekter/1", { headers: { Cookie: await cookieFor("styringsgruppe@trinnvis.test") } });
    const data = await (await overviewLoader({ request, params: { projectId: "1" }, context })).json();
    expect(data.people.length).toBeGreaterThan(1);
    expect(data.people[0]).toMatchObject({ name: expect.any(String), roleName: expect.any(String) });
    expect(JSON.stringify(data)).not.toContain("@");
  });

  it("answers 404 to a member of the other project", async () => {
    const request = new Request("http://localhost/prosjekter/1", { headers: { Cookie: await cookieFor("prosjektleder2@trinnvis.test") } });
    expect(await statusOf(() => overviewLoader({ request, params: { projectId: "1" }, context }))).toBe(404);
  });
});

describe("project settings action", () => {
  async function post(email: string, projectId: string, fields: Record<string, string>) {
    const cookie = await cookieFor(email);
    const session = await getCurrentSession(new Request("http://localhost/", { headers: { Cookie: cookie } }));
    const body = new URLSearchParams({ csrf: session!.csrfToken, ...fields });
    const request = new Request(`http://localhost/prosjekter/${projectId}/innstillinger`, { method: "POST", body, headers: { Cookie: cookie } });
    return () => settingsAction({ request, params: { projectId }, context });
  }
  const valid = { name: "Helt, ikke stykkevis og delt", description: "x", owner: "", funder: "", targetGroup: "", startDate: "2009-10-01", endDate: "2013-12-31" };

  it("refuses the steering group with 403 and changes nothing", async () => {
    const before = getProject(1)!;
    expect(await statusOf(await post("styringsgruppe@trinnvis.test", "1", { ...valid, name: "Endret", version: String(before.version) }))).toBe(403);
    expect(getProject(1)!.name).toBe(before.name);
  });

  it("answers 404 to the other project's leader, whatever id is in the form", async () => {
    const before = getProject(1)!;
    expect(await statusOf(await post("prosjektleder2@trinnvis.test", "1", { ...valid, name: "Overtatt", version: String(before.version) }))).toBe(404);
    expect(getProject(1)!.name).toBe(before.name);
  });

  it("returns field errors with 400 for bad input", async () => {
    const response = (await (await post("prosjektleder@trinnvis.test", "1", { ...valid, endDate: "2013-02-30", version: "1" }))()) as Response;
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.result.error.endDate).toEqual(["Sluttdato er ikke en dato som finnes"]);
  });

  it("returns 409 with the stored version for a stale save", async () => {
    const current = getProject(1)!;
    const ok = (await (await post("prosjektleder@trinnvis.test", "1", { ...valid, version: String(current.version) }))()) as Response;
    expect(ok.status).toBe(302);
    const stale = (await (await post("prosjektleder@trinnvis.test", "1", { ...valid, description: "gammel", version: String(current.version) }))()) as Response;
    expect(stale.status).toBe(409);
    expect((await stale.json()).conflict.version).toBe(current.version + 1);
  });
});

describe("export and health", () => {
  it("exports as an attachment to members and 404 to others", async () => {
    const own = new Request("http://localhost/prosjekter/2/eksport.json", { headers: { Cookie: await cookieFor("prosjektleder2@trinnvis.test") } });
    const response = await exportLoader({ request: own, params: { projectId: "2" }, context });
    expect(response.headers.get("Content-Disposition")).toMatch(/attachment; filename="trinnvis-prosjekt-2-/);
    expect((await response.json()).project.name).toBe("Pakkeforløp psykisk helse og rus i Levanger");
    const other = new Request("http://localhost/prosjekter/2/eksport.json", { headers: { Cookie: await cookieFor("prosjektleder@trinnvis.test") } });
    expect(await statusOf(() => exportLoader({ request: other, params: { projectId: "2" }, context }))).toBe(404);
  });

  it("healthz answers ok after checking the database", async () => {
    const response = healthLoader();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("ids from another project in URLs and form fields", () => {
  async function postAs(email: string, url: string, fields: Record<string, string>) {
    const cookie = await cookieFor(email);
    const session = await getCurrentSession(new Request("http://localhost/", { headers: { Cookie: cookie } }));
    const body = new URLSearchParams({ csrf: session!.csrfToken, ...fields });
    return new Request(`http://localhost${url}`, { method: "POST", body, headers: { Cookie: cookie } });
  }

  it("answers 404 when an activity of project 1 is edited through project 2's URL", async () => {
    const request = await postAs("prosjektleder2@trinnvis.test", "/prosjekter/2/aktiviteter/1", { intent: "slett" });
    expect(await statusOf(() => activityAction({ request, params: { projectId: "2", activityId: "1" }, context }))).toBe(404);
    const stillThere = getActivity(1, 1);
    expect(stillThere).not.toBeNull();
  });

  it("refuses a follow-up that names a tiltak of another project", async () => {
    const otherProjectsTiltak = listTiltakOptions(2)[0].id;
    const conference = listConferences(1)[0];
    const input = getConference(1, conference.id)!.inputs[0];
    const request = await postAs("prosjektleder@trinnvis.test", `/prosjekter/1/konferanser/${conference.id}`, {
      intent: "oppfolging",
      inputId: String(input.id),
      version: String(input.version),
      followUp: "tatt_inn_i_tiltak",
      tiltakId: String(otherProjectsTiltak),
    });
    const response = (await conferenceAction({ request, params: { projectId: "1", conferenceId: String(conference.id) }, context })) as Response;
    expect(response.status).toBe(400);
    expect((await response.json()).result.error.tiltakId).toEqual(["Velg blant prosjektets tiltak"]);
  });

  it("refuses an activity that names an organisation outside the project", async () => {
    const request = await postAs("prosjektleder2@trinnvis.test", "/prosjekter/2/aktiviteter/ny", {
      title: "x",
      startDate: "2019-01-01",
      typeId: "dialogmote",
      stepTheme: "forberedelse/forankre",
      organisationIds: "1",
    });
    const response = (await newActivityAction({ request, params: { projectId: "2" }, context })) as Response;
    expect(response.status).toBe(400);
    expect((await response.json()).error.organisationIds).toEqual(["Velg blant prosjektets organisasjoner"]);
  });
});

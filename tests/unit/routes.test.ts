// Route loaders and actions called with real Requests against a migrated, seeded database.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { DEMO_PASSWORD, seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { action as loginAction } from "../../app/routes/logg-inn";
import { getProject } from "../../app/models/project.server";
import { getAs, postAs, responseOf } from "./requests";
import { loader as overviewLoader } from "../../app/routes/prosjekter.$projectId._index";
import { action as settingsAction } from "../../app/routes/prosjekter.$projectId.innstillinger";
import { loader as exportLoader } from "../../app/routes/prosjekter.$projectId.eksport[.]json";
import { loader as healthLoader } from "../../app/routes/healthz";
import { action as activityAction } from "../../app/routes/prosjekter.$projectId.aktiviteter.$activityId";
import { action as newActivityAction } from "../../app/routes/prosjekter.$projectId.aktiviteter.ny";
import { action as conferenceAction } from "../../app/routes/prosjekter.$projectId.konferanser.$conferenceId";
import { action as measureDataAction } from "../../app/routes/prosjekter.$projectId.malinger.$measureId_.data";
import { getMeasure, listMeasureSummaries } from "../../app/models/measure.server";
import { getActivity } from "../../app/models/activity.server";
import { getConference, listConferences } from "../../app/models/conference.server";
import { listTiltakOptions } from "../../app/models/tiltak.server";
import { saveAnswers, startRound } from "../../app/models/sustainability.server";
import { getUserByEmail } from "../../app/models/user.server";
import { getInstrument, instrumentItems } from "../../app/utils/instruments.server";

const context = {} as AppLoadContext;

async function statusOf(run: () => Promise<unknown>): Promise<number> {
  return (await responseOf(run)).status;
}

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("project overview loader", () => {
  it("gives a member the five steps with gaps marked", async () => {
    const request = await getAs("styringsgruppe@trinnvis.test", "/prosjekter/1");
    const response = await overviewLoader({ request, params: { projectId: "1" }, context });
    const data = await response.json();
    expect(data.steps.map((s: { id: string }) => s.id)).toEqual(["forberedelse", "planlegge", "utfore", "kontrollere", "standardisere"]);
    const kontrollere = data.steps.find((s: { id: string }) => s.id === "kontrollere")!;
    expect(kontrollere.themes[0]).toMatchObject({ id: "male-analysere", isGap: true, count: 0 });
    expect(data.role).toBe("styringsgruppe");
  });

  it("sends the people's names and roles, not their e-mail addresses", async () => {
    const request = await getAs("styringsgruppe@trinnvis.test", "/prosjekter/1");
    const data = await (await overviewLoader({ request, params: { projectId: "1" }, context })).json();
    expect(data.people.length).toBeGreaterThan(1);
    expect(data.people[0]).toMatchObject({ name: expect.any(String), roleName: expect.any(String) });
    expect(JSON.stringify(data)).not.toContain("@");
  });

  it("answers 404 to a member of the other project", async () => {
    const request = await getAs("prosjektleder2@trinnvis.test", "/prosjekter/1");
    expect(await statusOf(() => overviewLoader({ request, params: { projectId: "1" }, context }))).toBe(404);
  });
});

describe("project settings action", () => {
  async function post(email: string, projectId: string, fields: Record<string, string>) {
    const request = await postAs(email, `/prosjekter/${projectId}/innstillinger`, fields);
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
    expect(body.result.error.endDate).toEqual(["30.02.2013 finnes ikke: februar 2013 har 28 dager."]);
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
    const own = await getAs("prosjektleder2@trinnvis.test", "/prosjekter/2/eksport.json");
    const response = await exportLoader({ request: own, params: { projectId: "2" }, context });
    expect(response.headers.get("Content-Disposition")).toMatch(/attachment; filename="trinnvis-prosjekt-2-/);
    expect((await response.json()).project.name).toBe("Pakkeforløp psykisk helse og rus i Levanger");
    const other = await getAs("prosjektleder@trinnvis.test", "/prosjekter/2/eksport.json");
    expect(await statusOf(() => exportLoader({ request: other, params: { projectId: "2" }, context }))).toBe(404);
  });

  it("is for the project leader and the advisor, and keeps a round's answers as blind as the round page does", async () => {
    const exportAs = async (email: string) => {
      const response = await exportLoader({ request: await getAs(email, "/prosjekter/1/eksport.json"), params: { projectId: "1" }, context });
      return (await response.json()) as { tables: { sustainabilityAnswers: { userId: string; note: string }[] } };
    };
    for (const email of ["medarbeider@trinnvis.test", "styringsgruppe@trinnvis.test"]) {
      expect(await statusOf(async () => exportLoader({ request: await getAs(email, "/prosjekter/1/eksport.json"), params: { projectId: "1" }, context }))).toBe(403);
    }
    const id = (email: string) => getUserByEmail(email)!.id;
    const leader = "prosjektleder@trinnvis.test";
    const member = "medarbeider@trinnvis.test";
    const round = startRound({ projectId: 1, userId: id(leader), instrumentId: "powell", title: "Blind runde", raterIds: [id(leader), id(member)] })!;
    // Every item answered, so that the answers can be handed in; the note marks whose they are.
    const answer = (note: string) => instrumentItems(getInstrument("powell")!).map((item) => ({ itemId: item.id, level: "ja", answer: "", note, evidence: "" }));
    saveAnswers({ projectId: 1, roundId: round.id, userId: id(member), answers: answer("Utkast fra medarbeideren"), submit: false });
    saveAnswers({ projectId: 1, roundId: round.id, userId: id(leader), answers: answer("Lederens eget utkast"), submit: false });
    const notes = async (email: string) => (await exportAs(email)).tables.sustainabilityAnswers.map((a) => a.note);

    // A draft stays with its rater; the leader sees her own.
    expect(await notes(leader)).toContain("Lederens eget utkast");
    expect(await notes(leader)).not.toContain("Utkast fra medarbeideren");
    expect(await notes("radgiver@trinnvis.test")).not.toContain("Utkast fra medarbeideren");
    // The signed demo round is shown in full.
    expect((await notes("radgiver@trinnvis.test")).length).toBeGreaterThan(20);

    // Handed in: the advisor (not rating) sees it; the leader, a rater, only once she has handed in herself.
    expect(saveAnswers({ projectId: 1, roundId: round.id, userId: id(member), answers: answer("Levert av medarbeideren"), submit: true }).status).toBe("saved");
    expect(await notes("radgiver@trinnvis.test")).toContain("Levert av medarbeideren");
    expect(await notes(leader)).not.toContain("Levert av medarbeideren");
    expect(saveAnswers({ projectId: 1, roundId: round.id, userId: id(leader), answers: answer("Levert av lederen"), submit: true }).status).toBe("saved");
    expect(await notes(leader)).toEqual(expect.arrayContaining(["Levert av medarbeideren", "Levert av lederen"]));
  });

  it("healthz answers ok after checking the database", async () => {
    const response = healthLoader();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("ids from another project in URLs and form fields", () => {
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

  it("answers 404, and deletes nothing, for another conference's input or another measure's point", async () => {
    const [first, second] = listConferences(1);
    const foreignInput = getConference(1, second.id)!.inputs[0];
    const request = await postAs("prosjektleder@trinnvis.test", `/prosjekter/1/konferanser/${first.id}`, { intent: "slett-innspill", inputId: String(foreignInput.id) });
    expect(await statusOf(() => conferenceAction({ request, params: { projectId: "1", conferenceId: String(first.id) }, context }))).toBe(404);
    expect(getConference(1, second.id)!.inputs.map((i) => i.id)).toContain(foreignInput.id);

    const [measureA, measureB] = listMeasureSummaries(1);
    const foreignPoint = getMeasure(1, measureB.id)!.points[0];
    const pointRequest = await postAs("prosjektleder@trinnvis.test", `/prosjekter/1/malinger/${measureA.id}/data`, { intent: "slett-punkt", pointId: String(foreignPoint.id) });
    expect(await statusOf(() => measureDataAction({ request: pointRequest, params: { projectId: "1", measureId: String(measureA.id) }, context }))).toBe(404);
    expect(getMeasure(1, measureB.id)!.points.map((p) => p.id)).toContain(foreignPoint.id);
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

describe("login redirect", () => {
  const logIn = (neste: string) =>
    responseOf(() =>
      loginAction({
        request: new Request("http://localhost/logg-inn", { method: "POST", body: new URLSearchParams({ email: "prosjektleder@trinnvis.test", password: DEMO_PASSWORD, neste }) }),
        params: {},
        context: { clientAddress: "127.0.0.1" } as unknown as AppLoadContext,
      }),
    );

  it("goes back to the page the user came from, within the site", async () => {
    expect((await logIn("/invitasjon/abc?x=1")).headers.get("Location")).toBe("/invitasjon/abc?x=1");
  });

  it("never leaves the site, whatever the browser would make of the address", async () => {
    for (const target of ["//evil.example/x", "/\\evil.example/x", "/\t/evil.example", "/\n/evil.example", "https://evil.example", "evil.example"]) {
      expect((await logIn(target)).headers.get("Location"), target).toBe("/til-meg");
    }
  });
});

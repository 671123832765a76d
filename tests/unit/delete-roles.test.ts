// Who may delete what inside a project: a project member registers and edits, but deletes only the
// activities they registered themselves; goals, tiltak, dialogue conferences, measures and other
// people's records are the project leader's to delete. Route actions called on the seeded demo.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { createActivity, getActivity, listActivities, type ActivityValues } from "../../app/models/activity.server";
import { getConference, listConferences } from "../../app/models/conference.server";
import { createGoal, listGoals } from "../../app/models/goal.server";
import { getMeasure, listMeasureSummaries } from "../../app/models/measure.server";
import { getTiltak, listTiltak } from "../../app/models/tiltak.server";
import { getUserByEmail } from "../../app/models/user.server";
import { action as goalsAction, loader as goalsLoader } from "../../app/routes/prosjekter.$projectId.mal";
import { action as tiltakAction, loader as tiltakLoader } from "../../app/routes/prosjekter.$projectId.tiltak.$tiltakId";
import { action as conferenceAction, loader as conferenceLoader } from "../../app/routes/prosjekter.$projectId.konferanser.$conferenceId";
import { action as activityAction, loader as activityLoader } from "../../app/routes/prosjekter.$projectId.aktiviteter.$activityId";
import { action as newActivityAction } from "../../app/routes/prosjekter.$projectId.aktiviteter.ny";
import { action as measureEditAction, loader as measureEditLoader } from "../../app/routes/prosjekter.$projectId.malinger.$measureId_.endre";
import { getAs, postAs, responseOf } from "./requests";

const context = {} as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";
const MEMBER = "medarbeider@trinnvis.test";
const LEADERS_ONLY = "Bare prosjektlederen kan slette mål, tiltak og dialogkonferanser.";

const activityValues = (title: string): ActivityValues => ({
  title,
  startDate: "2013-03-01",
  endDate: null,
  typeId: "dialogmote",
  stepId: "forberedelse",
  themeId: "forankre",
  description: "",
  evidenceUrl: null,
  audiences: [],
  organisationIds: [],
});

let leaderId: number;
let memberId: number;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  leaderId = getUserByEmail(LEADER)!.id;
  memberId = getUserByEmail(MEMBER)!.id;
});

describe("a project member", () => {
  it("is refused deleting a goal, and the goal stays", async () => {
    const goal = listGoals(1).find((g) => g.kind === "delmal")!;
    const request = await postAs(MEMBER, "/prosjekter/1/mal", { intent: "slett", goalId: String(goal.id) });
    const response = await responseOf(() => goalsAction({ request, params: { projectId: "1" }, context }));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(LEADERS_ONLY);
    expect(listGoals(1).some((g) => g.id === goal.id)).toBe(true);
  });

  it("is refused deleting a tiltak, and the tiltak stays", async () => {
    const id = listTiltak(1)[0].id;
    const request = await postAs(MEMBER, `/prosjekter/1/tiltak/${id}`, { intent: "slett" });
    const response = await responseOf(() => tiltakAction({ request, params: { projectId: "1", tiltakId: String(id) }, context }));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(LEADERS_ONLY);
    expect(getTiltak(1, id)).not.toBeNull();
  });

  it("is refused deleting a dialogue conference, and the conference stays", async () => {
    const id = listConferences(1)[0].id;
    const request = await postAs(MEMBER, `/prosjekter/1/konferanser/${id}`, { intent: "slett" });
    const response = await responseOf(() => conferenceAction({ request, params: { projectId: "1", conferenceId: String(id) }, context }));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(LEADERS_ONLY);
    expect(getConference(1, id)).not.toBeNull();
  });

  it("is refused deleting an activity someone else registered, and the activity stays", async () => {
    const leaders = createActivity({ projectId: 1, userId: leaderId, values: activityValues("Registrert av prosjektlederen") });
    const request = await postAs(MEMBER, `/prosjekter/1/aktiviteter/${leaders.id}`, { intent: "slett" });
    const response = await responseOf(() => activityAction({ request, params: { projectId: "1", activityId: String(leaders.id) }, context }));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe("Du kan bare slette aktiviteter du har registrert selv. Be prosjektlederen om å slette denne.");
    expect(getActivity(1, leaders.id)).not.toBeNull();
  });

  it("is refused deleting an imported activity that no one registered", async () => {
    const imported = listActivities(1).find((a) => a.createdBy === null)!;
    const request = await postAs(MEMBER, `/prosjekter/1/aktiviteter/${imported.id}`, { intent: "slett" });
    expect((await responseOf(() => activityAction({ request, params: { projectId: "1", activityId: String(imported.id) }, context }))).status).toBe(403);
    expect(getActivity(1, imported.id)).not.toBeNull();
  });

  it("may delete an activity they registered themselves", async () => {
    const create = await postAs(MEMBER, "/prosjekter/1/aktiviteter/ny", {
      title: "Registrert av medarbeideren",
      startDate: "2013-03-02",
      typeId: "dialogmote",
      stepTheme: "forberedelse/forankre",
    });
    const created = await responseOf(() => newActivityAction({ request: create, params: { projectId: "1" }, context }));
    expect(created.status).toBe(302);
    const id = Number(created.headers.get("Location")!.split("/").pop());
    expect(getActivity(1, id)!.createdBy).toBe(memberId);

    const request = await postAs(MEMBER, `/prosjekter/1/aktiviteter/${id}`, { intent: "slett" });
    const response = await responseOf(() => activityAction({ request, params: { projectId: "1", activityId: String(id) }, context }));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/prosjekter/1/aktiviteter");
    expect(getActivity(1, id)).toBeNull();
  });

  it("is refused deleting a measure, which records no creator, and the measure stays", async () => {
    const id = listMeasureSummaries(1)[0].id;
    const request = await postAs(MEMBER, `/prosjekter/1/malinger/${id}/endre`, { intent: "slett" });
    const response = await responseOf(() => measureEditAction({ request, params: { projectId: "1", measureId: String(id) }, context }));
    expect(response.status).toBe(403);
    expect(getMeasure(1, id)).not.toBeNull();
  });

  it("is not shown delete buttons they may not use", async () => {
    const goals = await (await goalsLoader({ request: await getAs(MEMBER, "/prosjekter/1/mal"), params: { projectId: "1" }, context })).json();
    expect(goals).toMatchObject({ canWrite: true, canDelete: false });
    const tiltakId = String(listTiltak(1)[0].id);
    const tiltak = await (await tiltakLoader({ request: await getAs(MEMBER, `/prosjekter/1/tiltak/${tiltakId}`), params: { projectId: "1", tiltakId }, context })).json();
    expect(tiltak).toMatchObject({ canWrite: true, canDelete: false });
    const conferenceId = String(listConferences(1)[0].id);
    const conference = await (await conferenceLoader({ request: await getAs(MEMBER, `/prosjekter/1/konferanser/${conferenceId}`), params: { projectId: "1", conferenceId }, context })).json();
    expect(conference).toMatchObject({ canWrite: true, canDelete: false });
    const measureId = String(listMeasureSummaries(1)[0].id);
    const measure = await (await measureEditLoader({ request: await getAs(MEMBER, `/prosjekter/1/malinger/${measureId}/endre`), params: { projectId: "1", measureId }, context })).json();
    expect(measure.canDelete).toBe(false);

    const others = String(createActivity({ projectId: 1, userId: leaderId, values: activityValues("Prosjektlederens") }).id);
    const own = String(createActivity({ projectId: 1, userId: memberId, values: activityValues("Medarbeiderens") }).id);
    const activity = async (email: string, activityId: string) =>
      (await (await activityLoader({ request: await getAs(email, `/prosjekter/1/aktiviteter/${activityId}`), params: { projectId: "1", activityId }, context })).json()).canDelete;
    expect(await activity(MEMBER, others)).toBe(false);
    expect(await activity(MEMBER, own)).toBe(true);
    expect(await activity(LEADER, own)).toBe(true);
  });
});

describe("the project leader", () => {
  it("may delete a goal", async () => {
    const goal = createGoal({ projectId: 1, userId: leaderId, kind: "delmal", title: "Slettes av prosjektlederen", description: "" })!;
    const request = await postAs(LEADER, "/prosjekter/1/mal", { intent: "slett", goalId: String(goal.id) });
    const response = await responseOf(() => goalsAction({ request, params: { projectId: "1" }, context }));
    expect(response.status).toBe(302);
    expect(listGoals(1).some((g) => g.id === goal.id)).toBe(false);
  });

  it("may delete an activity a project member registered", async () => {
    const members = createActivity({ projectId: 1, userId: memberId, values: activityValues("Registrert av medarbeideren") });
    const request = await postAs(LEADER, `/prosjekter/1/aktiviteter/${members.id}`, { intent: "slett" });
    expect((await responseOf(() => activityAction({ request, params: { projectId: "1", activityId: String(members.id) }, context }))).status).toBe(302);
    expect(getActivity(1, members.id)).toBeNull();
  });

  it("sees the delete buttons", async () => {
    const goals = await (await goalsLoader({ request: await getAs(LEADER, "/prosjekter/1/mal"), params: { projectId: "1" }, context })).json();
    expect(goals.canDelete).toBe(true);
    const measureId = String(listMeasureSummaries(1)[0].id);
    const measure = await (await measureEditLoader({ request: await getAs(LEADER, `/prosjekter/1/malinger/${measureId}/endre`), params: { projectId: "1", measureId }, context })).json();
    expect(measure.canDelete).toBe(true);
  });
});

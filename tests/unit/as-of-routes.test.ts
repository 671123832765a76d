// Pages that judge a project say which day they judge it as of: an ended project as of its end date.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { factsAsOf } from "../../app/domain/readiness";
import { isStuck } from "../../app/domain/tiltak-status";
import { addGoalStatus, listGoals } from "../../app/models/goal.server";
import { getUserByEmail } from "../../app/models/user.server";
import { loader as overviewLoader } from "../../app/routes/prosjekter.$projectId._index";
import { loader as tiltakLoader } from "../../app/routes/prosjekter.$projectId.tiltak._index";
import { changeTiltakStatus, createTiltak } from "../../app/models/tiltak.server";
import { loader as readinessLoader } from "../../app/routes/prosjekter.$projectId.klar-for-drift";
import { loader as steeringLoader } from "../../app/routes/prosjekter.$projectId.styring._index";
import { gatherReadinessInput } from "../../app/services/readiness.server";
import { todayIso } from "../../app/utils/time";
import { getAs } from "./requests";

const context = {} as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";
const STEERING = "styringsgruppe@trinnvis.test";
const params = { projectId: "1" };
// The demo project "Helt, ikke stykkevis og delt" ran from 01.10.2009 to 31.12.2013.
const END = "2013-12-31";

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

const stuckAsOf = (asOf: string) => factsAsOf(gatherReadinessInput(1, asOf)).tiltak.filter((t) => isStuck(t, asOf)).length;

describe("the overview of an ended project", () => {
  it("judges the project as of its end date and says so, leaving out what was recorded as true later", async () => {
    const goal = listGoals(1).find((g) => g.kind === "hovedmal")!;
    addGoalStatus({ projectId: 1, goalId: goal.id, userId: getUserByEmail(LEADER)!.id, date: "2014-03-01", status: "nadd", comment: "Etter prosjektet", reason: "" });
    const data = await (await overviewLoader({ request: await getAs(LEADER, "/prosjekter/1"), params, context })).json();
    expect(data.asOf).toEqual({ asOf: END, basis: "sluttdato" });
    expect(data.stuckTiltak).toBe(stuckAsOf(END));
    expect(data.goals.find((g: { label: string }) => g.label === "Hovedmål")).toMatchObject({ statusName: "Pågår", statusDate: "2012-03-31" });
    const today = await (await overviewLoader({ request: await getAs(LEADER, `/prosjekter/1?dato=${todayIso()}`), params, context })).json();
    expect(today.goals.find((g: { label: string }) => g.label === "Hovedmål")).toMatchObject({ statusName: "Nådd", statusDate: "2014-03-01" });
  });

  it("uses another day when the user picks one, and only what was true then", async () => {
    const data = await (await overviewLoader({ request: await getAs(LEADER, "/prosjekter/1?dato=2010-06-30"), params, context })).json();
    expect(data.asOf).toEqual({ asOf: "2010-06-30", basis: "valgt" });
    expect(data.stuckTiltak).toBe(stuckAsOf("2010-06-30"));
    // Mental Helse's representative joined the project in April 2011.
    expect(data.people.map((p: { name: string }) => p.name)).not.toContain("Siri Moe");
    const groupMembers = data.groups.flatMap((g: { members: { name: string }[] }) => g.members.map((m) => m.name));
    expect(groupMembers).not.toContain("Siri Moe");
    expect(groupMembers).toContain("Kari Lyngstad");
    // Only the conferences held by then count: one, with three inputs.
    expect(data.followUp.total).toBe(3);
    expect(data.goals.find((g: { label: string }) => g.label === "Hovedmål")).toMatchObject({ statusName: "Ingen status registrert" });
  });
});

describe("the tiltak list", () => {
  it("judges «står stille» as of the same day as the overview, by what was true then", async () => {
    // A tiltak planned in February 2013 that moved only today: stuck at the project's end, whatever happened later.
    const leader = getUserByEmail(LEADER)!.id;
    const created = createTiltak({ projectId: 1, userId: leader, values: { title: "Planlagt og glemt", description: "", priority: "ikke_prioritert", goalIds: [], failureAreaIds: [], agreementAreaIds: [], organisationIds: [], responsibleOrganisationId: null, responsiblePerson: "", startDate: null, nextEvaluationDate: null }, ideaDate: "2013-01-15" });
    changeTiltakStatus({ projectId: 1, tiltakId: created.id, version: 1, userId: leader, to: "planlagt", reason: "", effectiveDate: "2013-02-01" });
    changeTiltakStatus({ projectId: 1, tiltakId: created.id, version: 2, userId: leader, to: "utproving", reason: "" });
    const list = await (await tiltakLoader({ request: await getAs(LEADER, "/prosjekter/1/tiltak"), params, context })).json();
    const overview = await (await overviewLoader({ request: await getAs(LEADER, "/prosjekter/1"), params, context })).json();
    expect(list.asOf).toEqual({ asOf: END, basis: "sluttdato" });
    expect(list.stuckCount).toBe(overview.stuckTiltak);
    const row = list.groups.flatMap((g: { tiltak: { id: number; stuck: boolean }[] }) => g.tiltak).find((t: { id: number }) => t.id === created.id);
    expect(row).toMatchObject({ stuck: true });
  });
});

describe("the steering dashboard and the readiness page", () => {
  it("judge the ended project as of its end date", async () => {
    const steering = await (await steeringLoader({ request: await getAs(STEERING, "/prosjekter/1/styring"), params, context })).json();
    expect(steering.asOf).toEqual({ asOf: END, basis: "sluttdato" });
    const readiness = await (await readinessLoader({ request: await getAs(LEADER, "/prosjekter/1/klar-for-drift"), params, context })).json();
    expect(readiness).toMatchObject({ asOf: END, basis: "sluttdato" });
  });

  it("show on the dashboard only the audit signed by the chosen day", async () => {
    const before = await (await steeringLoader({ request: await getAs(STEERING, "/prosjekter/1/styring?dato=2012-12-31"), params, context })).json();
    expect(before.dashboard.audit).toBeNull();
    const after = await (await steeringLoader({ request: await getAs(STEERING, "/prosjekter/1/styring?dato=2013-01-31"), params, context })).json();
    expect(after.dashboard.audit).toMatchObject({ title: "Statusrapporten januar 2013" });
  });
});

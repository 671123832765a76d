// The long lists' pages through their routes: page 2 has the right rows, the filters stay on the
// page links, garbage and out-of-range pages answer normally, and another project's rows never appear.
import type { AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { createActivity, type ActivityValues } from "../../app/models/activity.server";
import { writeAudit } from "../../app/models/audit.server";
import { addDecision, createMeeting } from "../../app/models/steering.server";
import { loader as activitiesLoader } from "../../app/routes/prosjekter.$projectId.aktiviteter._index";
import { loader as projectLogLoader } from "../../app/routes/prosjekter.$projectId.logg";
import { loader as adminLogLoader } from "../../app/routes/admin.logg";
import { loader as steeringLoader, action as steeringAction } from "../../app/routes/prosjekter.$projectId.styring._index";
import { getAs as get, postAs as post, responseOf as outcome } from "./requests";

const context = {} as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";
const OTHER_LEADER = "prosjektleder2@trinnvis.test";
const ADMIN = "admin@trinnvis.test";

const values: ActivityValues = { title: "", startDate: "2031-01-01", endDate: null, typeId: "personalmote", stepId: "utfore", themeId: "iverksette", description: "", evidenceUrl: null, audiences: [], organisationIds: [] };

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  for (let day = 1; day <= 28; day++) createActivity({ projectId: 1, userId: 1, values: { ...values, title: `Rutetest ${day}`, startDate: `2031-02-${String(day).padStart(2, "0")}`, typeId: day % 2 ? "personalmote" : "nettside" } });
  createActivity({ projectId: 2, userId: 1, values: { ...values, title: "Rutetest i Levanger", startDate: "2031-03-01" } });
  for (let i = 0; i < 55; i++) writeAudit({ userId: 1, action: "read", entityType: "rutetest", entityId: i, projectId: 1 });
  writeAudit({ userId: 1, action: "read", entityType: "rutetest", entityId: "annet", projectId: 2 });
});

const load = async (loader: (args: LoaderFunctionArgs) => Promise<Response>, email: string, url: string, params: Record<string, string> = { projectId: "1" }) => {
  const response = await outcome(async () => loader({ request: await get(email, url), params, context }));
  expect(response.status).toBe(200);
  return response.json() as Promise<any>;
};

describe("activities", () => {
  it("shows page 2 of a search, 25 a page, newest first", async () => {
    const data = await load(activitiesLoader, LEADER, "/prosjekter/1/aktiviteter?sok=rutetest&side=2");
    expect(data.pages).toMatchObject({ total: 28, page: 2, pageCount: 2, first: 26, last: 28 });
    expect(data.activities.map((a: { title: string }) => a.title)).toEqual(["Rutetest 3", "Rutetest 2", "Rutetest 1"]);
  });

  it("keeps the other filters with the search", async () => {
    const data = await load(activitiesLoader, LEADER, "/prosjekter/1/aktiviteter?sok=RUTETEST&type=nettside&visning=tidslinje");
    expect(data.pages.total).toBe(14);
    expect(data.view).toBe("tidslinje");
    expect(data.activities.every((a: { typeId: string }) => a.typeId === "nettside")).toBe(true);
  });

  it("answers a page past the end with the last page, and garbage with the first", async () => {
    expect((await load(activitiesLoader, LEADER, "/prosjekter/1/aktiviteter?sok=rutetest&side=999")).pages.page).toBe(2);
    expect((await load(activitiesLoader, LEADER, "/prosjekter/1/aktiviteter?sok=rutetest&side=-1&type[]=x&fra=igår&organisasjon=abc")).pages).toMatchObject({ page: 1, total: 28 });
  });

  it("never shows another project's activities", async () => {
    const data = await load(activitiesLoader, LEADER, "/prosjekter/1/aktiviteter?sok=levanger");
    expect(data.pages.total).toBe(0);
    const other = await load(activitiesLoader, OTHER_LEADER, "/prosjekter/2/aktiviteter?sok=rutetest", { projectId: "2" });
    expect(other.activities.map((a: { title: string }) => a.title)).toEqual(["Rutetest i Levanger"]);
  });
});

describe("audit log", () => {
  it("pages the project's log with the filter, without a silent cap", async () => {
    const data = await load(projectLogLoader, LEADER, "/prosjekter/1/logg?objekt=rutetest&side=2");
    expect(data.pages).toMatchObject({ total: 55, page: 2, first: 51, last: 55 });
    expect(data.entries).toHaveLength(5);
    expect(data.entries.every((e: { projectId: number }) => e.projectId === 1)).toBe(true);
    expect(data.values.objekt).toBe("rutetest");
  });

  it("pages the whole log for the administrator, every project's entries counted", async () => {
    const data = await load(adminLogLoader, ADMIN, "/admin/logg?objekt=rutetest&side=abc", {});
    expect(data.pages).toMatchObject({ total: 56, page: 1, pageCount: 2 });
  });
});

describe("decisions on the steering dashboard", () => {
  it("pages and filters the decisions, and a status change returns to the same view", async () => {
    const meeting = createMeeting({ projectId: 1, userId: 1, date: "2031-01-01", place: "", notes: "", attendeeUserIds: [], otherAttendees: [] });
    const ids: number[] = [];
    for (let i = 1; i <= 27; i++) ids.push(addDecision({ projectId: 1, meetingId: meeting.id, userId: 1, values: { text: `Rutevedtak ${i}`, owner: "", ownerUserId: null, dueDate: `2032-01-${String(i).padStart(2, "0")}`, tiltakId: null, goalId: null, measureId: null } })!.id);
    const url = "/prosjekter/1/styring?vedtaksok=rutevedtak&vedtakside=2";
    const data = await load(steeringLoader, LEADER, url);
    expect(data.decisionPage.pages).toMatchObject({ total: 27, page: 2 });
    expect(data.decisionPage.decisions.map((d: { text: string }) => d.text)).toEqual(["Rutevedtak 26", "Rutevedtak 27"]);
    expect((await load(steeringLoader, LEADER, "/prosjekter/1/styring?vedtaksok=rutevedtak&vedtak=fullfort")).decisionPage.pages.total).toBe(0);
    expect((await load(steeringLoader, LEADER, "/prosjekter/1/styring?vedtaksok=rutevedtak&vedtak=tull")).decisionView).toBe("oppfolging");
    const changed = await outcome(async () =>
      steeringAction({ request: await post(LEADER, `${url}&index`, { intent: "vedtak-status", decisionId: String(ids[26]), version: "1", status: "fullfort" }), params: { projectId: "1" }, context }),
    );
    expect(changed.status).toBe(302);
    expect(changed.headers.get("Location")).toBe("/prosjekter/1/styring?vedtaksok=rutevedtak&vedtakside=2#styring-vedtak");
    expect((await load(steeringLoader, LEADER, "/prosjekter/1/styring?vedtaksok=rutevedtak&vedtak=fullfort")).decisionPage.decisions.map((d: { text: string }) => d.text)).toEqual(["Rutevedtak 27"]);
    // Another project's dashboard never lists them.
    expect((await load(steeringLoader, OTHER_LEADER, "/prosjekter/2/styring?vedtaksok=rutevedtak&vedtak=alle", { projectId: "2" })).decisionPage.pages.total).toBe(0);
  });
});

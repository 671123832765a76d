// Dates in a page's address (filters, «per dato») are read as people type them; one that cannot be
// read is left out and named beside its field, never an error page.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { loader as overviewLoader } from "../../app/routes/prosjekter.$projectId._index";
import { loader as activitiesLoader } from "../../app/routes/prosjekter.$projectId.aktiviteter._index";
import { loader as projectLogLoader } from "../../app/routes/prosjekter.$projectId.logg";
import { DATE_INPUT_PROBLEM } from "../../app/utils/dates";
import { getAs, responseOf } from "./requests";

const context = { clientAddress: "10.1.2.3" } as unknown as AppLoadContext;
const LEADER = "prosjektleder@trinnvis.test";
const params = { projectId: "1" };

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

type Loader = (args: { request: Request; params: Record<string, string>; context: AppLoadContext }) => unknown;
async function dataOf(loader: Loader, url: string) {
  const response = await responseOf(async () => loader({ request: await getAs(LEADER, url), params, context }));
  expect(response.status, url).toBe(200);
  return response.json();
}

describe("the activities filter", () => {
  it("reads fra and til as dd.mm.åååå or yyyy-mm-dd alike", async () => {
    const typed = await dataOf(activitiesLoader as Loader, "/prosjekter/1/aktiviteter?fra=01.01.2011&til=31.12.11");
    const stored = await dataOf(activitiesLoader as Loader, "/prosjekter/1/aktiviteter?fra=2011-01-01&til=2011-12-31");
    const all = await dataOf(activitiesLoader as Loader, "/prosjekter/1/aktiviteter");
    expect(typed.activities.length).toBeGreaterThan(0);
    expect(typed.activities.length).toBeLessThan(all.activities.length);
    expect(typed.activities.map((a: { id: number }) => a.id)).toEqual(stored.activities.map((a: { id: number }) => a.id));
    expect(typed.dateProblems).toEqual({ fra: null, til: null });
  });

  it("leaves out a date it cannot read and says why beside the field", async () => {
    const all = await dataOf(activitiesLoader as Loader, "/prosjekter/1/aktiviteter");
    const bad = await dataOf(activitiesLoader as Loader, "/prosjekter/1/aktiviteter?fra=31.02.2011&til=snart");
    expect(bad.activities.length).toBe(all.activities.length);
    expect(bad.dateProblems).toEqual({ fra: "31.02.2011 finnes ikke: februar 2011 har 28 dager.", til: DATE_INPUT_PROBLEM });
  });
});

describe("the audit log filter", () => {
  it("reads dd.mm.åååå, shows the day back, and names a date it ignored with the text as typed", async () => {
    // Reading the log is logged: the first read gives the second an entry inside the period.
    await dataOf(projectLogLoader as Loader, "/prosjekter/1/logg");
    const typed = await dataOf(projectLogLoader as Loader, "/prosjekter/1/logg?fra=01.01.2000&til=31.12.2099");
    expect(typed.values).toMatchObject({ fra: "2000-01-01", til: "2099-12-31" });
    expect(typed.entries.length).toBeGreaterThan(0);
    const bad = await dataOf(projectLogLoader as Loader, "/prosjekter/1/logg?fra=i%20fjor&til=31.12.2099");
    expect(bad.values).toMatchObject({ fra: "", til: "2099-12-31" });
    expect(bad.dateProblems).toEqual({ fra: { text: "i fjor", problem: DATE_INPUT_PROBLEM }, til: null });
  });
});

describe("the day a page judges the project as of", () => {
  it("takes ?dato=30.06.2010 as 2010-06-30, and falls back visibly on a day it cannot read", async () => {
    expect((await dataOf(overviewLoader as Loader, "/prosjekter/1?dato=30.06.2010")).asOf).toEqual({ asOf: "2010-06-30", basis: "valgt" });
    expect((await dataOf(overviewLoader as Loader, "/prosjekter/1?dato=2010-06-30")).asOf).toEqual({ asOf: "2010-06-30", basis: "valgt" });
    expect((await dataOf(overviewLoader as Loader, "/prosjekter/1?dato=29.02.2011")).asOf).toEqual({
      asOf: "2013-12-31",
      basis: "sluttdato",
      problem: "29.02.2011 finnes ikke: februar 2011 har 28 dager.",
      typed: "29.02.2011",
    });
  });
});

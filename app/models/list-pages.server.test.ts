// Pages of the long lists (activities, the audit log, decisions) against a migrated, seeded database:
// counts, offsets, search with LIKE's wildcards and Norwegian letters, and one project's rows only.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { createActivity, listActivities, pageOfActivities, type ActivityValues } from "./activity.server";
import { listAuditEntries, pageOfAuditEntries, writeAudit } from "./audit.server";
import { addDecision, createMeeting, pageOfDecisions, updateDecisionStatus } from "./steering.server";

const base: ActivityValues = {
  title: "",
  startDate: "2030-01-01",
  endDate: null,
  typeId: "personalmote",
  stepId: "utfore",
  themeId: "iverksette",
  description: "",
  evidenceUrl: null,
  audiences: [],
  organisationIds: [],
};

const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  // 30 activities in one search word, newest (highest day) first on page 1.
  for (let day = 1; day <= 30; day++) {
    createActivity({ projectId: 1, userId: 1, values: { ...base, title: `Sidetest ${day}`, startDate: `2031-01-${String(day).padStart(2, "0")}` } });
  }
  createActivity({ projectId: 1, userId: 1, values: { ...base, title: "Oppmøte 100% på Ørland", description: "Rådhuset" } });
  createActivity({ projectId: 1, userId: 1, values: { ...base, title: "Oppmøte 1000 i Grong" } });
  createActivity({ projectId: 1, userId: 1, values: { ...base, title: "Kurs i snake_case", description: "" } });
  createActivity({ projectId: 1, userId: 1, values: { ...base, title: "Kurs i snakeXcase" } });
  createActivity({ projectId: 2, userId: 1, values: { ...base, title: "Sidetest i Levanger" } });
});

describe("pages of activities", () => {
  it("counts the matching activities and gives each page its slice, newest first", () => {
    const first = pageOfActivities(1, { search: "sidetest" }, null, 25);
    expect(first.pages).toMatchObject({ total: 30, page: 1, pageCount: 2, first: 1, last: 25 });
    expect(first.rows[0].title).toBe("Sidetest 30");
    const second = pageOfActivities(1, { search: "sidetest" }, "2", 25);
    expect(second.pages).toMatchObject({ page: 2, first: 26, last: 30 });
    expect(titles(second.rows)).toEqual(["Sidetest 5", "Sidetest 4", "Sidetest 3", "Sidetest 2", "Sidetest 1"]);
    // Together the pages are the whole list, without gaps or repeats.
    expect([...titles(first.rows), ...titles(second.rows)]).toEqual(titles(listActivities(1, { search: "sidetest" })));
  });

  it("shows the last page for a page past the end, the first for garbage", () => {
    expect(pageOfActivities(1, { search: "sidetest" }, "40", 25).pages.page).toBe(2);
    expect(titles(pageOfActivities(1, { search: "sidetest" }, "40", 25).rows)).toContain("Sidetest 1");
    expect(pageOfActivities(1, { search: "sidetest" }, "'; drop table activities", 25).pages.page).toBe(1);
  });

  it("never shows another project's activities", () => {
    expect(titles(listActivities(1, { search: "Levanger" }))).toEqual([]);
    expect(titles(pageOfActivities(2, { search: "sidetest" }).rows)).toEqual(["Sidetest i Levanger"]);
  });

  it("takes % and _ literally", () => {
    expect(titles(listActivities(1, { search: "100%" }))).toEqual(["Oppmøte 100% på Ørland"]);
    expect(titles(listActivities(1, { search: "snake_case" }))).toEqual(["Kurs i snake_case"]);
    expect(listActivities(1, { search: "%" }).length).toBe(1);
  });

  it("ignores case, also for æ, ø and å, and searches the description too", () => {
    expect(titles(listActivities(1, { search: "ØRLAND" }))).toEqual(["Oppmøte 100% på Ørland"]);
    expect(titles(listActivities(1, { search: "oppMØTE" }))).toHaveLength(2);
    expect(titles(listActivities(1, { search: "rÅdhuset" }))).toEqual(["Oppmøte 100% på Ørland"]);
    // å is its own letter, not an a.
    expect(titles(listActivities(1, { search: "radhuset" }))).toEqual([]);
  });

  it("searches together with the other filters", () => {
    expect(pageOfActivities(1, { search: "sidetest", from: "2031-01-21" }).pages.total).toBe(10);
    expect(pageOfActivities(1, { search: "sidetest", typeId: "nettside" }).pages.total).toBe(0);
  });

  it("finds an activity by the name of an organisation it involved", () => {
    const named = listActivities(1).find((a) => a.organisations.length > 0)!;
    const name = named.organisations[0].name;
    expect(titles(listActivities(1, { search: name.toLocaleUpperCase("nb") }))).toContain(named.title);
  });
});

describe("pages of the audit log", () => {
  it("counts every entry, with no cap, and pages through them", () => {
    for (let i = 0; i < 60; i++) writeAudit({ userId: 1, action: "read", entityType: "sidetest", entityId: i, projectId: 2 });
    const all = listAuditEntries({ projectId: 2, entityType: "sidetest" });
    expect(all).toHaveLength(60);
    const second = pageOfAuditEntries({ projectId: 2, entityType: "sidetest" }, "2", 50);
    expect(second.pages).toMatchObject({ total: 60, page: 2, pageCount: 2, first: 51, last: 60 });
    expect(second.entries.map((e) => e.id)).toEqual(all.slice(50).map((e) => e.id));
    expect(pageOfAuditEntries({ projectId: 1, entityType: "sidetest" }).pages.total).toBe(0);
  });

  it("has more than 500 entries in a page count when the log is that long", () => {
    for (let i = 0; i < 520; i++) writeAudit({ userId: 1, action: "read", entityType: "langlogg", entityId: i, projectId: 2 });
    const { pages } = pageOfAuditEntries({ entityType: "langlogg" }, "11", 50);
    expect(pages).toMatchObject({ total: 520, page: 11, pageCount: 11, first: 501, last: 520 });
  });
});

describe("pages of decisions", () => {
  it("filters by status, overdue and search, in the project only", () => {
    const meeting = createMeeting({ projectId: 1, userId: 1, date: "2031-01-01", place: "", notes: "", attendeeUserIds: [], otherAttendees: [] });
    const decide = (text: string, dueDate: string) => addDecision({ projectId: 1, meetingId: meeting.id, userId: 1, values: { text, owner: "Åse", ownerUserId: null, dueDate, tiltakId: null, goalId: null, measureId: null } })!;
    decide("Vedtakstest forfalt", "2031-01-10");
    decide("Vedtakstest senere", "2031-03-01");
    const done = decide("Vedtakstest ferdig", "2031-01-05");
    expect(updateDecisionStatus({ projectId: 1, decisionId: done.id, userId: 1, version: done.version, status: "fullfort" }).status).toBe("saved");
    const texts = (view: Parameters<typeof pageOfDecisions>[1]["view"], search = "vedtakstest") => pageOfDecisions(1, { view, search, today: "2031-02-01" }).decisions.map((d) => d.text);
    expect(texts("oppfolging")).toEqual(["Vedtakstest forfalt", "Vedtakstest senere"]);
    expect(texts("forfalt")).toEqual(["Vedtakstest forfalt"]);
    expect(texts("fullfort")).toEqual(["Vedtakstest ferdig"]);
    expect(texts("alle")).toHaveLength(3);
    expect(pageOfDecisions(1, { view: "alle", search: "åSE", today: "2031-02-01" }).pages.total).toBeGreaterThanOrEqual(3);
    // The meeting belongs to project 1, so project 2 cannot see its decisions.
    expect(pageOfDecisions(2, { view: "alle", search: "vedtakstest", today: "2031-02-01" }).pages.total).toBe(0);
  });

  it("pages through many decisions", () => {
    const meeting = createMeeting({ projectId: 1, userId: 1, date: "2031-02-01", place: "", notes: "", attendeeUserIds: [], otherAttendees: [] });
    for (let i = 1; i <= 27; i++) addDecision({ projectId: 1, meetingId: meeting.id, userId: 1, values: { text: `Mange ${i}`, owner: "", ownerUserId: null, dueDate: `2032-01-${String(i).padStart(2, "0")}`, tiltakId: null, goalId: null, measureId: null } });
    const second = pageOfDecisions(1, { view: "oppfolging", search: "mange", today: "2031-02-01" }, "2", 25);
    expect(second.pages).toMatchObject({ total: 27, page: 2, first: 26, last: 27 });
    expect(second.decisions.map((d) => d.text)).toEqual(["Mange 26", "Mange 27"]);
  });
});

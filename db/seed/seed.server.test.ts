import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../client.server";
import * as t from "../schema";
import { seedDemoDataIfEmpty } from "./seed.server";
import { loadContent, themeBelongsToStep } from "../../app/utils/content.server";

const db = () => getDb();

describe("demo data", () => {
  beforeAll(async () => {
    expect(await seedDemoDataIfEmpty(db())).toBe(true);
  });

  it("seeds only an empty database", async () => {
    expect(await seedDemoDataIfEmpty(db())).toBe(false);
    expect(db().select({ n: count() }).from(t.projects).get()!.n).toBe(2);
  });

  it("re-enacts the seed report's organisation: 16 municipalities in three regions, the hospital trust, NAV and Mental Helse", () => {
    const rows = db()
      .select({ name: t.organisations.name, level: t.organisations.level, region: t.projectOrganisations.region })
      .from(t.projectOrganisations)
      .innerJoin(t.organisations, eq(t.organisations.id, t.projectOrganisations.organisationId))
      .where(eq(t.projectOrganisations.projectId, 1))
      .all();
    const municipalities = rows.filter((r) => r.level === "kommune");
    expect(municipalities).toHaveLength(16);
    expect(new Set(municipalities.map((m) => m.region))).toEqual(new Set(["Ytre Namdal", "Indre Namdal", "Midtre Namdal"]));
    expect(rows.filter((r) => r.level === "spesialisthelsetjeneste").map((r) => r.name).sort()).toEqual([
      "DPS Kolvereid",
      "Helse Nord-Trøndelag HF",
      "Sykehuset Namsos",
    ]);
    expect(rows.some((r) => r.level === "nav")).toBe(true);
    expect(rows.some((r) => r.name === "Mental Helse")).toBe(true);
  });

  it("has the two phases, the main goal and six sub-goals", () => {
    const phases = db().select().from(t.projectPhases).where(eq(t.projectPhases.projectId, 1)).all();
    expect(phases.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ["Forprosjekt", "2009-11-01", "2010-06-30"],
      ["Hovedprosjekt", "2010-09-01", "2013-12-31"],
    ]);
    const goals = db().select().from(t.goals).where(eq(t.goals.projectId, 1)).all();
    expect(goals.filter((g) => g.kind === "hovedmal")).toHaveLength(1);
    expect(goals.filter((g) => g.kind === "delmal").map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("places every activity in a step and theme that exist, between 2009 and 2012", () => {
    const content = loadContent();
    const activities = db().select().from(t.activities).where(eq(t.activities.projectId, 1)).all();
    expect(activities.length).toBeGreaterThanOrEqual(25);
    for (const a of activities) {
      expect(themeBelongsToStep(content, a.stepId, a.themeId), `${a.title}: ${a.stepId}/${a.themeId}`).toBe(true);
      expect(content.activityTypes.activityTypes.some((type) => type.id === a.typeId)).toBe(true);
      expect(a.startDate >= "2009-01-01" && a.startDate <= "2012-12-31").toBe(true);
    }
    expect(activities.some((a) => a.stepId === "kontrollere")).toBe(false);
  });

  it("visits all 16 municipalities in the spring 2011 round", () => {
    const round = db().select().from(t.activities).where(and(eq(t.activities.projectId, 1), eq(t.activities.title, "Besøksrunde til alle de 16 kommunene"))).get()!;
    expect(round.startDate.startsWith("2011")).toBe(true);
    const reached = db().select().from(t.activityOrganisations).where(eq(t.activityOrganisations.activityId, round.id)).all();
    expect(reached).toHaveLength(16);
  });

  it("has the dialogue conferences with about 130 participants over the project", () => {
    const conferences = db().select().from(t.conferences).where(eq(t.conferences.projectId, 1)).all();
    expect(conferences).toHaveLength(5);
    const total = db()
      .select({ n: t.conferenceParticipants.count })
      .from(t.conferenceParticipants)
      .innerJoin(t.conferences, eq(t.conferences.id, t.conferenceParticipants.conferenceId))
      .where(eq(t.conferences.projectId, 1))
      .all()
      .reduce((sum, r) => sum + r.n, 0);
    expect(total).toBeGreaterThanOrEqual(120);
    expect(total).toBeLessThanOrEqual(140);
  });

  it("has the prioritised and non-prioritised tiltak, the standardised ones after a hearing", () => {
    const tiltak = db().select().from(t.tiltak).where(eq(t.tiltak.projectId, 1)).all();
    expect(tiltak.filter((x) => x.priority === "prioritert")).toHaveLength(8);
    expect(tiltak.filter((x) => x.priority === "ikke_prioritert")).toHaveLength(3);
    const standardised = tiltak.filter((x) => x.status === "standardisert");
    expect(standardised.map((x) => x.title).sort()).toEqual(["Selvhjelpsplan / kriseplan", "Utfyllende henvisning (henvisningsvedlegg)"]);
    for (const x of standardised) {
      expect(db().select().from(t.tiltakHearings).where(eq(t.tiltakHearings.tiltakId, x.id)).all()).toHaveLength(1);
    }
  });

  it("keeps the mapping results as measures and flags every generated series as illustrative", () => {
    const measures = db().select().from(t.measures).all();
    const mapping = measures.filter((m) => m.dataSource === "Kartlegging våren 2010");
    expect(mapping).toHaveLength(6);
    expect(mapping.every((m) => !m.isIllustrative)).toBe(true);
    const generated = measures.filter((m) => m.dataSource === "Generert demodata");
    expect(generated.length).toBeGreaterThan(0);
    expect(generated.every((m) => m.isIllustrative && m.name.includes("illustrativ"))).toBe(true);
  });

  it("gives the second project a different project leader, and the advisor a role in both", () => {
    const leaders = db()
      .select({ projectId: t.projectMemberships.projectId, email: t.users.email })
      .from(t.projectMemberships)
      .innerJoin(t.users, eq(t.users.id, t.projectMemberships.userId))
      .where(eq(t.projectMemberships.role, "prosjektleder"))
      .all();
    expect(leaders).toEqual([
      { projectId: 1, email: "prosjektleder@trinnvis.test" },
      { projectId: 2, email: "prosjektleder2@trinnvis.test" },
    ]);
    const advisor = db()
      .select({ projectId: t.projectMemberships.projectId })
      .from(t.projectMemberships)
      .innerJoin(t.users, eq(t.users.id, t.projectMemberships.userId))
      .where(eq(t.users.email, "radgiver@trinnvis.test"))
      .all();
    expect(advisor.map((a) => a.projectId)).toEqual([1, 2]);
  });
});

// Model functions against a real migrated SQLite database with the demo data.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { listGoalsWithLatestStatus } from "./goal.server";
import { getMembership, listProjectPeople, removeMember, upsertMembership } from "./membership.server";
import { pointValue } from "../domain/measure-series";
import { listMeasureSummaries } from "./measure.server";
import { createOrganisation, findOrganisation, listProjectOrganisations } from "./organisation.server";
import { updateProjectDetails } from "./project-details.server";
import { getProject, listProjectsForUser, listStepWork } from "./project.server";
import { createSession, getSessionByToken } from "./session.server";
import { createUser, getUserByEmail, setUserPassword } from "./user.server";

const userId = (email: string) => getUserByEmail(email)!.id;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("projects", () => {
  it("lists only the projects a user is a member of, with the role there", () => {
    expect(listProjectsForUser(userId("prosjektleder@trinnvis.test")).map((p) => [p.id, p.role])).toEqual([[1, "prosjektleder"]]);
    expect(listProjectsForUser(userId("radgiver@trinnvis.test")).map((p) => p.role)).toEqual(["radgiver", "radgiver"]);
    expect(listProjectsForUser(userId("admin@trinnvis.test"))).toEqual([]);
  });

  it("collects activities and conferences as work placed in steps", () => {
    const work = listStepWork(1);
    expect(work.some((w) => w.title === "Dialogkonferanse Indre Namdal" && w.themeId === "forankre")).toBe(true);
    expect(work.some((w) => w.title === "Oppstartsseminar for prosjektet")).toBe(true);
    expect(listStepWork(2).some((w) => w.title.startsWith("Dialogkonferanse"))).toBe(false);
  });

  it("lists the project's organisations with their region", () => {
    const orgs = listProjectOrganisations(1);
    expect(orgs.find((o) => o.name === "Grong kommune")?.region).toBe("Indre Namdal");
    expect(listProjectOrganisations(2).map((o) => o.name)).not.toContain("Grong kommune");
  });
});

describe("updateProjectDetails", () => {
  const details = (name: string) => ({ name, description: "", owner: "", funder: "", targetGroup: "", startDate: "2018-09-01", endDate: "2020-12-31", protectSmallCounts: true });

  it("saves against the version read and refuses a stale version, returning what is stored", () => {
    const before = getProject(2)!;
    const first = updateProjectDetails({ projectId: 2, version: before.version, userId: 1, details: details("Først") });
    expect(first).toEqual({ ok: true, version: before.version + 1 });
    const stale = updateProjectDetails({ projectId: 2, version: before.version, userId: 1, details: details("Sist") });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.current).toMatchObject({ name: "Først", version: before.version + 1 });
    expect(getProject(2)!.name).toBe("Først");
  });
});

describe("memberships", () => {
  it("adds a member, changes the role, and removes the membership", async () => {
    const user = await createUser({ email: "gjest@trinnvis.test", name: "Gjest", password: null });
    const created = upsertMembership({ projectId: 2, userId: user.id, role: "styringsgruppe" });
    expect(getMembership(2, user.id)).toEqual({ role: "styringsgruppe" });
    upsertMembership({ projectId: 2, userId: user.id, role: "radgiver", position: "Veileder" });
    expect(getMembership(2, user.id)).toEqual({ role: "radgiver" });
    expect(listProjectPeople(2).find((p) => p.userId === user.id)?.position).toBe("Veileder");
    expect(removeMember({ projectId: 2, membershipId: created.id, userId: user.id })).toEqual({ status: "saved" });
    expect(getMembership(2, user.id)).toBeNull();
  });
});

describe("organisations", () => {
  it("finds an organisation by name and level only", () => {
    createOrganisation({ name: "Steinkjer kommune", level: "kommune" });
    expect(findOrganisation(" Steinkjer kommune ", "kommune")?.name).toBe("Steinkjer kommune");
    expect(findOrganisation("Steinkjer kommune", "nav")).toBeNull();
  });
});

describe("users and sessions", () => {
  it("a new password ends the sessions made with the old one", async () => {
    const id = userId("medarbeider@trinnvis.test");
    const { token } = createSession(id);
    expect(getSessionByToken(token)?.user.id).toBe(id);
    await setUserPassword(id, "et-nytt-langt-passord");
    expect(getSessionByToken(token)).toBeNull();
  });
});

describe("goals and measures", () => {
  it("lists the main goal first and each goal's latest status", () => {
    const goals = listGoalsWithLatestStatus(1);
    expect(goals[0].kind).toBe("hovedmal");
    expect(goals.slice(1).map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(goals.find((g) => g.number === 1)).toMatchObject({ status: "nadd", statusDate: "2010-09-01" });
  });

  it("summarises each measure's points with its latest value", () => {
    const measures = listMeasureSummaries(1);
    const hospitalGroups = measures.find((m) => m.name.startsWith("Andel kartlagte pasienter med ansvarsgruppe – sykehus"))!;
    expect(hospitalGroups.pointCount).toBe(1);
    expect(hospitalGroups.latestValue).toBeCloseTo((111 / 217) * 100, 10);
    const generated = measures.find((m) => m.isIllustrative)!;
    expect(generated.pointCount).toBe(16);
    expect(generated.latestDate).toBe("2012-12-01");
  });

  it("computes a point's value from value or numerator and denominator", () => {
    expect(pointValue({ value: 4, numerator: null, denominator: null }, 100)).toBe(4);
    expect(pointValue({ value: null, numerator: 1, denominator: 4 }, 100)).toBe(25);
    expect(pointValue({ value: null, numerator: 1, denominator: 0 }, 100)).toBeNull();
  });
});

import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { projects, users } from "../../db/schema";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { TRANSFER_TABLES } from "./project-transfer-spec.server";
import { exportProject, importProject, ImportError, type ProjectExport } from "./project-transfer.server";
import { listTiltakOptions, recordEvaluation } from "./tiltak.server";

const withoutTimestamp = (data: ProjectExport) => ({ ...data, exportedAt: "" });
const projectCount = () => getDb().select({ n: count() }).from(projects).get()!.n;

describe("project export and import", () => {
  let original: ProjectExport;

  beforeAll(async () => {
    await seedDemoDataIfEmpty(getDb());
    original = exportProject(1)!;
  });

  it("exports every table of the data model that belongs to a project", () => {
    expect(original.format).toBe("trinnvis-prosjekt");
    expect(original.version).toBe(1);
    expect(Object.keys(original.tables)).toEqual(TRANSFER_TABLES.map((t) => t.name));
    expect(original.tables.activities.length).toBeGreaterThan(20);
    expect(original.tables.conferences).toHaveLength(5);
    expect(original.organisations.filter((o) => o.level === "kommune")).toHaveLength(16);
    expect(original.tables.projectMemberships.every((m) => typeof m.userId === "string" && String(m.userId).includes("@"))).toBe(true);
  });

  it("export, import, export gives the same data", () => {
    const { projectId } = importProject(JSON.parse(JSON.stringify(original)));
    expect(projectId).not.toBe(1);
    const again = exportProject(projectId)!;
    expect(withoutTimestamp(again)).toEqual(withoutTimestamp(original));
  });

  it("carries tiltak evaluations and the dates facts became true", () => {
    const tiltakId = listTiltakOptions(1)[0].id;
    recordEvaluation({ projectId: 1, tiltakId, userId: 1, values: { date: "2013-06-01", method: "gjennomgang", result: "Brukes i alle kommunene", decision: "fortsette", nextEvaluationDate: "2014-06-01" } });
    const file = exportProject(1)!;
    expect(file.tables.tiltakEvaluations).toEqual([expect.objectContaining({ date: "2013-06-01", decision: "fortsette", nextEvaluationDate: "2014-06-01" })]);
    expect(file.tables.tiltakStatusHistory.every((h) => /^\d{4}-\d{2}-\d{2}$/.test(String(h.effectiveDate)))).toBe(true);
    expect(file.tables.projectMemberships.find((m) => m.userId === "siri.moe@trinnvis.test")).toMatchObject({ since: "2011-04-01" });
    const { projectId } = importProject(JSON.parse(JSON.stringify(file)));
    expect(withoutTimestamp(exportProject(projectId)!)).toEqual(withoutTimestamp(file));
  });

  it("gives null for a project that does not exist", () => {
    expect(exportProject(9999)).toBeNull();
  });

  it("refuses a file of another format and saves nothing", () => {
    const before = projectCount();
    expect(() => importProject({ ...original, format: "noe-annet" })).toThrow(/ikke en Trinnvis-eksport/);
    expect(() => importProject({ ...original, version: 2 })).toThrow(/versjon 2 av formatet/);
    expect(() => importProject("tekst")).toThrow(ImportError);
    expect(projectCount()).toBe(before);
  });

  it("is all or nothing: a broken row late in the file leaves no project behind", () => {
    const before = projectCount();
    const broken = structuredClone(original);
    broken.tables.dataPoints[0] = { ...broken.tables.dataPoints[0], measureId: 999 };
    let error: unknown;
    try {
      importProject(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems[0]).toMatch(/dataPoints rad 1, felt measureId/);
    expect(projectCount()).toBe(before);
  });

  it("reports a field that breaks the schema with table, row and field", () => {
    const broken = structuredClone(original);
    broken.tables.tiltak[2] = { ...broken.tables.tiltak[2], status: "ferdig" };
    expect(() => importProject(broken)).toThrow(/tiltak rad 3, felt status: har en verdi som ikke er tillatt/);
  });

  it("refuses a date that does not exist, in bokmål", () => {
    const broken = structuredClone(original);
    broken.tables.activities[4] = { ...broken.tables.activities[4], startDate: "2011-02-30" };
    expect(() => importProject(broken)).toThrow(/activities rad 5, felt startDate: må være en dato \(ÅÅÅÅ-MM-DD\) som finnes/);
  });

  it("names an unknown field", () => {
    const broken = structuredClone(original);
    broken.tables.goals[0] = { ...broken.tables.goals[0], hemmelig: 1 };
    expect(() => importProject(broken)).toThrow(/goals rad 1, felt \(rad\): har ukjente felter: hemmelig/);
  });

  it("creates people it does not know, without a password", () => {
    const file = structuredClone(original);
    file.tables.projectMemberships[0] = { ...file.tables.projectMemberships[0], userId: "ny.person@example.org" };
    importProject(file);
    const created = getDb().select().from(users).where(eq(users.email, "ny.person@example.org")).get();
    expect(created?.passwordHash).toBeNull();
  });
});

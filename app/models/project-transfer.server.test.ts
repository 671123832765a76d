import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { projects, reports, reportVersions, stepReviews, sustainabilityRounds, users } from "../../db/schema";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { TOO_LARGE } from "../domain/measure-import";
import { isNationalIdNumber, NATIONAL_ID_MESSAGE } from "../domain/national-id";
import { unfreeze } from "./project-import-validation.server";
import { TRANSFER_TABLES } from "./project-transfer-spec.server";
import { checkProjectFile, exportProject, importProject, ImportError, parseProjectFile, type ProjectExport } from "./project-transfer.server";
import { listTiltakOptions, recordEvaluation } from "./tiltak.server";

const withoutTimestamp = (data: ProjectExport) => ({ ...data, exportedAt: "" });
/** What an import of `data` gives back on export: the file, with what a person froze unfrozen. */
const asImported = (data: ProjectExport) => withoutTimestamp({ ...data, tables: unfreeze(data.tables).tables });
/** The problems an import of `data` reports, or none if it imports. */
function problemsOf(data: unknown): string[] {
  try {
    importProject(data);
    return [];
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
}
/** A fødselsnummer that passes both control digits (made up: the first that does for 1 January 1990). */
const nationalId = () => {
  for (let n = 0; n < 100000; n++) {
    const candidate = `010190${String(n).padStart(5, "0")}`;
    if (isNationalIdNumber(candidate)) return candidate;
  }
  throw new Error("no candidate");
};
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

  it("export, import, export gives the same data, but for what a person froze", () => {
    const { projectId, notes } = importProject(JSON.parse(JSON.stringify(original)));
    expect(projectId).not.toBe(1);
    const again = exportProject(projectId)!;
    expect(withoutTimestamp(again)).toEqual(asImported(original));
    // The demo's signed round is the only thing that differs.
    expect(notes).toEqual([expect.stringContaining("«Statusrapporten januar 2013» var signert")]);
    const second = exportProject(2)!;
    expect(withoutTimestamp(exportProject(importProject(JSON.parse(JSON.stringify(second))).projectId)!)).toEqual(withoutTimestamp(second));
  });

  it("carries tiltak evaluations and the dates facts became true", () => {
    const tiltakId = listTiltakOptions(1)[0].id;
    recordEvaluation({ projectId: 1, tiltakId, userId: 1, values: { date: "2013-06-01", method: "gjennomgang", result: "Brukes i alle kommunene", decision: "fortsette", nextEvaluationDate: "2014-06-01" } });
    const file = exportProject(1)!;
    expect(file.tables.tiltakEvaluations).toEqual([expect.objectContaining({ date: "2013-06-01", decision: "fortsette", nextEvaluationDate: "2014-06-01" })]);
    expect(file.tables.tiltakStatusHistory.every((h) => /^\d{4}-\d{2}-\d{2}$/.test(String(h.effectiveDate)))).toBe(true);
    expect(file.tables.projectMemberships.find((m) => m.userId === "siri.moe@trinnvis.test")).toMatchObject({ since: "2011-04-01" });
    const { projectId } = importProject(JSON.parse(JSON.stringify(file)));
    expect(withoutTimestamp(exportProject(projectId)!)).toEqual(asImported(file));
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

  it("refuses a date typed as a form would take it (01.03.2013) in every date column, not only those named …Date", () => {
    const typedAsInForms = structuredClone(original);
    const measure = typedAsInForms.tables.measures[0];
    expect(measure, "the demo export has a measure").toBeTruthy();
    typedAsInForms.tables.measures[0] = { ...measure, continuesSince: "01.03.2013" };
    expect(() => importProject(typedAsInForms)).toThrow(/measures rad 1, felt continuesSince: må være en dato \(ÅÅÅÅ-MM-DD\) som finnes/);
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

  it("refuses a negative denominator, with the form's message at table, row and field", async () => {
    const before = projectCount();
    const broken = structuredClone(original);
    const index = broken.tables.dataPoints.findIndex((p) => p.denominator != null);
    broken.tables.dataPoints[index] = { ...broken.tables.dataPoints[index], denominator: -5 };
    const expected = `dataPoints rad ${index + 1}, felt denominator: Nevneren må være større enn 0`;
    // As in the form, the numerator is then also above the denominator.
    expect(problemsOf(broken)).toEqual([expected, `dataPoints rad ${index + 1}, felt numerator: Telleren kan ikke være større enn nevneren`]);
    await expect(checkProjectFile(broken, async () => {})).rejects.toMatchObject({ problems: expect.arrayContaining([expected]) });
    expect(projectCount()).toBe(before);
  });

  it("refuses a numerator above the denominator of a proportion, and a value where the measure has none", () => {
    const broken = structuredClone(original);
    const index = broken.tables.dataPoints.findIndex((p) => p.denominator != null);
    broken.tables.dataPoints[index] = { ...broken.tables.dataPoints[index], numerator: 100, denominator: 200, value: 12 };
    expect(problemsOf(broken)).toEqual([`dataPoints rad ${index + 1}, felt value: Skal være tomt for denne typen måling`]);
    broken.tables.dataPoints[index] = { ...broken.tables.dataPoints[index], numerator: 300, value: null };
    expect(problemsOf(broken)).toEqual([`dataPoints rad ${index + 1}, felt numerator: Telleren kan ikke være større enn nevneren`]);
  });

  it("refuses an infinite or too large number (1e400 in the file's text reads as Infinity)", () => {
    const text = JSON.stringify(original).replace(/"numerator":111,/, '"numerator":1e400,');
    const data = parseProjectFile(text) as ProjectExport;
    const index = data.tables.dataPoints.findIndex((p) => p.numerator === Infinity);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(problemsOf(data)).toEqual([`dataPoints rad ${index + 1}, felt numerator: ${TOO_LARGE}`]);
    const large = structuredClone(original);
    large.tables.measures[0] = { ...large.tables.measures[0], target: 1e13 };
    expect(problemsOf(large)).toEqual([`measures rad 1, felt target: ${TOO_LARGE}`]);
  });

  it("refuses a measure whose target can never be reached in its scale, with the form's message at the target field", () => {
    const wrongScale = structuredClone(original);
    const index = wrongScale.tables.measures.findIndex((m) => m.kind === "andel");
    expect(index).toBeGreaterThanOrEqual(0);
    wrongScale.tables.measures[index] = { ...wrongScale.tables.measures[index], unit: "%", multiplier: 1, target: 50 };
    expect(problemsOf(wrongScale)).toEqual([`measures rad ${index + 1}, felt target: Målet 50 er større enn 1, som er alle på skala 1. Mente du 0,5, eller skala 100 for prosent?`]);
    // A warning (a per-cent unit on scale 1) does not stop an import.
    const onlyWarned = structuredClone(original);
    onlyWarned.tables.measures[index] = { ...onlyWarned.tables.measures[index], unit: "%", multiplier: 1, target: 0.5 };
    expect(problemsOf(onlyWarned)).toEqual([]);
  });

  it("never takes the project's id from the file: the database gives a new one, and project 1 stays as it was", () => {
    const before = exportProject(1)!;
    const file = structuredClone(original) as ProjectExport & { project: Record<string, unknown> };
    file.project = { ...file.project, id: 1, name: "Kopi med id" };
    file.tables.goals[0] = { ...file.tables.goals[0], projectId: 1 };
    const { projectId } = importProject(file);
    expect(projectId).not.toBe(1);
    expect(getDb().select().from(projects).where(eq(projects.id, projectId)).get()?.name).toBe("Kopi med id");
    expect(withoutTimestamp(exportProject(1)!)).toEqual(withoutTimestamp(before));
    expect(exportProject(projectId)!.tables.goals).toEqual(original.tables.goals);
  });

  it("refuses a reference to an id that is not in the file, and an id used twice", () => {
    const broken = structuredClone(original);
    broken.tables.tiltakGoals[0] = { ...broken.tables.tiltakGoals[0], goalId: 99 };
    broken.tables.goals[1] = { ...broken.tables.goals[1], id: broken.tables.goals[0].id };
    expect(problemsOf(broken)).toEqual(
      expect.arrayContaining(["goals rad 2, felt id: 1 er brukt av en rad før", "tiltakGoals rad 1, felt goalId: viser til noe som ikke finnes i filen (99)"]),
    );
  });

  it("imports a signed round as open: the signature is the advisor's, not the file's", () => {
    expect(original.tables.sustainabilityRounds[0]).toMatchObject({ status: "signert", signedBy: "radgiver@trinnvis.test" });
    const { projectId, notes } = importProject(structuredClone(original));
    const round = getDb().select().from(sustainabilityRounds).where(eq(sustainabilityRounds.projectId, projectId)).get();
    expect(round).toMatchObject({ status: "apen", signedAt: null, signedBy: null });
    expect(notes.join(" ")).toMatch(/importert som åpen/);
    // Still open, so the advisor can sign it in Trinnvis: the freezing triggers do not hold it.
    expect(() => getDb().update(sustainabilityRounds).set({ title: "Endret" }).where(eq(sustainabilityRounds.id, round!.id)).run()).not.toThrow();
  });

  it("imports a sent report as a draft without its frozen versions, and leaves decided steps out", () => {
    const file = structuredClone(original);
    const at = "2013-02-01T10:00:00.000Z";
    file.tables.reports = [{ id: 1, title: "Sluttrapport", periodStart: "2012-01-01", periodEnd: "2012-12-31", status: "sendt", createdAt: at, version: 2 }];
    file.tables.reportSections = [{ reportId: 1, sectionKey: "oppsummering", text: "Tekst" }];
    file.tables.reportVersions = [{ id: 1, reportId: 1, versionNumber: 1, frozenAt: at, frozenBy: "radgiver@trinnvis.test", contentJson: "{}" }];
    file.tables.stepReviews = [
      { id: 1, stepId: "forberedelse", requestedBy: "prosjektleder@trinnvis.test", requestedAt: at, justification: "Ferdig", status: "godkjent", decidedBy: "styringsgruppe@trinnvis.test", decidedAt: at, comment: "" },
      { id: 2, stepId: "planlegge", requestedBy: "prosjektleder@trinnvis.test", requestedAt: at, justification: "Ferdig", status: "venter", decidedBy: null, decidedAt: null, comment: "" },
    ];
    const { projectId, notes } = importProject(file);
    const db = getDb();
    const report = db.select().from(reports).where(eq(reports.projectId, projectId)).get()!;
    expect(report.status).toBe("utkast");
    expect(db.select().from(reportVersions).where(eq(reportVersions.reportId, report.id)).all()).toEqual([]);
    expect(db.select().from(stepReviews).where(eq(stepReviews.projectId, projectId)).all().map((r) => r.status)).toEqual(["venter"]);
    expect(notes).toHaveLength(4);
  });

  it("refuses a fødselsnummer in free text, wherever it is", () => {
    const id = nationalId();
    const broken = structuredClone(original);
    broken.tables.goalStatusEntries[1] = { ...broken.tables.goalStatusEntries[1], comment: `Gjelder pasient ${id}` };
    broken.project = { ...broken.project, description: `Startet for ${id.slice(0, 6)} ${id.slice(6)}` };
    expect(problemsOf(broken)).toEqual([`prosjektet, felt description: ${NATIONAL_ID_MESSAGE}`, `goalStatusEntries rad 2, felt comment: ${NATIONAL_ID_MESSAGE}`]);
  });

  it("applies the forms' other rules: lengths, dates in the future, choices from content/", () => {
    const broken = structuredClone(original);
    broken.tables.goals[0] = { ...broken.tables.goals[0], title: "x".repeat(501) };
    broken.tables.tiltakStatusHistory[0] = { ...broken.tables.tiltakStatusHistory[0], effectiveDate: "2999-01-01" };
    broken.tables.activities[0] = { ...broken.tables.activities[0], typeId: "ukjent" };
    broken.tables.conferences[0] = { ...broken.tables.conferences[0], endDate: "2000-01-01" };
    expect(problemsOf(broken)).toEqual([
      "goals rad 1, felt title: Mål kan ikke være lengre enn 500 tegn",
      "activities rad 1, felt typeId: Velg type aktivitet",
      "conferences rad 1, felt endDate: Sluttdato kan ikke være før dato",
      "tiltakStatusHistory rad 1, felt effectiveDate: Gjelder fra kan ikke være fram i tid",
    ]);
  });

  it("answers text that is not JSON with a message in bokmål", () => {
    expect(() => parseProjectFile('{"format": "trinnvis-prosjekt",')).toThrow(ImportError);
    expect(() => parseProjectFile("{ ikke json }")).toThrow(/Filen er ikke gyldig JSON \(feil ved tegn 3\)/);
    expect(parseProjectFile("\uFEFF{\"a\": 1}")).toEqual({ a: 1 });
  });
});

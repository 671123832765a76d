import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { clearReadinessAnswer, listSnapshots, projectReadiness, saveReadinessAnswer, takeSnapshot } from "./readiness.server";
import { getUserByEmail } from "./user.server";

const HELT = 1;
// The status report was written in January 2013; the project ended 31.12.2013.
const REPORT_DATE = "2013-02-01";

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

const check = (asOf: string, id: string) => projectReadiness(HELT, asOf).checks.find((c) => c.id === id)!;

describe("readiness of the demo project, against the seed report's conclusions", () => {
  for (const asOf of [REPORT_DATE, "2013-12-31"]) {
    describe(`as of ${asOf}`, () => {
      it("is not ready for operation", () => {
        expect(projectReadiness(HELT, asOf).verdict).toBe("ikke_klar");
      });

      it("finds no data to analyse the main goal against", () => {
        expect(check(asOf, "mal-har-data")).toMatchObject({ status: "ikke_bestatt", detail: expect.stringContaining("Det finnes ingen data å analysere hovedmålet mot.") });
      });

      it("finds the measuring tools not chosen", () => {
        expect(check(asOf, "malinger-i-drift")).toMatchObject({ status: "ikke_bestatt", detail: expect.stringContaining("måleverktøy") });
      });

      it("finds the pathway itself not finished", () => {
        expect(check(asOf, "prioriterte-tiltak-ferdige")).toMatchObject({ status: "ikke_bestatt", detail: expect.stringContaining("Samhandlingsmodell som helhetlig pasientforløp") });
      });

      it("has users still to be brought into the design, as the project leader answered", () => {
        expect(check(asOf, "brukere-velger-malinger")).toMatchObject({ status: "ikke_bestatt", evidence: expect.stringContaining("Statusrapporten") });
      });

      it("has leaders at all levels still to confirm", () => {
        const leaders = check(asOf, "ledere-forankret");
        expect(leaders.status).toBe("ikke_bestatt");
        expect(leaders.todo).toContain("ledere på alle nivåer");
      });

      it("credits the tiltak sent on hearing and standardised with a yearly evaluation", () => {
        expect(check(asOf, "horing-og-evaluering")).toMatchObject({ status: "bestatt", detail: expect.stringContaining("2 standardiserte tiltak") });
      });

      it("credits continuation through the cooperation agreements", () => {
        expect(check(asOf, "samarbeidsavtaler").status).toBe("bestatt");
      });
    });
  }

  it("credits the signed audit as recent at the time of the report, and not a year later", () => {
    expect(check(REPORT_DATE, "barekraftsrunde").status).toBe("bestatt");
    expect(check("2013-12-31", "barekraftsrunde").status).toBe("ikke_bestatt");
  });
});

describe("answers and snapshots", () => {
  it("marks a check not relevant with its reason, and removing the answer brings the computed result back", () => {
    const userId = getUserByEmail("prosjektleder@trinnvis.test")!.id;
    saveReadinessAnswer({ projectId: HELT, userId, checkId: "medarbeidere-forankret", status: "ikke_relevant", evidence: "", notRelevantReason: "Testgrunn" });
    expect(check(REPORT_DATE, "medarbeidere-forankret")).toMatchObject({ status: "ikke_relevant", detail: "Ikke relevant: Testgrunn" });
    clearReadinessAnswer({ projectId: HELT, userId, checkId: "medarbeidere-forankret" });
    expect(check(REPORT_DATE, "medarbeidere-forankret").status).toBe("ikke_bestatt");
  });

  it("keeps dated snapshots, newest first, each with its own result", () => {
    takeSnapshot({ projectId: HELT, userId: null, asOf: REPORT_DATE, takenAt: "2013-02-01T12:00:00.000Z" });
    takeSnapshot({ projectId: HELT, userId: null, asOf: "2013-12-31", takenAt: "2014-01-02T12:00:00.000Z" });
    const [latest, first] = listSnapshots(HELT);
    expect(latest).toMatchObject({ asOf: "2013-12-31", verdict: "ikke_klar" });
    expect(first).toMatchObject({ asOf: REPORT_DATE, verdict: "ikke_klar" });
    expect(first.passed).toBeGreaterThan(latest.passed);
    expect(listSnapshots(2)).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { clearReadinessAnswer, listSnapshots, saveReadinessAnswer } from "../models/readiness.server";
import { getUserByEmail } from "../models/user.server";
import { projectReadiness, takeSnapshot } from "./readiness.server";

const HELT = 1;
// The advisor's status report was signed on 28.01.2013; the project ended 31.12.2013.
const REPORT_DATE = "2013-01-31";

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

const check = (asOf: string, id: string) => projectReadiness(HELT, asOf).checks.find((c) => c.id === id)!;
/** Every dd.mm.yyyy date in a text, as ISO dates. */
const datesIn = (text: string) => [...text.matchAll(/(\d{2})\.(\d{2})\.(\d{4})/g)].map(([, d, m, y]) => `${y}-${m}-${d}`);

describe("readiness of the demo project as of the advisor's report, from the data alone", () => {
  it("is not ready for operation", () => {
    expect(projectReadiness(HELT, REPORT_DATE).verdict).toBe("ikke_klar");
  });

  it("names nothing dated after its day: a year later it names the signature, before the signature nothing of it", () => {
    const later = projectReadiness(HELT, "2013-12-31").checks.flatMap((c) => datesIn(`${c.detail} ${c.evidence}`));
    expect(later).toContain("2013-01-28");
    expect(later.every((d) => d <= "2013-12-31")).toBe(true);
    const before = projectReadiness(HELT, "2012-12-31").checks.flatMap((c) => `${c.detail} ${c.evidence}`).join(" ");
    expect(before).not.toContain("28.01.2013");
    expect(before).toContain("Ingen bærekraftsrunde er signert.");
  });

  it("finds no data to analyse the main goal against", () => {
    expect(check(REPORT_DATE, "mal-har-data")).toMatchObject({ status: "ikke_bestatt", detail: expect.stringContaining("Det finnes ingen data å analysere hovedmålet mot.") });
  });

  it("finds no measuring tools chosen for operation", () => {
    expect(check(REPORT_DATE, "malinger-i-drift")).toMatchObject({ status: "ikke_bestatt", detail: expect.stringContaining("måleverktøy") });
  });

  it("finds the pathway itself not finished", () => {
    expect(check(REPORT_DATE, "prioriterte-tiltak-ferdige")).toMatchObject({ status: "ikke_bestatt", detail: expect.stringContaining("Samhandlingsmodell som helhetlig pasientforløp") });
  });

  it("finds users not yet in the design: represented and heard, but not among those who assess the work", () => {
    const users = check(REPORT_DATE, "brukere-i-utformingen");
    expect(users.status).toBe("ikke_bestatt");
    expect(users.detail).toContain("Brukerne er ennå ikke med i utformingen.");
    expect(users.detail).toContain("brukerrepresentant i Prosjektgruppen");
    expect(users.detail).toContain("Mangler: brukere blant dem som vurderer arbeidet");
    expect(users.manualOnly).toBe(false);
  });

  it("finds leaders at all levels not yet reached in the last year", () => {
    const leaders = check(REPORT_DATE, "ledere-forankret");
    expect(leaders.status).toBe("ikke_bestatt");
    expect(leaders.detail).toContain("Grong kommune (");
    expect(leaders.todo).toContain("ledere på alle nivåer");
  });

  it("credits broad anchoring, user representatives and input, hearings before standardisation and the cooperation agreements", () => {
    expect(check(REPORT_DATE, "forankret-bredt").status).toBe("bestatt");
    expect(check(REPORT_DATE, "brukerrepresentant").status).toBe("bestatt");
    expect(check(REPORT_DATE, "brukerinnspill").status).toBe("bestatt");
    expect(check(REPORT_DATE, "horing-og-evaluering")).toMatchObject({ status: "bestatt", detail: expect.stringContaining("2 standardiserte tiltak var på høring før") });
    expect(check(REPORT_DATE, "samarbeidsavtaler").status).toBe("bestatt");
  });

  it("finds conference inputs never followed up", () => {
    expect(check(REPORT_DATE, "innspill-fulgt-opp")).toMatchObject({ status: "ikke_bestatt", detail: expect.stringContaining("4 av 13 innspill er ikke fulgt opp") });
  });
});

describe("readiness of the demo project on other days", () => {
  it("does not count a signature, a user representative or a standardisation before it happened", () => {
    expect(check("2010-06-30", "barekraftsrunde")).toMatchObject({ status: "ikke_bestatt", detail: "Ingen bærekraftsrunde er signert." });
    expect(check("2010-06-30", "brukerrepresentant").status).toBe("ikke_bestatt");
    expect(check("2010-06-30", "standardisering-dokumentert").detail).toBe("Ingen tiltak er standardisert ennå.");
    expect(check("2011-06-30", "brukerrepresentant").status).toBe("bestatt");
  });

  it("credits the signed audit as recent at the time of the report, and not a year later", () => {
    expect(check(REPORT_DATE, "barekraftsrunde").status).toBe("bestatt");
    expect(check("2013-12-31", "barekraftsrunde")).toMatchObject({ status: "ikke_bestatt", detail: expect.stringContaining("(28.01.2013)") });
  });

  it("finds evaluations overdue at the project's end that were planned at the time of the report", () => {
    expect(check(REPORT_DATE, "evaluering-planlagt").detail).not.toContain("Forsinket");
    expect(check("2013-12-31", "evaluering-planlagt")).toMatchObject({ status: "ikke_bestatt", detail: expect.stringContaining("Forsinket evaluering: ") });
  });

  it("uses the project leader's answer only from the day it holds", () => {
    expect(check(REPORT_DATE, "brukere-i-utformingen").evidence).toContain("Statusrapporten januar 2013");
    expect(check("2012-12-31", "brukere-i-utformingen").evidence).toBe("");
  });
});

describe("answers and snapshots", () => {
  it("marks a check not relevant with its reason, and removing the answer brings the computed result back", () => {
    const userId = getUserByEmail("prosjektleder@trinnvis.test")!.id;
    saveReadinessAnswer({ projectId: HELT, userId, checkId: "medarbeidere-forankret", status: "ikke_relevant", evidence: "", notRelevantReason: "Testgrunn", answeredOn: "2013-01-01" });
    expect(check(REPORT_DATE, "medarbeidere-forankret")).toMatchObject({ status: "ikke_relevant", detail: "Ikke relevant: Testgrunn" });
    expect(check("2012-12-31", "medarbeidere-forankret").status).toBe("ikke_bestatt");
    clearReadinessAnswer({ projectId: HELT, userId, checkId: "medarbeidere-forankret" });
    expect(check(REPORT_DATE, "medarbeidere-forankret").status).toBe("ikke_bestatt");
  });

  it("lets a typed answer add to what the data shows about users in the design, never take away", () => {
    const userId = getUserByEmail("prosjektleder@trinnvis.test")!.id;
    saveReadinessAnswer({ projectId: HELT, userId, checkId: "brukere-i-utformingen", status: "bestatt", evidence: "Brukerpanel vurderer forløpet", notRelevantReason: "", answeredOn: "2013-01-30" });
    expect(check(REPORT_DATE, "brukere-i-utformingen")).toMatchObject({ status: "bestatt", evidence: "Brukerpanel vurderer forløpet" });
    saveReadinessAnswer({ projectId: HELT, userId, checkId: "brukerrepresentant", status: "ikke_bestatt", evidence: "x", notRelevantReason: "", answeredOn: "2013-01-30" });
    expect(check(REPORT_DATE, "brukerrepresentant").status).toBe("bestatt");
    clearReadinessAnswer({ projectId: HELT, userId, checkId: "brukerrepresentant" });
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

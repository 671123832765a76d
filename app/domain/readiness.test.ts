import { describe, expect, it } from "vitest";
import { assessReadiness, defaultAssessmentDate, type ReadinessInput } from "./readiness";

const ready: ReadinessInput = {
  asOf: "2013-06-30",
  organisations: [{ id: 1, name: "Grong kommune", level: "kommune" }],
  leaderReaches: [{ organisationId: 1, date: "2013-03-01", leaderLevel: "toppledelse" }],
  staffReaches: [{ organisationId: 1, date: "2013-04-01" }],
  tiltak: [{ id: 1, title: "Kriseplan", priority: "prioritert", status: "standardisert", nextEvaluationDate: "2014-01-01", organisationIds: [1], standardisedOrganisationIds: [1], hasHearing: true, agreementAreaIds: ["avtale-2"] }],
  measures: [{ id: 1, name: "Andel med plan", continuesAfterProject: true, ownerAfterProject: "Enhetsleder", latestDate: "2013-06-01", pointCount: 12, goalIds: [1], isIllustrative: false }],
  goals: [{ id: 1, kind: "hovedmal", number: null, title: "Hovedmål" }],
  memberLevels: ["kommune", "bruker_parorende"],
  userInputAtConferences: true,
  analysisActivities: 0,
  latestSignedRound: { signedAt: "2013-05-01T10:00:00Z", weakFactorsWithoutAction: [] },
  manual: { "brukere-velger-malinger": { status: "bestatt", evidence: "Referat fra brukermøte", notRelevantReason: "" } },
};
const status = (input: ReadinessInput, id: string) => assessReadiness(input).checks.find((c) => c.id === id)!.status;

describe("assessReadiness", () => {
  it("is ready when every check passes", () => {
    expect(assessReadiness(ready)).toMatchObject({ verdict: "klar", todo: [] });
  });

  it("fails when a standardised tiltak lacks a routine in an organisation it involves", () => {
    const input = { ...ready, tiltak: [{ ...ready.tiltak[0], organisationIds: [1, 2], standardisedOrganisationIds: [1] }] };
    expect(status(input, "standardisering-dokumentert")).toBe("ikke_bestatt");
  });

  it("fails an overdue evaluation and warns about one more than twelve months away", () => {
    expect(status({ ...ready, asOf: "2014-02-01", leaderReaches: [] }, "evaluering-planlagt")).toBe("ikke_bestatt");
    expect(status({ ...ready, tiltak: [{ ...ready.tiltak[0], nextEvaluationDate: "2014-07-01" }] }, "evaluering-planlagt")).toBe("advarsel");
  });

  it("says there is no data to analyse the main goal against when no measure with data follows it", () => {
    const input = { ...ready, measures: [{ ...ready.measures[0], goalIds: [] }] };
    const check = assessReadiness(input).checks.find((c) => c.id === "mal-har-data")!;
    expect(check.status).toBe("ikke_bestatt");
    expect(check.detail).toContain("Det finnes ingen data å analysere hovedmålet mot.");
  });

  it("fails when no measure continues after the project, or one has no owner", () => {
    expect(status({ ...ready, measures: [{ ...ready.measures[0], continuesAfterProject: false }] }, "malinger-i-drift")).toBe("ikke_bestatt");
    expect(status({ ...ready, measures: [{ ...ready.measures[0], ownerAfterProject: "" }] }, "malinger-i-drift")).toBe("ikke_bestatt");
  });

  it("needs top leaders reached within the last twelve months", () => {
    expect(status({ ...ready, asOf: "2014-03-02" }, "ledere-forankret")).toBe("ikke_bestatt");
    expect(status({ ...ready, leaderReaches: [{ organisationId: 1, date: "2013-03-01", leaderLevel: "mellomleder" }] }, "ledere-forankret")).toBe("ikke_bestatt");
  });

  it("leaves what the data cannot answer to the project leader, and respects 'not relevant' with its reason", () => {
    expect(status({ ...ready, manual: {} }, "brukere-velger-malinger")).toBe("ubesvart");
    const input = { ...ready, staffReaches: [], manual: { ...ready.manual, "medarbeidere-forankret": { status: "ikke_relevant" as const, evidence: "", notRelevantReason: "Ingen ansatte berøres" } } };
    const check = assessReadiness(input).checks.find((c) => c.id === "medarbeidere-forankret")!;
    expect(check).toMatchObject({ status: "ikke_relevant", detail: "Ikke relevant: Ingen ansatte berøres", todo: null });
  });

  it("gives the shortest to-do list: one line per open check", () => {
    const result = assessReadiness({ ...ready, staffReaches: [], userInputAtConferences: false, memberLevels: ["kommune"] });
    expect(result.verdict).toBe("ikke_klar");
    expect(result.todo).toHaveLength(3);
  });

  it("fails a standardised tiltak that skipped the hearing or has no evaluation date", () => {
    expect(status({ ...ready, tiltak: [{ ...ready.tiltak[0], hasHearing: false }] }, "horing-og-evaluering")).toBe("ikke_bestatt");
    expect(status({ ...ready, tiltak: [{ ...ready.tiltak[0], nextEvaluationDate: null }] }, "horing-og-evaluering")).toBe("ikke_bestatt");
    expect(status({ ...ready, tiltak: [{ ...ready.tiltak[0], status: "utproving" }] }, "horing-og-evaluering")).toBe("advarsel");
  });

  it("needs staff-facing work registered in every participating organisation", () => {
    const twoOrgs = { ...ready, organisations: [...ready.organisations, { id: 2, name: "Namsos kommune", level: "kommune" }] };
    const check = assessReadiness(twoOrgs).checks.find((c) => c.id === "medarbeidere-forankret")!;
    expect(check.status).toBe("ikke_bestatt");
    expect(check.detail).toContain("Namsos kommune");
  });

  it("needs a user representative among the members and user input at the conferences", () => {
    expect(status({ ...ready, memberLevels: ["kommune", null] }, "brukerrepresentant")).toBe("ikke_bestatt");
    expect(status({ ...ready, userInputAtConferences: false }, "brukerinnspill")).toBe("ikke_bestatt");
  });

  it("ties tiltak in the services to the cooperation agreements, leaving out the project's own work", () => {
    const own = { ...ready.tiltak[0], id: 2, title: "Erfaringsnotat", organisationIds: [], standardisedOrganisationIds: [], agreementAreaIds: [] };
    expect(status({ ...ready, tiltak: [...ready.tiltak, own] }, "samarbeidsavtaler")).toBe("bestatt");
    const untied = { ...ready.tiltak[0], id: 3, title: "Ansvarsgruppe", agreementAreaIds: [] };
    expect(status({ ...ready, tiltak: [...ready.tiltak, untied] }, "samarbeidsavtaler")).toBe("advarsel");
    expect(status({ ...ready, tiltak: [untied] }, "samarbeidsavtaler")).toBe("ikke_bestatt");
  });

  it("needs a signed round in the last six months whose weakest factors have a plan", () => {
    expect(status({ ...ready, latestSignedRound: null }, "barekraftsrunde")).toBe("ikke_bestatt");
    expect(status({ ...ready, latestSignedRound: { signedAt: "2012-12-01T10:00:00Z", weakFactorsWithoutAction: [] } }, "barekraftsrunde")).toBe("ikke_bestatt");
    expect(status({ ...ready, latestSignedRound: { signedAt: "2013-05-01T10:00:00Z", weakFactorsWithoutAction: ["Infrastruktur"] } }, "barekraftsrunde")).toBe("advarsel");
  });

  it("needs a measure tied to a goal with enough points to read a run chart", () => {
    expect(status({ ...ready, measures: [{ ...ready.measures[0], pointCount: 9 }] }, "kontrollere-data")).toBe("ikke_bestatt");
    expect(status({ ...ready, measures: [{ ...ready.measures[0], pointCount: 9 }], analysisActivities: 1 }, "kontrollere-data")).toBe("advarsel");
    expect(status({ ...ready, measures: [{ ...ready.measures[0], isIllustrative: true }] }, "kontrollere-data")).toBe("ikke_bestatt");
  });

  it("fails while a prioritised tiltak is not yet standardised, and ignores those not prioritised", () => {
    expect(status({ ...ready, tiltak: [{ ...ready.tiltak[0], status: "utproving" }] }, "prioriterte-tiltak-ferdige")).toBe("ikke_bestatt");
    expect(status({ ...ready, tiltak: [...ready.tiltak, { ...ready.tiltak[0], id: 9, priority: "ikke_prioritert", status: "ide" }] }, "prioriterte-tiltak-ferdige")).toBe("bestatt");
  });
});

describe("defaultAssessmentDate", () => {
  it("assesses an ended project as of its end date and a running one as of today", () => {
    expect(defaultAssessmentDate({ endDate: "2013-12-31" }, "2026-11-22")).toBe("2013-12-31");
    expect(defaultAssessmentDate({ endDate: "2027-06-30" }, "2026-11-22")).toBe("2026-11-22");
    expect(defaultAssessmentDate({ endDate: null }, "2026-11-22")).toBe("2026-11-22");
  });
});

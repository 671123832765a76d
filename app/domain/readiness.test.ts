import { describe, expect, it } from "vitest";
import { assessReadiness, type ReadinessInput } from "./readiness";

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
});
